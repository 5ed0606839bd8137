import type { DynamoDBStreamEvent } from "aws-lambda";
import { noticesFromStream } from "../../shared/adapters/stream/notice-records.ts";
import { METRIC } from "../lib/metric-names.ts";
import { count, lambdaHandler, logger } from "../lib/observability.ts";
import { notifier } from "./notifier.ts";

/**
 * Sends the review notices for a batch of the table's stream (only trial and reconsideration records reach it;
 * see NotificationsStack). Each (event, address) is claimed before it is sent, so when one mail fails and the
 * batch is retried, only what was not sent goes out. After the retries the batch lands in the dead-letter queue.
 */
export const handler = lambdaHandler(async (event: DynamoDBStreamEvent): Promise<void> => {
  const report = await notifier.deliver(noticesFromStream(event.Records));
  count(METRIC.noticeRecords, event.Records.length);
  count(METRIC.noticesSent, report.sent.length);
  count(METRIC.noticeFailures, report.failed.length);
  logger.info("Review notices", {
    sent: report.sent.length,
    duplicates: report.duplicates,
    skipped: report.skipped,
    digest: report.queuedForDigest,
    failed: report.failed.length,
  });
  if (report.failed.length > 0) {
    throw new Error(`${report.failed.length} notices could not be sent: ${report.failed.map((f) => `${f.eventKey}: ${f.error}`).join("; ")}`);
  }
});
