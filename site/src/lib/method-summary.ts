import { OUTCOMES } from "../../../shared/domain/taxonomy.ts";
import type { MethodAggregate, PublicMethod } from "../../../shared/public/index.ts";
import { formatInteger, formatNok } from "../../../shared/domain/public-trial/format.ts";
import type { PublicPilot } from "../../../shared/domain/public-trial/public-pilot.ts";
import { differenceUnit, formatSigned, higherIsBetter, intervalText, spansZero } from "../../../shared/domain/public-trial/trial-effects.ts";
import { label } from "./labels.ts";

/**
 * One method in a few hundred bytes, for the page that compares methods: what its trials show, the pooled
 * effect per standard measure, cost, target groups and the curators' word. Built once per method at build
 * time (`/data/metoder/<slug>.json`); numbers are kept as numbers, and the words the page shows are written
 * here with the shared formatting, so the browser only places text.
 */
export interface MethodSummary {
  readonly slug: string;
  readonly name: string;
  readonly url: string;
  readonly trials: number;
  readonly offices: number;
  /** Trials per reported outcome, only outcomes with trials, in the taxonomy's order. */
  readonly outcomes: readonly { readonly code: string; readonly label: string; readonly count: number }[];
  readonly withoutResults: number;
  readonly strongestEvidence?: { readonly level: number; readonly words: string };
  /** The random-effects pool per standard measure, where two or more trials have a comparison group. */
  readonly effects: readonly PooledEffectSummary[];
  /** Cost per participant over the trials that show it, in kroner. */
  readonly cost?: { readonly min: number; readonly max: number; readonly trials: number; readonly text: string };
  /** Labels, the most frequent first. */
  readonly targetGroups: readonly string[];
  readonly measureTypes: readonly string[];
  readonly recommended: boolean;
  readonly recommendationNote?: string;
}

export interface PooledEffectSummary {
  readonly measureCode: string;
  readonly label: string;
  /** "prosentpoeng", "dager", "poeng på skalaen". */
  readonly unitWords: string;
  readonly k: number;
  readonly estimate: number;
  readonly ciLower: number;
  readonly ciUpper: number;
  readonly prediction?: { readonly lower: number; readonly upper: number };
  readonly higherIsBetter: boolean;
  /** The same, written out: "12,3", "mellom 4,1 og 20,5". */
  readonly text: { readonly estimate: string; readonly ci: string; readonly prediction?: string };
  /** Whether the 95 % interval includes no difference: then we do not know the direction. */
  readonly unknownDirection: boolean;
}

/** The labels of a list of codes over trials, the most frequent first, then alphabetically. */
function labelsByFrequency(lists: readonly (readonly string[])[], toLabel: (code: string) => string): string[] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const code of new Set(list)) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts.entries()]
    .map(([code, count]) => ({ text: toLabel(code), count }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, "nb"))
    .map((entry) => entry.text);
}

export function methodSummary(method: PublicMethod, aggregate: MethodAggregate, trials: readonly PublicPilot[], url: string): MethodSummary {
  const effects: PooledEffectSummary[] = [];
  for (const measure of aggregate.pooled) {
    const pooled = measure.effects?.pooled;
    if (!measure.effects || !pooled) continue;
    effects.push({
      measureCode: measure.measureCode,
      label: measure.label,
      unitWords: differenceUnit(measure.effects.kind, measure.unit),
      k: pooled.k,
      estimate: pooled.estimate,
      ciLower: pooled.ciLower,
      ciUpper: pooled.ciUpper,
      ...(pooled.prediction ? { prediction: pooled.prediction } : {}),
      higherIsBetter: higherIsBetter(measure.measureCode),
      text: {
        estimate: formatSigned(pooled.estimate),
        ci: intervalText(pooled.ciLower, pooled.ciUpper),
        ...(pooled.prediction ? { prediction: intervalText(pooled.prediction.lower, pooled.prediction.upper) } : {}),
      },
      unknownDirection: spansZero(pooled.ciLower, pooled.ciUpper),
    });
  }
  const costs = trials.flatMap((p) => (typeof p.costPerParticipantNok === "number" ? [p.costPerParticipantNok as number] : []));
  const min = Math.min(...costs);
  const max = Math.max(...costs);
  const strongest = aggregate.strongestEvidence;
  return {
    slug: method.slug,
    name: method.name,
    url,
    trials: aggregate.trials,
    offices: aggregate.offices,
    outcomes: OUTCOMES.filter((o) => aggregate.outcomes[o.code] > 0).map((o) => ({ code: o.code, label: o.label, count: aggregate.outcomes[o.code] })),
    withoutResults: aggregate.withoutResults,
    ...(strongest ? { strongestEvidence: { level: strongest.strength, words: label.evidence(strongest.strength, strongest.direction) } } : {}),
    effects,
    ...(costs.length > 0 ? { cost: { min, max, trials: costs.length, text: min === max ? formatNok(min) : `${formatInteger(min)}–${formatNok(max)}` } } : {}),
    targetGroups: labelsByFrequency(
      trials.map((p) => p.targetGroups),
      label.targetGroup,
    ),
    measureTypes: labelsByFrequency(
      trials.map((p) => p.measureTypes),
      label.measureType,
    ),
    recommended: aggregate.recommended,
    ...(aggregate.recommended && method.recommendationNote ? { recommendationNote: method.recommendationNote } : {}),
  };
}
