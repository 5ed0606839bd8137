import { costPerParticipant } from "../domain/cost.ts";
import { planAgainstReport } from "../domain/outcome-switching.ts";
import type { Pilot, PilotContent } from "../domain/pilot.ts";
import type { MeasureUnit } from "../domain/taxonomy.ts";
import {
  PublicPilotSchema,
  SMALL_COUNT_LABEL,
  SMALL_COUNT_THRESHOLD,
  type OutcomeSwitch,
  type PublicCount,
  type PublicFigure,
  type PublicPilot,
} from "./public-pilot.ts";

/**
 * The small-count rule, the one place public output decides what to hide so that nobody in a small trial
 * can be recognised:
 *   - a count of people between 0 and 5 (exclusive) is shown as "færre enn 5": participants, a measure's
 *     `n`, a comparison's `n`, and every measure value whose unit is a count of people (`antall`);
 *   - a figure computed from fewer than 5 people (a share, a mean, a count) is shown as "færre enn 5" too.
 * The trial pages, the JSON export, the CSV and the workbook, the feed, method pooling and the statistics all
 * read the projection, so none can show what it hides.
 */
export function isSmallCount(n: number | undefined): boolean {
  return n !== undefined && n > 0 && n < SMALL_COUNT_THRESHOLD;
}

/** Units whose values are counts of people. */
export const PEOPLE_COUNT_UNITS: readonly MeasureUnit[] = ["antall"];

/** A count as public output may show it: 0 and 5 or more as they are, 1–4 as "færre enn 5". */
export function publicCount(n: number): PublicCount;
export function publicCount(n: number | undefined): PublicCount | undefined;
export function publicCount(n: number | undefined): PublicCount | undefined {
  if (n === undefined) return undefined;
  return isSmallCount(n) ? SMALL_COUNT_LABEL : n;
}

/**
 * A measured figure as public output may show it: hidden when it is a count of people below 5, or when it
 * was computed from fewer than 5 people (`basedOn`).
 */
export function publicFigure(value: number, unit: MeasureUnit, basedOn: number | undefined): PublicFigure {
  if (isSmallCount(basedOn)) return SMALL_COUNT_LABEL;
  if (PEOPLE_COUNT_UNITS.includes(unit) && isSmallCount(value)) return SMALL_COUNT_LABEL;
  return value;
}

/** Which planned outcomes were not reported, and which reported measures were not planned. */
export function outcomeSwitch(content: Pick<PilotContent, "plannedOutcomes" | "results">): OutcomeSwitch {
  return planAgainstReport(content).outcomeSwitch;
}

/**
 * The one projection through which published data leaves the database (the export, the site, the feed,
 * open data). It copies only public fields, by name, so an internal field added to the record later cannot
 * leak; review comments, revision authors and working copies never pass.
 */
export function toPublicPilot(pilot: Pilot, firstPublishedAt: string, updatedAt: string = pilot.publishedAt ?? firstPublishedAt): PublicPilot {
  if (!pilot.evidence || !pilot.publishedAt) throw new Error(`Pilot ${pilot.id} has no published rating`);
  const c = pilot.content;
  const projected: PublicPilot = {
    id: pilot.id,
    slug: pilot.slug,
    title: c.title,
    summary: c.summary,
    need: c.need,
    officeId: pilot.officeId,
    partnerOfficeIds: c.partnerOfficeIds ?? [],
    county: pilot.county,
    period: c.period,
    trialStatus: c.trialStatus,
    methodId: pilot.methodId ?? c.methodId,
    methodDescription: c.methodDescription,
    targetGroups: c.targetGroups ?? [],
    innsatsgrupper: c.innsatsgrupper ?? [],
    measureTypes: c.measureTypes ?? [],
    partners: c.partners ?? [],
    funding: c.funding ?? [],
    participants: c.participants
      ? { count: publicCount(c.participants.count), planned: publicCount(c.participants.planned), description: c.participants.description }
      : undefined,
    cost: c.cost,
    recipe: c.recipe,
    plannedOutcomes: c.plannedOutcomes ?? [],
    results: c.results
      ? {
          outcome: c.results.outcome,
          summary: c.results.summary,
          measures: (c.results.measures ?? []).map((m) => ({
            plannedOutcomeId: m.plannedOutcomeId,
            measureCode: m.measureCode,
            name: m.name,
            unit: m.unit,
            value: publicFigure(m.value, m.unit, m.n),
            n: publicCount(m.n),
            followUpMonths: m.followUpMonths,
            comparison: m.comparison
              ? { value: publicFigure(m.comparison.value, m.unit, m.comparison.n), n: publicCount(m.comparison.n), description: m.comparison.description }
              : undefined,
            // The figure before the trial is about the same people as the measure.
            baseline: m.baseline ? { value: publicFigure(m.baseline.value, m.unit, m.n), description: m.baseline.description } : undefined,
          })),
          notMeasured: c.results.notMeasured,
          failureReasons: c.results.failureReasons ?? [],
          evaluationDesign: c.results.evaluationDesign,
          evaluatedBy: c.results.evaluatedBy,
          researchPartner: c.results.researchPartner,
        }
      : undefined,
    interimResults: c.interimResults?.map((r) => ({ ...r, n: publicCount(r.n) })),
    costPerParticipantNok: costPerParticipant(c),
    outcomeSwitch: outcomeSwitch(c),
    lessons: c.lessons,
    preconditions: c.preconditions,
    documents: c.documents ?? [],
    contact: c.contact,
    replicatesPilotId: c.replicatesPilotId,
    evidence: pilot.evidence,
    firstPublishedAt,
    publishedAt: pilot.publishedAt,
    updatedAt,
  };
  return PublicPilotSchema.parse(dropUndefined(projected));
}

function dropUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
