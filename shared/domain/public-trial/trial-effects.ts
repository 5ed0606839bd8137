import { meanDifference, riskDifference, shareEstimate } from "../effect-size.ts";
import { POOLING_MIN_N } from "../meta-analysis.ts";
import { standardMeasure } from "../outcome-measures.ts";
import type { MeasureUnit } from "../taxonomy.ts";
import { formatDecimal } from "./format.ts";
import type { PeopleFigure } from "./people-figure.ts";

/**
 * The effect of one trial on one measure, from its public record:
 * - a share with a comparison group (value and n on both sides): the difference in percentage points with
 *   Newcombe's 95 % interval;
 * - a mean with a comparison group and a standard deviation on both sides: the mean difference with its
 *   95 % interval;
 * - a share without a comparison: the share with Wilson's 95 % interval, marked as having no comparison
 *   (it says how many, not whether the trial made a difference, and is never pooled).
 * A figure hidden as "færre enn 5" gives no effect.
 */
export type MeasureEffect =
  | {
      readonly kind: "risk-difference" | "mean-difference";
      /** Trial minus comparison: percentage points for shares, the measure's unit for means. */
      readonly difference: number;
      readonly lower: number;
      readonly upper: number;
      readonly n: number;
      readonly comparisonN: number;
      /** For pooling: on the proportion scale for shares (escalc "RD"), the unit for means (escalc "MD"). */
      readonly yi: number;
      readonly vi: number;
    }
  | {
      readonly kind: "share";
      /** The share in percent with its interval. */
      readonly share: number;
      readonly lower: number;
      readonly upper: number;
      readonly n: number;
    };

export type ComparedEffect = Extract<MeasureEffect, { kind: "risk-difference" | "mean-difference" }>;

/** What a sentence about an effect needs: the figure and its interval. */
export type EffectFigures =
  | { readonly kind: "risk-difference" | "mean-difference"; readonly difference: number; readonly lower: number; readonly upper: number }
  | { readonly kind: "share"; readonly share: number; readonly lower: number; readonly upper: number };

const num = (v: PeopleFigure | undefined): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const count = (v: unknown): number | undefined => (typeof v === "number" && Number.isInteger(v) && v > 0 ? v : undefined);

/** Whether a unit's figures are means (days, a scale), as opposed to shares or counts of people. */
export function isMeanUnit(unit: MeasureUnit): boolean {
  return unit === "dager" || unit === "skala-1-6";
}

/** The figures of a public measure an effect is worked out from (a public trial's measure has them all). */
export interface EffectMeasure {
  readonly unit: MeasureUnit;
  readonly value: PeopleFigure;
  readonly n: PeopleFigure;
  readonly sd?: PeopleFigure | undefined;
  readonly comparison?: { readonly value: PeopleFigure; readonly sd?: PeopleFigure | undefined; readonly n?: PeopleFigure | undefined } | undefined;
}

export function measureEffect(measure: EffectMeasure): MeasureEffect | undefined {
  const value = num(measure.value);
  const n = count(measure.n);
  if (value === undefined || n === undefined) return undefined;
  const comparison = measure.comparison;
  const cValue = num(comparison?.value);
  const cN = count(comparison?.n);
  if (measure.unit === "prosent") {
    if (value < 0 || value > 100) return undefined;
    if (cValue !== undefined && cN !== undefined && cValue >= 0 && cValue <= 100) {
      const rd = riskDifference({ value, n }, { value: cValue, n: cN });
      return { kind: "risk-difference", difference: rd.difference, lower: rd.lower, upper: rd.upper, n, comparisonN: cN, yi: rd.yi, vi: rd.vi };
    }
    if (comparison) return undefined;
    const share = shareEstimate({ value, n });
    return { kind: "share", share: share.share, lower: share.lower, upper: share.upper, n };
  }
  if (isMeanUnit(measure.unit)) {
    const sd = num(measure.sd);
    const cSd = num(comparison?.sd);
    if (cValue === undefined || cN === undefined || sd === undefined || cSd === undefined) return undefined;
    const md = meanDifference({ mean: value, sd, n }, { mean: cValue, sd: cSd, n: cN });
    if (!(md.vi > 0)) return undefined;
    return { kind: "mean-difference", difference: md.difference, lower: md.lower, upper: md.upper, n, comparisonN: cN, yi: md.yi, vi: md.vi };
  }
  return undefined;
}

