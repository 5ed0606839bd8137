import { studentTQuantile } from "./distributions.ts";
import { riskDifference, type RiskDifference } from "./effect-size.ts";

/**
 * Random-effects pooling of trial effects, reproducing R's metafor 3.8
 * `predict(rma(yi, vi, method = "REML", test = "knha"))` step by step:
 *
 * - τ² by REML with Fisher scoring: start at the Hedges (HE) estimate truncated at 0, step
 *   (y'PPy − tr P) / tr(PP) with P = W − wwᵀ/Σw, W = diag(1/(vᵢ + τ²)), halve a step that would make τ² negative,
 *   stop when a step changes τ² by less than 1e-5 (metafor's `threshold`), at most 100 steps. metafor then
 *   checks that the REML log-likelihood at τ² = 0 is not higher (by more than its `tol`, ε^¼); if it is, τ² = 0.
 *   When the steps overshoot back and forth and 100 do not converge (metafor stops with an error), the fit is run
 *   again as rma()'s help advises, with each step halved (`control = list(stepadj = 0.5)`), then quartered with
 *   1,000 steps allowed; the pool says which step adjustment it took.
 * - The estimate μ̂ = Σwᵢyᵢ / Σwᵢ with wᵢ = 1/(vᵢ + τ²).
 * - Hartung–Knapp–Sidik–Jonkman: Var(μ̂) = s² / Σwᵢ with s² = Σwᵢ(yᵢ − μ̂)² / (k − 1), not truncated at 1
 *   (metafor's "knha"; "adhoc" would truncate), and t quantiles with k − 1 degrees of freedom.
 * - Prediction interval μ̂ ± t(k − 1) · √(τ² + Var(μ̂)), given only from 3 trials on.
 * - I² = 100 · τ² / (τ² + ṽ) with the typical within-trial variance ṽ = (k − 1) Σwᵢ / ((Σwᵢ)² − Σwᵢ²), wᵢ = 1/vᵢ.
 */

export interface TrialEffect {
  /** The effect (e.g. a risk difference on the proportion scale). */
  readonly yi: number;
  /** Its sampling variance, above 0. */
  readonly vi: number;
}

export interface RandomEffectsPool {
  readonly k: number;
  readonly estimate: number;
  /** Standard error of the estimate, Knapp–Hartung adjusted. */
  readonly se: number;
  readonly ciLower: number;
  readonly ciUpper: number;
  /** Present from 3 trials on. */
  readonly prediction?: { readonly lower: number; readonly upper: number };
  readonly tau2: number;
  readonly tau: number;
  /** I² in percent. */
  readonly i2: number;
  /** Cochran's Q (fixed-effect weights). */
  readonly q: number;
  /** The Knapp–Hartung factor s² by which the model variance of the estimate was multiplied. */
  readonly knhaFactor: number;
  /** Degrees of freedom of the t quantiles (k − 1). */
  readonly df: number;
  /** Fisher scoring steps taken. */
  readonly iterations: number;
  /** Fisher scoring ended at a local maximum below the likelihood at τ² = 0, so τ² was set to 0 (metafor warns). */
  readonly localMaximum: boolean;
  /** The factor each Fisher scoring step was multiplied by: 1, or less when the full steps did not converge. */
  readonly stepAdjustment: number;
}

/** metafor's rma() defaults. */
const THRESHOLD = 1e-5;
const MAX_ITERATIONS = 100;
const LL_TOLERANCE = Math.pow(2 ** -52, 0.25);

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

function weightedMean(y: readonly number[], w: readonly number[]): number {
  return sum(y.map((yi, i) => w[i]! * yi)) / sum(w);
}

/** REML log-likelihood of the intercept-only model, as metafor computes it. */
function remlLogLik(y: readonly number[], v: readonly number[], tau2: number): number {
  const w = v.map((vi) => 1 / (vi + tau2));
  const mu = weightedMean(y, w);
  const rss = sum(y.map((yi, i) => w[i]! * (yi - mu) ** 2));
  const k = y.length;
  return -0.5 * (k - 1) * Math.log(2 * Math.PI) - 0.5 * sum(v.map((vi) => Math.log(vi + tau2))) - 0.5 * Math.log(sum(w)) - 0.5 * rss;
}

