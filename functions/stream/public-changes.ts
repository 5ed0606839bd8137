import { CodeBuildClient } from "@aws-sdk/client-codebuild";
import type { DynamoDBStreamEvent } from "aws-lambda";
import { isSiteChange } from "../../shared/adapters/stream/changes.ts";
import { isFigureChange, refreshDerivedFigures } from "../../shared/adapters/stream/derived-figures.ts";
import { methodAggregates, registryStatistics } from "../lib/clients.ts";
import { METRIC } from "../lib/metric-names.ts";
import { count, lambdaHandler, logger } from "../lib/observability.ts";
import { config } from "./config.ts";
import { requestSiteBuild } from "./site-build.ts";

/** Created once per Lambda instance and reused across invocations. */
const codebuild = new CodeBuildClient({ region: config.region, maxAttempts: 5 });

/**
 * The one consumer of the table's stream for what the public sees (the notices have the other): it keeps the
 * figures derived from the trials — the method aggregates and the registry statistics — and then starts a site
 * build when published trials, methods or offices changed, so that the build reads figures that already hold
 * the batch. Each refresh recomputes from the table and a build that is still waiting absorbs later changes, so
 * a retried or replayed batch gives the same figures and no extra build. A failure throws, so that the mapping
 * retries, splits the batch and finally records it in the dead-letter queue (see FiguresStack).
 */
export const handler = lambdaHandler(async (event: DynamoDBStreamEvent): Promise<void> => {
  const figureChanges = event.Records.filter(isFigureChange);
  const siteChanges = event.Records.filter(isSiteChange);
  count(METRIC.figureChanges, figureChanges.length);
  count(METRIC.siteChanges, siteChanges.length);
  if (figureChanges.length > 0) {
    const stale = await refreshDerivedFigures({ aggregates: methodAggregates, statistics: registryStatistics }, figureChanges);
    count(METRIC.methodAggregatesRefreshed, stale.methodIds.length);
    logger.info("Derived figures refreshed", { changes: figureChanges.length, methods: stale.methodIds, statistics: stale.statistics });
  }
  if (siteChanges.length > 0) {
    const decision = await requestSiteBuild(codebuild, config.siteBuildProject);
    count(METRIC.siteBuildsStarted, decision.action === "started" ? 1 : 0);
    logger.info(decision.action === "started" ? "Site build started" : "Site build already waiting; not starting another", {
      ...decision,
      changes: siteChanges.length,
    });
  }
});
