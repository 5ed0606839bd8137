import { CodeBuildClient } from "@aws-sdk/client-codebuild";
import type { DynamoDBStreamEvent } from "aws-lambda";
import { METRIC } from "../lib/metric-names.ts";
import { count, lambdaHandler, logger } from "../lib/observability.ts";
import { config } from "./config.ts";
import { requestSiteBuild } from "./site-build.ts";

/** Created once per Lambda instance and reused across invocations. */
const codebuild = new CodeBuildClient({ region: config.region, maxAttempts: 5 });

/**
 * Rebuilds the static site when published content changes. The event source mapping only lets through changes
 * to public trial projections, methods and offices (see SiteStack), batched for up to 60 s. A failure throws, so
 * that the mapping retries, splits the batch and finally records it in the dead-letter queue.
 */
export const handler = lambdaHandler(async (event: DynamoDBStreamEvent): Promise<void> => {
  count(METRIC.siteChanges, event.Records.length);
  if (event.Records.length === 0) return;
  const decision = await requestSiteBuild(codebuild, config.siteBuildProject);
  count(METRIC.siteBuildsStarted, decision.action === "started" ? 1 : 0);
  logger.info(decision.action === "started" ? "Site build started" : "Site build already waiting; not starting another", {
    ...decision,
    changes: event.Records.length,
  });
});
