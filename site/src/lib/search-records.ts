import { formatPeriod } from "../../../shared/public/aggregates-format.ts";
import { NO_RESULTS_CODE, NO_RESULTS_LABEL } from "../../../shared/public/aggregates.ts";
import type { PublicPilot } from "../../../shared/public/public-pilot.ts";
import { label } from "./labels.ts";
import { filterValues } from "./search-filters.ts";
import { urls } from "./urls.ts";

/**
 * A trial as a Pagefind record, indexed without crawling its HTML: the searchable text in Norwegian
 * (stemmed as "nb"), the filters, the sort keys and what a result shows at a glance.
 */
export interface SearchRecord {
  readonly url: string;
  readonly content: string;
  readonly language: "nb";
  readonly meta: Record<string, string>;
  readonly filters: Record<string, string[]>;
  readonly sort: Record<string, string>;
}

export interface RecordContext {
  officeName(id: string): string;
  methodName(id: string | undefined): string | undefined;
}

/** Seconds since 1970, as the string Pagefind sorts numerically. */
function epochSeconds(iso: string): number {
  return Math.floor(new Date(iso).getTime() / 1000);
}

export function searchRecord(pilot: PublicPilot, context: RecordContext): SearchRecord {
  const office = context.officeName(pilot.officeId);
  const method = context.methodName(pilot.methodId);
  const outcome = pilot.results ? label.outcome(pilot.results.outcome) : NO_RESULTS_LABEL;
  const evidence = `Nivå ${pilot.evidence.strength}: ${label.evidence(pilot.evidence.strength, pilot.evidence.direction)}`;
  const text = [
    pilot.title,
    pilot.summary,
    office,
    label.county(pilot.county),
    method,
    pilot.need,
    pilot.methodDescription,
    pilot.targetGroups.map(label.targetGroup).join(". "),
    pilot.measureTypes.map(label.measureType).join(". "),
    pilot.partners.map((p) => `${p.name} (${label.partnerType(p.type)})`).join(". "),
    pilot.recipe?.steps?.join(" "),
    pilot.recipe?.requirements,
    pilot.results?.summary,
    pilot.results?.failureReasons.map(label.failureReason).join(". "),
    pilot.results?.researchPartner,
    pilot.lessons?.whatWorked,
    pilot.lessons?.whatDidNot,
    pilot.lessons?.doDifferently,
    pilot.preconditions,
  ];
  const published = epochSeconds(pilot.firstPublishedAt);
  return {
    url: urls.pilot(pilot),
    content: text.filter((t): t is string => typeof t === "string" && t.length > 0).join("\n"),
    language: "nb",
    meta: {
      id: pilot.id,
      title: pilot.title,
      kontor: office,
      fylke: label.county(pilot.county),
      periode: formatPeriod(pilot.period),
      ...(pilot.trialStatus ? { status: label.status(pilot.trialStatus) } : {}),
      resultat: outcome,
      resultatkode: pilot.results?.outcome ?? NO_RESULTS_CODE,
      kunnskapsgrunnlag: evidence,
      ...(method ? { metode: method } : {}),
    },
    filters: Object.fromEntries(Object.entries(filterValues(pilot)).filter(([, values]) => values.length > 0)),
    sort: {
      nyeste: String(published),
      // Strongest first, the newest within a level: one number, so one sort does both.
      evidens: String(pilot.evidence.strength * 10_000_000_000 + published),
    },
  };
}
