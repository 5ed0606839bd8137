import type { Pilot, PilotContentInput } from "../pilot.ts";
import type { PublicPilot } from "../public-trial/public-pilot.ts";

/**
 * "Vil du prøve dette?" and "Bruk som utgangspunkt": a new trial starts from another office's trial with
 * its method, target groups, measure types, recipe, preconditions and planned outcome measures — never
 * its results, its period, its partners or its contact — and records which trial it replicates.
 */
export function replicationStart(original: Pilot | PublicPilot): Omit<PilotContentInput, "title"> {
  // Another office's trial comes as its public record, the office's own as the full one.
  const c = "content" in original ? original.content : original;
  const methodId = original.methodId ?? c.methodId;
  return {
    ...(c.methodDescription ? { methodDescription: c.methodDescription } : {}),
    ...(methodId ? { methodId } : {}),
    ...(c.targetGroups?.length ? { targetGroups: [...c.targetGroups] } : {}),
    ...(c.innsatsgrupper?.length ? { innsatsgrupper: [...c.innsatsgrupper] } : {}),
    ...(c.measureTypes?.length ? { measureTypes: [...c.measureTypes] } : {}),
    ...(c.recipe
      ? { recipe: { ...(c.recipe.steps ? { steps: [...c.recipe.steps] } : {}), ...(c.recipe.requirements ? { requirements: c.recipe.requirements } : {}) } }
      : {}),
    ...(c.preconditions ? { preconditions: c.preconditions } : {}),
    ...(c.plannedOutcomes?.length
      ? {
          plannedOutcomes: c.plannedOutcomes.map((o) => ({
            id: o.id,
            name: o.name,
            ...(o.measureCode ? { measureCode: o.measureCode } : {}),
            ...(o.how ? { how: o.how } : {}),
            ...(o.followUpMonths !== undefined ? { followUpMonths: o.followUpMonths } : {}),
          })),
        }
      : {}),
    replicatesPilotId: original.id,
  };
}
