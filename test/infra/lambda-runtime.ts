import { spawn } from "node:child_process";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import type { Template } from "aws-cdk-lib/assertions";
import { requiredRole, type RouteContract } from "../../shared/contracts/index.ts";
import { LAMBDA_BUNDLE_FILE } from "../../infra/constructs/lambda-bundle.ts";
import { prop } from "./synth.ts";

/**
 * Runs a bundled function the way the Lambda Node.js runtime does: a fresh Node process started in the asset's
 * folder (no node_modules anywhere above it), `require` of the CommonJS `index.js` (the runtime requires a `.js`
 * handler when no `package.json` says it is a module), a call of `handler(event, context)`, with only the
 * environment the template gives the function plus what the runtime itself sets.
 */

/** Marks the probe's result among the function's own output (its log lines and metrics). */
const RESULT_MARK = "@@lambda-result@@";

const PROBE = `
const [file, eventJson, requestId] = process.argv.slice(1);
const context = {
  awsRequestId: requestId,
  functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
  functionVersion: "$LATEST",
  memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
  invokedFunctionArn: "arn:aws:lambda:eu-north-1:000000000000:function:" + process.env.AWS_LAMBDA_FUNCTION_NAME,
  getRemainingTimeInMillis: () => 10000,
};
(async () => {
  try {
    const { handler } = require(file);
    const result = await handler(JSON.parse(eventJson), context);
    process.stdout.write("\\n${RESULT_MARK}" + JSON.stringify({ ok: true, result: result ?? null }) + "\\n");
  } catch (error) {
    process.stdout.write("\\n${RESULT_MARK}" + JSON.stringify({ ok: false, error: String(error?.stack ?? error) }) + "\\n");
  }
})();
`;

export interface Invocation<R> {
  /** What the handler returned, or why it failed to load or run. */
  readonly outcome: { ok: true; result: R } | { ok: false; error: string };
  /** Every other line the function wrote to stdout (its log lines and metrics). */
  readonly stdout: string[];
  readonly stderr: string;
}

export interface RuntimeOptions {
  /** The function's name and its `Environment.Variables` as synthesized. */
  readonly functionName: string;
  readonly environment: Record<string, string>;
  readonly memorySize: number;
}

/** Invokes `<assetDir>/index.js` in a fresh Node process with the given event. */
export function invokeBundle<R = unknown>(
  assetDir: string,
  event: unknown,
  runtime: RuntimeOptions,
  extraEnv: Record<string, string> = {},
): Promise<Invocation<R>> {
  const env: Record<string, string> = {
    // What the Lambda runtime sets for every function.
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    LANG: "en_US.UTF-8",
    TZ: ":UTC",
    AWS_REGION: "eu-north-1",
    AWS_DEFAULT_REGION: "eu-north-1",
    AWS_EXECUTION_ENV: "AWS_Lambda_nodejs24.x",
    AWS_LAMBDA_FUNCTION_NAME: runtime.functionName,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(runtime.memorySize),
    AWS_LAMBDA_FUNCTION_VERSION: "$LATEST",
    LAMBDA_TASK_ROOT: assetDir,
    AWS_ACCESS_KEY_ID: "local",
    AWS_SECRET_ACCESS_KEY: "local",
    AWS_SESSION_TOKEN: "local",
    // What CDK set on the function, and nothing else from this machine.
    ...runtime.environment,
    ...extraEnv,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", PROBE, `${assetDir}/${LAMBDA_BUNDLE_FILE}`, JSON.stringify(event), `probe-${runtime.functionName}`], {
      cwd: assetDir,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (err += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const lines = out.split("\n").filter((line) => line.trim() !== "");
      const marked = lines.find((line) => line.startsWith(RESULT_MARK));
      const outcome = marked
        ? (JSON.parse(marked.slice(RESULT_MARK.length)) as Invocation<R>["outcome"])
        : { ok: false as const, error: `the process ended with ${code} before the handler answered: ${err.slice(-2000)}` };
      resolve({ outcome, stdout: lines.filter((line) => line !== marked), stderr: err });
    });
  });
}

