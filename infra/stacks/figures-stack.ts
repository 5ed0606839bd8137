import { Arn, Duration, Stack, Validations, type StackProps } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { FilterCriteria, FilterRule, StartingPosition } from "aws-cdk-lib/aws-lambda";
import { DynamoEventSource, SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import type { RetentionDays } from "aws-cdk-lib/aws-logs";
import { Topic } from "aws-cdk-lib/aws-sns";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";
import { FIGURE_SORT_KEYS } from "../../shared/adapters/stream/changes.ts";
import { FIGURE_STREAM_RETRIES } from "../../shared/adapters/stream/derived-figures.ts";
import type { HubConfig } from "../config.ts";
import { functionNameFor, HubFunction } from "../constructs/hub-function.ts";

export const DERIVED_FIGURES_ENTRY = "stream/derived-figures";

export interface FiguresStackProps extends StackProps {
  readonly config: HubConfig;
  readonly table: ITableV2;
  /** Name of the operations stack's alarm topic (referred to by ARN, not by export). */
  readonly alarmTopicName: string;
  readonly logRetention: RetentionDays;
}

/**
 * The figures derived from the trials — the method aggregates and the registry statistics — kept by a function
 * on the table's stream, so that a write answers from its own transaction only. Only changes to trials, public
 * records and methods reach it. A failing batch is retried, split in two until the failing record stands alone,
 * and at last recorded in a dead-letter queue that raises an alarm; every refresh recomputes from the table, so
 * a retried or replayed batch gives the same figures.
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

    this.streamFunction = new HubFunction(this, "DerivedFigures", {
      entry: DERIVED_FIGURES_ENTRY,
      functionName: functionNameFor(config.envName, DERIVED_FIGURES_ENTRY),
      description: "Keeps the method aggregates and the registry statistics from the table's stream",
      logRetention: props.logRetention,
      tableAccess: { table, writes: true },
      memorySize: 1024,
      timeout: Duration.seconds(120),
    });
    this.streamFunction.function.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(2),
        ...FIGURE_STREAM_RETRIES,
        maxRecordAge: Duration.hours(6),
        onFailure: new SqsDlq(this.deadLetterQueue),
        // Trials (the registry counts), their public records and methods (the method aggregates); not the
        // aggregates themselves, whose writes would otherwise come back to the function.
        filters: [
          FilterCriteria.filter({
            dynamodb: { Keys: { sk: { S: FilterRule.or(FIGURE_SORT_KEYS.pilot, FIGURE_SORT_KEYS.publicPilot, FIGURE_SORT_KEYS.method) } } },
          }),
        ],
      }),
    );
    Validations.of(this.streamFunction).acknowledge({
      id: "Serverless-LambdaDLQ",
      reason: "Invoked by a stream event source mapping, not asynchronously; failed batches go to the mapping's on-failure SQS destination.",
    });

    const topic = Topic.fromTopicArn(this, "AlarmTopic", Arn.format({ service: "sns", resource: props.alarmTopicName }, this));
    const action = new SnsAction(topic);
    const alarm = (aid: string, name: string, metric: IMetric, description: string) => {
      const created = new Alarm(this, aid, {
        alarmName: `${prefix}-${name}`,
        alarmDescription: description,
        metric,
        threshold: 0,
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
      `The method aggregates or the registry statistics could not be refreshed after every retry; the failed batch's place in the stream waits in ${prefix}-figures-dlq (replay the stream from there once the cause is fixed).`,
    );
    alarm(
      "FiguresErrorsAlarm",
      "stream-derived-figures-errors",
      this.streamFunction.function.metricErrors({ period: Duration.minutes(5), statistic: "Sum" }),
      `${this.streamFunction.functionName} failed (it is retried).`,
    );
  }
}
