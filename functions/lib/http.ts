import middy from "@middy/core";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import type * as z from "zod";
import { EXPECTED_TOKEN_USE, readPrincipal, type Principal, type TokenExpectation } from "../../shared/domain/principal.ts";
import {
  BadRequestError,
  ForbiddenError,
  HttpError,
  PayloadTooLargeError,
  PreconditionRequiredError,
  toPointer,
  UnauthorizedError,
  UnsupportedMediaTypeError,
  ValidationError,
  type FieldError,
} from "../../shared/errors.ts";
import { isUnavailable, unavailable } from "../../shared/data/dynamo.ts";
import { textGuardIssues } from "../../shared/privacy/text-guard.ts";
import { findRoute, type Access, type RouteKey } from "../routes.ts";
import { config } from "./config.ts";

/** The token the API accepts: the site client's ID token. */
const TOKEN_EXPECTATION: TokenExpectation = { tokenUse: EXPECTED_TOKEN_USE, ...(config.oidcClientId ? { clientId: config.oidcClientId } : {}) };

/** The largest JSON body any route accepts. */
export const MAX_BODY_BYTES = 256 * 1024;

export type ApiEvent = APIGatewayProxyEventV2WithJWTAuthorizer;

export interface ApiRequest<B> {
  readonly event: ApiEvent;
  readonly principal: Principal | undefined;
  readonly body: B;
  readonly params: Readonly<Record<string, string | undefined>>;
  readonly query: Readonly<Record<string, string | undefined>>;
  header(name: string): string | undefined;
}

export interface ApiResult {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

type Handler<B> = (request: ApiRequest<B>) => Promise<ApiResult>;

export interface HandlerOptions<S extends z.ZodType | undefined> {
  /** The body schema; routes without one ignore the body. */
  readonly body?: S;
  /** Accept an empty body (treated as `{}`) on routes whose body is optional. */
  readonly emptyBody?: boolean;
}

/** Zod issues as field errors with JSON pointers into the body. */
export function fieldErrors(error: z.ZodError, prefix = ""): FieldError[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ pointer: toPointer([...issue.path, key], prefix), message: `Ukjent felt: ${key}` }));
    }
    return [{ pointer: toPointer(issue.path, prefix), message: issue.message }];
  });
}

export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, detail: string, prefix = ""): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(detail, fieldErrors(result.error, prefix));
  return result.data;
}

/**
 * Parses a request body and runs the text guard over the whole parsed value, so that every string field —
 * also one added to a schema later — is refused with 422 at its pointer when it holds an identity number or
 * hidden characters. When parsing fails, the guard's findings in the raw body are reported with the rest.
 */
