import { jointDetectableEffect } from "../../domain/detectable-effect.ts";
import { formatDecimal, formatInteger, formatPercent } from "../../domain/public-trial/format.ts";
import type { MethodAggregate } from "./method.ts";
import { isShown } from "../../domain/public-trial/people-figure.ts";
import type { PublicPilot } from "../../domain/public-trial/public-pilot.ts";
import { differenceUnit, formatSigned, higherIsBetter } from "../../domain/public-trial/trial-effects.ts";

/**
 * Which methods the directorate should evaluate next: methods whose trials went well at two or more offices
 * but that no trial has yet tested against a comparison group (no level 3–4 evidence).
 *
 * A trial counts as positive when the curators rated its direction "positiv", or when they left the
 * direction "uavklart" and the office itself reported that it worked ("virket"). Mixed results ("blandet",
 * "delvis") do not count. Ranked by offices with a positive trial, then their participants, then the pooled
 * effect (the first standard measure with a random-effects pool), then by name.
 */

export const POSITIVE_DEFINITION =
  "Vi teller en utprøving som positiv når kuratorene har vurdert retningen på resultatet som «Positiv effekt», eller når de har latt retningen stå som «Uavklart» og kontoret selv rapporterte at utprøvingen virket. Blandede resultater og «Delvis» teller ikke.";

/** The fewest offices with a positive trial that make a method a candidate. */
export const MIN_POSITIVE_OFFICES = 2;
/** The share assumed without the method when no trial has a comparison group. */
export const UNKNOWN_BASELINE = 50;

export type CandidateTrial = Pick<PublicPilot, "id" | "officeId" | "partnerOfficeIds" | "evidence" | "participants"> & {
  readonly results?: Pick<NonNullable<PublicPilot["results"]>, "outcome"> | undefined;
};

export interface CandidateInput {
  readonly method: { readonly id: string; readonly slug: string; readonly name: string };
  readonly trials: readonly CandidateTrial[];
  readonly aggregate: Pick<MethodAggregate, "strongestEvidence" | "pooled">;
}

export interface CandidatePooledEffect {
  readonly measureLabel: string;
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  /** "prosentpoeng", "dager" or "poeng på skalaen". */
  readonly unit: string;
  readonly trials: number;
}

export interface JointEvaluation {
  /** Offices whose participants are counted: every office that ran a trial of the method with a shown count. */
  readonly offices: number;
  readonly people: number;
  readonly baseline: number;
  /** Where the baseline comes from: the pooled comparison share of a measure, or 50 % when none is known. */
  readonly baselineSource: { readonly kind: "comparison"; readonly measureLabel: string } | { readonly kind: "unknown" };
  /** Smallest detectable difference in percentage points with an equally large comparison group; absent when too few people. */
  readonly detectable?: number;
}

export interface EvaluationCandidate {
  readonly methodId: string;
  readonly slug: string;
  readonly name: string;
  /** Offices with a positive trial (owning and partner offices), sorted. */
  readonly positiveOffices: readonly string[];
  readonly positiveTrials: number;
  readonly trials: number;
  /** Participants in the positive trials (shown counts only). */
  readonly participants: number;
  /** Positive trials whose participant count is missing or below 5 (not in `participants`). */
  readonly participantsUnknown: number;
  readonly pooled?: CandidatePooledEffect;
  readonly joint: JointEvaluation;
}

export function isPositiveTrial(trial: Pick<CandidateTrial, "evidence" | "results">): boolean {
  if (trial.evidence.direction === "positiv") return true;
  return trial.evidence.direction === "uavklart" && trial.results?.outcome === "virket";
}

function shownCount(trial: CandidateTrial): number | undefined {
  const count = trial.participants?.count;
  return isShown(count) && count > 0 ? count : undefined;
}

function pooledEffect(aggregate: CandidateInput["aggregate"]): CandidatePooledEffect | undefined {
  for (const measure of aggregate.pooled) {
    const pool = measure.effects?.pooled;
    if (!measure.effects || !pool) continue;
    return {
      measureLabel: measure.label,
      estimate: pool.estimate,
      lower: pool.ciLower,
      upper: pool.ciUpper,
      unit: differenceUnit(measure.effects.kind, measure.unit),
      trials: pool.k,
    };
  }
  return undefined;
}

function baselineOf(aggregate: CandidateInput["aggregate"]): { baseline: number; source: JointEvaluation["baselineSource"]; measureCode?: string } {
  for (const measure of aggregate.pooled) {
    const value = measure.comparison?.value;
    if (measure.pooling === "share" && isShown(value) && value > 0 && value < 100) {
      return { baseline: value, source: { kind: "comparison", measureLabel: measure.label }, measureCode: measure.measureCode };
    }
  }
  return { baseline: UNKNOWN_BASELINE, source: { kind: "unknown" } };
}

