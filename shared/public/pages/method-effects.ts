import { pooledFigures, randomEffectsPool, selectShareTrials, type PooledFigures, type PoolingExclusionReason } from "../../domain/meta-analysis.ts";
import type { StandardMeasure } from "../../domain/outcome-measures.ts";
import { measureEffect, poolable, type ComparedEffect } from "../../domain/public-trial/trial-effects.ts";
import type { PublicMeasure } from "../../domain/public-trial/public-pilot.ts";

/** One trial's difference against its comparison group, as the forest plot draws it. */
export interface TrialDifference {
  readonly pilotId: string;
  /** Trial minus comparison: percentage points for shares, the measure's unit for means. */
  readonly difference: number;
  readonly lower: number;
  readonly upper: number;
  readonly n: number;
  readonly comparisonN: number;
  /** The trial's share of the pooled weight in percent (1 / (vᵢ + τ²)); absent when nothing was pooled. */
  readonly weight?: number;
}

export type EffectExclusionReason = PoolingExclusionReason | "no-sd";

/** The random-effects pool (REML, Hartung–Knapp) of k trials in display units: percentage points or the measure's unit. */
export interface PooledDifference extends PooledFigures {
  readonly k: number;
}

/** A method's trials on one standard measure compared with their comparison groups, and pooled. */
export interface MeasureEffects {
  readonly kind: "risk-difference" | "mean-difference";
  /** Trials with a difference that went into the pool, in the order given. */
  readonly trials: readonly TrialDifference[];
  /** Trials left out of the pool, named with the reason. */
  readonly leftOut: readonly { readonly pilotId: string; readonly reason: EffectExclusionReason }[];
  /** Present from 2 trials. */
  readonly pooled?: PooledDifference;
}

export interface MeasureReport {
  readonly pilotId: string;
  readonly measure: PublicMeasure;
}

function meanReason(measure: PublicMeasure): EffectExclusionReason {
  const { comparison } = measure;
  const hidden = [measure.value, measure.n, measure.sd, comparison?.value, comparison?.n, comparison?.sd].some((v) => typeof v === "string");
  if (hidden) return "small-count";
  if (!comparison) return "no-comparison";
  if (measure.n === 0 || comparison.n === undefined || comparison.n === 0) return "no-participants";
  return "no-sd";
}

/**
 * Differences for every trial of a standard measure that has a comparison group, pooled by random effects
 * (`randomEffectsPool`, as metafor's `rma(method = "REML", test = "knha")`) when two or more have one.
 * Shares: risk differences with fewer than 5 people on either side left out (`selectShareTrials`). Means:
 * mean differences where both sides give a standard deviation, with the same small-count rule.
 */
export function measureEffects(standard: StandardMeasure, reports: readonly MeasureReport[]): MeasureEffects | undefined {
  const kind = standard.pooling === "share" ? "risk-difference" : "mean-difference";
  const included: { pilotId: string; effect: ComparedEffect }[] = [];
  const leftOut: { pilotId: string; reason: EffectExclusionReason }[] = [];
  if (kind === "risk-difference") {
    const records = reports.map((r) => ({ id: r.pilotId, value: r.measure.value, n: r.measure.n, comparison: r.measure.comparison }));
    const selected = selectShareTrials(records);
    const byId = new Map(reports.map((r) => [r.pilotId, r.measure]));
    for (const t of selected.included) {
      const effect = measureEffect(byId.get(t.id)!);
      if (effect?.kind === "risk-difference") included.push({ pilotId: t.id, effect });
    }
    for (const e of selected.excluded) leftOut.push({ pilotId: e.id, reason: e.reason });
  } else {
    for (const { pilotId, measure } of reports) {
      const effect = measureEffect(measure);
      if (effect?.kind === "mean-difference" && poolable(effect)) included.push({ pilotId, effect });
      else leftOut.push({ pilotId, reason: effect?.kind === "mean-difference" ? "small-count" : meanReason(measure) });
    }
  }
  if (included.length === 0) return undefined;
  const scale = kind === "risk-difference" ? 100 : 1;
  const pool = included.length >= 2 ? randomEffectsPool(included.map((t) => t.effect)) : undefined;
  const weights = pool ? included.map((t) => 1 / (t.effect.vi + pool.tau2)) : undefined;
  const totalWeight = weights?.reduce((a, b) => a + b, 0) ?? 0;
  return {
    kind,
    trials: included.map(({ pilotId, effect }, i) => ({
      pilotId,
      difference: effect.difference,
      lower: effect.lower,
      upper: effect.upper,
      n: effect.n,
      comparisonN: effect.comparisonN,
      ...(weights ? { weight: (100 * weights[i]!) / totalWeight } : {}),
    })),
    leftOut,
    ...(pool ? { pooled: { k: pool.k, ...pooledFigures(pool, scale) } } : {}),
  };
}