export function parseGuardedBody<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const result = schema.safeParse(raw);
  const guard = textGuardIssues(result.success ? result.data : raw).map((issue) => ({ pointer: toPointer(issue.path), message: issue.message }));
  const errors = result.success ? guard : [...fieldErrors(result.error), ...guard];
  if (errors.length > 0) {
    const seen = new Set<string>();
    const unique = errors.filter((e) => {
      const key = `${e.pointer}\n${e.message}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
    throw new ValidationError("Noen av opplysningene er ugyldige", unique);
  }
  return result.data as z.infer<T>;
}

function header(event: ApiEvent, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

function authorize(access: Access, principal: Principal | undefined, refused: "token" | "role" | undefined, hasClaims: boolean): void {
  if (access === "public") return;
  if (!principal) {
    if (hasClaims && refused === "role") throw new ForbiddenError("Brukeren din har ingen rolle i Utprøvingsbanken");
    if (hasClaims) throw new UnauthorizedError("Tokenet er ikke utstedt for Utprøvingsbanken. Logg inn på nytt.");
    throw new UnauthorizedError("Du må logge inn");
  }
  if (access === "kontor" && principal.role !== "kontor") throw new ForbiddenError("Bare ansatte ved NAV-kontor kan gjøre dette");
  if (access === "kurator" && principal.role !== "kurator") throw new ForbiddenError("Bare kuratorer kan gjøre dette");
}

function readBody(event: ApiEvent, emptyBody: boolean): unknown {
  const raw = event.body ?? "";
  const bytes = event.isBase64Encoded ? Buffer.from(raw, "base64") : Buffer.from(raw, "utf8");
  if (bytes.byteLength > MAX_BODY_BYTES) {
    throw new PayloadTooLargeError(`Forespørselen er for stor. Største tillatte størrelse er ${MAX_BODY_BYTES / 1024} KB.`);
  }
  if (bytes.byteLength === 0) {
    if (emptyBody) return {};
    throw new BadRequestError("Forespørselen mangler innhold (JSON)");
  }
  const type = header(event, "content-type") ?? "";
  if (!/^application\/([a-z.+-]*\+)?json\s*(;|$)/i.test(type)) {
    throw new UnsupportedMediaTypeError("Innholdet må sendes som JSON (Content-Type: application/json)");
  }
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new BadRequestError("Innholdet er ikke gyldig JSON");
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}, type = "application/json; charset=utf-8"): APIGatewayProxyStructuredResultV2 {
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
    console.error(JSON.stringify({ level: "error", message: "Unhandled error", route: event?.routeKey, error: String((error as Error)?.stack ?? error) }));
    return json(500, { type: "about:blank", title: "Noe gikk galt", status: 500, detail: "En uventet feil oppstod. Prøv igjen senere." }, {}, "application/problem+json; charset=utf-8");
  }
  return json(
    httpError.status,
    {
      type: "about:blank",
      title: httpError.title,
      status: httpError.status,
      detail: httpError.message,
      ...(event?.rawPath ? { instance: event.rawPath } : {}),
      ...(httpError.errors ? { errors: httpError.errors } : {}),
    },
    httpError.headers,
    "application/problem+json; charset=utf-8",
  );
}

/**
 * A Lambda handler for one API route: reads the route's access rule from the route table, checks the
 * caller, parses and validates the body, runs `fn`, and turns any error into Problem Details.
 */
export function httpHandler<S extends z.ZodType | undefined = undefined>(
  key: RouteKey,
  options: HandlerOptions<S>,
  fn: Handler<S extends z.ZodType ? z.infer<S> : undefined>,
) {
  const route = findRoute(key);
  if (!route) throw new Error(`Route ${key} is not in the route table`);

  const core = async (event: ApiEvent): Promise<APIGatewayProxyStructuredResultV2> => {
    const claims = event.requestContext?.authorizer?.jwt?.claims as Record<string, unknown> | undefined;
    const read = claims === undefined ? undefined : readPrincipal(claims, TOKEN_EXPECTATION);
    const principal = read && "principal" in read ? read.principal : undefined;
    authorize(route.access, principal, read && "refused" in read ? read.refused : undefined, claims !== undefined);
    let body: unknown = undefined;
    if (options.body) {
      const raw = readBody(event, options.emptyBody ?? false);
      body = parseGuardedBody(options.body, raw);
    }
    const result = await fn({
      event,
      principal,
      body: body as S extends z.ZodType ? z.infer<S> : undefined,
      params: event.pathParameters ?? {},
      query: event.queryStringParameters ?? {},
      header: (name) => header(event, name),
    });
    return json(result.status, result.body, result.headers);
  };

  return middy<ApiEvent, APIGatewayProxyStructuredResultV2, Error, Context>({ timeoutEarlyInMillis: 0 })
    .use({
      onError: (request) => {
        request.response = problemResponse(request.error, request.event);
      },
    })
    .handler(core);
}

/** The `If-Match` version of a write: 428 without it, 400 when it is not a version. */
export function requireIfMatch(request: ApiRequest<unknown>): number {
  const value = request.header("if-match");
  if (value === undefined || value.trim() === "") {
    throw new PreconditionRequiredError("Send versjonen du endret i If-Match, slik at ingen andres endringer blir overskrevet", [
      { pointer: "/headers/if-match", message: "Mangler If-Match" },
    ]);
  }
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(value);
  if (!match) {
    throw new BadRequestError("If-Match må være versjonen fra ETag, for eksempel \"3\"", [
      { pointer: "/headers/if-match", message: "Ugyldig versjon" },
    ]);
  }
  return Number(match[1]);
}

export function etag(version: number): string {
  return `"${version}"`;
}

export function requirePrincipal(request: ApiRequest<unknown>): Principal {
  if (!request.principal) throw new UnauthorizedError("Du må logge inn");
  return request.principal;
}

export function pathParam(request: ApiRequest<unknown>, name: string): string {
  const value = request.params[name];
  if (!value) throw new BadRequestError(`Mangler ${name} i adressen`);
  return value;
}
