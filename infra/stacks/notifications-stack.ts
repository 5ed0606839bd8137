import { Arn, CfnOutput, Duration, Stack, TimeZone, Validations, type StackProps } from "aws-cdk-lib";
import { NOTICE_SORT_KEYS } from "../../shared/adapters/stream/notice-records.ts";
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { FilterCriteria, FilterRule, StartingPosition, type CfnFunction } from "aws-cdk-lib/aws-lambda";
import { SqsDestination } from "aws-cdk-lib/aws-lambda-destinations";
import { DynamoEventSource, SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import type { RetentionDays } from "aws-cdk-lib/aws-logs";
import { Schedule, ScheduleExpression } from "aws-cdk-lib/aws-scheduler";
import { LambdaInvoke } from "aws-cdk-lib/aws-scheduler-targets";
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  DkimIdentity,
  EasyDkimSigningKeyLength,
  EmailIdentity,
  Identity,
  SuppressionReasons,
} from "aws-cdk-lib/aws-ses";
import { Topic } from "aws-cdk-lib/aws-sns";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";

import type { HubConfig } from "../config.ts";
import { functionNameFor, HubFunction } from "../constructs/hub-function.ts";

export const STREAM_NOTICES_ENTRY = "notices/on-stream";
export const DAILY_REMINDERS_ENTRY = "notices/daily-reminders";

export interface NotificationsStackProps extends StackProps {
  readonly config: HubConfig;
  readonly table: ITableV2;
  /** The site's public URL for the links in the e-mails (the distribution's when no siteUrl is configured). */
  readonly siteUrl: string;
  /** Name of the operations stack's alarm topic (referred to by ARN, not by export). */
  readonly alarmTopicName: string;
  readonly logRetention: RetentionDays;
}

/**
 * E-mail notices: an SES v2 domain identity with Easy DKIM and a configuration set that suppresses bounced and
 * complaining addresses; a function on the table's stream for the review notices; a daily EventBridge Scheduler
 * job for the reminders and digests. Failures are retried and end in dead-letter queues that raise an alarm.
 */
