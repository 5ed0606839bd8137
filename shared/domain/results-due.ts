import { ENDED_TRIAL_STATUSES } from "./taxonomy.ts";
import type { Pilot } from "./pilot.ts";

/** Results are due this many days after a trial's planned end date. */
export const RESULTS_GRACE_DAYS = 90;

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The first day on which a trial counts as missing its results, or undefined when none are due: it has
 * results, it is withdrawn, or it has neither ended nor an end date. An ended trial (avsluttet/avbrutt)
 * is due at once; one still running is due when its end date is more than 90 days past.
 */
export function resultsDueDate(pilot: Pick<Pilot, "state" | "content" | "stateChangedAt" | "updatedAt">): string | undefined {
  const { content } = pilot;
  if (pilot.state === "withdrawn" || content.results) return undefined;
  const end = content.period?.end;
  if (content.trialStatus && ENDED_TRIAL_STATUSES.includes(content.trialStatus)) {
    const recorded = pilot.updatedAt.slice(0, 10);
    return end && end < recorded ? end : recorded;
  }
  if (end) return addDays(end, RESULTS_GRACE_DAYS + 1);
  return undefined;
}
