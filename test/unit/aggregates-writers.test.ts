import { describe, expect, it } from "vitest";
import { csvCell, escapeXml, pilotsToCsv, toAtom, toCsv, toSitemap, UTF8_BOM } from "../../shared/public/aggregates.ts";
import { parseCsv } from "../support/csv.ts";
import { publicPilot, resultsWith } from "../support/public-pilot-builder.ts";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['si "hei"', '"si ""hei"""'],
    ["linje 1\nlinje 2", '"linje 1\nlinje 2"'],
    ["=HYPERLINK(\"http://x\")", '"\'=HYPERLINK(""http://x"")"'],
    ["+47 99", "'+47 99"],
    ["-1+2", "'-1+2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tskjult", "'\tskjult"],
  ])("writes %j as %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("writes numbers as numbers, negative ones included, and nothing for a missing value", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(undefined)).toBe("");
  });
});

describe("pilotsToCsv", () => {
  it("starts with a BOM, has one row per trial and reads back to the same text", () => {
    // Prepare
    const pilots = [
      publicPilot({ title: 'Ærlig, «åpen» og "øvet"', officeId: "nav-lier", results: resultsWith("virket-ikke") }),
      publicPilot({ title: "=cmd|' /C calc'!A0", summary: "Linje 1\nLinje 2" }),
    ];

    // Act
    const csv = pilotsToCsv(pilots, {
      offices: [{ id: "nav-lier", name: "NAV Lier", county: "buskerud" }],
      methods: [],
      pilotUrl: (p) => `https://example.test/utproving/${p.slug}/`,
    });

    // Assess
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    expect(rows[1]![col("tittel")]).toBe('Ærlig, «åpen» og "øvet"');
    expect(rows[1]![col("kontor")]).toBe("NAV Lier");
    expect(rows[1]![col("resultat")]).toBe("Virket ikke");
    expect(rows[1]![col("arsaker_til_at_det_ikke_virket")]).toBe("Selve ideen");
    expect(rows[2]![col("tittel")]).toBe("'=cmd|' /C calc'!A0");
    expect(rows[2]![col("sammendrag")]).toBe("Linje 1\nLinje 2");
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it("ends every line with CRLF", () => {
    expect(toCsv([["a", 1], ["b", 2]])).toBe("a,1\r\nb,2\r\n");
  });
});

describe("toAtom and toSitemap", () => {
  it("escapes every text, so markup in a title stays text", () => {
    // Act
    const xml = toAtom({
      id: "https://example.test/",
      title: "Nye utprøvinger",
      selfUrl: "https://example.test/feed.xml",
      siteUrl: "https://example.test/",
      updated: "2024-01-01T00:00:00.000Z",
      author: "NAV",
      entries: [{ id: "https://example.test/utproving/a/", title: "<script>alert(1)</script> & co", url: "https://example.test/utproving/a/?x=1&y=2", updated: "2024-01-01T00:00:00.000Z", author: "NAV Lier" }],
    });

    // Assess
    expect(xml).toContain("<title type=\"text\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>");
    expect(xml).toContain('href="https://example.test/utproving/a/?x=1&amp;y=2"');
    expect(xml).not.toContain("<script>");
  });

  it("drops characters XML cannot hold", () => {
    expect(escapeXml("a\u0000b\u0008c")).toBe("abc");
  });

  it("writes a sitemap with absolute, escaped locations", () => {
    const xml = toSitemap([{ loc: "https://example.test/?a=1&b=2", lastmod: "2024-01-01" }]);
    expect(xml).toContain("<loc>https://example.test/?a=1&amp;b=2</loc><lastmod>2024-01-01</lastmod>");
  });
});
