import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import type { CfnElement } from "aws-cdk-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEPLOYED_ROUTES, type DeployedRoute } from "../../functions/routes.ts";
import type { HubFunction } from "../../infra/constructs/hub-function.ts";
import { createDocumentClient } from "../../shared/adapters/dynamodb/dynamo.ts";
import { LOCAL_CREDENTIALS, LOCAL_REGION, localClient, startDynamoDbLocal, type LocalDynamo } from "../../infra/local/dynamodb-local.ts";
import { seedSampleData } from "../../infra/local/seed.ts";
import { ensureTable } from "../../infra/local/table-setup.ts";
import { apiEvent, callerFor, environmentOf, invokeBundle, OFFICE_CALLER, type ApiResult, type Invocation } from "./lambda-runtime.ts";
import { prop, synthesizeHub } from "./synth.ts";
import { LAMBDA_BUNDLE_BANNER, LAMBDA_BUNDLE_EXTERNALS, LAMBDA_BUNDLE_FILE, lambdaBuildOptions } from "../../infra/constructs/lambda-bundle.ts";
import { REPO_ROOT } from "../../infra/constructs/hub-function.ts";

// Prepare: the one real bundling in the suite (esbuild for every function, as `cdk synth` does).
const hub = synthesizeHub({}, { bundle: true });

interface Bundle {
  readonly code: string;
  readonly sources: string[];
}

/** The staged asset directory of a function: `asset.<hash>` for the code's S3 key `<hash>.zip`. */
function assetDirOf(fn: HubFunction): string {
  const stack = fn.function.stack;
  const logicalId = stack.getLogicalId(fn.function.node.defaultChild as CfnElement);
  const key = String(prop(hub.template(stack).toJSON(), "Resources", logicalId, "Properties", "Code", "S3Key"));
  return join(hub.outdir, `asset.${key.replace(/\.zip$/, "")}`);
}

function bundleOf(fn: HubFunction): Bundle {
  const dir = assetDirOf(fn);
  const code = readFileSync(join(dir, LAMBDA_BUNDLE_FILE), "utf8");
  const map = JSON.parse(readFileSync(join(dir, `${LAMBDA_BUNDLE_FILE}.map`), "utf8")) as { sources: string[] };
  return { code, sources: map.sources };
}

