import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gapMap, similarPilotsIndex, statistics } from "../../shared/public/index.ts";
import { MEASURE_TYPES, TARGET_GROUPS } from "../../shared/domain/taxonomy.ts";
import { publicPilot, resultsWith } from "../support/public-pilot-builder.ts";
import type { PublicPilot } from "../../shared/domain/public-trial/public-pilot.ts";

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

  it("finds the same trials for a trial whose inputs are unchanged after any one change to the bank", () => {
    // Few groups, types and dates: long lists (more than the 25 weighed per pair), shared pairs and ties.
    const trial = fc
      .record({
        targetGroups: fc.uniqueArray(fc.constantFrom("unge-under-30" as const, "hull-i-cv" as const, "sykmeldte" as const), { minLength: 1, maxLength: 3 }),
        measureTypes: fc.uniqueArray(fc.constantFrom("ips" as const, "avklaring" as const, "ingen" as const), { minLength: 1, maxLength: 3 }),
        methodId: fc.option(fc.constantFrom("a", "b", "c"), { nil: undefined }),
        county: fc.constantFrom("oslo" as const, "agder" as const),
        strength: fc.constantFrom(1, 2, 3, 4),
        firstPublishedAt: fc.constantFrom("2025-01-01T00:00:00.000Z", "2025-06-01T00:00:00.000Z"),
      })
      .map(({ strength, methodId, ...rest }) => publicPilot({ ...rest, ...(methodId ? { methodId } : {}), evidence: { strength, direction: "positiv" } }));
    const change = fc.oneof(
      fc.record({ kind: fc.constant("add" as const), trial }),
      fc.record({ kind: fc.constant("remove" as const), at: fc.nat() }),
      fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), trial }),
    );
    const version = (list: readonly PublicPilot[]) => list.map((p) => `${p.id}=${JSON.stringify(p)}`).join(";");
    let kept = 0;
    fc.assert(
      fc.property(fc.array(trial, { minLength: 1, maxLength: 80 }), change, (before, c) => {
        const at = "at" in c ? c.at % before.length : 0;
        const after =
          c.kind === "add"
            ? [...before, c.trial]
            : c.kind === "remove"
              ? before.filter((_, i) => i !== at)
              : before.map((p, i) => (i === at ? { ...c.trial, id: p.id, slug: p.slug } : p));
        const [old, next] = [similarPilotsIndex(before), similarPilotsIndex(after)];
        for (const pilot of after) {
          const same = before.find((p) => p.id === pilot.id);
          if (same !== pilot || old.inputs(pilot, version).join() !== next.inputs(pilot, version).join()) continue;
          kept += 1;
          expect(next(pilot).map((p) => p.id)).toEqual(old(pilot).map((p) => p.id));
        }
      }),
      { numRuns: 300 },
    );
    // The property held for trials whose inputs stayed as they were, not only for trials that were all renewed.
    expect(kept).toBeGreaterThan(300);
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
