import middy from "@middy/core";
import type { APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import type * as z from "zod/mini";
import { readPrincipal, type Principal } from "../../shared/domain/principal.ts";
import {
  BadRequestError,
  fieldErrors,
  NotFoundError,
  parseOrThrow,
  toPointer,
  ValidationError,
  problemBody,
  ForbiddenError,
  HttpError,
  PreconditionRequiredError,
  UnauthorizedError,
} from "../../shared/domain/errors.ts";
import { isUnavailable, unavailable } from "../../shared/adapters/dynamodb/unavailable.ts";
import {
  requiredRole,
  type Access,
  type BodyOf,
  type ParamsOf,
  type QueryOf,
  type ResponseInputOf,
  type RouteContract,
} from "../../shared/contracts/contract.ts";
import { onlyTextGuardIssues } from "../../shared/adapters/dynamodb/stored.ts";
import { canonicalValue, type CanonicalIssue } from "../../shared/domain/privacy/canonical-text.ts";
import { textGuardIssues, textProblem, textProblemMessage } from "../../shared/domain/privacy/text-guard.ts";
import { header, type ApiEvent } from "./http-request.ts";
import type { BodyReader } from "./json-body.ts";
import { tokenExpectation } from "./token-config.ts";
import { logger, observability, withPowertools } from "./observability.ts";

/** Path parameters that do not fit the route (an over-long or malformed id) name nothing: 404 with the field. */
function parsePathParams<R extends RouteContract>(route: R, pathParameters: Record<string, unknown>): unknown {
  const result = route.params.safeParse(pathParameters);
  if (!result.success) throw new NotFoundError("Finnes ikke: adressen har en ugyldig id", fieldErrors(result.error, "/path"));
  return result.data;
}

export type { ApiEvent };

type Called<R extends RouteContract> = R["access"] extends "public" ? Principal | undefined : Principal;

export interface ApiRequest<R extends RouteContract> {
  readonly event: ApiEvent;
  /** The verified caller; always there on routes that are not public. */
  readonly principal: Called<R>;
  readonly body: BodyOf<R>;
  readonly params: ParamsOf<R>;
  readonly query: QueryOf<R>;
  /** The version in `If-Match`, on routes whose contract asks for it. */
  readonly ifMatch: R extends { ifMatch: true } ? number : undefined;
  /** The `Idempotency-Key`, on routes whose contract takes one. */
  readonly idempotencyKey: string | undefined;
  header(name: string): string | undefined;
}

/** What a handler answers; the status is the contract's success status. */
export interface ApiResult<R extends RouteContract> {
  readonly body: ResponseInputOf<R>;
  readonly headers?: Record<string, string>;
}

type Handler<R extends RouteContract> = (request: ApiRequest<R>) => Promise<ApiResult<R>>;

function authorize(access: Access, principal: Principal | undefined, refused: "token" | "role" | undefined, hasClaims: boolean): void {
  const role = requiredRole(access);
  if (role === "none") return;
  if (!principal) {
    if (hasClaims && refused === "role") throw new ForbiddenError("Brukeren din har ingen rolle i Utprøvingsbanken");
    if (hasClaims) throw new UnauthorizedError("Tokenet er ikke utstedt for Utprøvingsbanken. Logg inn på nytt.");
    throw new UnauthorizedError("Du må logge inn");
  }
  if (role === "kontor" && principal.role !== "kontor") throw new ForbiddenError("Bare ansatte ved NAV-kontor kan gjøre dette");
  if (role === "kurator" && principal.role !== "kurator") throw new ForbiddenError("Bare kuratorer kan gjøre dette");
}

const PROBLEM_TYPE = "application/problem+json; charset=utf-8";

function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  type = "application/json; charset=utf-8",
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: status,
    headers: { "content-type": type, "cache-control": "no-store", "x-content-type-options": "nosniff", ...headers },
    body: body === undefined ? "" : JSON.stringify(body),
  };
}

