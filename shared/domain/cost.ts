import type { PilotContent } from "./pilot.ts";

/** Below this many participants a cost per participant would reveal the count, which is shown as "færre enn 5". */
const FEWEST_PARTICIPANTS = 5;

/**
 * The cost per participant in NOK, derived from the total cost for the whole period and the number of
 * participants; undefined when either is missing or there are too few participants to show it.
 */
export function costPerParticipant(content: {
  cost?: Pick<NonNullable<PilotContent["cost"]>, "costNok"> | undefined;
  participants?: Pick<NonNullable<PilotContent["participants"]>, "count"> | undefined;
}): number | undefined {
  const total = content.cost?.costNok;
  const count = content.participants?.count;
  if (total === undefined || count === undefined || count < FEWEST_PARTICIPANTS) return undefined;
  return Math.round(total / count);
}