/** Packages (not Node built-ins) the bundle would load at run time instead of carrying them. */
function externalPackages(code: string): string[] {
  const found = [...code.matchAll(/(?:from\s*|require\(\s*|import\(\s*)"([^"./][^"]*)"/g)].map((m) => m[1] ?? "");
  return [...new Set(found)].filter((name) => !builtinModules.includes(name.replace(/^node:/, "")) && name !== "@aws-sdk/signature-v4-crt").sort();
}

const functions: [string, HubFunction][] = [
  ...DEPLOYED_ROUTES.map((route) => [route.key, hub.stacks.api.functions.get(route.key)] as [string, HubFunction]),
  ["public-changes", hub.stacks.figures.streamFunction],
];

describe("bundling: every function is bundled by esbuild from its own handler file", () => {
  it.each(functions)("%s: minified CommonJS with its source map beside it, built from its entry, AWS SDK included", (_name, fn) => {
    expect(fn).toBeDefined();
    const { code, sources } = bundleOf(fn);
    // Built from functions/<entry>.ts
    expect(sources.some((source) => source.endsWith(`functions/${fn.entry}.ts`))).toBe(true);
    // CommonJS, strict as a module is (the banner carries the "use strict" it pushes down), with no module syntax
    // left: the runtime requires it (the tests below load every bundle so and call it)
    expect(code.startsWith(LAMBDA_BUNDLE_BANNER)).toBe(true);
    expect(code.startsWith('"use strict";')).toBe(true);
    expect(code).not.toMatch(/(^|[;}])\s*export\s*\{|import\.meta/);
    // Built-ins are required, never imported: an import of one builds its module facade, which runs its lazy
    // getters (node:http's load the bundled fetch implementation)
    expect(code).not.toMatch(/\bimport\(/);
    // The map is not linked: the runtime does not read it on a cold start
    expect(code).not.toMatch(/sourceMappingURL/);
    // Minified: long lines, no indentation
    expect(code.length / code.split("\n").length).toBeGreaterThan(1_000);
    // No AWS SDK left for the runtime to provide (the CRT signer is an optional require inside a try); the only
    // package left out is the event-stream codec, which none of the clients' operations loads
    expect(externalPackages(code).filter((name) => !LAMBDA_BUNDLE_EXTERNALS.includes(name))).toEqual([]);
    // The SDK's default credential chain (profiles, SSO, STS and the clients they carry) is not in the bundle
    expect(sources.filter((source) => /node_modules\/@aws-sdk\/(credential-provider-(node|ini|sso)|nested-clients)\//.test(source))).toEqual([]);
  });

  it("bundles the CodeBuild client into the stream function that starts the site build", () => {
    const { sources } = bundleOf(hub.stacks.figures.streamFunction);
    expect(sources.some((source) => source.includes("node_modules/@aws-sdk/client-codebuild/"))).toBe(true);
  });

  it("bundles the DynamoDB client into a table handler", () => {
    const fn = hub.stacks.api.functions.get("GET /api/pilots");
    expect(fn).toBeDefined();
    const { sources } = bundleOf(fn as HubFunction);
    expect(sources.some((source) => source.includes("node_modules/@aws-sdk/client-dynamodb/"))).toBe(true);
  });

  it.each(["GET /api/offices", "POST /api/offices", "PUT /api/offices/{id}"])(
    "%s: carries the taxonomy's codes, not the trial's schemas, which it never uses",
    (key) => {
      const { sources } = bundleOf(hub.stacks.api.functions.get(key) as HubFunction);
      expect(sources.some((source) => source.endsWith("shared/domain/codes.ts"))).toBe(true);
      expect(sources.filter((source) => /shared\/domain\/(pilot|public-trial\/public-pilot)\.ts$/.test(source))).toEqual([]);
    },
  );

  it("the daily reminders read trials and reconsideration requests without the trial's schemas or its revisions'", () => {
    const { sources } = bundleOf(hub.stacks.notifications.dailyFunction);
    expect(sources.some((source) => source.endsWith("shared/domain/reconsideration.ts"))).toBe(true);
    expect(sources.filter((source) => /shared\/domain\/(pilot|revision)\.ts$/.test(source))).toEqual([]);
  });

  it("writes each function's bundle to its own asset", () => {
    const dirs = functions.map(([, fn]) => assetDirOf(fn));
    expect(new Set(dirs).size).toBe(functions.length);
    for (const dir of dirs) expect(existsSync(join(dir, LAMBDA_BUNDLE_FILE))).toBe(true);
  });
});

describe("credentials in a bundle: the role's, from the environment the Lambda runtime sets", () => {
  const PROBE = `
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
const client = new DynamoDBClient({ region: "eu-north-1" });
client.config.credentials().then(
  ({ accessKeyId, secretAccessKey, sessionToken }) => console.log(JSON.stringify({ accessKeyId, secretAccessKey, sessionToken })),
  (error) => console.log(JSON.stringify({ error: error.name })),
);
`;
  let dir: string;
  let bundleFile: string;
  let inputs: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "utp-credentials-"));
    bundleFile = join(dir, LAMBDA_BUNDLE_FILE);
    const result = await build({
      ...lambdaBuildOptions(),
      stdin: { contents: PROBE, resolveDir: REPO_ROOT, loader: "js" },
      absWorkingDir: REPO_ROOT,
      outfile: bundleFile,
      metafile: true,
      logLevel: "error",
    });
    inputs = Object.keys(result.metafile.inputs);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs the probe bundle outside the repository (no node_modules above it) with only the given environment. */
  const run = (environment: Record<string, string>) => {
    const result = spawnSync(process.execPath, [bundleFile], { cwd: dir, env: { PATH: process.env.PATH ?? "", HOME: dir, ...environment }, encoding: "utf8" });
    return JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, string>;
  };

  it("resolves the access key, secret and session token the runtime puts in the environment", () => {
    // Act
    const credentials = run({ AWS_ACCESS_KEY_ID: "ASIAROLE", AWS_SECRET_ACCESS_KEY: "secret", AWS_SESSION_TOKEN: "session" });

    // Assess
    expect(credentials).toEqual({ accessKeyId: "ASIAROLE", secretAccessKey: "secret", sessionToken: "session" });
  });

  it("fails to resolve credentials when the environment has none, instead of reaching for profiles or instance metadata", () => {
    // Act
    const outcome = run({});

    // Assess
    expect(outcome).toEqual({ error: "CredentialsProviderError" });
  });

  it("carries the environment provider in place of the default chain", () => {
    expect(inputs).toContain("functions/lib/lambda-credentials.ts");
    expect(inputs.filter((input) => input.includes("credential-provider-env/"))).not.toEqual([]);
    expect(inputs.filter((input) => /credential-provider-(node|ini|sso|process|web-identity)\/|nested-clients\//.test(input))).toEqual([]);
  });
});

describe("bundles run as Lambda runs them: a fresh Node process, the template's environment, DynamoDB Local", () => {
  const TABLE = "utprovingsbanken-bundles";
  let dynamo: LocalDynamo;

  beforeAll(async () => {
    dynamo = await startDynamoDbLocal();
    const raw = localClient(dynamo.endpoint);
    await ensureTable(raw, TABLE);
    raw.destroy();
    const db = createDocumentClient({ endpoint: dynamo.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    await seedSampleData(db, TABLE);
    db.destroy();
  });

  afterAll(async () => {
    await dynamo?.stop();
  });

  /** Invokes a function's staged asset. DYNAMODB_ENDPOINT is the one variable added: it points the SDK at DynamoDB Local. */
  function invoke<R = ApiResult>(fn: HubFunction, event: unknown): Promise<Invocation<R>> {
    const stack = fn.function.stack;
    const template = hub.template(stack);
    const logicalId = stack.getLogicalId(fn.function.node.defaultChild as CfnElement);
    const properties = prop(template.toJSON(), "Resources", logicalId, "Properties");
    return invokeBundle<R>(
      assetDirOf(fn),
      event,
      {
        functionName: String(prop(properties, "FunctionName")),
        memorySize: Number(prop(properties, "MemorySize") ?? 128),
        environment: environmentOf(template, logicalId, TABLE),
      },
      { DYNAMODB_ENDPOINT: dynamo.endpoint },
    );
  }

  const routeNamed = (key: string) => DEPLOYED_ROUTES.find((route) => route.key === key) as DeployedRoute;
  const functionOf = (key: string) => hub.stacks.api.functions.get(key) as HubFunction;
  const answer = (invocation: Invocation<ApiResult>) => {
    if (!invocation.outcome.ok) throw new Error(`${invocation.outcome.error}\n${invocation.stderr}`);
    return invocation.outcome.result;
  };
  const requestLog = (invocation: Invocation<ApiResult>) =>
    invocation.stdout.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.message === "request");

  it("reads: GET /api/public/pilots lists the seeded published trials", async () => {
    // Act
    const invocation = await invoke(functionOf("GET /api/public/pilots"), apiEvent(routeNamed("GET /api/public/pilots")));

    // Assess
    const result = answer(invocation);
    expect(result.statusCode).toBe(200);
    const body = JSON.parse(String(result.body)) as { items: { id: string; title: string }[] };
    expect(body.items.length).toBeGreaterThan(0);
    expect(requestLog(invocation)).toMatchObject({ route: "GET /api/public/pilots", status: 200, role: "anonym" });
  });

  it("writes and reads back: POST /api/pilots as office staff with the authorizer's claims, then GET /api/pilots/{id}", async () => {
    // Prepare
    const create = routeNamed("POST /api/pilots");
    const get = routeNamed("GET /api/pilots/{id}");

    // Act
    const created = answer(await invoke(functionOf(create.key), apiEvent(create, { caller: OFFICE_CALLER, body: { title: "Jobbklubb fra pakken" } })));
    const { id } = JSON.parse(String(created.body)) as { id: string };
    const readInvocation = await invoke(functionOf(get.key), apiEvent(get, { caller: OFFICE_CALLER, params: { id } }));
    const read = answer(readInvocation);

    // Assess
    expect(created.statusCode).toBe(201);
    expect(created.headers?.location).toBe(`/api/pilots/${id}`);
    expect(read.statusCode).toBe(200);
    expect(JSON.parse(String(read.body))).toMatchObject({ id, officeId: "nav-kongsvinger", state: "draft", content: { title: "Jobbklubb fra pakken" } });
    expect(requestLog(readInvocation)).toMatchObject({ route: "GET /api/pilots/{id}", status: 200, role: "kontor" });
    expect(readInvocation.stdout.join("\n")).not.toContain(OFFICE_CALLER.name);
  });

  it.each(DEPLOYED_ROUTES.map((route) => [route.key, route] as const))("%s: loads, runs and answers without a 5xx", async (_key, route) => {
    // Prepare: the caller the route lets in, unknown ids, and an empty body for routes that take one
    const params = Object.fromEntries([...route.path.matchAll(/\{(\w+)\}/g)].map((m) => [m[1] ?? "", m[1] === "id" ? "01JBUNDLE0000000000000000X" : "1"]));
    const event = apiEvent(route, { caller: callerFor(route), params, ...(route.body ? { body: {} } : {}) });

    // Act
    const invocation = await invoke(functionOf(route.key), event);

    // Assess
    const result = answer(invocation);
    expect(result.statusCode).toBeGreaterThanOrEqual(200);
    expect(result.statusCode).toBeLessThan(500);
    expect(requestLog(invocation)).toMatchObject({ route: route.key, status: result.statusCode });
  });

  it("public-changes: loads with its environment and ignores an empty stream batch", async () => {
    // Act
    const invocation = await invoke<null>(hub.stacks.figures.streamFunction, { Records: [] });

    // Assess
    expect(invocation.outcome).toEqual({ ok: true, result: null });
  });
});
