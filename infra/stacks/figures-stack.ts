import { Arn, Duration, Stack, Validations, type StackProps } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { FilterCriteria, FilterRule, StartingPosition } from "aws-cdk-lib/aws-lambda";
import { DynamoEventSource, SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import type { RetentionDays } from "aws-cdk-lib/aws-logs";
import { Topic } from "aws-cdk-lib/aws-sns";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";
import { PUBLIC_CHANGE_SORT_KEYS } from "../../shared/adapters/stream/changes.ts";
import { FIGURE_STREAM_RETRIES } from "../../shared/adapters/stream/derived-figures.ts";
import type { HubConfig } from "../config.ts";
import { functionNameFor, HubFunction } from "../constructs/hub-function.ts";

export const PUBLIC_CHANGES_ENTRY = "stream/public-changes";

export interface FiguresStackProps extends StackProps {
  readonly config: HubConfig;
  readonly table: ITableV2;
  /** Name of the operations stack's alarm topic (referred to by ARN, not by export). */
  readonly alarmTopicName: string;
  /** The site stack's CodeBuild project (known before deployment: referred to by name, not by export). */
  readonly siteBuildProjectName: string;
  readonly logRetention: RetentionDays;
}

/**
 * What follows from a write for the public, kept by one function on the table's stream so that a write answers
 * from its own transaction only: the figures derived from the trials (the method aggregates and the registry
 * statistics), then the site build that shows them. One function for both, because a stream shard serves at most
 * two readers without throttling (the notices are the other) and because the build then starts only after the
 * figures it reads are refreshed. Only changes to trials, public records, methods and offices reach it. A failing
 * batch is retried, split in two until the failing record stands alone, and at last recorded in a dead-letter
 * queue that raises an alarm; every refresh recomputes from the table and a waiting build absorbs later changes,
 * so a retried or replayed batch gives the same figures and no extra build.
 */
export class FiguresStack extends Stack {
  readonly streamFunction: HubFunction;
  readonly deadLetterQueue: Queue;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: FiguresStackProps) {
    super(scope, id, props);
    const { config, table } = props;
    const prefix = `utprovingsbanken-${config.envName}`;

    this.deadLetterQueue = new Queue(this, "DerivedFiguresDeadLetterQueue", {
      queueName: `${prefix}-figures-dlq`,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge(
      { id: "AwsSolutions-SQS3", reason: "This queue is itself the dead-letter queue of the derived figures' stream function." },
      { id: "Serverless-SQSRedrivePolicy", reason: "This queue is itself the dead-letter queue of the derived figures' stream function." },
    );

    this.streamFunction = new HubFunction(this, "PublicChanges", {
      entry: PUBLIC_CHANGES_ENTRY,
      functionName: functionNameFor(config.envName, PUBLIC_CHANGES_ENTRY),
      description: "Keeps the method aggregates and the registry statistics from the table's stream, then starts the site build",
      logRetention: props.logRetention,
      tableAccess: { table, writes: true },
      environment: { SITE_BUILD_PROJECT: props.siteBuildProjectName },
      memorySize: 1024,
      timeout: Duration.seconds(120),
    });
    this.streamFunction.role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: "StartSiteBuild",
        actions: ["codebuild:StartBuild", "codebuild:BatchGetBuilds", "codebuild:ListBuildsForProject"],
        resources: [Arn.format({ service: "codebuild", resource: "project", resourceName: props.siteBuildProjectName }, this)],
      }),
    );
    this.streamFunction.function.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        // A short wait gathers a burst of writes into one batch; a build still waiting absorbs what comes later.
        maxBatchingWindow: Duration.seconds(10),
        ...FIGURE_STREAM_RETRIES,
        maxRecordAge: Duration.hours(6),
        onFailure: new SqsDlq(this.deadLetterQueue),
        // Trials (the registry counts), their public records and methods (the method aggregates, the site) and
        // offices (the site); not the figures themselves, whose writes would otherwise come back to the function.
        filters: [FilterCriteria.filter({ dynamodb: { Keys: { sk: { S: FilterRule.or(...PUBLIC_CHANGE_SORT_KEYS) } } } })],
      }),
    );
    Validations.of(this.streamFunction).acknowledge({
      id: "Serverless-LambdaDLQ",
      reason: "Invoked by a stream event source mapping, not asynchronously; failed batches go to the mapping's on-failure SQS destination.",
    });

    const topic = Topic.fromTopicArn(this, "AlarmTopic", Arn.format({ service: "sns", resource: props.alarmTopicName }, this));
    const action = new SnsAction(topic);
    const alarm = (aid: string, name: string, metric: IMetric, description: string, threshold = 0) => {
      const created = new Alarm(this, aid, {
        alarmName: `${prefix}-${name}`,
        alarmDescription: description,
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      this.alarms.push(created);
    };
    alarm(
      "FiguresDlqAlarm",
      "figures-dead-letters",
      this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: "Maximum" }),
      `The method aggregates, the registry statistics or the site build could not be brought up to date after every retry: published changes may be missing from the figures and the site. The failed batch's place in the stream waits in ${prefix}-figures-dlq (start the site build by hand, and replay the stream from there once the cause is fixed).`,
    );
    alarm(
      "FiguresErrorsAlarm",
      "stream-public-changes-errors",
      this.streamFunction.function.metricErrors({ period: Duration.minutes(5), statistic: "Sum" }),
      `${this.streamFunction.functionName} failed (it is retried).`,
    );
    alarm(
      "FiguresIteratorAgeAlarm",
      "stream-public-changes-iterator-age",
      this.streamFunction.function.metric("IteratorAge", { period: Duration.minutes(5), statistic: "Maximum" }),
      `${this.streamFunction.functionName} lags more than 10 minutes behind the table's stream (normal: seconds, the batching window).`,
      Duration.minutes(10).toMilliseconds(),
    );
  }
}
