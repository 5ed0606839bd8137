import * as z from "zod/mini";
import type { ProblemStatus } from "../domain/errors.ts";
import { installNorwegianMessages } from "../domain/messages.ts";

// Every bundle that states a route answers with the Norwegian validation messages, whichever schemas it carries.
installNorwegianMessages();

/**
 * How a route contract is written. A contract states everything about one route once: its method and path,
 * who may call it, the schemas of its path parameters, query and body, its success status and response,
 * the errors it can answer with, and the headers it takes. The handler wrapper, the local API Gateway, the
 * CDK API stack, the OpenAPI document, the authorization and fuzz tests and the site's client read it.
 */

/**
 * Who may call a route.
 *   public                 no token needed (the public export, health, catalogues)
 *   signed-in              any verified user (office staff or curator)
 *   kontor                 office staff only
 *   kurator                curators only
 *   own-office             office staff of the trial's (or list's) own office; the handler checks the office
 *   own-office-or-kurator  office staff of the own office, or curators; the handler checks the office
 */
export const ACCESS_RULES = ["public", "signed-in", "kontor", "kurator", "own-office", "own-office-or-kurator"] as const;
export type Access = (typeof ACCESS_RULES)[number];

/** The role a caller must have before the handler runs; `any` is any signed-in user. */
export function requiredRole(access: Access): "none" | "any" | "kontor" | "kurator" {
  switch (access) {
    case "public":
      return "none";
    case "signed-in":
    case "own-office-or-kurator":
      return "any";
    case "kontor":
    case "own-office":
      return "kontor";
    case "kurator":
      return "kurator";
  }
}

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

export interface RouteInput {
  readonly method: HttpMethod;
  readonly path: `/api/${string}`;
  readonly access: Access;
  /** One line in Norwegian, for the OpenAPI document and the function's description. */
  readonly summary: string;
  /** The group the route belongs to in the OpenAPI document. */
  readonly tag: string;
  /** Path parameters; by default every `{name}` in the path is a non-empty string. */
  readonly params?: z.ZodMiniObject;
  readonly query?: z.ZodMiniObject;
  /** The JSON body; routes without one ignore the body. */
  readonly body?: z.ZodMiniType;
  /** A body the schema accepts, shown in the OpenAPI document (and used by the tests to get past validation). */
  readonly example?: unknown;
  /** Accept an empty body (treated as `{}`) on a route whose body is optional. */
  readonly emptyBody?: boolean;
  /** The write needs the version it changes in `If-Match` (428 without it, 412 when stale). */
  readonly ifMatch?: boolean;
  /** The write may carry an `Idempotency-Key`, so that repeating it returns the first answer. */
  readonly idempotencyKey?: boolean;
  readonly success: 200 | 201 | 202;
  /** The body of the success response. */
  readonly response: z.ZodMiniType;
  /** Errors the route itself can answer with besides those that follow from the rest of the contract. */
  readonly errors?: readonly ProblemStatus[];
}

/** A stated route, as every reader of the contracts sees it. */
export type RouteContract = RouteInput & {
  /** `METHOD /path`, as API Gateway writes a route key. */
  readonly key: string;
  readonly params: z.ZodMiniObject;
};

/** The names of the `{parameters}` in a path. */
export type PathParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | PathParamNames<Rest> : never;

export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
}

export type DefinedRoute<I extends RouteInput> = I & {
  readonly key: `${I["method"]} ${I["path"]}`;
  readonly params: I extends { params: z.ZodMiniObject } ? I["params"] : z.ZodMiniObject<Record<PathParamNames<I["path"]>, z.ZodMiniString>>;
};

/** States a route. The path parameters default to non-empty strings named after the path. */
/** The longest path parameter any route takes; ids and slugs are far shorter. */
export const MAX_PATH_PARAM_LENGTH = 200;

export function defineRoute<const I extends RouteInput>(input: I): DefinedRoute<I> {
  const names = pathParamNames(input.path);
  // Bounded, so an over-long id is refused before it reaches a key (DynamoDB refuses keys over 1–2 KB).
  const params =
    input.params ?? z.object(Object.fromEntries(names.map((name) => [name, z.string().check(z.minLength(1), z.maxLength(MAX_PATH_PARAM_LENGTH))])));
  const declared = Object.keys(params.shape).sort();
  if (declared.join() !== [...names].sort().join()) {
    throw new Error(`${input.method} ${input.path}: the params schema must name exactly ${names.join(", ") || "no parameters"}`);
  }
  return { ...input, key: `${input.method} ${input.path}`, params } as DefinedRoute<I>;
}

/** A page of a list route: its items and the cursor to the next page, if any. */
export const listOf = <T extends z.ZodMiniType>(item: T) => z.strictObject({ items: z.array(item), cursor: z.optional(z.string()) });

/** Whether the route changes data (for least-privilege grants). */
export function writes(route: Pick<RouteInput, "method">): boolean {
  return route.method !== "GET";
}

/**
 * Every error status a route can answer with: those that follow from its contract (a token, a body,
 * `If-Match`), those it states itself, and 500/503 that any route can answer with.
 */
export function errorStatuses(route: RouteInput): ProblemStatus[] {
  const statuses = new Set<ProblemStatus>(route.errors ?? []);
  if (route.access !== "public") statuses.add(401).add(403);
  if (route.body) statuses.add(400).add(413).add(415).add(422);
  if (route.ifMatch) statuses.add(400).add(412).add(428);
  if (route.idempotencyKey) statuses.add(400);
  if (route.query) statuses.add(422);
  // A path parameter that is not an id (too long, wrong form) names nothing: 404.
  if (pathParamNames(route.path).length > 0) statuses.add(404);
  statuses.add(500).add(503);
  return [...statuses].sort((a, b) => a - b);
}

// Types the handlers and the site's client infer from a contract.
type Maybe<T, K extends PropertyKey> = T extends { readonly [P in K]: infer V } ? V : undefined;
export type ParamsOf<R extends RouteContract> = z.output<R["params"]>;
export type ParamsInputOf<R extends RouteContract> = { readonly [K in PathParamNames<R["path"]>]: string | number };
export type QueryOf<R extends RouteContract> = Maybe<R, "query"> extends z.ZodMiniType ? z.output<Maybe<R, "query">> : Record<string, never>;
export type QueryInputOf<R extends RouteContract> = Maybe<R, "query"> extends z.ZodMiniType ? z.input<Maybe<R, "query">> : never;
export type BodyOf<R extends RouteContract> = Maybe<R, "body"> extends z.ZodMiniType ? z.output<Maybe<R, "body">> : undefined;
export type BodyInputOf<R extends RouteContract> = Maybe<R, "body"> extends z.ZodMiniType ? z.input<Maybe<R, "body">> : never;
export type ResponseOf<R extends RouteContract> = z.output<R["response"]>;
export type ResponseInputOf<R extends RouteContract> = DeepReadonly<z.input<R["response"]>>;

/** Read-only all the way down, so that a handler may answer with the domain's read-only values. */
export type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
