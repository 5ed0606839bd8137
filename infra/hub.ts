import { Tags, Validations, type App, type Environment } from "aws-cdk-lib";
import type { RetentionDays } from "aws-cdk-lib/aws-logs";
import { AwsSolutionsChecks, ServerlessChecks } from "cdk-nag";
import type { HubConfig } from "./config.ts";
import { ApiStack } from "./stacks/api-stack.ts";
import { AuthStack } from "./stacks/auth-stack.ts";
import { DataStack } from "./stacks/data-stack.ts";
import { FiguresStack } from "./stacks/figures-stack.ts";
import { NotificationsStack } from "./stacks/notifications-stack.ts";
import { OperationsStack } from "./stacks/operations-stack.ts";
import { SiteStack, siteBuildProjectName } from "./stacks/site-stack.ts";
import { EdgeStack } from "./stacks/edge-stack.ts";

export interface HubStacks {
  readonly data: DataStack;
  readonly auth: AuthStack;
  readonly api: ApiStack;
  readonly site: SiteStack;
  readonly operations: OperationsStack;
  readonly notifications: NotificationsStack;
  /** The method aggregates and registry statistics, kept from the table's stream. */
  readonly figures: FiguresStack;
  /** The CloudFront web ACL in us-east-1, unless a centrally managed one is given (`-c webAclArn=...`). */
  readonly edge?: EdgeStack;
}

/**
 * Adds the hub's stacks to an app. Dependencies run one way: data → auth → api → site → operations
 * (the site needs the API as CloudFront origin; operations watches everything).
 */
/**
 * Resource types whose CloudFormation schema does not take `Tags` in every region: CDK's construct offers tags,
 * but a stack deployed where the schema lacks them fails on its first deploy (E3002 in cfn-lint). The hub's tags
 * go on every other resource.
 */
export const UNTAGGED_RESOURCE_TYPES = ["AWS::CloudWatch::Dashboard"];

export function buildHub(app: App, config: HubConfig): HubStacks {
  const env: Environment = { region: config.region, ...(config.account ? { account: config.account } : {}) };
  const name = (part: string) => `${config.stackPrefix}-${part}`;
  const logRetention = config.logRetentionDays as RetentionDays;

  const data = new DataStack(app, name("Data"), {
    env,
    description: "Utprøvingsbanken: the DynamoDB table",
    tableName: `utprovingsbanken-${config.envName}`,
    terminationProtection: config.envName === "prod",
  });
  const auth = new AuthStack(app, name("Auth"), {
    env,
    description: "Utprøvingsbanken: Cognito user pool, groups, hosted domain and the site's app client",
    config,
    terminationProtection: config.envName === "prod",
  });
  const api = new ApiStack(app, name("Api"), {
    env,
    description: "Utprøvingsbanken: HTTP API with a JWT authorizer and one function per route",
    config,
    table: data.table,
    userPool: auth.userPool,
    client: auth.client,
    logRetention,
  });
  // A CloudFront web ACL can only live in us-east-1: its own stack there, referenced across regions.
  const edge = config.site.webAclArn
    ? undefined
    : new EdgeStack(app, name("Edge"), {
        env: { ...env, region: "us-east-1" },
        description: "Utprøvingsbanken: the CloudFront web ACL (managed rules, rate limits per client IP)",
        config,
        crossRegionReferences: true,
      });
  const site = new SiteStack(app, name("Site"), {
    env,
    ...(edge ? { webAclArn: edge.webAclArn, crossRegionReferences: true } : {}),
    description: "Utprøvingsbanken: S3 + CloudFront site and its build",
    config,
    table: data.table,
    apiDomainName: api.apiDomainName,
    logRetention,
  });
  const operations = new OperationsStack(app, name("Operations"), {
    env,
    description: "Utprøvingsbanken: alarms and table backups",
    config,
    table: data.table,
    httpApi: api.httpApi,
    functionNames: [...api.functions.values()].map((f) => f.functionName),
    siteBuildProjectName: siteBuildProjectName(config.envName),
  });

  // Operations refers to the site's build project by name only; deploy it after the site anyway.
  operations.addStackDependency(site);

  const notifications = new NotificationsStack(app, name("Notifications"), {
    env,
    description: "Utprøvingsbanken: e-mail notices and reminders (SES v2, stream function, daily schedule)",
    config,
    table: data.table,
    siteUrl: config.site.url ?? `https://${site.distribution.distributionDomainName}`,
    alarmTopicName: `utprovingsbanken-${config.envName}-alarms`,
    logRetention,
  });
  // The alarms publish to the operations stack's topic, referred to by name.
  notifications.addStackDependency(operations);

  const figures = new FiguresStack(app, name("Figures"), {
    env,
    description: "Utprøvingsbanken: method aggregates, registry statistics and the site build, kept from the table's stream",
    config,
    table: data.table,
    alarmTopicName: `utprovingsbanken-${config.envName}-alarms`,
    siteBuildProjectName: siteBuildProjectName(config.envName),
    logRetention,
  });
  // The alarms publish to the operations stack's topic and the function starts the site's build, both by name.
  figures.addStackDependency(operations);
  figures.addStackDependency(site);

  for (const stack of [data, auth, api, site, operations, notifications, figures, ...(edge ? [edge] : [])]) {
    Tags.of(stack).add("app", "utprovingsbanken", { excludeResourceTypes: UNTAGGED_RESOURCE_TYPES });
    Tags.of(stack).add("environment", config.envName, { excludeResourceTypes: UNTAGGED_RESOURCE_TYPES });
  }
  return { data, auth, api, site, operations, notifications, figures, ...(edge ? { edge } : {}) };
}

/** The rule packs every synthesis is checked against; a finding without an acknowledgement fails the synth. */
export function complianceChecks(): [AwsSolutionsChecks, ServerlessChecks] {
  return [new AwsSolutionsChecks(), new ServerlessChecks()];
}

export function addComplianceChecks(app: App): void {
  Validations.of(app).addPlugins(...complianceChecks());
}
