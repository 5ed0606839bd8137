import { normalQuantile } from "./distributions.ts";

/**
 * The smallest change in a share a planned trial can expect to detect (minimum detectable effect), with a
 * two-sided test at level α and the given power (by default 5 % and 80 %), by the normal approximation.
 *
 * With a comparison group (two equal groups of m people, shares p0 without and p1 with the trial), the
 * smallest |p1 − p0| that solves
 *     √m · |p1 − p0| = z(1−α/2) · √(2 p̄ (1 − p̄)) + z(power) · √(p0(1 − p0) + p1(1 − p1)),   p̄ = (p0 + p1)/2,
 * which is the equation R's `power.prop.test(n = m, p1 = p0, power = 0.8)` solves for p2 (strict = FALSE).
 *
 * Without a comparison group (n participants measured against a known share p0), the smallest |p1 − p0|
 * that solves the one-sample test's equation
 *     √n · |p1 − p0| = z(1−α/2) · √(p0(1 − p0)) + z(power) · √(p1(1 − p1)).
 *
 * Both are solved by bisection to 1e-12, upwards (p1 > p0) and downwards (p1 < p0); a direction with no
 * solution inside 0…100 % has no detectable effect (undefined). A joint evaluation across offices pools
 * the people of every office; that assumes offices do not differ, so it is the best case.
 */

export interface DesignOptions {
  /** The expected share without the trial, in percent (0–100, exclusive). */
  readonly baseline: number;
  /**
   * Planned people: per group, or in total (with a comparison group split equally between the two groups).
   * Without a comparison group all n take part either way.
   */
  readonly n: number;
  readonly nIs: "per-group" | "total";
  readonly power?: number;
  readonly alpha?: number;
}

/** Smallest detectable changes in percentage points; undefined when the trial is too small for that direction. */
export interface DetectableChange {
  readonly increase?: number;
  readonly decrease?: number;
}

export interface DetectableEffect {
  /** People per group in the design with a comparison group. */
  readonly perGroup: number;
  /** People measured in the design without a comparison group. */
  readonly participants: number;
  readonly withComparison: DetectableChange;
  readonly withoutComparison: DetectableChange;
}

type Equation = (p0: number, p1: number) => number;

/** Bisection for the p1 above p0 where the equation turns from negative to 0. */
function solveUpwards(equation: Equation, p0: number): number | undefined {
  let lo = p0;
  let hi = 1;
  if (equation(p0, hi) < 0) return undefined;
  while (hi - lo > 1e-12) {
    const mid = (lo + hi) / 2;
    if (equation(p0, mid) < 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function bothDirections(equation: Equation, p0: number): DetectableChange {
  // Both equations are symmetric under p ↦ 1 − p, so a decrease from p0 is an increase from 1 − p0.
  const up = solveUpwards(equation, p0);
  const down = solveUpwards(equation, 1 - p0);
  return {
    ...(up !== undefined ? { increase: 100 * (up - p0) } : {}),
    ...(down !== undefined ? { decrease: 100 * (down - (1 - p0)) } : {}),
  };
}

export function detectableEffect(options: DesignOptions): DetectableEffect {
  const { baseline, n, nIs } = options;
  const power = options.power ?? 0.8;
  const alpha = options.alpha ?? 0.05;
  if (!(baseline > 0 && baseline < 100)) throw new RangeError(`baseline must lie strictly between 0 and 100 %, got ${baseline}`);
  if (!(Number.isFinite(n) && n > 0)) throw new RangeError(`n must be above 0, got ${n}`);
  if (!(power > 0 && power < 1) || !(alpha > 0 && alpha < 1)) throw new RangeError("power and alpha must lie between 0 and 1");
  const zAlpha = normalQuantile(1 - alpha / 2);
  const zPower = normalQuantile(power);
  const p0 = baseline / 100;
  const perGroup = nIs === "total" ? n / 2 : n;
  // Without a comparison group every planned person takes part in the trial.
  const participants = n;
  const twoSample: Equation = (a, b) => {
    const mean = (a + b) / 2;
    return Math.sqrt(perGroup) * Math.abs(b - a) - zAlpha * Math.sqrt(2 * mean * (1 - mean)) - zPower * Math.sqrt(a * (1 - a) + b * (1 - b));
  };
  const oneSample: Equation = (a, b) => Math.sqrt(participants) * Math.abs(b - a) - zAlpha * Math.sqrt(a * (1 - a)) - zPower * Math.sqrt(b * (1 - b));
  return {
    perGroup,
    participants,
    withComparison: bothDirections(twoSample, p0),
    withoutComparison: bothDirections(oneSample, p0),
  };
}

/** A joint evaluation across offices: the planned people of every office added up. */
export function jointDetectableEffect(offices: readonly number[], options: Omit<DesignOptions, "n">): DetectableEffect & { readonly offices: number } {
  if (offices.length === 0) throw new RangeError("a joint evaluation needs at least one office");
  const n = offices.reduce((total, people) => total + people, 0);
  return { ...detectableEffect({ ...options, n }), offices: offices.length };
}
