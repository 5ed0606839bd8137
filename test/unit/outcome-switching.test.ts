import { describe, expect, it } from "vitest";
import { flagTag, planAgainstReport } from "../../shared/domain/outcome-switching.ts";
import { PilotContentSchema } from "../../shared/domain/pilot.ts";
import { outcomeSwitch } from "../../shared/domain/public-trial/projection.ts";

const planned = [
  { id: "jobb", name: "Andel i arbeid", measureCode: "arbeid-utdanning-6m" },
  { id: "tilfreds", name: "Tilfredshet" },
  { id: "vgs", name: "Fullført vgs" },
];
const measure = (name: string, extra: Record<string, unknown> = {}) => ({ name, unit: "prosent" as const, value: 40, n: 20, ...extra });

describe("planned against reported", () => {
  it("flags nothing before results are reported, and shows every planned outcome as pending", () => {
    const report = planAgainstReport({ plannedOutcomes: planned, participants: { planned: 40, count: 10 } });
    expect(report.rows.map((r) => r.status)).toEqual(["pending", "pending", "pending"]);
    expect(report.flags).toEqual([]);
    expect(report.outcomeSwitch).toEqual({ dropped: [], added: [] });
  });

  it("matches by planned id or standard measure, accepts «ikke målt» with a reason, and flags a silent drop and an unplanned measure", () => {
    const report = planAgainstReport({
      plannedOutcomes: planned,
      results: {
        measures: [
          measure("Jobb etter seks måneder", { measureCode: "arbeid-utdanning-6m" }),
          measure("Tilfredshet", { plannedOutcomeId: "tilfreds" }),
          measure("Sykefravær"),
        ],
        notMeasured: [],
      },
    });
    expect(report.rows.map((r) => [r.planned.id, r.status, r.reported?.name])).toEqual([
      ["jobb", "reported", "Jobb etter seks måneder"],
      ["tilfreds", "reported", "Tilfredshet"],
      ["vgs", "dropped", undefined],
    ]);
    expect(report.added.map((m) => m.name)).toEqual(["Sykefravær"]);
    expect(report.flags.map((f) => f.kind)).toEqual(["dropped", "not-planned"]);
    expect(report.flags[0]?.text).toBe("«Fullført vgs» var planlagt, men er verken rapportert eller oppgitt som ikke målt.");
    expect(report.flags.map(flagTag)).toEqual(["Falt bort uten forklaring", "Ikke planlagt"]);

    const accounted = planAgainstReport({
      plannedOutcomes: planned,
      results: {
        measures: [measure("Jobb", { plannedOutcomeId: "jobb" }), measure("T", { plannedOutcomeId: "tilfreds" })],
        notMeasured: [{ plannedOutcomeId: "vgs", reason: "Ingen var i vgs-alder." }],
      },
    });
    expect(accounted.rows[2]).toMatchObject({ status: "not-measured", reason: "Ingen var i vgs-alder." });
    expect(accounted.flags).toEqual([]);
  });

  it("flags participants, effort and cost that differ from the plan by more than a third, and not at a third", () => {
    const results = { measures: [] };
    const flags = (participants: object, cost: object = {}) => planAgainstReport({ plannedOutcomes: [], results, participants, cost }).flags;
    expect(flags({ planned: 30, count: 40 })).toEqual([]);
    expect(flags({ planned: 30, count: 20 })).toEqual([]);
    const fewer = flags({ planned: 30, count: 19 });
    expect(fewer).toHaveLength(1);
    expect(fewer[0]).toMatchObject({ kind: "participants", planned: 30, reported: 19 });
    expect(fewer[0]?.kind === "participants" && fewer[0].changePercent).toBeCloseTo(-36.67, 2);
    expect(fewer[0]?.text).toBe("Antall deltakere avviker fra planen: 19 mot planlagt 30 (37 % mindre enn planlagt).");
    const more = flags({}, { plannedStaffYears: 1.5, staffYears: 2.5, plannedCostNok: 600000, costNok: 1000000 });
    expect(more.map((f) => f.kind)).toEqual(["staff-years", "cost"]);
    expect(more[1]?.text).toBe("Kostnaden avviker fra planen: 1 000 000 kr mot planlagt 600 000 kr (67 % mer enn planlagt).");
    expect(flags({ planned: 0, count: 10 })).toEqual([]);
    expect(flags({ count: 10 })).toEqual([]);
  });

  it("flags a suppressed public count only when every count it could stand for departs by more than a third", () => {
    const flags = (planned: number | string, count: number | string) => planAgainstReport({ results: {}, participants: { planned, count } }).flags;
    expect(flags(7, "færre enn 5")).toHaveLength(1);
    expect(flags(7, "færre enn 5")[0]?.text).toBe(
      "Antall deltakere avviker fra planen: færre enn 5 mot planlagt 7 (mer enn en tredjedel mindre enn planlagt).",
    );
    expect(flags(6, "færre enn 5")).toEqual([]);
    expect(flags("færre enn 5", 12)).toHaveLength(1);
    expect(flags("færre enn 5", 5)).toEqual([]);
  });

  it("gives the public record's outcome switch from the same comparison", () => {
    const content = PilotContentSchema.parse({
      title: "Jobbspor",
      plannedOutcomes: [
        { id: "a", name: "A" },
        { id: "b", name: "B", measureCode: "fullfort-vgs" },
      ],
      results: {
        outcome: "for-tidlig",
        measures: [
          { name: "C", unit: "prosent", value: 10, n: 10 },
          { name: "B2", measureCode: "fullfort-vgs", unit: "prosent", value: 10, n: 10 },
        ],
      },
    });
    expect(outcomeSwitch(content)).toEqual({ dropped: [{ id: "a", name: "A" }], added: [{ name: "C" }] });
  });
});
