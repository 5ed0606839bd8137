import { costPerParticipant } from "../domain/cost.ts";
import type { Pilot, PilotContent } from "../domain/pilot.ts";
import { PublicPilotSchema, SMALL_COUNT_LABEL, SMALL_COUNT_THRESHOLD, type OutcomeSwitch, type PublicCount, type PublicPilot } from "./public-pilot.ts";

/** A count as public output may show it: 0 and 5 or more as they are, 1–4 as "færre enn 5". */
export function publicCount(n: number): PublicCount;
export function publicCount(n: number | undefined): PublicCount | undefined;
export function publicCount(n: number | undefined): PublicCount | undefined {
  if (n === undefined) return undefined;
  return n > 0 && n < SMALL_COUNT_THRESHOLD ? SMALL_COUNT_LABEL : n;
}

/** Which planned outcomes were not reported, and which reported measures were not planned. */
export function outcomeSwitch(content: Pick<PilotContent, "plannedOutcomes" | "results">): OutcomeSwitch {
  const planned = content.plannedOutcomes ?? [];
  const measures = content.results?.measures ?? [];
  if (!content.results) return { dropped: [], added: [] };
  // A planned outcome reported as "ikke målt" with a reason is accounted for, not dropped.
  const reportedPlanIds = new Set([...measures.flatMap((m) => (m.plannedOutcomeId ? [m.plannedOutcomeId] : [])), ...(content.results.notMeasured ?? []).map((n) => n.plannedOutcomeId)]);
  const plannedIds = new Set(planned.map((p) => p.id));
  const plannedCodes = new Set(planned.flatMap((p) => (p.measureCode ? [p.measureCode] : [])));
  const reportedCodes = new Set(measures.flatMap((m) => (m.measureCode ? [m.measureCode] : [])));
  return {
    dropped: planned
      .filter((p) => !reportedPlanIds.has(p.id) && !(p.measureCode && reportedCodes.has(p.measureCode)))
      .map((p) => ({ id: p.id, name: p.name })),
    added: measures
      .filter((m) => !(m.plannedOutcomeId && plannedIds.has(m.plannedOutcomeId)) && !(m.measureCode && plannedCodes.has(m.measureCode)))
      .map((m) => ({ name: m.name })),
  };
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
      ? { count: publicCount(c.participants.count), description: c.participants.description }
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
            value: m.value,
            n: publicCount(m.n),
            followUpMonths: m.followUpMonths,
            comparison: m.comparison
              ? { value: m.comparison.value, n: publicCount(m.comparison.n), description: m.comparison.description }
              : undefined,
            baseline: m.baseline ? { value: m.baseline.value, description: m.baseline.description } : undefined,
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
