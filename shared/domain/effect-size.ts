import { normalQuantile } from "./distributions.ts";

/**
 * Effects of single trials, in the forms evidence synthesis needs. Shares arrive as the published records
 * hold them (a percentage and an n); counts are recovered as round(share × n), clamped to 0…n.
 *
 * Two scales are kept apart on purpose:
 * - what a trial page shows (`difference`, `lower`, `upper`, in percentage points) is computed from the
 *   observed counts, with Newcombe's score interval, which needs no correction at 0 % or 100 %;
 * - what pooling uses (`yi`, `vi`, on the proportion scale) is exactly metafor's
 *   `escalc(measure = "RD", ai, n1i, ci, n2i)` with its defaults `add = 1/2, to = "only0"`: a table with a
 *   zero cell (0 % or 100 % in either group) gets ½ added to each of its four cells, for both yi and vi.
 *   This keeps every vi above 0, so `rma()` never divides by zero.
 */

export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/** A share as the records hold it: a percentage (0–100) of n people. */
export interface ShareArm {
  readonly value: number;
  readonly n: number;
}

/** A mean with its standard deviation over n people. */
export interface MeanArm {
  readonly mean: number;
  readonly sd: number;
  readonly n: number;
}

/** The count of people behind a share: round(share × n), never below 0 or above n. */
export function shareCount(arm: ShareArm): number {
  assertCount(arm.n, "n");
  if (!Number.isFinite(arm.value)) throw new RangeError(`share must be a number, got ${arm.value}`);
  return Math.min(arm.n, Math.max(0, Math.round((arm.value / 100) * arm.n)));
}

function criticalValue(level: number): number {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must lie between 0 and 1, got ${level}`);
  return normalQuantile((1 + level) / 2);
}

/**
 * Wilson's score interval for x of n on the proportion scale, the same as R's
 * `prop.test(x, n, correct = FALSE)$conf.int`.
 */
export function wilsonInterval(x: number, n: number, level = 0.95): Interval {
  assertCount(n, "n");
  if (!(Number.isInteger(x) && x >= 0 && x <= n)) throw new RangeError(`x must be a whole number from 0 to n, got ${x}`);
  const z = criticalValue(level);
  const p = x / n;
  const z22n = (z * z) / (2 * n);
  const centre = p + z22n;
  const half = z * Math.sqrt((p * (1 - p)) / n + z22n / (2 * n));
  const denominator = 1 + 2 * z22n;
  return {
    lower: x === 0 ? 0 : Math.max(0, (centre - half) / denominator),
    upper: x === n ? 1 : Math.min(1, (centre + half) / denominator),
  };
}

/** A single share with its Wilson interval, in percent. */
export interface ShareEstimate {
  readonly count: number;
  readonly n: number;
  readonly share: number;
  readonly lower: number;
  readonly upper: number;
}

export function shareEstimate(arm: ShareArm, level = 0.95): ShareEstimate {
  const count = shareCount(arm);
  const ci = wilsonInterval(count, arm.n, level);
  return { count, n: arm.n, share: (100 * count) / arm.n, lower: 100 * ci.lower, upper: 100 * ci.upper };
}

/** A trial's risk difference (trial minus comparison). */
export interface RiskDifference {
  /** The counts it was computed from. */
  readonly counts: { readonly x1: number; readonly n1: number; readonly x2: number; readonly n2: number };
  /** Observed difference in percentage points, with Newcombe's hybrid score interval (method 10). */
  readonly difference: number;
  readonly lower: number;
  readonly upper: number;
  /** For pooling, proportion scale, as escalc(measure = "RD") computes them. */
  readonly yi: number;
  readonly vi: number;
  /** Whether ½ was added to each cell because one was 0 (escalc's `to = "only0"`). */
  readonly corrected: boolean;
}

/**
 * Newcombe's interval for p1 − p2 (Newcombe 1998, Statistics in Medicine 17:873–890, method 10):
 * with Wilson limits (l1, u1) and (l2, u2),
 * lower = d − √((p1 − l1)² + (u2 − p2)²), upper = d + √((u1 − p1)² + (p2 − l2)²).
 */
export function newcombeInterval(x1: number, n1: number, x2: number, n2: number, level = 0.95): Interval {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const w1 = wilsonInterval(x1, n1, level);
  const w2 = wilsonInterval(x2, n2, level);
  const d = p1 - p2;
  return {
    lower: d - Math.hypot(p1 - w1.lower, w2.upper - p2),
    upper: d + Math.hypot(w1.upper - p1, p2 - w2.lower),
  };
}

export function riskDifference(trial: ShareArm, comparison: ShareArm, level = 0.95): RiskDifference {
  const x1 = shareCount(trial);
  const x2 = shareCount(comparison);
  const n1 = trial.n;
  const n2 = comparison.n;
  const ci = newcombeInterval(x1, n1, x2, n2, level);
  const corrected = x1 === 0 || x2 === 0 || x1 === n1 || x2 === n2;
  const add = corrected ? 0.5 : 0;
  const p1 = (x1 + add) / (n1 + 2 * add);
  const p2 = (x2 + add) / (n2 + 2 * add);
  return {
    counts: { x1, n1, x2, n2 },
    difference: (100 * (x1 * n2 - x2 * n1)) / (n1 * n2),
    lower: 100 * ci.lower,
    upper: 100 * ci.upper,
    yi: p1 - p2,
    vi: (p1 * (1 - p1)) / (n1 + 2 * add) + (p2 * (1 - p2)) / (n2 + 2 * add),
    corrected,
  };
}

/** A trial's mean difference (trial minus comparison), as escalc(measure = "MD"), with a normal interval. */
export interface MeanDifference {
  readonly difference: number;
  readonly lower: number;
  readonly upper: number;
  readonly yi: number;
  readonly vi: number;
}

export function meanDifference(trial: MeanArm, comparison: MeanArm, level = 0.95): MeanDifference {
  for (const [arm, name] of [
    [trial, "trial"],
    [comparison, "comparison"],
  ] as const) {
    assertCount(arm.n, `${name}.n`);
    if (!(Number.isFinite(arm.mean) && Number.isFinite(arm.sd) && arm.sd >= 0)) throw new RangeError(`${name} needs a mean and an sd of 0 or more`);
  }
  const yi = trial.mean - comparison.mean;
  const vi = (trial.sd * trial.sd) / trial.n + (comparison.sd * comparison.sd) / comparison.n;
  const half = criticalValue(level) * Math.sqrt(vi);
  return { difference: yi, lower: yi - half, upper: yi + half, yi, vi };
}

function assertCount(n: number, name: string): void {
  if (!(Number.isInteger(n) && n > 0)) throw new RangeError(`${name} must be a whole number above 0, got ${n}`);
}