/** Whether a compared effect may be pooled: 5 people or more on both sides. */
export function poolable(effect: ComparedEffect): boolean {
  return effect.n >= POOLING_MIN_N && effect.comparisonN >= POOLING_MIN_N;
}

/** What the share counts, for sentences: "flere i arbeid eller utdanning". */
const SUBJECTS: Record<string, string> = {
  "arbeid-utdanning-6m": "i arbeid eller utdanning",
  "arbeid-utdanning-12m": "i arbeid eller utdanning",
  "ordinaert-arbeid-6m": "i ordinært arbeid",
  "fullfort-vgs": "som fullførte videregående",
  "ny-straffesak-12m": "med ny straffesak",
};

/** A signed number as Norwegian writes it, with a real minus sign: "−4,2". */
export function formatSigned(value: number): string {
  const text = formatDecimal(Math.abs(value));
  return value < 0 && text !== "0" ? `\u2212${text}` : text;
}

/** The unit a difference is told in: "prosentpoeng", "dager", "poeng på skalaen". */
export function differenceUnit(kind: ComparedEffect["kind"], unit: MeasureUnit): string {
  if (kind === "risk-difference") return "prosentpoeng";
  return unit === "dager" ? "dager" : "poeng på skalaen";
}

/** "mellom 4 og 31" (the unit follows the sentence). */
export function intervalText(lower: number, upper: number): string {
  return `mellom ${formatSigned(lower)} og ${formatSigned(upper)}`;
}

/** Whether a 95 % interval includes no difference at all. */
export function spansZero(lower: number, upper: number): boolean {
  return lower <= 0 && upper >= 0;
}

/**
 * One trial's effect in a plain sentence, e.g. "18 prosentpoeng flere i arbeid eller utdanning enn i
 * sammenligningsgruppen, trolig mellom 4 og 31".
 */
export function effectSentence(effect: EffectFigures, measure: { readonly unit: MeasureUnit; readonly measureCode?: string | undefined }): string {
  if (effect.kind === "share") {
    return `${formatDecimal(effect.share)} %, trolig mellom ${formatDecimal(effect.lower)} og ${formatDecimal(effect.upper)} % (uten sammenligning)`;
  }
  const unit = differenceUnit(effect.kind, measure.unit);
  const size = formatDecimal(Math.abs(effect.difference));
  const subject = measure.measureCode ? SUBJECTS[measure.measureCode] : undefined;
  let change: string;
  if (size === "0") change = `Ingen forskjell fra sammenligningsgruppen`;
  else if (effect.kind === "risk-difference" && subject)
    change = `${size} ${unit} ${effect.difference > 0 ? "flere" : "færre"} ${subject} enn i sammenligningsgruppen`;
  else if (effect.kind === "mean-difference" && measure.unit === "dager")
    change = `${size} ${unit} ${effect.difference > 0 ? "lengre" : "kortere"} enn i sammenligningsgruppen`;
  else change = `${size} ${unit} ${effect.difference > 0 ? "høyere" : "lavere"} enn i sammenligningsgruppen`;
  return `${change}, trolig ${intervalText(effect.lower, effect.upper)}`;
}

/** Whether a positive difference is the better result for this measure (higher share in work, shorter wait). */
export function higherIsBetter(measureCode: string | undefined): boolean {
  return measureCode ? (standardMeasure(measureCode)?.higherIsBetter ?? true) : true;
}

/** Says what an interval means for the direction: better, worse, or "vi vet ikke". */
export function directionText(lower: number, upper: number, measureCode: string | undefined): string {
  if (spansZero(lower, upper)) return "Intervallet omfatter null, så vi vet ikke om utprøvingen var bedre eller dårligere enn sammenligningen.";
  const better = lower > 0 === higherIsBetter(measureCode);
  return better ? "Trolig bedre enn sammenligningen." : "Trolig dårligere enn sammenligningen.";
}