/** Any error as RFC 9457 Problem Details. Internals never reach the client. */
export function problemResponse(error: unknown, event: ApiEvent | undefined): APIGatewayProxyStructuredResultV2 {
  let httpError: HttpError;
  if (error instanceof HttpError) {
    httpError = error;
  } else if (isUnavailable(error)) {
    httpError = unavailable();
  } else {
    logger.error("Unhandled error", { route: event?.routeKey, error: error instanceof Error ? error : String(error) });
    return json(500, problemBody(500, "En uventet feil oppstod. Prøv igjen senere."), {}, PROBLEM_TYPE);
  }
  return json(
    httpError.status,
    problemBody(httpError.status, httpError.message, {
      ...(event?.rawPath ? { instance: event.rawPath } : {}),
      ...(httpError.errors ? { errors: [...httpError.errors] } : {}),
    }),
    httpError.headers,
    PROBLEM_TYPE,
  );
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,128}$/;

/** The `Idempotency-Key` (already canonical): a key of the table, so the text guard runs over it too. */
function idempotencyKey(value: string | undefined): string | undefined {
  if (value !== undefined && !IDEMPOTENCY_KEY.test(value)) {
    throw new BadRequestError("Idempotency-Key må være 8–128 tegn (bokstaver, tall, - _ . :)", [
      { pointer: "/headers/idempotency-key", message: "Ugyldig nøkkel" },
    ]);
  }
  const problem = value === undefined ? undefined : textProblem(value);
  if (problem) throw new ValidationError("Noen av opplysningene er ugyldige", [{ pointer: "/headers/idempotency-key", message: textProblemMessage(problem) }]);
  return value;
}

/** What a request brings, every string in canonical form (see shared/domain/privacy/canonical-text.ts). */
interface CanonicalInput {
  readonly body: unknown;
  readonly query: Record<string, unknown>;
  readonly path: Record<string, unknown>;
  readonly idempotencyKey: string | undefined;
}

/**
 * The one place where what a client sends becomes canonical text, before any validation: the body (every
 * string and every key), the query, the path parameters and the stored `Idempotency-Key`. A character with
 * no visible use is refused with 422 at its field, all such fields at once.
 */
function canonicalInput(event: ApiEvent, route: RouteContract, reader: BodyReader | undefined): CanonicalInput {
  const issues: { pointer: string; message: string }[] = [];
  const take = (value: unknown, prefix: (string | number)[], stored: boolean) => {
    const result = canonicalValue(value);
    issues.push(...result.issues.map((issue: CanonicalIssue) => ({ pointer: toPointer([...prefix, ...issue.path]), message: issue.message })));
    // What is stored is also guarded as it was sent: a number dressed in characters that NFKC turns into
    // letters ("150385\u212112345") is still the number a reader saw.
    if (stored || result.issues.length > 0) {
      const numbers = textGuardIssues(value).filter((issue) => issue.problem === "identity-number");
      issues.push(...numbers.map((issue) => ({ pointer: toPointer([...prefix, ...issue.path]), message: issue.message })));
    }
    return result.value;
  };
  const body = route.body && reader ? take(reader.read(event, route.emptyBody ?? false), [], true) : undefined;
  const query = take(event.queryStringParameters ?? {}, ["query"], false) as Record<string, unknown>;
  const path = take(event.pathParameters ?? {}, ["path"], false) as Record<string, unknown>;
  const key = route.idempotencyKey ? take(header(event, "idempotency-key"), ["headers", "idempotency-key"], true) : undefined;
  if (issues.length > 0) throw new ValidationError("Noen av opplysningene er ugyldige", issues);
  return { body, query, path, idempotencyKey: typeof key === "string" ? key : undefined };
}

/**
 * Set in the tests: every success body is checked against the contract's response schema, so that a handler
 * answering something the contract (and so the OpenAPI document and the site's types) does not say fails.
 */
const CHECK_RESPONSES = process.env.UTP_CHECK_RESPONSES === "1";

function checkResponse(route: RouteContract, body: unknown): void {
  const result = route.response.safeParse(body);
  // Records written before today's text guard may still hold what it refuses, until a curator redacts them.
  if (!result.success && !onlyTextGuardIssues(result.error))
    throw new Error(`${route.key} answered outside its contract: ${JSON.stringify(result.error.issues.slice(0, 5))}`);
}

