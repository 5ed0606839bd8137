import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { pilotsToXlsx } from "../../shared/public/open-data/xlsx.ts";
import { publicPilot } from "../support/public-pilot-builder.ts";

const CONTEXT = {
  offices: [{ id: "nav-lier", name: "NAV Lier", county: "buskerud" as const }],
  methods: [],
  pilotUrl: (p: { slug: string }) => `https://example.test/utproving/${p.slug}/`,
};

async function read(bytes: Uint8Array<ArrayBuffer>) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer);
  const sheet = workbook.worksheets[0]!;
  return {
    name: sheet.name,
    rows: Array.from({ length: sheet.rowCount }, (_, i) => (sheet.getRow(i + 1).values as unknown[]).slice(1).map((v) => JSON.stringify(v))),
    frozen: sheet.views[0],
    filter: sheet.autoFilter,
    widths: sheet.columns.map((c) => c.width),
    formats: Array.from({ length: sheet.columnCount }, (_, i) => sheet.getRow(2).getCell(i + 1).numFmt),
  };
}

describe("pilotsToXlsx in memory (the browser's writer)", () => {
  it("writes the same sheet as the streaming writer: header, typed cells, links, widths, formats and filter", async () => {
    // Prepare
    const pilots = [
      publicPilot({ title: "=1+1 tittel", summary: "Første", cost: { staffYears: 1.5, costNok: 1_400_000 } }),
      publicPilot({ title: "Andre", summary: "@cmd" }),
    ];

    // Act
    const streamed = await read(await pilotsToXlsx(pilots, CONTEXT));
    const inMemory = await read(await pilotsToXlsx(pilots, CONTEXT, [], "memory"));

    // Assess
    expect(inMemory).toEqual(streamed);
    expect(inMemory.rows).toHaveLength(3);
    expect(inMemory.rows[1]!.join(" ")).toContain("'=1+1 tittel");
  });
});
