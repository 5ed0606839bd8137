import { describe, expect, it } from "vitest";
import { excerptSegments } from "../../site/src/scripts/excerpt.ts";
import { filterValues } from "../../site/src/lib/search-filters.ts";
import { searchRecord } from "../../site/src/lib/search-records.ts";
import { publicPilot, resultsWith } from "../support/public-pilot-builder.ts";

describe("excerptSegments", () => {
  it("keeps only the marks: every other tag in an excerpt stays text", () => {
    // Act
    const segments = excerptSegments('før &lt;img src=x onerror=alert(1)&gt; <mark>utplasseringen</mark> <script>alert(2)</script> &amp; etter');

    // Assess
    expect(segments).toEqual([
      { text: "før <img src=x onerror=alert(1)> ", marked: false },
      { text: "utplasseringen", marked: true },
      { text: " <script>alert(2)</script> & etter", marked: false },
    ]);
  });

  it("does not decode twice, so an escaped entity in the text stays as written", () => {
    expect(excerptSegments("a &amp;lt;b")).toEqual([{ text: "a &lt;b", marked: false }]);
  });
});

describe("searchRecord", () => {
  it("gives the trial's filters as codes, its sort keys as numbers, and what a result shows", () => {
    // Prepare
    const pilot = publicPilot({
      title: "Jobbklubb",
      officeId: "nav-lier",
      partnerOfficeIds: ["nav-drammen"],
      county: "buskerud",
      targetGroups: ["unge-under-30", "hull-i-cv"],
      measureTypes: ["oppfolging"],
      trialStatus: "avsluttet",
      period: { start: "2023-02-01", end: "2023-12-01" },
      results: resultsWith("virket-ikke"),
      evidence: { strength: 3, direction: "ingen" },
      firstPublishedAt: "2024-01-02T00:00:00.000Z",
    });

    // Act
    const record = searchRecord(pilot, { officeName: (id) => (id === "nav-lier" ? "NAV Lier" : id), methodName: () => "Jobbklubb-metoden" });

    // Assess
    expect(record.url).toBe(`/utproving/${pilot.slug}/`);
    expect(record.language).toBe("nb");
    expect(record.filters).toEqual({
      malgruppe: ["unge-under-30", "hull-i-cv"],
      tiltakstype: ["oppfolging"],
      fylke: ["buskerud"],
      kontor: ["nav-lier", "nav-drammen"],
      resultat: ["virket-ikke"],
      kunnskapsgrunnlag: ["3"],
      status: ["avsluttet"],
      ar: ["2023"],
      arsak: ["ideen"],
    });
    expect(record.meta).toMatchObject({ title: "Jobbklubb", kontor: "NAV Lier", resultat: "Virket ikke", kunnskapsgrunnlag: "Nivå 3: Ingen effekt påvist" });
    expect(record.content).toContain("Jobbklubb-metoden");
    expect(Number(record.sort.nyeste)).toBe(Date.parse("2024-01-02T00:00:00.000Z") / 1000);
    const weakerButNewer = searchRecord(publicPilot({ evidence: { strength: 2, direction: "positiv" }, firstPublishedAt: "2030-01-01T00:00:00.000Z" }), {
      officeName: (id) => id,
      methodName: () => undefined,
    });
    expect(Number(record.sort.evidens)).toBeGreaterThan(Number(weakerButNewer.sort.evidens));
  });

  it("files a trial without results under «ingen resultater» and leaves out empty filters", () => {
    // Act
    const values = filterValues(publicPilot({ results: undefined, trialStatus: undefined }));

    // Assess
    expect(values.resultat).toEqual(["ingen-resultater"]);
    expect(values.status).toEqual([]);
    expect(values.arsak).toEqual([]);
  });
});
