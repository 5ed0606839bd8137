import { fileURLToPath } from "node:url";
import { Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Architecture, LoggingFormat, Runtime, SystemLogLevel, ApplicationLogLevel } from "aws-cdk-lib/aws-lambda";
import { NodejsFunction, OutputFormat, SourceMapMode } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { TABLE_DEFINITION } from "../../shared/adapters/dynamodb/table.ts";
import { lambdaBuildOptions } from "./lambda-bundle.ts";

/** The repository root and the handlers' folder; entries are resolved from here, not from the working directory. */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const FUNCTIONS_DIR = fileURLToPath(new URL("../../functions/", import.meta.url));

/** Node.js 24 on Graviton: the runtime the handlers are written for. */
export const FUNCTION_RUNTIME = Runtime.NODEJS_24_X;

/** Read-only access: single items, batches and queries (no Scan, no stream reads). */
const TABLE_READ_ACTIONS = ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:ConditionCheckItem"];
/** Writes, including the ones a TransactWriteItems call is checked against. */
const TABLE_WRITE_ACTIONS = ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"];

export interface TableAccess {
  readonly table: ITableV2;
  readonly writes: boolean;
}

export interface HubFunctionProps {
  /** Handler file under `functions/`, without extension (the file exports `handler`). */
  readonly entry: string;
  /** The function's name, from `functionNameFor` (known before deployment, so other stacks need no export). */
  readonly functionName: string;
  readonly description: string;
  readonly logRetention: RetentionDays;
  readonly environment?: Readonly<Record<string, string>>;
  /** Table access: read-only or read-write on the table and its indexes; TABLE_NAME is set. */
  readonly tableAccess?: TableAccess;
  readonly memorySize?: number;
  readonly timeout?: Duration;
  /** Shell commands run after esbuild, given the asset folder: files the function reads beside its bundle. */
  readonly afterBundling?: (outputDir: string) => string[];
}

/**
 * One Lambda function with everything it owns: its role (no managed policies), its log group with bounded
 * retention, its environment and its grants. Bundled locally by esbuild from the same handler files the local
 * stack runs: CommonJS (`infra/constructs/lambda-bundle.ts` says why), minified, its source map beside it and not
 * linked, AWS SDK included so it is tree-shaken and pinned.
 */
export class HubFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;
  readonly entry: string;
  /** The function's physical name as a plain string (not a token). */
  readonly functionName: string;

  constructor(scope: Construct, id: string, props: HubFunctionProps) {
    super(scope, id);
    this.entry = props.entry;
    this.functionName = props.functionName;

    this.logGroup = new LogGroup(this, "Logs", {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.role = new Role(this, "Role", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      description: `Runs functions/${props.entry}.ts`,
    });
    // The function writes only to its own log group (instead of AWSLambdaBasicExecutionRole on every group).
    this.logGroup.grantWrite(this.role);

    const environment: Record<string, string> = { ...props.environment };
    if (props.tableAccess) environment.TABLE_NAME = props.tableAccess.table.tableName;

    // The CDK runs esbuild's command line: the same settings the bench and the tests pass to its API.
    const esbuild = lambdaBuildOptions();
    this.function = new NodejsFunction(this, "Function", {
      entry: `${FUNCTIONS_DIR}${props.entry}.ts`,
      handler: "handler",
      functionName: props.functionName,
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      environment,
      projectRoot: REPO_ROOT,
      depsLockFilePath: `${REPO_ROOT}package-lock.json`,
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.CJS,
        target: esbuild.target,
        mainFields: esbuild.mainFields,
        minify: esbuild.minify,
        // The map is in the asset, for reading a logged stack trace, and not linked: Node would read and parse it
        // on every cold start when told to map traces (`--enable-source-maps`), which the functions are not.
        sourceMap: true,
        sourceMapMode: SourceMapMode.EXTERNAL,
        sourcesContent: false,
        externalModules: esbuild.external,
        banner: esbuild.banner.js,
        define: esbuild.define,
        esbuildArgs: {
          "--alias": Object.entries(esbuild.alias).map(([module, replacement]) => `${module}=${replacement}`),
          ...Object.fromEntries(Object.entries(esbuild.supported).map(([feature, on]) => [`--supported:${feature}`, String(on)])),
          "--log-override": Object.entries(esbuild.logOverride).map(([message, level]) => `${message}=${level}`),
        },
        ...(props.afterBundling
          ? {
              commandHooks: {
                beforeBundling: () => [],
                beforeInstall: () => [],
                afterBundling: (_inputDir: string, outputDir: string) => props.afterBundling?.(outputDir) ?? [],
              },
            }
          : {}),
      },
    });
    // The role must exist with its log permissions before the function runs for the first time.
    this.function.node.addDependency(this.role);

    if (props.tableAccess) grantTableAccess(this.role, props.tableAccess);

    Validations.of(this).acknowledge({
      id: "Serverless-LambdaTracing",
      reason:
        "HTTP APIs do not forward X-Ray trace context and the handlers are not instrumented; structured JSON logs with the request id and CloudWatch metrics cover diagnosis without granting every role xray:* on all resources.",
    });
  }
}

/** Grants exactly the actions a handler needs on the table and on each named index (no wildcard resources). */
export function grantTableAccess(role: Role, access: TableAccess): void {
  const tableArn = access.table.tableArn;
  const indexArns = TABLE_DEFINITION.indexes.map((index) => `${tableArn}/index/${index.name}`);
  role.addToPrincipalPolicy(
    new PolicyStatement({
      sid: access.writes ? "ReadWriteTable" : "ReadTable",
      actions: access.writes ? [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS] : TABLE_READ_ACTIONS,
      resources: [tableArn],
    }),
  );
  role.addToPrincipalPolicy(new PolicyStatement({ sid: "QueryIndexes", actions: ["dynamodb:Query"], resources: indexArns }));
}

/**
 * The name of the function running a handler: `utp-<env>-<entry>` (`utp-prod-pilots-list-revisions`). Alarms in
 * the operations stack refer to functions by this name rather than through CloudFormation exports, which would
 * block renaming or removing a route while another stack imports them.
 */
export function functionNameFor(envName: string, entry: string): string {
  const name = `utp-${envName}-${entry.replace(/[^A-Za-z0-9_-]+/g, "-")}`;
  if (name.length > 64) throw new Error(`Lambda function name "${name}" is longer than 64 characters; shorten the handler path`);
  return name;
}

/** A construct id from a handler path: `pilots/list-revisions` → `PilotsListRevisions`. */
export function constructIdFor(entry: string): string {
  return entry
    .split(/[/_-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}