/**
 * A function's environment from the template, with what CloudFormation resolves at deploy time filled in: the
 * table's name becomes the local table, any other reference a placeholder string.
 */
/** Values CloudFormation fills in at deploy time that the events below must agree with. */
const CLIENT_ID = "example-client";
const DEPLOY_TIME_VALUES: Record<string, string> = { OIDC_CLIENT_ID: CLIENT_ID };

export function environmentOf(template: Template, logicalId: string, tableName: string): Record<string, string> {
  const variables = (prop(template.toJSON(), "Resources", logicalId, "Properties", "Environment", "Variables") ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(variables).map(([name, value]) => [
      name,
      typeof value === "string" ? value : (DEPLOY_TIME_VALUES[name] ?? (name === "TABLE_NAME" ? tableName : `resolved-at-deploy-${name.toLowerCase()}`)),
    ]),
  );
}

export interface Caller {
  readonly sub: string;
  readonly name: string;
  readonly email: string;
  readonly role: "kontor" | "kurator";
  readonly office?: string;
}

export const OFFICE_CALLER: Caller = {
  sub: "kontor-nav-kongsvinger",
  name: "Sigrid Andersen",
  email: "kontor-nav-kongsvinger@nav.example",
  role: "kontor",
  office: "nav-kongsvinger",
};
export const CURATOR_CALLER: Caller = { sub: "kurator", name: "Kari Kurator", email: "kurator@nav.example", role: "kurator" };

/** The caller a route's access rule lets in, or none for public routes. */
export function callerFor(route: RouteContract): Caller | undefined {
  const role = requiredRole(route.access);
  if (role === "none") return undefined;
  return role === "kurator" ? CURATOR_CALLER : OFFICE_CALLER;
}

/** An HTTP API (payload 2.0) event as API Gateway sends it, claims as its JWT authorizer passes them (strings). */
export function apiEvent(
  route: RouteContract,
  options: { params?: Record<string, string>; body?: unknown; caller?: Caller | undefined; headers?: Record<string, string> } = {},
): APIGatewayProxyEventV2WithJWTAuthorizer {
  const params = options.params ?? {};
  const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(params[name] ?? ""));
  const caller = options.caller;
  const now = new Date();
  const headers: Record<string, string> = {
    host: "utprovingsbanken.example",
    "user-agent": "bundle-test",
    ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
    ...options.headers,
  };
  return {
    version: "2.0",
    routeKey: route.key,
    rawPath: path,
    rawQueryString: "",
    headers,
    ...(Object.keys(params).length ? { pathParameters: params } : {}),
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    isBase64Encoded: false,
    requestContext: {
      accountId: "000000000000",
      apiId: "bundletest",
      domainName: "utprovingsbanken.example",
      domainPrefix: "utprovingsbanken",
      http: { method: route.method, path, protocol: "HTTP/1.1", sourceIp: "192.0.2.1", userAgent: "bundle-test" },
      requestId: `api-${route.key}`,
      routeKey: route.key,
      stage: "$default",
      time: now.toISOString(),
      timeEpoch: now.getTime(),
      ...(caller
        ? {
            authorizer: {
              principalId: "",
              integrationLatency: 0,
              jwt: {
                claims: {
                  sub: caller.sub,
                  name: caller.name,
                  email: caller.email,
                  "cognito:groups": `[${caller.role}]`,
                  ...(caller.office ? { "custom:office": caller.office } : {}),
                  token_use: "id",
                  iss: "https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_example",
                  aud: CLIENT_ID,
                },
                scopes: [],
              },
            },
          }
        : {}),
    },
  } as APIGatewayProxyEventV2WithJWTAuthorizer;
}

export type ApiResult = APIGatewayProxyStructuredResultV2;
