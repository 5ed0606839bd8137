import { RECOMMENDATION_CRITERIA, type RecommendationCriterion } from "../../domain/recommendation.ts";
import { formatInteger } from "../../domain/public-trial/format.ts";
import type { MethodAggregate } from "./method.ts";
import type { PublicPilot } from "../../domain/public-trial/public-pilot.ts";
import { differenceUnit, formatSigned, higherIsBetter, intervalText } from "../../domain/public-trial/trial-effects.ts";

/** What a method's published trials say against each criterion for recommending it for spreading. */

export type ChecklistTrial = Pick<PublicPilot, "evidence" | "recipe" | "preconditions"> & {
  readonly results?: Pick<NonNullable<PublicPilot["results"]>, "outcome"> | undefined;
};

export type ChecklistAggregate = Pick<MethodAggregate, "offices" | "pooled">;

export interface CheckedCriterion extends RecommendationCriterion {
  readonly met: boolean;
  /** Why, in one sentence about this method. */
  readonly detail: string;
}

export interface RecommendationChecklist {
  readonly criteria: readonly CheckedCriterion[];
  readonly met: number;
  readonly allMet: boolean;
}

interface PooledReading {
  readonly label: string;
  readonly text: string;
  readonly better: boolean;
  readonly worse: boolean;
}

/** Each pooled effect, and whether its whole interval lies on the better or the worse side of zero. */
function pooledReadings(aggregate: ChecklistAggregate): PooledReading[] {
  return aggregate.pooled.flatMap((measure) => {
    const pool = measure.effects?.pooled;
    if (!measure.effects || !pool) return [];
    const up = higherIsBetter(measure.measureCode);
    const above = pool.ciLower > 0;
    const below = pool.ciUpper < 0;
    const unit = differenceUnit(measure.effects.kind, measure.unit);
    const text = `${formatSigned(pool.estimate)} ${unit} på «${measure.label}», 95 %-intervall ${intervalText(pool.ciLower, pool.ciUpper)}`;
    return [{ label: measure.label, text, better: up ? above : below, worse: up ? below : above }];
  });
}

const isNegative = (trial: ChecklistTrial) => trial.evidence.direction === "negativ" || trial.results?.outcome === "negativ";
const hasSteps = (trial: ChecklistTrial) => (trial.recipe?.steps?.length ?? 0) > 0;
const hasPreconditions = (trial: ChecklistTrial) => Boolean(trial.preconditions?.trim() || trial.recipe?.requirements?.trim());

const trialsText = (n: number) => (n === 1 ? "1 utprøving" : `${formatInteger(n)} utprøvinger`);

function check(
  code: RecommendationCriterion["code"],
  aggregate: ChecklistAggregate,
  trials: readonly ChecklistTrial[],
  readings: readonly PooledReading[],
): { met: boolean; detail: string } {
  switch (code) {
    case "effekt": {
      const better = readings.find((r) => r.better);
      if (better) return { met: true, detail: `Samlet effekt: ${better.text}.` };
      const strong = trials.find((t) => t.evidence.direction === "positiv" && t.evidence.strength >= 3);
      if (strong) return { met: true, detail: `En utprøving med positiv retning har kunnskapsgrunnlag på nivå ${strong.evidence.strength}.` };
      const why =
        readings.length > 0 ? "Ingen samlet effekt er trolig bedre enn sammenligningen" : "Det finnes ingen samlet effekt mot en sammenligningsgruppe";
      return { met: false, detail: `${why}, og ingen utprøving med positiv retning har nivå 3 eller 4.` };
    }
    case "flere-kontorer":
      return {
        met: aggregate.offices >= 2,
        detail: aggregate.offices === 1 ? "Prøvd ved 1 kontor." : `Prøvd ved ${formatInteger(aggregate.offices)} kontorer.`,
      };
    case "ingen-skade": {
      const negative = trials.filter(isNegative).length;
      const worse = readings.find((r) => r.worse);
      if (negative > 0) return { met: false, detail: `${trialsText(negative)} har negativt resultat eller negativ retning.` };
      if (worse) return { met: false, detail: `Den samlede effekten er trolig dårligere enn sammenligningen: ${worse.text}.` };
      return { met: true, detail: trials.length === 0 ? "Ingen publiserte utprøvinger ennå." : "Ingen utprøving har negativt resultat eller negativ retning." };
    }
    case "oppskrift": {
      const documented = trials.filter((t) => hasSteps(t) && hasPreconditions(t)).length;
      return documented > 0
        ? { met: true, detail: `${trialsText(documented)} beskriver både stegene og forutsetningene.` }
        : { met: false, detail: "Ingen utprøving beskriver både stegene og forutsetningene." };
    }
  }
}

/** Each published criterion, met or not, for a method's aggregate and its published trials. */
export function recommendationChecklist(aggregate: ChecklistAggregate, trials: readonly ChecklistTrial[]): RecommendationChecklist {
  const readings = pooledReadings(aggregate);
  const criteria = RECOMMENDATION_CRITERIA.map((criterion) => ({ ...criterion, ...check(criterion.code, aggregate, trials, readings) }));
  const met = criteria.filter((c) => c.met).length;
  return { criteria, met, allMet: met === criteria.length };
}

/** "Oppfyller 3 av 4 kriterier". */
export function checklistSummary(checklist: RecommendationChecklist): string {
  return `Oppfyller ${formatInteger(checklist.met)} av ${formatInteger(checklist.criteria.length)} kriterier for spredning`;
}

/** Each live method's checklist, computed when the site is built and read by the curators' method page. */
export const RECOMMENDATION_CHECKLISTS_ELEMENT_ID = "utp-recommendation-checklists";

export interface RecommendationChecklistsData {
  readonly asOf: string;
  readonly byMethod: Readonly<Record<string, RecommendationChecklist>>;
}
