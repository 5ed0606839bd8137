import { Duration, RemovalPolicy, Stack, Validations, type StackProps } from "aws-cdk-lib";
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault } from "aws-cdk-lib/aws-backup";
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  SingleValueWidget,
  TreatMissingData,
  type IMetric,
} from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Schedule } from "aws-cdk-lib/aws-events";
import type { HttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import type { Construct } from "constructs";
import { METRIC, METRICS_NAMESPACE, ROUTE_DIMENSION, SERVICE_NAME } from "../../functions/lib/metric-names.ts";
import type { HubConfig } from "../config.ts";

/**
 * What the alarms watch. Functions, the queue and the build project are given by name, not as constructs: a
 * construct from another stack would become a CloudFormation export, and an export in use can be neither changed
 * nor removed, so renaming or dropping a route would fail to deploy.
 */
export interface OperationsStackProps extends StackProps {
  readonly config: HubConfig;
  readonly table: ITableV2;
  readonly httpApi: HttpApi;
  /** Names of the API's functions (the stream and scheduled functions raise their own alarms in their stacks). */
  readonly functionNames: readonly string[];
  readonly siteBuildProjectName: string;
}

/** CloudWatch alarms take at most 10 metrics in one math expression, so functions are summed in groups of 10. */
export const METRICS_PER_EXPRESSION = 10;

const FIVE_MINUTES = Duration.minutes(5);

/**
 * Alarms (all to one SNS topic, optionally e-mailed) and backups beyond point-in-time recovery.
 *
 * Throttling is watched on the Lambda side: HTTP APIs publish 4xx as one metric, so the stage's own 429s cannot
 * be told apart from 401/403/404 there; when the stage throttles, callers get 429 from API Gateway and no
 * function runs, which the API's 4xx count and access log show.
 */
export class OperationsStack extends Stack {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  readonly backupPlan: BackupPlan;
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: OperationsStackProps) {
    super(scope, id, props);
    const { config } = props;

    this.topic = new Topic(this, "AlarmTopic", {
      topicName: `utprovingsbanken-${config.envName}-alarms`,
      displayName: `Utprøvingsbanken ${config.envName}: alarmer`,
      enforceSSL: true,
    });
    Validations.of(this.topic).acknowledge({
      id: "AwsSolutions-SNS2",
      reason:
        "Alarm notifications carry only alarm names and metric values. CloudWatch alarms cannot publish to a topic encrypted with the AWS managed SNS key, and a customer managed key for this alone is not warranted.",
    });
    if (config.alarmEmail) {
      this.topic.addSubscription(new EmailSubscription(config.alarmEmail));
      Validations.of(this.topic).acknowledge({
        id: "Serverless-SNSRedrivePolicy",
        reason: "An e-mail subscription to alarm notifications; undeliverable alarm e-mails are visible in the alarm history, so no dead-letter queue.",
      });
    }
    const action = new SnsAction(this.topic);

    const alarm = (
      id: string,
      props: { metric: IMetric; threshold: number; description: string; evaluationPeriods?: number; comparison?: ComparisonOperator },
    ) => {
      const created = new Alarm(this, id, {
        alarmName: `utprovingsbanken-${config.envName}-${id}`,
        alarmDescription: props.description,
        metric: props.metric,
        threshold: props.threshold,
        evaluationPeriods: props.evaluationPeriods ?? 1,
        comparisonOperator: props.comparison ?? ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      this.alarms.push(created);
      return created;
    };

    alarm("api-5xx", {
      metric: props.httpApi.metricServerError({ period: FIVE_MINUTES, statistic: "Sum" }),
      threshold: 5,
      description: "The API answered 5xx at least 5 times in 5 minutes (handler failures, timeouts or an unreachable table).",
    });

    sumInGroups(props.functionNames, (name) => lambdaMetric("Errors", name, "Sum")).forEach((metric, i) =>
      alarm(`lambda-errors-${i + 1}`, {
        metric,
        threshold: 1,
        description: `Unhandled errors or timeouts in Lambda functions (group ${i + 1}); see the functions' log groups.`,
      }),
    );
    sumInGroups(props.functionNames, (name) => lambdaMetric("Throttles", name, "Sum")).forEach((metric, i) =>
      alarm(`lambda-throttles-${i + 1}`, {
        metric,
        threshold: 1,
        description: `Lambda throttled invocations (group ${i + 1}): the account's concurrency is exhausted.`,
      }),
    );

    alarm("site-build-failed", {
      metric: new Metric({
        namespace: "AWS/CodeBuild",
        metricName: "FailedBuilds",
        dimensionsMap: { ProjectName: props.siteBuildProjectName },
        period: FIVE_MINUTES,
        statistic: "Sum",
      }),
      threshold: 1,
      description: "A site build failed: the public site shows older content until the next successful build.",
    });

    this.dashboard = requestDashboard(this, config, props.httpApi);

    // Backups beyond the 35 days of point-in-time recovery: daily for 5 weeks, monthly for a year.
    const vault = new BackupVault(this, "BackupVault", {
      backupVaultName: `utprovingsbanken-${config.envName}`,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.backupPlan = new BackupPlan(this, "TableBackupPlan", {
      backupPlanName: `utprovingsbanken-${config.envName}-table`,
      backupVault: vault,
      backupPlanRules: [
        new BackupPlanRule({
          ruleName: "Daily",
          scheduleExpression: Schedule.cron({ hour: "2", minute: "0" }),
          deleteAfter: Duration.days(35),
        }),
        // No move to cold storage: DynamoDB backups support it only with advanced backup features turned on.
        new BackupPlanRule({
          ruleName: "Monthly",
          scheduleExpression: Schedule.cron({ day: "1", hour: "3", minute: "0" }),
          deleteAfter: Duration.days(366),
        }),
      ],
    });
    const selection = this.backupPlan.addSelection("Table", {
      resources: [BackupResource.fromArn(props.table.tableArn)],
    });
    Validations.of(selection).acknowledge({
      id: "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]",
      reason: "AWS Backup's own service-role policy is the documented way to let it back up a table; AWS maintains it as the service changes.",
    });
  }
}

/** The metric the handlers publish through Powertools (functions/lib/observability.ts), summed per period. */
export function hubMetric(metricName: string, period = Duration.hours(1)): Metric {
  return new Metric({ namespace: METRICS_NAMESPACE, metricName, dimensionsMap: { service: SERVICE_NAME }, period, statistic: "Sum" });
}

/**
 * One line per route of a per-route metric. A search expression instead of a list of routes: a route that is
 * added or renamed shows up without a change here.
 */
export function perRoute(metricName: string, label: string): MathExpression {
  return new MathExpression({
    expression: `SEARCH('{${METRICS_NAMESPACE},service,${ROUTE_DIMENSION}} MetricName="${metricName}" service="${SERVICE_NAME}"', 'Sum', 300)`,
    usingMetrics: {},
    label,
    period: FIVE_MINUTES,
  });
}

/** What the hub does and where it fails: submissions and publications, and 4xx/5xx per route, next to the API's own view. */
function requestDashboard(scope: Construct, config: HubConfig, httpApi: HttpApi): Dashboard {
  const dashboard = new Dashboard(scope, "RequestDashboard", {
    dashboardName: `utprovingsbanken-${config.envName}`,
    defaultInterval: Duration.days(7),
  });
  dashboard.addWidgets(
    new SingleValueWidget({
      title: "Innsendt og publisert siste døgn",
      metrics: [hubMetric(METRIC.submissions, Duration.days(1)), hubMetric(METRIC.publications, Duration.days(1))],
      width: 8,
    }),
    new GraphWidget({
      title: "Innsendinger og publiseringer per time",
      left: [hubMetric(METRIC.submissions).with({ label: "Innsendt til vurdering" }), hubMetric(METRIC.publications).with({ label: "Publisert" })],
      width: 16,
    }),
  );
  dashboard.addWidgets(
    new GraphWidget({ title: "Klientfeil (4xx) per rute", left: [perRoute(METRIC.clientErrors, "4xx")], width: 12 }),
    new GraphWidget({ title: "Serverfeil (5xx) per rute", left: [perRoute(METRIC.serverErrors, "5xx")], width: 12 }),
  );
  dashboard.addWidgets(
    new GraphWidget({
      title: "API Gateway: forespørsler og feil",
      left: [
        httpApi.metricCount({ period: FIVE_MINUTES, statistic: "Sum", label: "Forespørsler" }),
        httpApi.metricClientError({ period: FIVE_MINUTES, statistic: "Sum", label: "4xx" }),
        httpApi.metricServerError({ period: FIVE_MINUTES, statistic: "Sum", label: "5xx" }),
      ],
      width: 12,
    }),
    new GraphWidget({
      title: "API Gateway: svartid (p50, p99)",
      left: [
        httpApi.metricLatency({ period: FIVE_MINUTES, statistic: "p50", label: "p50" }),
        httpApi.metricLatency({ period: FIVE_MINUTES, statistic: "p99", label: "p99" }),
      ],
      width: 12,
    }),
  );
  return dashboard;
}

function lambdaMetric(metricName: string, functionName: string, statistic: string): Metric {
  return new Metric({ namespace: "AWS/Lambda", metricName, dimensionsMap: { FunctionName: functionName }, period: FIVE_MINUTES, statistic });
}

/** Sums one metric per function in groups of at most 10 (one math expression, hence one alarm, per group). */
export function sumInGroups(functions: readonly string[], metricOf: (functionName: string) => IMetric): IMetric[] {
  const groups: IMetric[] = [];
  for (let start = 0; start < functions.length; start += METRICS_PER_EXPRESSION) {
    const group = functions.slice(start, start + METRICS_PER_EXPRESSION);
    const usingMetrics = Object.fromEntries(group.map((fn, i) => [`m${i}`, metricOf(fn)]));
    groups.push(
      new MathExpression({
        // SUM([...]) adds whatever functions reported; a plain m0 + m1 would be empty when one had no invocations.
        expression: `SUM([${Object.keys(usingMetrics).join(", ")}])`,
        usingMetrics,
        period: FIVE_MINUTES,
        label: "Sum over functions",
      }),
    );
  }
  return groups;
}