/** A joint evaluation across every office that ran the method: each office's participants, an equally large comparison group. */
export function jointEvaluation(input: CandidateInput): JointEvaluation {
  const perOffice = new Map<string, number>();
  for (const trial of input.trials) {
    const n = shownCount(trial);
    if (n !== undefined) perOffice.set(trial.officeId, (perOffice.get(trial.officeId) ?? 0) + n);
  }
  const counts = [...perOffice.values()];
  const { baseline, source, measureCode } = baselineOf(input.aggregate);
  const people = counts.reduce((a, b) => a + b, 0);
  if (counts.length === 0) return { offices: 0, people: 0, baseline, baselineSource: source };
  const effect = jointDetectableEffect(counts, { baseline, nIs: "per-group" });
  const detectable = higherIsBetter(measureCode) ? effect.withComparison.increase : effect.withComparison.decrease;
  return { offices: counts.length, people, baseline, baselineSource: source, ...(detectable !== undefined ? { detectable } : {}) };
}

/** The candidate for a method, or undefined when it has level 3–4 evidence or too few offices with a positive trial. */
export function evaluationCandidate(input: CandidateInput): EvaluationCandidate | undefined {
  if ((input.aggregate.strongestEvidence?.strength ?? 0) >= 3) return undefined;
  if (input.trials.some((t) => t.evidence.strength >= 3)) return undefined;
  const positive = input.trials.filter(isPositiveTrial);
  const offices = [...new Set(positive.flatMap((t) => [t.officeId, ...t.partnerOfficeIds]))].sort();
  if (offices.length < MIN_POSITIVE_OFFICES) return undefined;
  const counts = positive.map(shownCount);
  const pooled = pooledEffect(input.aggregate);
  return {
    methodId: input.method.id,
    slug: input.method.slug,
    name: input.method.name,
    positiveOffices: offices,
    positiveTrials: positive.length,
    trials: input.trials.length,
    participants: counts.reduce<number>((sum, n) => sum + (n ?? 0), 0),
    participantsUnknown: counts.filter((n) => n === undefined).length,
    ...(pooled ? { pooled } : {}),
    joint: jointEvaluation(input),
  };
}

/** Most offices first, then most participants, then the largest pooled effect (none last), then by name. */
export function compareCandidates(a: EvaluationCandidate, b: EvaluationCandidate): number {
  return (
    b.positiveOffices.length - a.positiveOffices.length ||
    b.participants - a.participants ||
    (b.pooled?.estimate ?? Number.NEGATIVE_INFINITY) - (a.pooled?.estimate ?? Number.NEGATIVE_INFINITY) ||
    a.name.localeCompare(b.name, "nb")
  );
}

export function evaluationCandidates(inputs: readonly CandidateInput[]): EvaluationCandidate[] {
  return inputs.flatMap((input) => evaluationCandidate(input) ?? []).sort(compareCandidates);
}

/** The pooled effect as text, e.g. "+4,2 prosentpoeng (95 % KI −1,0 til 9,4) på «Andel i arbeid», 3 utprøvinger". */
export function pooledEffectText(pooled: CandidatePooledEffect): string {
  const sign = pooled.estimate > 0 ? "+" : "";
  return `${sign}${formatSigned(pooled.estimate)} ${pooled.unit} (95 % KI ${formatSigned(pooled.lower)} til ${formatSigned(pooled.upper)}) på «${pooled.measureLabel}», ${formatInteger(pooled.trials)} utprøvinger`;
}

/** One plain sentence on what a joint evaluation across the offices could detect, and from which baseline. */
export function jointEvaluationSentence(joint: JointEvaluation): string {
  if (joint.offices === 0) return "Vi kan ikke regne ut hva en felles evaluering kan påvise, fordi ingen av utprøvingene har oppgitt 5 eller flere deltakere.";
  const where =
    joint.offices === 1 ? "ved det ene kontoret som har oppgitt deltakere" : `ved de ${formatInteger(joint.offices)} kontorene som har prøvd metoden`;
  const baseline =
    joint.baselineSource.kind === "comparison"
      ? `regnet fra ${formatPercent(joint.baseline)} uten metoden, som er andelen i sammenligningsgruppene for «${joint.baselineSource.measureLabel}»`
      : `regnet fra ${formatPercent(joint.baseline)} uten metoden fordi ingen utprøving har en sammenligningsgruppe vi kan regne fra`;
  const people = `med ${formatInteger(joint.people)} deltakere og en like stor sammenligningsgruppe`;
  if (joint.detectable === undefined) return `En felles evaluering ${where}, ${people}, er for liten til å påvise noen forskjell, ${baseline}.`;
  return `En felles evaluering ${where}, ${people}, kan påvise en forskjell på ${formatDecimal(joint.detectable)} prosentpoeng eller mer, ${baseline}.`;
}

/** The page's data, computed when the site is built and read by the curators' page from this element. */
export const EVALUATION_CANDIDATES_ELEMENT_ID = "utp-evaluation-candidates";

export interface EvaluationCandidatesData {
  /** The latest publication in the export the list was computed from. */
  readonly asOf: string;
  readonly candidates: readonly EvaluationCandidate[];
  readonly officeNames: Readonly<Record<string, string>>;
}
