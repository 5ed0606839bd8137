import type { EffectExclusionReason, MeasureEffects } from "../../../shared/public/pages/method-effects.ts";
import { differenceUnit, higherIsBetter, spansZero } from "../../../shared/domain/public-trial/trial-effects.ts";
import type { MeasureUnit } from "../../../shared/domain/taxonomy.ts";

/**
 * The forest plot's geometry and words, as pure functions: the page draws what these return. Horizontal
 * positions are percentages of the plot's width, so the static SVG scales to any screen without shrinking
 * its text; vertical positions are pixels.
 */

const oneDecimal = new Intl.NumberFormat("nb-NO", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A signed number with exactly one decimal, decimal comma and a real minus sign: "−5,8", "12,0". */
export function formatEffect(value: number): string {
  const text = oneDecimal.format(Math.abs(value));
  return value < 0 && text !== "0,0" ? `\u2212${text}` : text;
}

/** "12,1 (2,3 til 21,6)" */
export function effectWithInterval(value: number, lower: number, upper: number): string {
  return `${formatEffect(value)} (${formatEffect(lower)} til ${formatEffect(upper)})`;
}

/** The left and right ends of the plot area in percent; the rest is room for the outermost tick labels. */
export const PLOT_LEFT = 5;
export const PLOT_RIGHT = 95;

export interface ForestScale {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
  /** Where a value lies, in percent of the plot's width. */
  x(value: number): number;
}

function niceStep(span: number, target: number): number {
  const raw = span / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= raw);
  return step ?? 10 * power;
}

/** A linear scale over every interval of the plot and zero, on round ticks (about five of them). */
export function forestScale(values: readonly number[]): ForestScale {
  const finite = values.filter(Number.isFinite);
  let lo = Math.min(0, ...finite);
  let hi = Math.max(0, ...finite);
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  const step = niceStep(hi - lo, 5);
  const min = Math.floor(lo / step + 1e-9) * step;
  const max = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; min + i * step <= max + step / 1e6; i++) ticks.push(Math.round((min + i * step) * 1e9) / 1e9);
  return { min, max, ticks, x: (value) => PLOT_LEFT + ((PLOT_RIGHT - PLOT_LEFT) * (value - min)) / (max - min) };
}

/** Every value the plot must show: each trial's interval, the pooled interval and the prediction interval. */
export function forestValues(effects: MeasureEffects): number[] {
  const values = effects.trials.flatMap((t) => [t.lower, t.upper, t.difference]);
  if (effects.pooled) values.push(effects.pooled.ciLower, effects.pooled.ciUpper);
  if (effects.pooled?.prediction) values.push(effects.pooled.prediction.lower, effects.pooled.prediction.upper);
  return values;
}

/** The side of a square for a trial: its area follows its weight; 10 px when nothing was pooled. */
export function squareSide(weight: number | undefined, maxWeight: number): number {
  if (weight === undefined || !(maxWeight > 0)) return 10;
  return Math.max(5, 18 * Math.sqrt(weight / maxWeight));
}

/** The words under the axis: which side is better for this measure (for a waiting time, the left). */
export function directionWords(measureCode: string | undefined): { left: string; right: string } {
  const better = "bedre enn sammenligning";
  const worse = "dårligere enn sammenligning";
  return higherIsBetter(measureCode) ? { left: worse, right: better } : { left: better, right: worse };
}

/** The unit the axis is told in: "prosentpoeng", "dager", "poeng på skalaen". */
export function axisUnit(effects: MeasureEffects, unit: MeasureUnit): string {
  return differenceUnit(effects.kind, unit);
}

const REASONS: Record<EffectExclusionReason, string> = {
  "small-count": "færre enn 5 i en av gruppene",
  "no-participants": "uten oppgitt antall deltakere",
  "no-comparison": "uten sammenligningsgruppe",
  "no-sd": "uten standardavvik",
};

/** Why a trial was left out, in words. */
export function leftOutReason(reason: EffectExclusionReason): string {
  return REASONS[reason];
}

export interface SummaryInput {
  readonly effects: MeasureEffects;
  readonly measureCode: string;
  /** The standard measure's label, e.g. "Andel i arbeid eller utdanning 6 måneder etter". */
  readonly label: string;
  readonly unit: MeasureUnit;
}

/** "andelen i arbeid eller utdanning 6 måneder etter", or the label in quotes for other measures. */
function subject(label: string): string {
  return /^Andel /.test(label) ? `andelen ${label.slice("Andel ".length)}` : `«${label}»`;
}

function change(value: number, unit: string, code: string, label: string, against: string): string {
  const size = formatEffect(Math.abs(value));
  if (size === "0,0") return `${subject(label)} omtrent som i ${against}`;
  const word = value > 0 ? "høyere" : "lavere";
  return `${subject(label)} ${size} ${unit} ${word} enn i ${against}`;
}

/** What the interval says about the direction, in plain words. */
export function directionSentence(lower: number, upper: number, measureCode: string): string {
  if (spansZero(lower, upper)) return "Intervallet omfatter null, så vi vet ikke om metoden virker bedre enn det sammenligningsgruppene fikk.";
  const better = lower > 0 === higherIsBetter(measureCode);
  return better
    ? "Hele intervallet ligger på den gode siden av null, så metoden virker trolig bedre enn det sammenligningsgruppene fikk."
    : "Hele intervallet ligger på den dårlige siden av null, så metoden virker trolig dårligere enn det sammenligningsgruppene fikk.";
}

/**
 * The plain-language summary above a forest plot: the pooled difference with its 95 % interval, what it means,
 * where the effect in a new office will probably lie (from 3 trials), and the spread between offices.
 * With one trial: its difference, and that there is no pooled figure yet.
 */
export function forestSummary({ effects, measureCode, label, unit }: SummaryInput): string[] {
  const u = axisUnit(effects, unit);
  const { pooled } = effects;
  if (!pooled) {
    const only = effects.trials[0];
    if (!only) return [];
    const sentences = [
      "Bare én utprøving kan sammenlignes med en sammenligningsgruppe på dette målet, så vi har ikke noe samlet tall ennå.",
      `I den utprøvingen var ${change(only.difference, u, measureCode, label, "sammenligningsgruppen")} (95 % KI ${formatEffect(only.lower)} til ${formatEffect(only.upper)}).`,
    ];
    if (spansZero(only.lower, only.upper))
      sentences.push("Intervallet omfatter null, så vi vet ikke om utprøvingen var bedre eller dårligere enn sammenligningen.");
    return sentences;
  }
  const sentences = [
    `Samlet var ${change(pooled.estimate, u, measureCode, label, "sammenligningsgruppene")} (95 % KI ${formatEffect(pooled.ciLower)} til ${formatEffect(pooled.ciUpper)}).`,
    directionSentence(pooled.ciLower, pooled.ciUpper, measureCode),
  ];
  if (pooled.prediction) {
    sentences.push(
      `I et nytt kontor vil effekten trolig ligge mellom ${formatEffect(pooled.prediction.lower)} og ${formatEffect(pooled.prediction.upper)} ${u}.`,
    );
  } else {
    sentences.push(
      `Med bare ${pooled.k === 2 ? "to" : pooled.k} utprøvinger blir intervallet bredt, og vi kan ikke si hvor effekten vil ligge i et nytt kontor (det krever minst tre).`,
    );
  }
  sentences.push(`Forskjellen mellom kontorene: τ = ${formatEffect(pooled.tau)} ${u}, I² = ${Math.round(pooled.i2)} %.`);
  return sentences;
}
