import { describe, expect, it } from "vitest";
import { excerptSegments } from "../../site/src/scripts/excerpt.ts";
import { filterValues } from "../../site/src/lib/search-filters.ts";
import { recordHtml, searchRecord, SECTION_WEIGHT, SYNONYM_SHARE } from "../../site/src/lib/search-records.ts";
import { groupToken, SYNONYM_GROUPS } from "../../shared/domain/synonyms.ts";
import { publicPilot, resultsWith } from "../support/public-pilot-builder.ts";

describe("excerptSegments", () => {
  it("keeps only the marks: every other tag in an excerpt stays text", () => {
    // Act
    const segments = excerptSegments("før &lt;img src=x onerror=alert(1)&gt; <mark>utplasseringen</mark> <script>alert(2)</script> &amp; etter");

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
    const record = searchRecord(pilot, {
      officeName: (id) => (id === "nav-lier" ? "NAV Lier" : id),
      method: () => ({ name: "Jobbklubb-metoden", slug: "jobbklubb", aliases: ["Jobbklubb"] }),
    });

    // Assess
    expect(record.url).toBe(`/utproving/${pilot.slug}/`);
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
    expect(record.meta).toMatchObject({
      title: "Jobbklubb",
      kontor: "NAV Lier",
      metode: "Jobbklubb-metoden",
      metodeslug: "jobbklubb",
      dom: "Virket ikke – målt mot sammenligning",
      domtype: "not-worked",
      kunnskapsgrunnlag: "Nivå 3: Ingen effekt påvist",
    });
    expect(record.sections.find((s) => s.weight === SECTION_WEIGHT.method)?.text).toContain("Jobbklubb-metoden");
  });

  it("weights the title, the summary, the method and the taxonomy above body text, and adds synonyms where their group occurs", () => {
    // Prepare
    const pilot = publicPilot({
      title: "Tett oppfølging",
      summary: "Jobbspesialister følger opp deltakerne.",
      targetGroups: ["unge-under-30"],
      measureTypes: ["ips"],
    });

    // Act
    const record = searchRecord(pilot, {
      officeName: (id) => id,
      method: () => ({ name: "Supported employment", slug: "supported-employment", aliases: ["SE"] }),
    });
    const html = recordHtml(record);

    // Assess
    const weights = record.sections.map((s) => s.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    const part = (name: string, weight: number) => record.sections.find((s) => s.part === name && Math.abs(s.weight - weight) < 0.05)?.text ?? "";
    const taxonomy = part("taxonomy", SECTION_WEIGHT.taxonomy);
    expect(taxonomy).toContain("Unge under 30 år");
    // The other words of the group beside the part, at a little less weight
    expect(part("synonyms", SECTION_WEIGHT.taxonomy * SYNONYM_SHARE)).toContain("ungdom");
    expect(taxonomy).toContain(groupToken(SYNONYM_GROUPS.findIndex((g) => g.includes("ungdom"))));
    // The measure's label is its own part, below the summary
    expect(part("measures", SECTION_WEIGHT.measures)).toContain(groupToken(SYNONYM_GROUPS.findIndex((g) => g.includes("IPS"))));
    expect(SECTION_WEIGHT.measures).toBeLessThan(SECTION_WEIGHT.about);
    expect(part("about", SECTION_WEIGHT.about)).toContain("Jobbspesialister følger opp deltakerne.");
    expect(part("synonyms", SECTION_WEIGHT.method * SYNONYM_SHARE)).toContain("arbeid med bistand");
    expect(html).toContain('<p data-pagefind-weight="10">Tett oppfølging');
    expect(html).toContain('<span data-pagefind-filter="malgruppe">unge-under-30</span>');
    expect(html).toMatch(/<div data-pagefind-ignore>.*data-pagefind-meta="title">Tett oppfølging</);
  });

  it("escapes hostile text in the record's HTML", () => {
    // Act
    const html = recordHtml(searchRecord(publicPilot({ title: '<img src=x onerror="alert(1)">' }), { officeName: (id) => id, method: () => undefined }));

    // Assess
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
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
