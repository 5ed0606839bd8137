import type { Pilot } from "../pilot.ts";
import { ENDED_TRIAL_STATUSES } from "../taxonomy.ts";
import { noticePilot, type PlannedNotice, type ReminderStage } from "./notice.ts";

/** Days after the end date at which each results reminder is due; at the last one the curators are told too. */
export const REMINDER_DAYS: readonly { readonly stage: ReminderStage; readonly days: number }[] = [
  { stage: "ended", days: 1 },
  { stage: "30", days: 30 },
  { stage: "90", days: 90 },
];

/** Workflow states whose trials are chased: everything an office has sent in at least once, and not withdrawn. */
const CHASED_STATES: readonly Pilot["state"][] = ["submitted", "changes_requested", "published"];

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function fullYearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

/** The day a trial ended, when it has: its end date, or for one marked ended without a date the day that was recorded. */
function endedOn(pilot: Pilot): string | undefined {
  const end = pilot.content.period?.end;
  if (end) return end;
  const status = pilot.content.trialStatus;
  return status && ENDED_TRIAL_STATUSES.includes(status) ? pilot.updatedAt.slice(0, 10) : undefined;
}

/**
 * The reminders due for one trial on one day (`YYYY-MM-DD`). A trial with results, a draft or a withdrawn
 * trial gets none. For a trial past its end date only the latest stage reached is due, so a run on any day
 * sends at most one reminder per trial and recipient; each stage has its own key, so a rerun for the same
 * day (or a later one in the same stage) sends nothing again. A trial still running without an end date is
 * asked once a year, on the anniversary of its start, whether it is still running.
 */
export function remindersDue(pilot: Pilot, date: string): PlannedNotice[] {
  if (!CHASED_STATES.includes(pilot.state) || pilot.content.results) return [];
  const subject = noticePilot(pilot);
  const end = endedOn(pilot);
  if (end) {
    const days = daysBetween(end, date);
    const reached = REMINDER_DAYS.filter((r) => days >= r.days).at(-1);
    if (!reached) return [];
    const base = `${pilot.id}#results#${end}#${reached.stage}`;
    const details = { stage: reached.stage, daysSinceEnd: days };
    const notices: PlannedNotice[] = [{ kind: "results_due", eventKey: base, audience: "office", pilotId: pilot.id, pilot: subject, details }];
    if (reached.stage === "90") {
      notices.push({ kind: "results_overdue_curators", eventKey: `${base}#curators`, audience: "curators", pilotId: pilot.id, pilot: subject, details });
    }
    return notices;
  }
  if (pilot.content.trialStatus !== "pagar") return [];
  const start = pilot.content.period?.start ?? pilot.createdAt.slice(0, 10);
  const years = fullYearsBetween(start, date);
  if (years < 1) return [];
  return [{ kind: "still_running", eventKey: `${pilot.id}#still-running#${years}`, audience: "office", pilotId: pilot.id, pilot: subject, details: { years } }];
}
