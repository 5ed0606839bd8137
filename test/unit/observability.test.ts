import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { DEPLOYED_ROUTES } from "../../functions/routes.ts";
import { localClient } from "../../infra/local/dynamodb-local.ts";
import { createTokenVerifier } from "../../infra/local/oidc/verify.ts";
import { startHubServer } from "../../infra/local/server.ts";

// Logs and metrics on for this file only (vitest.config.ts turns them off for every other test); set before the
// handler is imported, since Powertools reads the environment when its clients are created.
process.env.POWERTOOLS_LOG_LEVEL = "INFO";
process.env.POWERTOOLS_METRICS_DISABLED = "false";
// The token expectation is read from the environment too; the hub started for other projects sets it.
process.env.OIDC_CLIENT_ID = "utprovingsbanken-test";
process.env.OIDC_TOKEN_USE = "id";
// The public changes' stream function reads its build project and its table at start-up.
process.env.SITE_BUILD_PROJECT ??= "utprovingsbanken-test-site";
process.env.TABLE_NAME ??= "utprovingsbanken-test";
// A table out of reach (nothing listens on the discard port): the functions' reads wait on the network and fail.
process.env.DYNAMODB_ENDPOINT = "http://127.0.0.1:9";

type Handler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

let me: Handler;
let countRequest: (route: string | undefined, status: number) => void;
let publicChanges: (event: { Records: unknown[] }, context: Context) => Promise<void>;
let written: string[];
let warned: string[];

beforeAll(async () => {
  ({ handler: me } = (await import("../../functions/system/me.ts")) as unknown as { handler: Handler });
  ({ countRequest } = await import("../../functions/lib/observability.ts"));
  ({ handler: publicChanges } = (await import("../../functions/stream/public-changes.ts")) as unknown as { handler: typeof publicChanges });
});

beforeEach(() => {
  written = [];
  warned = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    warned.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Every JSON line the code wrote to stdout (or to both, given both). */
function lines(output: string[] = written): Record<string, unknown>[] {
  return output
    .join("")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const requestLines = () => lines().filter((line) => line.message === "request");
/** The embedded-metric-format lines: metric name → the line's dimensions and value. */
const metricLines = () =>
  lines()
    .filter((line) => "_aws" in line)
    .flatMap((line) => {
      const aws = line._aws as { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string }[] }[] };
      return aws.CloudWatchMetrics.flatMap((set) =>
        set.Metrics.map((metric) => ({ name: metric.Name, namespace: set.Namespace, dimensions: set.Dimensions.flat(), line })),
      );
    });

function event(claims: Record<string, string> | undefined): APIGatewayProxyEventV2WithJWTAuthorizer {
  return {
    version: "2.0",
    routeKey: "GET /api/me",
    rawPath: "/api/me",
    rawQueryString: "",
    headers: {},
    isBase64Encoded: false,
    requestContext: {
      accountId: "000000000000",
      apiId: "test",
      domainName: "localhost",
      domainPrefix: "localhost",
      http: { method: "GET", path: "/api/me", protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "vitest" },
      requestId: "api-request-1",
      routeKey: "GET /api/me",
      stage: "$default",
      time: new Date().toISOString(),
      timeEpoch: Date.now(),
      ...(claims ? { authorizer: { principalId: "", integrationLatency: 0, jwt: { claims, scopes: [] } } } : {}),
    },
  } as APIGatewayProxyEventV2WithJWTAuthorizer;
}

const context = { awsRequestId: "lambda-request-1", functionName: "me", getRemainingTimeInMillis: () => 10_000 } as unknown as Context;

describe("request logs: one structured line per request, without personal data", () => {
  it("logs request id, route, status, latency and role, and never the name or e-mail from the token", async () => {
    // Prepare: the claims as API Gateway's JWT authorizer passes them
    const claims = {
      sub: "kontor-nav-alta",
      name: "Ingrid Solberg",
      email: "ingrid.solberg@nav.example",
      groups: "[kontor]",
      office: "nav-alta",
      aud: "utprovingsbanken-test",
      token_use: "id",
    };

    // Act
    const response = await me(event(claims), context);

    // Assess
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("Ingrid Solberg");
    const logged = requestLines();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      level: "INFO",
      message: "request",
      service: "utprovingsbanken-api",
      requestId: "lambda-request-1",
      apiRequestId: "api-request-1",
      route: "GET /api/me",
      method: "GET",
      status: 200,
      role: "kontor",
    });
    expect(typeof logged[0]?.latencyMs).toBe("number");
    expect(typeof logged[0]?.timestamp).toBe("string");
    const output = written.join("");
    expect(output).not.toContain("Ingrid");
    expect(output).not.toContain("Solberg");
    expect(output).not.toContain("@nav.example");
    expect(output).not.toContain("kontor-nav-alta");
  });

  it("logs the final status of a refused request, and counts it as a client error of its route", async () => {
    // Act: no token on a signed-in route
    const response = await me(event(undefined), context);

    // Assess
    expect(response.statusCode).toBe(401);
    expect(requestLines()).toEqual([expect.objectContaining({ level: "INFO", route: "GET /api/me", status: 401, role: "anonym" })]);
    const metrics = metricLines();
    expect(metrics.map((m) => m.name)).toEqual(["ClientErrors"]);
    expect(metrics[0]).toMatchObject({ namespace: "Utprovingsbanken", dimensions: ["service", "route"] });
    expect(metrics[0]?.line).toMatchObject({ route: "GET /api/me", service: "utprovingsbanken-api", ClientErrors: 1 });
  });
});