/** metafor's default fit, then the remedies its help gives for a Fisher scoring that does not converge. */
const FISHER_SCORING_RUNS = [
  { stepAdjustment: 1, maxIterations: MAX_ITERATIONS },
  { stepAdjustment: 0.5, maxIterations: MAX_ITERATIONS },
  { stepAdjustment: 0.25, maxIterations: 1000 },
] as const;

/** τ² by REML, Fisher scoring exactly as metafor's rma.uni() runs it, with its remedies when it does not converge. */
export function remlTau2(y: readonly number[], v: readonly number[]): { tau2: number; iterations: number; localMaximum: boolean; stepAdjustment: number } {
  for (const run of FISHER_SCORING_RUNS) {
    const fit = fisherScoring(y, v, run.stepAdjustment, run.maxIterations);
    if (fit) return { ...fit, stepAdjustment: run.stepAdjustment };
  }
  throw new Error("REML did not converge");
}

/** One Fisher scoring run with steps multiplied by `stepAdjustment` (metafor's `stepadj`); undefined when it does not converge. */
function fisherScoring(
  y: readonly number[],
  v: readonly number[],
  stepAdjustment: number,
  maxIterations: number,
): { tau2: number; iterations: number; localMaximum: boolean } | undefined {
  const k = y.length;
  const mean = sum(y) / k;
  const rss = sum(y.map((yi) => (yi - mean) ** 2));
  let tau2 = Math.max(0, (rss - (sum(v) * (k - 1)) / k) / (k - 1));
  let change = THRESHOLD + 1;
  let iterations = 0;
  while (change > THRESHOLD) {
    iterations += 1;
    if (iterations > maxIterations) return undefined;
    const w = v.map((vi) => 1 / (vi + tau2));
    const sw = sum(w);
    const sw2 = sum(w.map((wi) => wi * wi));
    const sw3 = sum(w.map((wi) => wi * wi * wi));
    const mu = weightedMean(y, w);
    const yPPy = sum(y.map((yi, i) => (w[i]! * (yi - mu)) ** 2));
    const trP = sw - sw2 / sw;
    const trPP = sw2 - (2 * sw3) / sw + (sw2 * sw2) / (sw * sw);
    let adj = ((yPPy - trP) / trPP) * stepAdjustment;
    if (Number.isNaN(adj)) adj = 0;
    while (tau2 + adj < 0) adj /= 2;
    const old = tau2;
    tau2 = tau2 + adj;
    change = Math.abs(old - tau2);
  }
  const localMaximum = tau2 > THRESHOLD && remlLogLik(y, v, 0) - remlLogLik(y, v, tau2) > LL_TOLERANCE;
  return { tau2: localMaximum ? 0 : Math.max(0, tau2), iterations, localMaximum };
}

