import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { CSV_COLUMNS, escapeXml, listCell, neutralise, OPEN_DATA_COLUMNS, pilotsToCsv, toAtom, toSitemap, UTF8_BOM } from "../../shared/public/index.ts";
import { pilotsToXlsx } from "../../shared/public/open-data/xlsx.ts";
import fc from "fast-check";
import { peopleCount, peopleFigure } from "../../shared/domain/public-trial/people-figure.ts";
import { parseCsv } from "../support/csv.ts";
import { publicPilot, resultsWith, shown } from "../support/public-pilot-builder.ts";

describe("neutralise", () => {
  it.each([
    ["plain", "plain"],
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+47 99", "'+47 99"],
    ["-1+2", "'-1+2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tskjult", "'\tskjult"],
    ["\rskjult", "'\rskjult"],
    ["  =1+1", "'  =1+1"],
    ["\uFF1D1+1", "'\uFF1D1+1"],
    ["a=b", "a=b"],
  ])("writes %j as %j", (input, expected) => {
    expect(neutralise(input)).toBe(expected);
  });

  it("neutralises every part of a multi-value cell", () => {
    expect(listCell(["Partner A", "=2+2"])).toBe("Partner A; '=2+2");
    expect(listCell(["@x", "b"])).toBe("'@x; b");
  });
});

/** Text that a spreadsheet would run, in every shape the export writes. */
const HOSTILE = ["=2+2", "+SUM(A1)", "-1+1", "@cmd", "\t=1", "\r=1", " =1"];

function hostilePilots() {
  return HOSTILE.map((text, i) =>
    publicPilot({
      title: `${text} tittel`,
      summary: text,
      partners: [
        { name: "Partner A", type: "arbeidsgiver" },
        { name: text, type: "arbeidsgiver" },
      ],
      plannedOutcomes: [{ id: `mal-${i}`, name: text }],
      results: {
        ...resultsWith("virket-ikke", { value: 31, n: 24 }),
        measures: [{ name: text, unit: "prosent", value: peopleFigure(31, 24), n: peopleCount(24) }],
      },
      lessons: { whatWorked: text, whatDidNot: `${text}\nlinje 2` },
      preconditions: text,
      contact: { name: text, email: "kari@nav.example" },
      cost: { staffYears: 0.5, costNok: 350000 },
      participants: { count: peopleCount(i % 2 === 0 ? 3 : 24) },
      period: { start: "2024-01-15", end: "2024-06-30" },
    }),
  );
}

const CONTEXT = {
  offices: [{ id: "nav-lier", name: "NAV Lier", county: "buskerud" as const }],
  methods: [],
  pilotUrl: (p: { slug: string }) => `https://example.test/utproving/${p.slug}/`,
};

const FORMULA = /^[=+\-@\t\r]/;

