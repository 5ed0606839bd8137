import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { DEPLOYED_ROUTES, type DeployedRoute } from "../../functions/routes.ts";
import { problemBody, type ProblemStatus } from "../../shared/domain/errors.ts";
import { concurrentInvocations } from "./invoke-contexts.ts";
import { REMEMBERED_TOKENS, type TokenVerifier } from "./oidc/verify.ts";

/** API Gateway's own payload limit for HTTP APIs. */
const GATEWAY_MAX_BODY_BYTES = 10 * 1024 * 1024;

type LambdaHandler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

export interface GatewayResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string | Buffer;
}

/** A path segment that is a parameter, `{name}`. */
const PARAM_SEGMENT = /^\{(\w+)\}$/;

export interface CompiledRoute {
  readonly route: DeployedRoute;
  readonly pattern: RegExp;
  readonly paramNames: string[];
}

/**
 * The routes grouped by a path's number of segments and its first segment after `/api`, which every route that
 * can match a path shares with it, so that a request tests the few routes of its own group, not every route. A
 * route whose first segment is a parameter is in a group of its length that every path of that length tests.
 * The matches come in the routes' own order, as testing every route in turn gives them.
 */
export function routeIndex(routes: readonly CompiledRoute[]): (pathname: string) => CompiledRoute[] {
  const groups = new Map<string, { readonly at: number; readonly compiled: CompiledRoute }[]>();
  routes.forEach((compiled, at) => {
    const segments = compiled.route.path.split("/");
    const first = segments[2] ?? "";
    // No path segment holds a slash, so "/" stands for "any first segment".
    const key = `${segments.length} ${PARAM_SEGMENT.test(first) ? "/" : first}`;
    groups.set(key, [...(groups.get(key) ?? []), { at, compiled }]);
  });
  return (pathname) => {
    const segments = pathname.split("/");
    const own = groups.get(`${segments.length} ${segments[2] ?? ""}`) ?? [];
    const anyFirst = groups.get(`${segments.length} /`);
    const candidates = anyFirst ? [...own, ...anyFirst].sort((a, b) => a.at - b.at) : own;
    return candidates.filter(({ compiled }) => compiled.pattern.test(pathname)).map(({ compiled }) => compiled);
  };
}