export function randomEffectsPool(effects: readonly TrialEffect[], level = 0.95): RandomEffectsPool {
  const k = effects.length;
  if (k < 2) throw new RangeError(`pooling needs at least 2 trials, got ${k}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`level must lie between 0 and 1, got ${level}`);
  for (const e of effects) {
    if (!Number.isFinite(e.yi) || !(e.vi > 0) || !Number.isFinite(e.vi))
      throw new RangeError("every trial needs a finite effect and a sampling variance above 0");
  }
  const y = effects.map((e) => e.yi);
  const v = effects.map((e) => e.vi);
  const { tau2, iterations, localMaximum, stepAdjustment } = remlTau2(y, v);

  const w = v.map((vi) => 1 / (vi + tau2));
  const sw = sum(w);
  const estimate = weightedMean(y, w);
  const rssKnha = sum(y.map((yi, i) => w[i]! * (yi - estimate) ** 2));
  const knhaFactor = rssKnha <= 2 ** -52 ? 0 : rssKnha / (k - 1);
  const variance = knhaFactor / sw;
  const se = Math.sqrt(variance);
  const df = k - 1;
  const crit = studentTQuantile((1 + level) / 2, df);

  const fixed = v.map((vi) => 1 / vi);
  const sf = sum(fixed);
  const sf2 = sum(fixed.map((wi) => wi * wi));
  const fixedMean = weightedMean(y, fixed);
  const q = Math.max(0, sum(y.map((yi, i) => fixed[i]! * (yi - fixedMean) ** 2)));
  const typical = ((k - 1) * sf) / (sf * sf - sf2);
  const i2 = (100 * tau2) / (typical + tau2);

  const predictionHalf = crit * Math.sqrt(variance + tau2);
  return {
    k,
    estimate,
    se,
    ciLower: estimate - crit * se,
    ciUpper: estimate + crit * se,
    ...(k >= 3 ? { prediction: { lower: estimate - predictionHalf, upper: estimate + predictionHalf } } : {}),
    tau2,
    tau: Math.sqrt(tau2),
    i2,
    q,
    knhaFactor,
    df,
    iterations,
    localMaximum,
    stepAdjustment,
  };
}

/** Trials with fewer than this many people on either side are left out of pooling. */
export const POOLING_MIN_N = 5;

/**
 * A share measure as a trial record holds it; public records may carry a suppressed figure
 * (a string such as "færre enn 5") in place of a number.
 */
export interface ShareTrialRecord {
  readonly id: string;
  readonly value: number | string | undefined;
  readonly n: number | string | undefined;
  readonly comparison?: { readonly value: number | string | undefined; readonly n?: number | string | undefined };
}

export type PoolingExclusionReason = "small-count" | "no-participants" | "no-comparison";

export interface PoolingExclusion {
  readonly id: string;
  readonly reason: PoolingExclusionReason;
}

function armProblem(value: number | string | undefined, n: number | string | undefined): PoolingExclusionReason | undefined {
  if (typeof value === "string" || typeof n === "string") return "small-count";
  if (n === undefined || n === 0 || value === undefined) return "no-participants";
  if (n < POOLING_MIN_N) return "small-count";
  return undefined;
}

/**
 * Splits share trials into those that can be pooled (with their risk difference) and those left out, named
 * with the reason: fewer than 5 people (or a suppressed figure) on either side, no people, or no comparison.
 */
export function selectShareTrials(
  records: readonly ShareTrialRecord[],
  level = 0.95,
): {
  included: { id: string; effect: RiskDifference }[];
  excluded: PoolingExclusion[];
} {
  const included: { id: string; effect: RiskDifference }[] = [];
  const excluded: PoolingExclusion[] = [];
  for (const record of records) {
    const reason = armProblem(record.value, record.n) ?? (record.comparison ? armProblem(record.comparison.value, record.comparison.n) : "no-comparison");
    if (reason) {
      excluded.push({ id: record.id, reason });
      continue;
    }
    const trial = { value: record.value as number, n: record.n as number };
    const comparison = { value: record.comparison!.value as number, n: record.comparison!.n as number };
    included.push({ id: record.id, effect: riskDifference(trial, comparison, level) });
  }
  return { included, excluded };
}

/** A pool in display units (percentage points for shares, the measure's unit for means), for readers. */
export interface PooledFigures {
  readonly estimate: number;
  readonly ciLower: number;
  readonly ciUpper: number;
  /** From 3 trials: where the effect in a new office will probably lie. */
  readonly prediction?: { readonly lower: number; readonly upper: number };
  /** Between-trial spread in display units, and I² in percent. */
  readonly tau: number;
  readonly i2: number;
}

/** A pool on the scale it was computed on, multiplied into display units (100 for a risk difference). */
export function pooledFigures(pool: RandomEffectsPool, scale: number): PooledFigures {
  return {
    estimate: scale * pool.estimate,
    ciLower: scale * pool.ciLower,
    ciUpper: scale * pool.ciUpper,
    ...(pool.prediction ? { prediction: { lower: scale * pool.prediction.lower, upper: scale * pool.prediction.upper } } : {}),
    tau: scale * pool.tau,
    i2: pool.i2,
  };
}

/** The pooled risk difference in percentage points (τ too), for display. */
export interface PooledShareDifference {
  readonly included: readonly { readonly id: string; readonly effect: RiskDifference }[];
  readonly excluded: readonly PoolingExclusion[];
  /** On the proportion scale, as metafor reports it; absent below 2 included trials. */
  readonly pool?: RandomEffectsPool;
  readonly points?: PooledFigures;
}

export function poolShareTrials(records: readonly ShareTrialRecord[], level = 0.95): PooledShareDifference {
  const { included, excluded } = selectShareTrials(records, level);
  if (included.length < 2) return { included, excluded };
  const pool = randomEffectsPool(
    included.map((t) => t.effect),
    level,
  );
  return { included, excluded, pool, points: pooledFigures(pool, 100) };
}
