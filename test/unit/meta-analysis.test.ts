import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { detectableEffect, jointDetectableEffect } from "../../shared/domain/detectable-effect.ts";
import { normalQuantile, studentTQuantile } from "../../shared/domain/distributions.ts";
import { meanDifference, riskDifference, shareEstimate, wilsonInterval } from "../../shared/domain/effect-size.ts";
import { poolShareTrials, randomEffectsPool, selectShareTrials } from "../../shared/domain/meta-analysis.ts";

// Reference values from R and metafor, written by test/fixtures/metafor/generate.R.
interface PoolingCase {
  name: string;
  measure: "RD" | "MD" | "GEN";
  localMaximum?: boolean;
  stepadj?: number;
  ai?: number[];
  n1?: number[];
  ci?: number[];
  n2?: number[];
  m1?: number[];
  sd1?: number[];
  m2?: number[];
  sd2?: number[];
  yi: number[];
  vi: number[];
  newcombeLower?: number[];
  newcombeUpper?: number[];
  yiLower?: number[];
  yiUpper?: number[];
  estimate: number;
  se: number;
  ciLower: number;
  ciUpper: number;
  piLower: number;
  piUpper: number;
  tau2: number;
  I2: number;
  QE: number;
}
interface Fixtures {
  generatedWith: string;
  pooling: PoolingCase[];
  wilson: { x: number; n: number; lower: number; upper: number }[];
  qt: { p: number; df: number; q: number }[];
  qnorm: { p: number; q: number }[];
  powerPropTest: { perGroup: number; p0: number; increase: number | null; decrease: number | null }[];
  oneSample: { n: number; p0: number; increase: number | null; decrease: number | null }[];
}
const fixtures = JSON.parse(readFileSync(new URL("../fixtures/metafor/cases.json", import.meta.url), "utf8")) as Fixtures;

/** Every result must agree with R to this (the proportion scale; 1e-6 is 0.0001 percentage points). */
const TOLERANCE = 1e-6;
const largest = new Map<string, { deviation: number; where: string }>();

function expectClose(actual: number | undefined, expected: number, where: string): void {
  expect(actual, where).toBeDefined();
  const deviation = Math.abs(actual! - expected);
  const group = expect.getState().currentTestName?.split(" > ")[0] ?? "";
  if (deviation >= (largest.get(group)?.deviation ?? 0)) largest.set(group, { deviation, where });
  expect(deviation, `${where}: ${actual} against R's ${expected}`).toBeLessThanOrEqual(TOLERANCE);
}

afterAll(() => {
  for (const [group, { deviation, where }] of largest) console.info(`largest deviation from R, ${group}: ${deviation.toExponential(2)} (${where})`);
});

/** The effects of a case: computed from counts or means and SDs, or given directly. */
function poolInput(c: PoolingCase) {
  return c.measure === "GEN" ? c.yi.map((yi, i) => ({ yi, vi: c.vi[i]! })) : trialEffects(c);
}

function trialEffects(c: PoolingCase) {
  const n2 = c.n2!;
  return c.n1!.map((n1, i) =>
    c.measure === "RD"
      ? riskDifference({ value: (100 * c.ai![i]!) / n1, n: n1 }, { value: (100 * c.ci![i]!) / n2[i]!, n: n2[i]! })
      : meanDifference({ mean: c.m1![i]!, sd: c.sd1![i]!, n: n1 }, { mean: c.m2![i]!, sd: c.sd2![i]!, n: n2[i]! }),
  );
}

describe("trial effects against escalc()", () => {
  it.each(fixtures.pooling.filter((c) => c.measure !== "GEN").map((c) => [c.name, c] as const))("%s", (_name, c) => {
    // Act
    const effects = trialEffects(c);

    // Assess
    effects.forEach((effect, i) => {
      expectClose(effect.yi, c.yi[i]!, `${c.name} yi[${i}]`);
      expectClose(effect.vi, c.vi[i]!, `${c.name} vi[${i}]`);
      if (c.measure === "RD") {
        expectClose(effect.lower / 100, c.newcombeLower![i]!, `${c.name} Newcombe lower[${i}]`);
        expectClose(effect.upper / 100, c.newcombeUpper![i]!, `${c.name} Newcombe upper[${i}]`);
      } else {
        expectClose(effect.lower, c.yiLower![i]!, `${c.name} MD lower[${i}]`);
        expectClose(effect.upper, c.yiUpper![i]!, `${c.name} MD upper[${i}]`);
      }
    });
  });

  it("reports the observed difference and adds ½ only to tables with a zero cell", () => {
    // Act
    const plain = riskDifference({ value: 50, n: 40 }, { value: 25, n: 40 });
    const zero = riskDifference({ value: 20, n: 20 }, { value: 0, n: 20 });

    // Assess
    expect(plain.difference).toBeCloseTo(25, 12);
    expect(plain.corrected).toBe(false);
    expect(zero.difference).toBeCloseTo(20, 12);
    expect(zero.corrected).toBe(true);
    expect(zero.yi).toBeCloseTo(4.5 / 21 - 0.5 / 21, 12);
  });
});

