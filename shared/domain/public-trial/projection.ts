import { costPerParticipant } from "../cost.ts";
import { getAt, setAt } from "../forms/form-values.ts";
import { publicFields } from "../forms/pilot-form.ts";
import { planAgainstReport } from "../outcome-switching.ts";
import type { Pilot, PilotContent } from "../pilot.ts";
import { measureBasis, peopleCount, peopleFigure, shownOrAbsent } from "./people-figure.ts";
import { PublicPilotSchema, type OutcomeSwitch, type PublicPilot } from "./public-pilot.ts";

/**
 * Every number about people leaves through `peopleFigure` (see people-figure.ts), so nobody in a small trial
 * can be recognised: participants, a measure's value and n, a comparison, the figure before the trial, an
 * interim result and the cost per participant. A figure whose n was not given (a comparison or an interim
 * result) is left out, since nothing shows it rests on 5 or more. The trial pages, the JSON export, the CSV
 * and the workbook, the feed, method pooling and the statistics all read the projection, so none can show
 * what it hides.
 */
type StoredMeasure = NonNullable<NonNullable<PilotContent["results"]>["measures"]>[number];

function publicMeasure(m: StoredMeasure) {
  const figure = (value: number, n: number) => peopleFigure(value, measureBasis(m.unit, value, n));
  return {
    plannedOutcomeId: m.plannedOutcomeId,
    measureCode: m.measureCode,
    name: m.name,
    unit: m.unit,
    value: figure(m.value, m.n),
    // A standard deviation rests on the same people as its figure.
    sd: m.sd !== undefined ? peopleFigure(m.sd, m.n) : undefined,
    n: peopleCount(m.n),
    followUpMonths: m.followUpMonths,
    comparison:
      m.comparison?.n !== undefined
        ? {
            value: figure(m.comparison.value, m.comparison.n),
            sd: m.comparison.sd !== undefined ? peopleFigure(m.comparison.sd, m.comparison.n) : undefined,
            n: peopleCount(m.comparison.n),
            description: m.comparison.description,
          }
        : undefined,
    // The figure before the trial is about the same people as the measure.
    baseline: m.baseline
      ? {
          value: figure(m.baseline.value, m.n),
          sd: m.baseline.sd !== undefined ? peopleFigure(m.baseline.sd, m.n) : undefined,
          description: m.baseline.description,
        }
      : undefined,
  };
}

function publicInterimResult(r: NonNullable<PilotContent["interimResults"]>[number]) {
  return {
    date: r.date,
    summary: r.summary,
    plannedOutcomeId: r.plannedOutcomeId,
    value: r.value !== undefined && r.n !== undefined ? peopleFigure(r.value, r.n) : undefined,
    n: r.n !== undefined ? peopleCount(r.n) : undefined,
  };
}

/** The cost per participant rests on the participants it divides by. */
function publicCostPerParticipant(c: PilotContent) {
  const perParticipant = costPerParticipant(c);
  const count = c.participants?.count;
  return perParticipant !== undefined && count !== undefined ? shownOrAbsent(peopleFigure(perParticipant, count)) : undefined;
}

/** Which planned outcomes were not reported, and which reported measures were not planned. */
export function outcomeSwitch(content: Pick<PilotContent, "plannedOutcomes" | "results">): OutcomeSwitch {
  return planAgainstReport(content).outcomeSwitch;
}

/** Public values the projection works out instead of copying: every figure about people, and the method a curator decided. */
const WORKED_OUT: Readonly<Record<string, (c: PilotContent, pilot: Pilot) => unknown>> = {
  methodId: (c, pilot) => pilot.methodId ?? c.methodId,
  "participants.count": (c) => (c.participants?.count !== undefined ? peopleCount(c.participants.count) : undefined),
  "participants.planned": (c) => (c.participants?.planned !== undefined ? peopleCount(c.participants.planned) : undefined),
  "results.measures": (c) => (c.results?.measures ?? []).map(publicMeasure),
  interimResults: (c) => c.interimResults?.map(publicInterimResult),
};

/** Public lists the record always has, empty when the office left them out. */
const ALWAYS_LISTS: ReadonlySet<string> = new Set([
  "partnerOfficeIds",
  "targetGroups",
  "innsatsgrupper",
  "measureTypes",
  "partners",
  "funding",
  "plannedOutcomes",
  "results.failureReasons",
  "documents",
]);

/**
 * The trial's content as it may be published: exactly the fields the registry (pilot-form.ts) marks public,
 * copied by path, or worked out by `WORKED_OUT`. A field inside an object the office left out stays out.
 */
export function publicContent(pilot: Pilot, fields: readonly { readonly name: string }[] = publicFields()): Record<string, unknown> {
  const c = pilot.content;
  const out: Record<string, unknown> = {};
  for (const { name } of fields) {
    const dot = name.lastIndexOf(".");
    if (dot > 0 && getAt(c, name.slice(0, dot)) === undefined) continue;
    const worked = WORKED_OUT[name];
    const value = worked ? worked(c, pilot) : getAt(c, name);
    setAt(out, name, value ?? (ALWAYS_LISTS.has(name) ? [] : undefined));
  }
  return out;
}

/**
 * The one projection through which published data leaves the database (the export, the site, the feed,
 * open data). It copies only the fields the registry marks public, by path, so an internal field added to
 * the record later cannot leak; review comments, revision authors and working copies never pass.
 */
export function toPublicPilot(pilot: Pilot, firstPublishedAt: string, updatedAt: string = pilot.publishedAt ?? firstPublishedAt): PublicPilot {
  if (!pilot.evidence || !pilot.publishedAt) throw new Error(`Pilot ${pilot.id} has no published rating`);
  const projected = {
    id: pilot.id,
    slug: pilot.slug,
    officeId: pilot.officeId,
    county: pilot.county,
    ...publicContent(pilot),
    costPerParticipantNok: publicCostPerParticipant(pilot.content),
    outcomeSwitch: outcomeSwitch(pilot.content),
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
