import type { PilotsByState } from "../ports/stores.ts";
import type { Pilot } from "../../domain/pilot.ts";
import type { DeliveryReport, Notifier } from "./notifier.ts";
import { remindersDue } from "../../domain/notices/reminders.ts";

const CHASED: readonly Pilot["state"][] = ["submitted", "changes_requested", "published"];

/** Monday, when the followers' weekly digests go out. */
function isMonday(date: string): boolean {
  return new Date(`${date}T00:00:00Z`).getUTCDay() === 1;
}

export interface ReminderRunReport {
  readonly date: string;
  readonly trialsChecked: number;
  readonly reminders: DeliveryReport;
  readonly dailyDigests: DeliveryReport;
  readonly weeklyDigests?: DeliveryReport | undefined;
}

/**
 * The daily job: every trial an office has sent in is checked against `remindersDue` for the day, the due
 * reminders are sent (each key once), and the curators' daily and followers' weekly digests go out. Runs the
 * same in the Lambda on the schedule and by hand (`npm run -s reminders -- --date 2027-03-01`).
 */
export async function runReminders(deps: { readonly pilots: PilotsByState; readonly notifier: Notifier }, date: string): Promise<ReminderRunReport> {
  let trialsChecked = 0;
  const planned = [];
  for (const state of CHASED) {
    for (const pilot of await deps.pilots.allByState(state)) {
      trialsChecked++;
      planned.push(...remindersDue(pilot, date));
    }
  }
  const reminders = await deps.notifier.deliver(planned);
  const dailyDigests = await deps.notifier.sendDigests("daily", date);
  const weeklyDigests = isMonday(date) ? await deps.notifier.sendDigests("weekly", date) : undefined;
  return { date, trialsChecked, reminders, dailyDigests, ...(weeklyDigests ? { weeklyDigests } : {}) };
}