describe("pilotsToCsv", () => {
  it("starts with a BOM, has one row per trial and reads back to the same text", () => {
    // Prepare
    const pilots = [
      publicPilot({ title: 'Ærlig, «åpen» og "øvet"', officeId: "nav-lier", results: resultsWith("virket-ikke") }),
      publicPilot({ title: "=cmd|' /C calc'!A0", summary: "Linje 1\nLinje 2" }),
    ];

    // Act
    const csv = pilotsToCsv(pilots, CONTEXT);

    // Assess
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const rows: string[][] = parse(csv, { bom: true, relax_column_count: true, delimiter: ";" });
    expect(rows).toHaveLength(3);
    const header = rows[0]!;
    expect(header).toEqual(CSV_COLUMNS);
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
    const csv = pilotsToCsv([publicPilot()], CONTEXT);
    expect(csv.match(/\r\n/g)).toHaveLength(2);
    expect(csv.replace(/"[^"]*"/g, "").match(/(?<!\r)\n/g)).toBeNull();
  });

  it("reads back with csv-parse: every row has the header's columns and no cell or part of a cell starts a formula", () => {
    // Act
    const rows: string[][] = parse(pilotsToCsv(hostilePilots(), CONTEXT), { bom: true, delimiter: ";" });

    // Assess: csv-parse refuses rows whose column count differs from the first row's
    expect(rows[0]).toEqual(CSV_COLUMNS);
    expect(rows).toHaveLength(HOSTILE.length + 1);
    for (const cell of rows.slice(1).flat()) {
      expect(cell, JSON.stringify(cell)).not.toMatch(FORMULA);
      for (const part of cell.split("; ")) expect(part, JSON.stringify(cell)).not.toMatch(FORMULA);
    }
  });
});

/** What a spreadsheet evaluates: a cell starting with a formula character, also after spaces. */
const SPREADSHEET_FORMULA = /^(?:[\s\u00A0]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/u;

/** Text with everything that could break a cell or start a formula, anywhere in it. */
const hostileText = fc.string({
  unit: fc.oneof(fc.constantFrom(";", ",", '"', "\n", "\r", "\t", " ", "=", "+", "-", "@", "\uFF1D", "'", "1"), fc.constantFrom(..."abcæøå ")),
  maxLength: 40,
});

describe("the CSV in a spreadsheet", { timeout: 60_000 }, () => {
  it("is written with semicolons, and cells holding either separator are quoted", () => {
    const csv = pilotsToCsv([publicPilot({ title: "Sammendrag;=1+1", summary: "a, =1+1" })], CONTEXT);
    const line = csv.split("\r\n")[1] ?? "";
    expect(line).toContain('"Sammendrag;\'=1+1"');
    expect(line).toContain('"a,\' =1+1"');
  });

  it("opened with `;` or `,` as the list separator, no cell starts a formula; with `;` every cell reads back", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ title: hostileText, summary: hostileText }), { minLength: 1, maxLength: 4 }), (texts) => {
        // Prepare
        const pilots = texts.map((t) => publicPilot({ title: `x${t.title}`, summary: t.summary }));
        // Act
        const csv = pilotsToCsv(pilots, CONTEXT).slice(1);
        // Assess
        for (const delimiter of [";", ","] as const) {
          for (const cell of parseCsv(csv, delimiter).flat()) expect(cell, `${delimiter} ${JSON.stringify(cell)}`).not.toMatch(SPREADSHEET_FORMULA);
        }
        const rows = parseCsv(csv, ";");
        expect(rows).toHaveLength(pilots.length + 1);
        const header = rows[0] ?? [];
        rows.slice(1).forEach((row, i) => {
          expect(row).toHaveLength(header.length);
          expect(row[header.indexOf("tittel")]?.replaceAll("'", "")).toBe(`x${texts[i]?.title}`.replaceAll("'", ""));
        });
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});

describe("pilotsToXlsx", () => {
  it("reads back with exceljs: the CSV's columns under the site's labels, typed cells, and no text that starts a formula", async () => {
    // Act
    const bytes = await pilotsToXlsx(hostilePilots(), CONTEXT);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);

    // Assess
    const sheet = workbook.worksheets[0]!;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    // The workbook's header is the columns' Norwegian labels (the CSV keeps its snake_case keys).
    expect(values(1)).toEqual(OPEN_DATA_COLUMNS.map((c) => c.label));
    expect(sheet.rowCount).toBe(HOSTILE.length + 1);
    const col = (name: string) => CSV_COLUMNS.indexOf(name) + 1;
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      expect(row.cellCount).toBeLessThanOrEqual(CSV_COLUMNS.length);
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === "string") {
          expect(cell.value, JSON.stringify(cell.value)).not.toMatch(FORMULA);
          for (const part of cell.value.split("; ")) expect(part).not.toMatch(FORMULA);
        }
      });
      expect(typeof row.getCell(col("arsverk")).value).toBe("number");
      expect(typeof row.getCell(col("kostnad_nok")).value).toBe("number");
      expect(row.getCell(col("startdato")).value).toEqual(new Date("2024-01-15T00:00:00Z"));
      expect(row.getCell(col("lenke")).type).toBe(ExcelJS.ValueType.Hyperlink);
    }
    expect(sheet.getRow(2).getCell(col("deltakere")).value).toBe("færre enn 5");
    expect(sheet.getRow(3).getCell(col("deltakere")).value).toBe(24);
  });
});