export function compileRoute(route: DeployedRoute): CompiledRoute {
  const paramNames: string[] = [];
  const source = route.path
    .split("/")
    .map((part) => {
      const param = PARAM_SEGMENT.exec(part);
      if (param?.[1]) {
        paramNames.push(param[1]);
        return "([^/]+)";
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("/");
  return { route, pattern: new RegExp(`^${source}$`), paramNames };
}

/**
 * API Gateway hands array claims to Lambda as "[a b]" and every other value as a string. An array whose
 * elements hold spaces or brackets could not be told apart from another array in that form (Cognito's group
 * names cannot hold them), so it is passed as JSON text, which reads as no known value.
 */
function gatewayClaims(claims: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(claims)) {
    const renderable = Array.isArray(value) && value.every((v) => typeof v === "string" && v !== "" && !/[\s[\]]/.test(v));
    out[key] = renderable ? `[${value.join(" ")}]` : typeof value === "string" ? value : JSON.stringify(value);
  }
  return out;
}

function problem(status: ProblemStatus, detail: string, extra: Record<string, string> = {}): GatewayResponse {
  return {
    status,
    headers: { "content-type": "application/problem+json; charset=utf-8", "cache-control": "no-store", ...extra },
    body: JSON.stringify(problemBody(status, detail)),
  };
}

const NO_BODY = Buffer.alloc(0);

/** The time a handler is told it has left at its start: the API functions' timeout in the stack (10 s). */
const remainingTime = () => 10_000;

/** A request with neither Content-Length nor Transfer-Encoding has no body (RFC 9112, section 6.3). */
function hasBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  return length !== undefined ? length.trim() !== "0" : req.headers["transfer-encoding"] !== undefined;
}

async function readBody(req: IncomingMessage): Promise<Buffer | "too-large"> {
  // Most calls are reads without a body: no stream to iterate then.
  if (!hasBody(req)) return NO_BODY;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.byteLength;
    if (size > GATEWAY_MAX_BODY_BYTES) return "too-large";
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Emulates an API Gateway HTTP API in front of the Lambda handlers: matches the route, runs the JWT
 * authorizer on every non-public route (as the CDK stack configures it), builds the v2 event with the
 * verified claims, and calls the very handler file that is deployed.
 */
export class LocalApiGateway {
  private readonly routes = DEPLOYED_ROUTES.map(compileRoute);
  private readonly matching = routeIndex(this.routes);
  private readonly handlers = new Map<string, Promise<LambdaHandler>>();
  /** Claims as the authorizer hands them on, by Authorization header: a verified token's claims do not change. */
  private readonly rendered = new Map<string, Record<string, string>>();
  /** Each invocation in its own invoke context, as a Lambda runtime that takes several at a time runs them. */
  private readonly invocations = concurrentInvocations();

  constructor(
    private readonly verifier: TokenVerifier,
    private readonly functionsDir: string,
  ) {}

  private load(entry: string): Promise<LambdaHandler> {
    let handler = this.handlers.get(entry);
    if (!handler) {
      handler = import(pathToFileURL(join(this.functionsDir, `${entry}.ts`)).href).then((m: { handler: LambdaHandler }) => m.handler);
      this.handlers.set(entry, handler);
    }
    return handler;
  }

  /** Imports every handler once, so the first requests do not pay for it. */
  async warm(): Promise<void> {
    await Promise.all(this.routes.map((r) => this.load(r.route.entry)));
  }

  /** The claims rendered for the event, once per Authorization header; its token was verified just before. */
  private renderClaims(authorization: string, claims: Record<string, unknown>): Record<string, string> {
    let rendered = this.rendered.get(authorization);
    if (!rendered) {
      // As many as the verifier remembers verified tokens.
      if (this.rendered.size >= REMEMBERED_TOKENS) this.rendered.delete(this.rendered.keys().next().value as string);
      rendered = gatewayClaims(claims);
      this.rendered.set(authorization, rendered);
    }
    // Each event gets its own object: a handler may change what it was given.
    return { ...rendered };
  }

  async handle(req: IncomingMessage, url: URL): Promise<GatewayResponse> {
    const method = (req.method ?? "GET").toUpperCase();
    const matches = this.matching(url.pathname);
    if (matches.length === 0) return problem(404, "Ingen API-rute på denne adressen");
    const match = matches.find((r) => r.route.method === method);
    if (!match) {
      const allowed = matches.map((r) => r.route.method).join(", ");
      return problem(405, `Adressen støtter ${allowed}`, { allow: allowed });
    }
    const { route } = match;
    const { entry } = route;

    let claims: Record<string, string> | undefined;
    if (route.access !== "public") {
      const verdict = await this.verifier.verify(req.headers.authorization);
      if (!verdict.ok) {
        return {
          status: 401,
          headers: {
            "content-type": "application/problem+json; charset=utf-8",
            "www-authenticate": 'Bearer error="invalid_token"',
            "cache-control": "no-store",
          },
          body: JSON.stringify(problemBody(401, "Mangler eller ugyldig innloggingstoken")),
        };
      }
      claims = this.renderClaims(req.headers.authorization ?? "", verdict.claims);
    }

    const raw = await readBody(req);
    if (raw === "too-large") return problem(413, "Forespørselen er større enn API-et tar imot");

    const values = match.pattern.exec(url.pathname)?.slice(1) ?? [];
    const pathParameters = Object.fromEntries(match.paramNames.map((name, i) => [name, decodeURIComponent(values[i] ?? "")]));
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[key.toLowerCase()] = Array.isArray(value) ? value.join(",") : value;
    }
    const query: Record<string, string> = {};
    for (const [key, value] of url.searchParams) query[key] = key in query ? `${query[key]},${value}` : value;
    const type = headers["content-type"] ?? "";
    const textual = raw.byteLength === 0 || /json|text|x-www-form-urlencoded|xml/i.test(type);
    const now = new Date();
    const requestId = randomUUID();
    const event: APIGatewayProxyEventV2WithJWTAuthorizer = {
      version: "2.0",
      routeKey: route.key,
      rawPath: url.pathname,
      rawQueryString: url.search.replace(/^\?/, ""),
      headers,
      ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
      ...(match.paramNames.length ? { pathParameters } : {}),
      ...(raw.byteLength ? { body: textual ? raw.toString("utf8") : raw.toString("base64") } : {}),
      isBase64Encoded: !textual,
      requestContext: {
        accountId: "000000000000",
        apiId: "local",
        domainName: url.host,
        domainPrefix: "local",
        http: { method, path: url.pathname, protocol: "HTTP/1.1", sourceIp: req.socket.remoteAddress ?? "127.0.0.1", userAgent: headers["user-agent"] ?? "" },
        requestId,
        routeKey: route.key,
        stage: "$default",
        time: now.toISOString(),
        timeEpoch: now.getTime(),
        authorizer: { principalId: "", integrationLatency: 0, jwt: { claims: claims ?? {}, scopes: [] } },
      },
    };
    if (!claims) {
      // Public routes have no authorizer in AWS, so no claims reach the handler.
      delete (event.requestContext as { authorizer?: unknown }).authorizer;
    }
    const context = { awsRequestId: requestId, functionName: entry, getRemainingTimeInMillis: remainingTime } as unknown as Context;

    let result: APIGatewayProxyStructuredResultV2;
    try {
      const handler = await this.load(entry);
      result = await this.invocations.invoke(requestId, () => handler(event, context));
    } catch (error) {
      console.error(`Handler ${entry} failed:`, error);
      return problem(500, "En uventet feil oppstod");
    }
    const responseHeaders: Record<string, string> = {};
    for (const [key, value] of Object.entries(result.headers ?? {})) responseHeaders[key.toLowerCase()] = String(value);
    const body = result.isBase64Encoded ? Buffer.from(result.body ?? "", "base64") : (result.body ?? "");
    return { status: result.statusCode ?? 200, headers: responseHeaders, body };
  }
}
