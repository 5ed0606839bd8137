import { Logger } from "@aws-lambda-powertools/logger";
import { CodeBuildClient } from "@aws-sdk/client-codebuild";
import type { DynamoDBStreamEvent } from "aws-lambda";
import { config } from "./config.ts";
import { requestSiteBuild } from "./site-build.ts";

/** Created once per Lambda instance and reused across invocations. */
const codebuild = new CodeBuildClient({ region: config.region, maxAttempts: 5 });
const logger = new Logger({ serviceName: "utprovingsbanken-site-rebuild" });

/**
 * Rebuilds the static site when published content changes. The event source mapping only lets through changes
 * to public trial projections, methods and offices (see SiteStack), batched for up to 60 s. A failure throws, so
 * that the mapping retries, splits the batch and finally records it in the dead-letter queue.
 */
export const handler = async (event: DynamoDBStreamEvent): Promise<void> => {
  if (event.Records.length === 0) return;
  const decision = await requestSiteBuild(codebuild, config.siteBuildProject);
  logger.info(decision.action === "started" ? "Site build started" : "Site build already waiting; not starting another", {
    ...decision,
    changes: event.Records.length,
  });
};