describe("Powertools' middlewares on every function", () => {
  it("puts the invocation's context on the request log, and a request without metrics warns of nothing", async () => {
    // Prepare
    const claims = { sub: "kontor-nav-alta", groups: "[kontor]", office: "nav-alta", aud: "utprovingsbanken-test", token_use: "id" };

    // Act: a successful read counts no metric of its own
    const response = await me(event(claims), context);

    // Assess
    expect(response.statusCode).toBe(200);
    expect(requestLines()).toEqual([
      expect.objectContaining({ function_request_id: "lambda-request-1", function_name: "me", cold_start: expect.any(Boolean) }),
    ]);
    expect(metricLines()).toEqual([]);
    expect(lines().filter((line) => line.level === "WARN")).toEqual([]);
    expect([...written, ...warned].join("")).not.toContain("No application metrics");
  });

  it("a stream function logs and publishes its metrics under the one service name", async () => {
    // Act: an empty batch refreshes nothing and starts no build
    await publicChanges({ Records: [] }, { ...context, functionName: "public-changes" } as Context);

    // Assess
    const metrics = metricLines();
    expect(metrics.map((m) => m.name).sort()).toEqual(["FigureStreamRecords", "SiteChanges"]);
    for (const metric of metrics) expect(metric).toMatchObject({ namespace: "Utprovingsbanken", dimensions: ["service"] });
    expect(metrics[0]?.line).toMatchObject({ service: "utprovingsbanken-api", SiteChanges: 0, FigureStreamRecords: 0 });
    expect([...written, ...warned].join("")).not.toContain("No application metrics");
  });
});

describe("the local hub's invocations", () => {
  it("keeps each invocation's function name and request id on its own log lines when requests overlap", { timeout: 60_000 }, async () => {
    // Prepare: the hub's server in this process, as the local hub runs it; the public routes need no token,
    // and with the table out of reach the reads wait on the network, so that the invocations overlap. The hub
    // calls the table before its server starts (it creates the table and seeds it), as the SDK does here.
    const early = localClient(String(process.env.DYNAMODB_ENDPOINT));
    await early.send(new ListTablesCommand({})).catch(() => undefined);
    early.destroy();
    const siteDir = mkdtempSync(join(tmpdir(), "utp-observability-site-"));
    const hub = await startHubServer({
      port: 0,
      host: "127.0.0.1",
      functionsDir: join(import.meta.dirname, "../../functions"),
      siteDir,
      verifier: createTokenVerifier({ issuer: "http://127.0.0.1/oidc", audience: "utprovingsbanken-test", jwks: { keys: [] } }),
    });
    const publicRoutes = DEPLOYED_ROUTES.filter((r) => r.access === "public" && r.method === "GET" && !r.path.includes("{"));
    const entries = new Map(publicRoutes.map((r) => [`${r.method} ${r.path}`, r.entry]));
    try {
      // Act: five rounds of every public read at once
      const answers = await Promise.all(Array.from({ length: 5 }, () => publicRoutes.map(async (r) => (await fetch(`${hub.url}${r.path}`)).status)).flat());

      // Assess: every request logged once (a 5xx on stderr), each line with its own invocation's context
      expect(answers).toHaveLength(5 * publicRoutes.length);
      const logged = lines([...written, ...warned]).filter((line) => line.message === "request");
      expect(logged).toHaveLength(answers.length);
      expect(new Set(logged.map((line) => line.function_request_id)).size).toBe(answers.length);
      for (const line of logged) {
        expect(line.function_name, String(line.route)).toBe(entries.get(String(line.route)));
        expect(line.function_request_id).toBe(line.apiRequestId);
      }
      // The reads of the table waited and failed (503) while the others answered; each 5xx counted once, on its own route
      expect(new Set(answers)).toEqual(new Set([200, 503]));
      const failedRoutes = logged.filter((line) => Number(line.status) >= 500).map((line) => String(line.route));
      const counted = metricLines().filter((metric) => metric.name === "ServerErrors");
      expect(counted.map((metric) => String(metric.line.route)).sort()).toEqual(failedRoutes.sort());
    } finally {
      await hub.close();
      rmSync(siteDir, { recursive: true, force: true });
    }
  });
});

describe("request metrics", () => {
  it("counts submissions and publications when they succeed, and 5xx per route", () => {
    // Act
    countRequest("POST /api/pilots/{id}/submit", 200);
    countRequest("POST /api/pilots/{id}/publish", 200);
    countRequest("POST /api/pilots/{id}/publish", 412);
    countRequest("GET /api/pilots", 503);
    countRequest("GET /api/pilots", 200);

    // Assess
    const metrics = metricLines();
    expect(metrics.map((m) => [m.name, m.dimensions])).toEqual([
      ["Submissions", ["service"]],
      ["Publications", ["service"]],
      ["ClientErrors", ["service", "route"]],
      ["ServerErrors", ["service", "route"]],
    ]);
    expect(metrics[2]?.line).toMatchObject({ route: "POST /api/pilots/{id}/publish" });
    expect(metrics[3]?.line).toMatchObject({ route: "GET /api/pilots", ServerErrors: 1 });
  });
});