export class NotificationsStack extends Stack {
  readonly identity: EmailIdentity;
  readonly configurationSet: ConfigurationSet;
  readonly streamFunction: HubFunction;
  readonly dailyFunction: HubFunction;
  readonly streamDeadLetterQueue: Queue;
  readonly scheduleDeadLetterQueue: Queue;
  readonly schedule: Schedule;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: NotificationsStackProps) {
    super(scope, id, props);
    const { config, table } = props;
    const prefix = `utprovingsbanken-${config.envName}`;

    this.configurationSet = new ConfigurationSet(this, "ConfigurationSet", {
      configurationSetName: `${prefix}-notices`,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
      reputationMetrics: true,
      sendingEnabled: true,
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
    });
    this.identity = new EmailIdentity(this, "Identity", {
      identity: Identity.domain(config.mail.domain),
      configurationSet: this.configurationSet,
      mailFromDomain: `bounce.${config.mail.domain}`,
      dkimSigning: true,
      dkimIdentity: DkimIdentity.easyDkim(EasyDkimSigningKeyLength.RSA_2048_BIT),
    });
    new CfnOutput(this, "MailDomain", {
      value: config.mail.domain,
      description: "Publish the DKIM CNAME records SES shows for this domain before the first notice is sent",
    });

    const queue = (qid: string, name: string, what: string) => {
      const q = new Queue(this, qid, {
        queueName: `${prefix}-${name}`,
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
      });
      Validations.of(q).acknowledge(
        { id: "AwsSolutions-SQS3", reason: `This queue is itself the dead-letter queue of ${what}.` },
        { id: "Serverless-SQSRedrivePolicy", reason: `This queue is itself the dead-letter queue of ${what}.` },
      );
      return q;
    };
    this.streamDeadLetterQueue = queue("StreamNoticesDeadLetterQueue", "notices-dlq", "the review notices");
    this.scheduleDeadLetterQueue = queue("RemindersDeadLetterQueue", "reminders-dlq", "the daily reminders job");

    const environment = {
      SITE_URL: props.siteUrl,
      MAIL_FROM: `Utprøvingsbanken <${config.mail.from}>`,
      SES_CONFIGURATION_SET: this.configurationSet.configurationSetName,
      CURATOR_EMAILS: config.mail.curatorEmails.join(","),
    };
    const sendEmail = new PolicyStatement({
      sid: "SendNotices",
      actions: ["ses:SendEmail"],
      resources: [
        this.identity.emailIdentityArn,
        Arn.format({ service: "ses", resource: "configuration-set", resourceName: this.configurationSet.configurationSetName }, this),
      ],
      conditions: { StringEquals: { "ses:FromAddress": config.mail.from } },
    });

    this.streamFunction = new HubFunction(this, "StreamNotices", {
      entry: STREAM_NOTICES_ENTRY,
      functionName: functionNameFor(config.envName, STREAM_NOTICES_ENTRY),
      description: "Sends the review notices (submitted, changes requested, published, reconsideration, withdrawn)",
      logRetention: props.logRetention,
      environment,
      tableAccess: { table, writes: true },
      memorySize: 512,
      timeout: Duration.seconds(60),
    });
    this.streamFunction.role.addToPrincipalPolicy(sendEmail);
    this.streamFunction.function.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: StartingPosition.LATEST,
        batchSize: 50,
        maxBatchingWindow: Duration.seconds(2),
        retryAttempts: 5,
        bisectBatchOnError: true,
        maxRecordAge: Duration.hours(6),
        onFailure: new SqsDlq(this.streamDeadLetterQueue),
        // Only workflow changes of trials and reconsideration requests can give a notice.
        filters: [
          FilterCriteria.filter({ dynamodb: { Keys: { sk: { S: FilterRule.or(NOTICE_SORT_KEYS.pilot) } } } }),
          FilterCriteria.filter({ dynamodb: { Keys: { sk: { S: [{ prefix: NOTICE_SORT_KEYS.reconsiderationPrefix }] } } } }),
        ],
      }),
    );
    Validations.of(this.streamFunction).acknowledge({
      id: "Serverless-LambdaDLQ",
      reason: "Invoked by a stream event source mapping, not asynchronously; failed batches go to the mapping's on-failure SQS destination.",
    });

    this.dailyFunction = new HubFunction(this, "DailyReminders", {
      entry: DAILY_REMINDERS_ENTRY,
      functionName: functionNameFor(config.envName, DAILY_REMINDERS_ENTRY),
      description: "Sends the results reminders and the daily and weekly digests",
      logRetention: props.logRetention,
      environment,
      tableAccess: { table, writes: true },
      memorySize: 1024,
      timeout: Duration.minutes(10),
    });
    this.dailyFunction.role.addToPrincipalPolicy(sendEmail);
    // The scheduler invokes asynchronously; a run that still fails after Lambda's own retries lands in the queue.
    this.dailyFunction.function.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: new SqsDestination(this.scheduleDeadLetterQueue),
    });

    Validations.of(this.dailyFunction).acknowledge({
      id: "Serverless-LambdaDLQ",
      reason:
        "Asynchronous failures go to the function's on-failure destination (the reminders dead-letter queue, an SQS queue) and the scheduler's own dead-letter queue is the same queue; a DeadLetterConfig would duplicate it.",
    });

    const schedulerRole = new Role(this, "SchedulerRole", {
      assumedBy: new ServicePrincipal("scheduler.amazonaws.com", { conditions: { StringEquals: { "aws:SourceAccount": this.account } } }),
      description: "Lets EventBridge Scheduler start the daily reminders job",
    });
    const dailyId = this.resolve((this.dailyFunction.function.node.defaultChild as CfnFunction).logicalId) as string;
    Validations.of(schedulerRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${dailyId}.Arn>:*]`,
      reason: "lambda:InvokeFunction on the one reminders function and its qualified versions (`<arn>:*`), as grantInvoke writes it; no other function.",
    });
    const [hour, minute] = config.mail.dailyAt.split(":");
    this.schedule = new Schedule(this, "DailyRemindersSchedule", {
      scheduleName: `${prefix}-daily-reminders`,
      description: "Results reminders and digests, every morning in Norway",
      schedule: ScheduleExpression.cron({ minute: String(Number(minute)), hour: String(Number(hour)), timeZone: TimeZone.of("Europe/Oslo") }),
      target: new LambdaInvoke(this.dailyFunction.function, {
        role: schedulerRole,
        retryAttempts: 3,
        maxEventAge: Duration.hours(6),
        deadLetterQueue: this.scheduleDeadLetterQueue,
      }),
    });

    const topic = Topic.fromTopicArn(this, "AlarmTopic", Arn.format({ service: "sns", resource: props.alarmTopicName }, this));
    const action = new SnsAction(topic);
    const alarm = (aid: string, name: string, metric: Metric, description: string) => {
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
    for (const [aid, q, what] of [
      ["StreamDlqAlarm", this.streamDeadLetterQueue, "Review notices"],
      ["RemindersDlqAlarm", this.scheduleDeadLetterQueue, "The daily reminders job"],
    ] as const) {
      alarm(
        aid,
        `${q === this.streamDeadLetterQueue ? "notices" : "reminders"}-dead-letters`,
        q.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: "Maximum" }),
        `${what} failed after every retry; the failed event waits in ${q.queueName ?? "the dead-letter queue"}.`,
      );
    }
    for (const [aid, fn] of [
      ["StreamErrorsAlarm", this.streamFunction],
      ["DailyErrorsAlarm", this.dailyFunction],
    ] as const) {
      alarm(
        aid,
        `${fn.entry.replace("/", "-")}-errors`,
        fn.function.metricErrors({ period: Duration.minutes(5), statistic: "Sum" }),
        `${fn.functionName} failed (it is retried).`,
      );
    }
    alarm(
      "BounceRateAlarm",
      "ses-bounce-rate",
      new Metric({
        namespace: "AWS/SES",
        metricName: "Reputation.BounceRate",
        dimensionsMap: { "ses:configuration-set": this.configurationSet.configurationSetName },
        period: Duration.hours(1),
        statistic: "Maximum",
      }),
      "More than none of the notices bounce; above 5 % SES may pause sending. Check the addresses in the trials' contacts.",
    );
  }
}