describe("pilotsToXlsx in Norwegian", () => {
  it("has the site's labels with æøå as headers, Norway's clock, clickable links and grouped thousands", async () => {
    // Prepare: published at 09:32 UTC in winter (10:32 in Norway) and 11:05 UTC in summer (13:05)
    const pilot = publicPilot({
      title: "Jobbspesialist i Lier",
      firstPublishedAt: "2026-02-09T09:32:00.000Z",
      publishedAt: "2026-07-01T11:05:00.000Z",
      contact: { name: "Kari Nordmann", email: "kari@nav.example" },
      cost: { staffYears: 1250.5, costNok: 1400000 },
    });

    // Act
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await pilotsToXlsx([pilot], CONTEXT)).buffer);

    // Assess
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header).toEqual(expect.arrayContaining(["Årsverk", "Målgrupper", "Kostnad (kr)", "Først publisert (norsk tid)", "Lenke til utprøvingen"]));
    expect(header.some((h) => /^[a-z_]+$/.test(h))).toBe(false);
    const cell = (label: string) => sheet.getRow(2).getCell(header.indexOf(label) + 1);
    expect(cell("Først publisert (norsk tid)").value).toEqual(new Date("2026-02-09T10:32:00.000Z"));
    expect(cell("Sist publisert (norsk tid)").value).toEqual(new Date("2026-07-01T13:05:00.000Z"));
    expect(cell("Lenke til utprøvingen").value).toEqual({
      text: `https://example.test/utproving/${pilot.slug}/`,
      hyperlink: `https://example.test/utproving/${pilot.slug}/`,
    });
    expect(cell("Kontaktpersonens e-post").value).toEqual({ text: "kari@nav.example", hyperlink: "mailto:kari@nav.example" });
    expect(cell("Kostnad (kr)").value).toBe(1400000);
    expect(cell("Kostnad (kr)").numFmt).toBe("#,##0");
    expect(cell("Årsverk").value).toBe(1250.5);
    expect(cell("Årsverk").numFmt).toMatch(/^#,##0\.0/);
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
      entries: [
        {
          id: "https://example.test/utproving/a/",
          title: "<script>alert(1)</script> & co",
          url: "https://example.test/utproving/a/?x=1&y=2",
          updated: "2024-01-01T00:00:00.000Z",
          author: "NAV Lier",
        },
      ],
    });

    // Assess
    expect(xml).toContain('<title type="text">&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>');
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

describe("open data: the whole story of a result", () => {
  it("writes the cost per participant, planned outcomes not measured and interim results in their own columns", () => {
    // Prepare
    const pilot = publicPilot({
      plannedOutcomes: [
        { id: "arbeid", name: "Andel i arbeid" },
        { id: "tilfredshet", name: "Brukertilfredshet" },
      ],
      results: {
        ...resultsWith("delvis", { value: 40, n: 20 }),
        notMeasured: [{ plannedOutcomeId: "tilfredshet", reason: "Spørreskjemaet ble ikke sendt ut" }],
      },
      interimResults: [{ date: "2024-03-01", summary: "Halvveis: 6 av 20 i arbeid", value: peopleFigure(30, 20), n: peopleCount(20) }],
      costPerParticipantNok: shown(17500, 20),
    });

    // Act
    const [row] = parse(pilotsToCsv([pilot], CONTEXT).slice(UTF8_BOM.length), { columns: true, delimiter: ";" }) as Record<string, string>[];

    // Assess
    expect(row?.kostnad_per_deltaker_nok).toBe("17500");
    expect(row?.planlagte_mal_ikke_malt).toBe("Brukertilfredshet: ikke målt (Spørreskjemaet ble ikke sendt ut)");
    expect(row?.delresultater).toBe("2024-03-01: Halvveis: 6 av 20 i arbeid 30 (n=20)");
  });
});