describe('random-effects pooling against rma(method = "REML", test = "knha") and predict()', () => {
  it.each(fixtures.pooling.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    // Act
    const pool = randomEffectsPool(poolInput(c));

    // Assess
    expectClose(pool.tau2, c.tau2, `${c.name} tau2`);
    expectClose(pool.estimate, c.estimate, `${c.name} estimate`);
    expectClose(pool.se, c.se, `${c.name} se`);
    expectClose(pool.ciLower, c.ciLower, `${c.name} ci.lb`);
    expectClose(pool.ciUpper, c.ciUpper, `${c.name} ci.ub`);
    expectClose(pool.i2 / 100, c.I2 / 100, `${c.name} I2`);
    expectClose(pool.q, c.QE, `${c.name} QE`);
    expect(pool.localMaximum).toBe(c.localMaximum === true);
    expect(pool.stepAdjustment).toBe(c.stepadj ?? 1);
    if (c.yi.length >= 3) {
      expectClose(pool.prediction?.lower, c.piLower, `${c.name} pi.lb`);
      expectClose(pool.prediction?.upper, c.piUpper, `${c.name} pi.ub`);
    } else {
      expect(pool.prediction).toBeUndefined();
    }
  });

  it("covers the cases that matter", () => {
    // Assess
    const rd = fixtures.pooling.filter((c) => c.measure === "RD");
    expect(fixtures.pooling.length).toBeGreaterThanOrEqual(30);
    expect(rd.some((c) => c.yi.length === 2)).toBe(true);
    expect(rd.some((c) => c.tau2 === 0 && c.yi.length >= 3)).toBe(true);
    expect(rd.some((c) => c.I2 > 90)).toBe(true);
    expect(rd.some((c) => c.ai!.some((a, i) => a === 0 || a === c.n1![i]) || c.ci!.some((x, i) => x === 0 || x === c.n2![i]))).toBe(true);
    expect(fixtures.pooling.some((c) => c.localMaximum)).toBe(true);
    expect(fixtures.pooling.some((c) => c.stepadj === 0.5)).toBe(true);
  });

  it("refuses fewer than 2 trials and a sampling variance of 0", () => {
    // Assess
    expect(() => randomEffectsPool([{ yi: 0.1, vi: 0.01 }])).toThrow(RangeError);
    expect(() =>
      randomEffectsPool([
        { yi: 0.1, vi: 0.01 },
        { yi: 0.2, vi: 0 },
      ]),
    ).toThrow(RangeError);
  });

  it("pools any 2 to 12 share trials of 5 or more people per group, 0 % and 100 % included, to finite figures", () => {
    // Arrange: the counts a method page can meet, with the extremes drawn often.
    const size = fc.oneof(fc.integer({ min: 5, max: 12 }), fc.integer({ min: 5, max: 2000 }));
    const group = size.chain((n) =>
      fc.record({ n: fc.constant(n), x: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(0, n) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: n }) }) }),
    );
    const trial = fc.record({ trial: group, comparison: group });

    fc.assert(
      fc.property(fc.array(trial, { minLength: 2, maxLength: 12 }), (trials) => {
        // Act
        const pool = randomEffectsPool(
          trials.map((t) =>
            riskDifference({ value: (100 * t.trial.x) / t.trial.n, n: t.trial.n }, { value: (100 * t.comparison.x) / t.comparison.n, n: t.comparison.n }),
          ),
        );

        // Assess
        for (const figure of [pool.estimate, pool.se, pool.ciLower, pool.ciUpper, pool.tau2, pool.i2]) expect(Number.isFinite(figure)).toBe(true);
        expect(pool.tau2).toBeGreaterThanOrEqual(0);
        expect(pool.ciLower).toBeLessThanOrEqual(pool.ciUpper);
      }),
      // Without the halved steps, full steps failed to converge once in about 10,000 draws; 30,000 take a second or two.
      { numRuns: 30000 },
    );
  });
});