/** Turns any error into Problem Details; registered first, so that it sees every other middleware's errors. */
function problemDetails(): middy.MiddlewareObj<ApiEvent, APIGatewayProxyStructuredResultV2, Error, Context> {
  return {
    onError: (request) => {
      request.response = problemResponse(request.error, request.event);
    },
  };
}

/** What `httpHandler` takes after the contract: the body reader on routes with a body, then the handler. */
type HandlerArgs<R extends RouteContract> = R extends { body: z.ZodMiniType } ? [body: BodyReader, fn: Handler<R>] : [fn: Handler<R>];

/**
 * The Lambda handler of one route, configured by its contract: checks the caller against the access rule,
 * parses and validates the body, `If-Match`, `Idempotency-Key`, path parameters and query, runs `fn`, answers
 * with the contract's success status, and turns any error into Problem Details. A route with a body names its
 * reader (`jsonBody` from `json-body.ts`) before `fn`, so that only those routes' bundles carry it.
 */
export function httpHandler<R extends RouteContract>(route: R, ...args: HandlerArgs<R>) {
  const given = args as readonly unknown[];
  const [reader, fn] = (given.length === 2 ? given : [undefined, given[0]]) as [BodyReader | undefined, Handler<R>];
  if (route.body && !reader) throw new Error(`${route.key} takes a body: pass its reader to httpHandler`);
  const core = async (event: ApiEvent): Promise<APIGatewayProxyStructuredResultV2> => {
    const claims = event.requestContext?.authorizer?.jwt?.claims as Record<string, unknown> | undefined;
    const read = claims === undefined ? undefined : readPrincipal(claims, tokenExpectation);
    const principal = read && "principal" in read ? read.principal : undefined;
    authorize(route.access, principal, read && "refused" in read ? read.refused : undefined, claims !== undefined);
    const input = canonicalInput(event, route, reader);
    const body = route.body && reader ? reader.parse(route.body, input.body) : undefined;
    const ifMatch = route.ifMatch ? requireIfMatch(event) : undefined;
    const key = route.idempotencyKey ? idempotencyKey(input.idempotencyKey) : undefined;
    const params = parsePathParams(route, input.path);
    const query = route.query ? parseOrThrow(route.query, input.query, "Ugyldige søkeparametere") : {};
    const result = await fn({
      event,
      principal: principal as Called<R>,
      body: body as BodyOf<R>,
      params: params as ParamsOf<R>,
      query: query as QueryOf<R>,
      ifMatch: ifMatch as ApiRequest<R>["ifMatch"],
      idempotencyKey: key,
      header: (name) => header(event, name),
    });
    if (CHECK_RESPONSES) checkResponse(route, result.body);
    return json(route.success, result.body, result.headers);
  };

  // Further middlewares go after problemDetails, so that it still sees their errors. Powertools' middlewares and
  // the request log are the exception: they come first, so that their after/onError run last and see the final
  // status (none of them throws); the metrics the request log counts are published after it.
  return withPowertools(middy<ApiEvent, APIGatewayProxyStructuredResultV2, Error, Context>({ timeoutEarlyInMillis: 0 }))
    .use(observability())
    .use(problemDetails())
    .handler(core);
}

/** The `If-Match` version of a write: 428 without it, 400 when it is not a version. */
function requireIfMatch(event: ApiEvent): number {
  const value = header(event, "if-match");
  if (value === undefined || value.trim() === "") {
    throw new PreconditionRequiredError("Send versjonen du endret i If-Match, slik at ingen andres endringer blir overskrevet", [
      { pointer: "/headers/if-match", message: "Mangler If-Match" },
    ]);
  }
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(value);
  if (!match) {
    throw new BadRequestError('If-Match må være versjonen fra ETag, for eksempel "3"', [{ pointer: "/headers/if-match", message: "Ugyldig versjon" }]);
  }
  return Number(match[1]);
}

export function etag(version: number): string {
  return `"${version}"`;
}
