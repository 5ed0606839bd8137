import type { DynamoDBStreamEvent } from "aws-lambda";
import { refreshDerivedFigures } from "../../shared/adapters/stream/derived-figures.ts";
import { METRIC } from "../lib/metric-names.ts";
import { count, lambdaHandler, logger } from "../lib/observability.ts";
import { methodAggregates, registryStatistics } from "../lib/clients.ts";

/**
 * Keeps the figures derived from the trials — the method aggregates and the registry statistics — up to date
 * from the table's stream (only trials, public records and methods reach it; see FiguresStack). Each refresh
 * recomputes from the table, so a retried or replayed batch gives the same figures. A failure throws, so that
 * the mapping retries, splits the batch and finally records it in the dead-letter queue.
 */
export const handler = lambdaHandler(async (event: DynamoDBStreamEvent): Promise<void> => {
  count(METRIC.figureChanges, event.Records.length);
  const stale = await refreshDerivedFigures({ aggregates: methodAggregates, statistics: registryStatistics }, event.Records);
  count(METRIC.methodAggregatesRefreshed, stale.methodIds.length);
  logger.info("Derived figures refreshed", { changes: event.Records.length, methods: stale.methodIds, statistics: stale.statistics });
});
