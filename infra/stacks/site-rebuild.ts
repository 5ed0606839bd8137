import { Duration, Validations, type Stack } from "aws-cdk-lib";
import type { Project } from "aws-cdk-lib/aws-codebuild";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { FilterCriteria, FilterRule, StartingPosition } from "aws-cdk-lib/aws-lambda";
import { DynamoEventSource, SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import type { RetentionDays } from "aws-cdk-lib/aws-logs";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { keys } from "../../shared/adapters/dynamodb/keys.ts";
import type { HubConfig } from "../config.ts";
import { HubFunction, functionNameFor } from "../constructs/hub-function.ts";

/** The rebuild-on-publish trigger: a function on the table's stream that starts the site build (part of SiteStack). */

/** The handler of the rebuild-on-publish trigger. */
export const REBUILD_ENTRY = "stream/rebuild-site";

/** Known before deployment, so that the operations stack can watch it without an export. */
export const rebuildDeadLetterQueueName = (envName: string) => `utprovingsbanken-${envName}-rebuild-dlq`;

/** The items whose changes show on the public site: published trials (and withdrawals), methods and offices. */
export const SITE_CHANGE_SORT_KEYS = [keys.publicPilot("-").sk, keys.method("-").sk, keys.office("-").sk];

export interface RebuildTriggerProps {
  readonly config: HubConfig;
  readonly table: ITableV2;
  readonly logRetention: RetentionDays;
  readonly buildProject: Project;
}

/** Creates the trigger in the site stack itself (same logical ids as when it was written inline there). */
export function createRebuildTrigger(stack: Stack, props: RebuildTriggerProps) {
  const { config, table, logRetention, buildProject } = props;
  const deadLetterQueue = new Queue(stack, "RebuildDeadLetterQueue", {
    queueName: rebuildDeadLetterQueueName(config.envName),
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  Validations.of(deadLetterQueue).acknowledge(
    { id: "AwsSolutions-SQS3", reason: "This queue is itself the dead-letter queue of the site rebuild trigger." },
    { id: "Serverless-SQSRedrivePolicy", reason: "This queue is itself the dead-letter queue of the site rebuild trigger." },
  );

  const fn = new HubFunction(stack, "RebuildSite", {
    entry: REBUILD_ENTRY,
    functionName: functionNameFor(config.envName, REBUILD_ENTRY),
    description: "Starts a site build when published trials, methods or offices change",
    logRetention,
    environment: { SITE_BUILD_PROJECT: buildProject.projectName },
    memorySize: 256,
    timeout: Duration.seconds(30),
  });
  fn.role.addToPrincipalPolicy(
    new PolicyStatement({
      sid: "StartSiteBuild",
      actions: ["codebuild:StartBuild", "codebuild:BatchGetBuilds", "codebuild:ListBuildsForProject"],
      resources: [buildProject.projectArn],
    }),
  );

  const eventSource = new DynamoEventSource(table, {
    startingPosition: StartingPosition.LATEST,
    // Debounce: wait up to a minute so that a burst of publishes arrives as one batch (see site-build.ts).
    maxBatchingWindow: Duration.seconds(60),
    batchSize: 1000,
    retryAttempts: 5,
    bisectBatchOnError: true,
    maxRecordAge: Duration.hours(6),
    onFailure: new SqsDlq(deadLetterQueue),
    filters: [FilterCriteria.filter({ dynamodb: { Keys: { sk: { S: FilterRule.or(...SITE_CHANGE_SORT_KEYS) } } } })],
  });
  fn.function.addEventSource(eventSource);

  Validations.of(fn).acknowledge({
    id: "Serverless-LambdaDLQ",
    reason: "Invoked by a stream event source mapping, not asynchronously; failed batches go to the mapping's on-failure SQS destination.",
  });
  return { fn, deadLetterQueue, eventSource };
}
