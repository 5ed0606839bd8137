import { describe, expect, it } from "vitest";
import { gapMap, similarPilotsIndex, statistics } from "../../shared/public/index.ts";
import { MEASURE_TYPES, TARGET_GROUPS } from "../../shared/domain/taxonomy.ts";
import { publicPilot, resultsWith } from "../support/public-pilot-builder.ts";

describe("gapMap", () => {
  it("counts a trial in every target group × measure type cell it spans, and marks the rest untried", () => {
    // Prepare
    const strong = publicPilot({
      targetGroups: ["unge-under-30", "hull-i-cv"],
      measureTypes: ["ips"],
      evidence: { strength: 4, direction: "positiv" },
      results: resultsWith("virket"),
    });
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

describe("registryStatistics", () => {
  it("counts all trials by state, the ended ones with results, and the median days to publication by quarter", async () => {
    // Prepare
    const { registryStatistics } = await import("../../shared/public/index.ts");
    const entries = [
      { state: "draft", trialStatus: "avsluttet", hasResults: false },
      { state: "submitted", trialStatus: "avbrutt", hasResults: true, submittedAt: "2025-01-02T00:00:00.000Z" },
      { state: "published", trialStatus: "avsluttet", hasResults: true, submittedAt: "2025-01-01T00:00:00.000Z", publishedAt: "2025-01-11T00:00:00.000Z" },
      { state: "published", trialStatus: "pagar", hasResults: false, submittedAt: "2025-02-01T00:00:00.000Z", publishedAt: "2025-02-05T00:00:00.000Z" },
      { state: "published", trialStatus: "pagar", hasResults: false, submittedAt: "2025-04-01T00:00:00.000Z", publishedAt: "2025-04-03T00:00:00.000Z" },
      { state: "published", hasResults: false, submittedAt: "2025-06-01T00:00:00.000Z", publishedAt: "2025-05-01T00:00:00.000Z" },
    ];

    // Act
    const stats = registryStatistics(entries, "2025-07-01T00:00:00.000Z");

    // Assess
    expect(stats.registered).toBe(6);
    expect(stats.byState).toMatchObject({ draft: 1, submitted: 1, published: 4, withdrawn: 0 });
    expect([stats.ended, stats.endedWithResults]).toEqual([3, 2]);
    expect(stats.publicationDays).toEqual([
      { quarter: "2025 K1", medianDays: 7, trials: 2 },
      { quarter: "2025 K2", medianDays: 2, trials: 1 },
    ]);
  });
});

describe("gapMapFinding", () => {
  it("never calls strong evidence of no effect a success", async () => {
    // Prepare
    const { gapMapFinding } = await import("../../shared/public/index.ts");
    const strongNoEffect = publicPilot({ evidence: { strength: 4, direction: "ingen" }, results: resultsWith("virket-ikke") });
    const worked = publicPilot({ evidence: { strength: 2, direction: "positiv" }, results: resultsWith("virket") });

    // Act & Assess
    expect(gapMapFinding([strongNoEffect])).toBe("not-worked");
    expect(gapMapFinding([worked])).toBe("worked");
    expect(gapMapFinding([worked, strongNoEffect])).toBe("mixed");
    expect(gapMapFinding([publicPilot({ results: undefined })])).toBe("no-results");
    expect(gapMapFinding([])).toBe("untried");
  });
});
