import * as z from "zod/mini";
import { osloDate } from "../../shared/domain/notices/dates.ts";
import { runReminders } from "../../shared/application/notices/reminder-run.ts";
import { METRIC } from "../lib/metric-names.ts";
import { count, lambdaHandler, logger } from "../lib/observability.ts";
import { notifier, pilots } from "./notifier.ts";

/** The schedule sends `{}`; a run by hand may name the day (`{ "date": "2027-03-01" }`). */
const InputSchema = z.catch(z.object({ date: z.optional(z.iso.date()) }), {});

/**
 * The daily job (EventBridge Scheduler): results reminders, the curators' daily digest and, on Mondays, the
 * followers' weekly digest. A rerun the same day sends nothing again. A failure throws, so the scheduler
 * retries and finally puts the event in the dead-letter queue.
 */
export const handler = lambdaHandler(async (event: unknown): Promise<{ date: string; sent: number }> => {
  const date = InputSchema.parse(event).date ?? osloDate(new Date());
  const report = await runReminders({ pilots, notifier }, date);
  const sent = report.reminders.sent.length + report.dailyDigests.sent.length + (report.weeklyDigests?.sent.length ?? 0);
  const failed = [...report.reminders.failed, ...report.dailyDigests.failed, ...(report.weeklyDigests?.failed ?? [])];
  count(METRIC.trialsChecked, report.trialsChecked);
  count(METRIC.noticesSent, sent);
  count(METRIC.noticeFailures, failed.length);
  logger.info("Daily reminders", { date, trials: report.trialsChecked, sent, duplicates: report.reminders.duplicates, failed: failed.length });
  if (failed.length > 0) throw new Error(`${failed.length} reminders could not be sent`);
  return { date, sent };
});
