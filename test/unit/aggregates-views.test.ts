import { describe, expect, it } from "vitest";
import { gapMap, similarPilotsIndex, statistics } from "../../shared/public/aggregates.ts";
import { MEASURE_TYPES, TARGET_GROUPS } from "../../shared/domain/taxonomy.ts";
import { publicPilot, resultsWith } from "../support/public-pilot-builder.ts";

describe("gapMap", () => {
  it("counts a trial in every target group × measure type cell it spans, and marks the rest untried", () => {
    // Prepare
    const strong = publicPilot({ targetGroups: ["unge-under-30", "hull-i-cv"], measureTypes: ["ips"], evidence: { strength: 4, direction: "positiv" }, results: resultsWith("virket") });
    const weak = publicPilot({ targetGroups: ["unge-under-30"], measureTypes: ["ips", "oppfolging"], evidence: { strength: 1, direction: "uavklart" } });

    // Act
    const map = gapMap([strong, weak]);

    // Assess
    const cell = (tg: string, mt: string) => map.rows.find((r) => r.targetGroup === tg)?.cells.find((c) => c.measureType === mt);
    expect(map.rows).toHaveLength(TARGET_GROUPS.length);
    expect(map.rows[0]?.cells).toHaveLength(MEASURE_TYPES.length);
    expect(cell("unge-under-30", "ips")?.trials).toBe(2);
    expect(cell("unge-under-30", "ips")?.strongestEvidence?.strength).toBe(4);
    expect(cell("unge-under-30", "ips")?.outcomes.virket).toBe(1);
    expect(cell("unge-under-30", "ips")?.withoutResults).toBe(1);
    expect(cell("hull-i-cv", "ips")?.trials).toBe(1);
    expect(cell("unge-under-30", "oppfolging")?.trials).toBe(1);
    expect(cell("sykmeldte", "vta")?.trials).toBe(0);
    expect(map.untried).toBe(TARGET_GROUPS.length * MEASURE_TYPES.length - 3);
  });
});

describe("statistics", () => {
  it("counts by county, target group, measure type and outcome, and the shares that matter", () => {
    // Prepare
    const pilots = [
      publicPilot({ county: "oslo", trialStatus: "avsluttet", results: resultsWith("virket") }),
      publicPilot({ county: "oslo", trialStatus: "avsluttet", results: resultsWith("virket-ikke") }),
      publicPilot({ county: "agder", trialStatus: "avbrutt", results: resultsWith("negativ") }),
      publicPilot({ county: "agder", trialStatus: "avsluttet" }),
      publicPilot({ county: "agder", trialStatus: "pagar", targetGroups: ["sykmeldte", "unge-under-30"] }),
    ];

    // Act
    const stats = statistics(pilots);

    // Assess
    const count = (rows: readonly { code: string; count: number }[], code: string) => rows.find((r) => r.code === code)?.count;
    expect(stats.published).toBe(5);
    expect(count(stats.byCounty, "oslo")).toBe(2);
    expect(count(stats.byCounty, "agder")).toBe(3);
    expect(count(stats.byCounty, "finnmark")).toBe(0);
    expect(count(stats.byTargetGroup, "unge-under-30")).toBe(5);
    expect(count(stats.byTargetGroup, "sykmeldte")).toBe(1);
    expect(count(stats.byOutcome, "virket")).toBe(1);
    expect(count(stats.byOutcome, "ingen-resultater")).toBe(2);
    expect(stats.ended).toBe(4);
    expect(stats.endedWithResults).toBe(3);
    expect(stats.withResults).toBe(3);
    expect(stats.noEffect).toBe(2);
  });
});

describe("similarPilotsIndex", () => {
  it("finds trials of other methods sharing target groups and measure types, best match first", () => {
    // Prepare
    const subject = publicPilot({ methodId: "a", targetGroups: ["unge-under-30", "hull-i-cv"], measureTypes: ["ips"] });
    const closest = publicPilot({ methodId: "b", targetGroups: ["unge-under-30", "hull-i-cv"], measureTypes: ["ips"] });
    const close = publicPilot({ methodId: "c", targetGroups: ["unge-under-30"], measureTypes: ["ips", "avklaring"] });
    const sameMethod = publicPilot({ methodId: "a", targetGroups: ["unge-under-30", "hull-i-cv"], measureTypes: ["ips"] });
    const unrelated = publicPilot({ methodId: "d", targetGroups: ["sykmeldte"], measureTypes: ["vta"] });

    // Act
    const similar = similarPilotsIndex([subject, closest, close, sameMethod, unrelated])(subject);

    // Assess
    expect(similar.map((p) => p.id)).toEqual([closest.id, close.id]);
  });
});