describe("quantiles and Wilson intervals against R", () => {
  it("qt", () => {
    for (const { p, df, q } of fixtures.qt) expectClose(studentTQuantile(p, df), q, `qt(${p}, ${df})`);
  });

  it("qnorm", () => {
    for (const { p, q } of fixtures.qnorm) expectClose(normalQuantile(p), q, `qnorm(${p})`);
  });

  it("Wilson interval as prop.test(correct = FALSE)", () => {
    for (const { x, n, lower, upper } of fixtures.wilson) {
      const ci = wilsonInterval(x, n);
      expectClose(ci.lower, lower, `Wilson lower ${x}/${n}`);
      expectClose(ci.upper, upper, `Wilson upper ${x}/${n}`);
      expectClose(shareEstimate({ value: (100 * x) / n, n }).lower / 100, lower, `share lower ${x}/${n}`);
    }
  });
});

describe("minimum detectable effect", () => {
  it("with a comparison group, as power.prop.test solves it", () => {
    for (const { perGroup, p0, increase, decrease } of fixtures.powerPropTest) {
      // Act
      const effect = detectableEffect({ baseline: 100 * p0, n: perGroup, nIs: "per-group" });

      // Assess
      const where = `n = ${perGroup}, p0 = ${p0}`;
      if (increase === null) expect(effect.withComparison.increase, where).toBeUndefined();
      else expectClose(effect.withComparison.increase! / 100, increase, `${where} increase`);
      if (decrease === null) expect(effect.withComparison.decrease, where).toBeUndefined();
      else expectClose(effect.withComparison.decrease! / 100, decrease, `${where} decrease`);
    }
  });

  it("without a comparison group, and the sample size formula gives back n", () => {
    for (const { n, p0, increase, decrease } of fixtures.oneSample) {
      // Act
      const effect = detectableEffect({ baseline: 100 * p0, n, nIs: "total" });

      // Assess
      const where = `n = ${n}, p0 = ${p0}`;
      if (increase === null) expect(effect.withoutComparison.increase, where).toBeUndefined();
      else expectClose(effect.withoutComparison.increase! / 100, increase, `${where} increase`);
      if (decrease === null) expect(effect.withoutComparison.decrease, where).toBeUndefined();
      else expectClose(effect.withoutComparison.decrease! / 100, decrease, `${where} decrease`);
      if (increase !== null) {
        const p1 = p0 + increase;
        const needed = ((normalQuantile(0.975) * Math.sqrt(p0 * (1 - p0)) + normalQuantile(0.8) * Math.sqrt(p1 * (1 - p1))) / increase) ** 2;
        expect(needed).toBeCloseTo(n, 6);
      }
    }
  });

  it("splits a total between the groups and adds up offices for a joint evaluation", () => {
    // Act
    const total = detectableEffect({ baseline: 30, n: 200, nIs: "total" });
    const perGroup = detectableEffect({ baseline: 30, n: 100, nIs: "per-group" });
    const joint = jointDetectableEffect([60, 80, 60], { baseline: 30, nIs: "total" });

    // Assess
    expect(total.perGroup).toBe(100);
    expect(total.withComparison).toEqual(perGroup.withComparison);
    expect(joint.offices).toBe(3);
    expect(joint.withComparison).toEqual(total.withComparison);
    expect(joint.withComparison.increase!).toBeLessThan(detectableEffect({ baseline: 30, n: 60, nIs: "total" }).withComparison.increase!);
  });
});

describe("small counts and pooling of share trials", () => {
  const records = [
    { id: "a", value: 40, n: 50, comparison: { value: 30, n: 50 } },
    { id: "b", value: 35, n: 80, comparison: { value: 30, n: 4 } },
    { id: "c", value: "færre enn 5", n: 30, comparison: { value: 20, n: 30 } },
    { id: "d", value: 50, n: 40 },
    { id: "e", value: 45, n: 0, comparison: { value: 30, n: 20 } },
    { id: "f", value: 38, n: 60, comparison: { value: 31, n: 62 } },
  ];

  it("leaves out and names trials below 5 on either side, with no people or no comparison", () => {
    // Act
    const { included, excluded } = selectShareTrials(records);

    // Assess
    expect(included.map((t) => t.id)).toEqual(["a", "f"]);
    expect(excluded).toEqual([
      { id: "b", reason: "small-count" },
      { id: "c", reason: "small-count" },
      { id: "d", reason: "no-comparison" },
      { id: "e", reason: "no-participants" },
    ]);
  });

  it("pools what is left in percentage points, and pools nothing from a single trial", () => {
    // Act
    const pooled = poolShareTrials(records);
    const single = poolShareTrials(records.slice(0, 4));

    // Assess
    expect(pooled.points!.estimate).toBeCloseTo(100 * pooled.pool!.estimate, 12);
    expect(pooled.points!.estimate).toBeGreaterThan(0);
    expect(pooled.points!.prediction).toBeUndefined();
    expect(single.pool).toBeUndefined();
    expect(single.included.map((t) => t.id)).toEqual(["a"]);
  });
});
