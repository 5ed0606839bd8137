import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { riskDifference, shareEstimate } from "../../shared/domain/effect-size.ts";
import { tableToCsv } from "../../shared/public/open-data/csv.ts";
import { aggregateMethod } from "../../shared/public/pages/method.ts";
import { EFFECT_COLUMNS, effectRows, METHOD_EFFECT_COLUMNS, methodEffectRows } from "../../shared/public/open-data/effects.ts";
import { pilotsToXlsx } from "../../shared/public/open-data/xlsx.ts";
import { PublicPilotSchema, type PublicPilot } from "../../shared/domain/public-trial/public-pilot.ts";
import { parseCsv } from "../support/csv.ts";
import { publicPilot, resultsWith } from "../support/public-pilot-builder.ts";

const METHOD = { id: "ips", slug: "ips", name: "Individuell jobbstøtte", aliases: [] } as const;
const context = {
  offices: [{ id: "nav-lier", name: "NAV Lier", county: "buskerud" }],
  methods: [METHOD],
  pilotUrl: (p: PublicPilot) => `https://example.org/${p.slug}`,
} as never;

/** Trials as public records are read: through the schema, which works out each measure's effect. */
const trials = [
  PublicPilotSchema.parse(publicPilot({ methodId: "ips", results: resultsWith("virket", { value: 45, n: 64, comparison: { value: 19, n: 58 } }) })),
  PublicPilotSchema.parse(publicPilot({ methodId: "ips", results: resultsWith("virket", { value: 40, n: 100, comparison: { value: 30, n: 90 } }) })),
  PublicPilotSchema.parse(publicPilot({ methodId: "ips", results: resultsWith("virket", { value: 30, n: 110, comparison: { value: 31, n: 100 } }) })),
  PublicPilotSchema.parse(publicPilot({ methodId: "ips", results: resultsWith("delvis", { value: 39, n: 38 }) })),
  PublicPilotSchema.parse(publicPilot({ methodId: "ips", results: resultsWith("virket", { value: 50, n: "færre enn 5", comparison: { value: 20, n: 30 } }) })),
];
const col = (columns: readonly { key: string }[], key: string) => columns.findIndex((c) => c.key === key);

describe("effects as open data", () => {
  it("gives one row per trial and measure with an effect, the difference and its interval as the trial page shows them", () => {
    const rows = effectRows(trials, context);
    expect(rows).toHaveLength(4);
    const first = riskDifference({ value: 45, n: 64 }, { value: 19, n: 58 });
    expect(rows[0]![col(EFFECT_COLUMNS, "forskjell")]).toBeCloseTo(first.difference, 3);
    expect(rows[0]![col(EFFECT_COLUMNS, "ki_nedre")]).toBeCloseTo(first.lower, 3);
    expect(rows[0]![col(EFFECT_COLUMNS, "ki_ovre")]).toBeCloseTo(first.upper, 3);
    const alone = shareEstimate({ value: 39, n: 38 });
    expect(rows[3]![col(EFFECT_COLUMNS, "effekttype")]).toBe("andel uten sammenligning");
    expect(rows[3]![col(EFFECT_COLUMNS, "forskjell")]).toBeUndefined();
    expect(rows[3]![col(EFFECT_COLUMNS, "andel")]).toBeCloseTo(alone.share, 3);
    // The trial with fewer than 5 people has no effect, and no row.
    expect(rows.map((r) => r[0])).not.toContain(trials[4]!.id);
  });

  it("gives one row per method and standard measure with the pooled difference and its intervals", () => {
    const aggregate = aggregateMethod(METHOD, trials);
    const pooled = aggregate.pooled[0]!.effects!.pooled!;
    const rows = methodEffectRows(
      [METHOD as never],
      () => aggregate,
      (id) => trials.find((t) => t.id === id)!.title,
    );
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row[col(METHOD_EFFECT_COLUMNS, "utprovinger_i_samlet")]).toBe(3);
    expect(row[col(METHOD_EFFECT_COLUMNS, "samlet_forskjell")]).toBeCloseTo(pooled.estimate, 3);
    expect(row[col(METHOD_EFFECT_COLUMNS, "prediksjon_nedre")]).toBeCloseTo(pooled.prediction!.lower, 3);
    expect(String(row[col(METHOD_EFFECT_COLUMNS, "holdt_utenfor")])).toContain("uten sammenligningsgruppe");
    expect(String(row[col(METHOD_EFFECT_COLUMNS, "holdt_utenfor")])).toContain("færre enn 5");
  });

  it("writes the CSV with decimal commas and the workbook with an Effekter and a Metoder sheet of numbers", async () => {
    const csv = parseCsv(tableToCsv(EFFECT_COLUMNS, effectRows(trials, context)).replace(/^\uFEFF/, ""), ";");
    expect(csv[0]).toEqual(EFFECT_COLUMNS.map((c) => c.key));
    expect(csv[1]![col(EFFECT_COLUMNS, "forskjell")]).toMatch(/^\d+,\d{1,3}$/);
    const aggregate = aggregateMethod(METHOD, trials);
    const bytes = await pilotsToXlsx(trials, context, [
      { name: "Effekter", columns: EFFECT_COLUMNS, rows: effectRows(trials, context) },
      {
        name: "Metoder",
        columns: METHOD_EFFECT_COLUMNS,
        rows: methodEffectRows(
          [METHOD as never],
          () => aggregate,
          (id) => id,
        ),
      },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Utprøvinger", "Effekter", "Metoder"]);
    const methods = workbook.getWorksheet("Metoder")!;
    const estimate = methods.getRow(2).getCell(col(METHOD_EFFECT_COLUMNS, "samlet_forskjell") + 1);
    expect(estimate.type).toBe(ExcelJS.ValueType.Number);
    expect(estimate.value).toBeCloseTo(aggregate.pooled[0]!.effects!.pooled!.estimate, 3);
  });
});
