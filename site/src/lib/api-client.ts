import type { BodyInputOf, ParamsInputOf, PathParamNames, QueryInputOf, ResponseOf } from "../../../shared/contracts/contract.ts";
import type { RouteFor, RouteKey } from "../../../shared/contracts/index.ts";
import type { MethodInput } from "../../../shared/domain/method.ts";
import type { Pilot, PilotContentInput } from "../../../shared/domain/pilot.ts";
import type { PublishBody } from "../../../shared/domain/review.ts";
import type { Problem } from "../../../shared/domain/errors.ts";
import { canonicalValue } from "../../../shared/domain/privacy/canonical-text.ts";
import { apiSession } from "./api-session.ts";

/**
 * The site's client of the API, typed from the route contracts in `shared/contracts/`: a route is called by its
 * key (`"POST /api/pilots/{id}/submit"`), its path parameters, query, body and headers are checked against
 * the contract, and the answer has the contract's response type. Only types are imported from the contracts,
 * so their schemas add nothing to the pages' JavaScript. A body is sent as canonical text (NFKC, ASCII
 * digits), the same rule the API applies at its boundary.
 *
 * This is the one module of the site that talks to the API: the pages' islands and scripts use `api` (as the
 * signed-in user), `anonymous` (public routes) or the named calls in `client`, never `fetch` of their own.
 */

export type { Problem };

type Route<K extends RouteKey> = RouteFor<K>;

/** What a call to route `K` takes: exactly what its contract says. */
export type CallOptions<K extends RouteKey> = ([PathParamNames<Route<K>["path"]>] extends [never] ? unknown : { readonly params: ParamsInputOf<Route<K>> }) &
  ([QueryInputOf<Route<K>>] extends [never] ? unknown : { readonly query?: QueryInputOf<Route<K>> }) &
  ([BodyInputOf<Route<K>>] extends [never] ? unknown : { readonly body: BodyInputOf<Route<K>> }) &
  (Route<K> extends { readonly ifMatch: true } ? { readonly ifMatch: number } : unknown) &
  (Route<K> extends { readonly idempotencyKey: true } ? { readonly idempotencyKey?: string } : unknown);

/** The success body of route `K`. */
export type ResponseBody<K extends RouteKey> = ResponseOf<Route<K>>;

export interface ApiResponse<K extends RouteKey> {
  readonly body: ResponseBody<K>;
  /** The `ETag` of a record the route answers with, for the next write's `If-Match`. */
  readonly etag: string | null;
  /** The version in that `ETag`. */
  readonly version: number | undefined;
}

/** A refusal from the API as Problem Details (RFC 9457), with Norwegian `detail` and field pointers. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
  get status(): number {
    return this.problem.status;
  }
}

/** How the client gets the user's token, and what it does when the API says the login has expired. */
export interface Session {
  token(): Promise<string>;
  /** Sends the user to log in again (forms save first); never returns. */
  reauthenticate(): Promise<never>;
}

type Args<K extends RouteKey> = Record<string, never> extends CallOptions<K> ? [options?: CallOptions<K>] : [options: CallOptions<K>];

export interface ApiClient {
  call<K extends RouteKey>(key: K, ...args: Args<K>): Promise<ApiResponse<K>>;
}

/** The address of a call: the contract's path with its parameters filled in, and the query. */
export function urlFor(key: RouteKey, options: { params?: Record<string, string | number>; query?: Record<string, unknown> } = {}): string {
  const template = key.slice(key.indexOf(" ") + 1);
  const path = template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = options.params?.[name];
    if (value === undefined || value === "") throw new Error(`${key}: missing ${name}`);
    return encodeURIComponent(String(value));
  });
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(options.query ?? {})) if (value !== undefined && value !== null && value !== "") query.set(name, String(value));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

export function versionOf(etag: string | null): number | undefined {
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(etag?.trim() ?? "");
  return match ? Number(match[1]) : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** The Problem Details of a refusal, with a Norwegian fallback when the answer carries none. */
function problemOf(status: number, body: unknown): Problem {
  const problem = isRecord(body) ? body : {};
  const errors = Array.isArray(problem.errors)
    ? problem.errors.filter(isRecord).map((e) => ({ pointer: text(e.pointer) ?? "", message: text(e.message) ?? "" }))
    : undefined;
  return {
    type: text(problem.type) ?? "about:blank",
    title: text(problem.title) ?? "Noe gikk galt",
    status,
    detail: text(problem.detail) ?? `Noe gikk galt (${status}). Prøv igjen.`,
    ...(errors ? { errors } : {}),
  };
}

/**
 * A client that calls the API as the signed-in user of `session`; without a session it calls as nobody
 * (for the public routes, such as the login configuration). `baseUrl` is empty in the browser (same origin).
 */
export function createApiClient(session?: Session, baseUrl = ""): ApiClient {
  return {
    async call<K extends RouteKey>(key: K, ...args: Args<K>): Promise<ApiResponse<K>> {
      const options = (args[0] ?? {}) as {
        params?: Record<string, string | number>;
        query?: Record<string, unknown>;
        body?: unknown;
        ifMatch?: number;
        idempotencyKey?: string;
      };
      const method = key.slice(0, key.indexOf(" "));
      const headers: Record<string, string> = { accept: "application/json" };
      if (session) headers.authorization = `Bearer ${await session.token()}`;
      if (options.body !== undefined) headers["content-type"] = "application/json";
      if (options.ifMatch !== undefined) headers["if-match"] = `"${options.ifMatch}"`;
      if (options.idempotencyKey !== undefined) headers["idempotency-key"] = options.idempotencyKey;
      let res: Response;
      try {
        res = await fetch(baseUrl + urlFor(key, options), {
          method,
          headers,
          ...(options.body !== undefined ? { body: JSON.stringify(canonicalValue(options.body).value) } : {}),
        });
      } catch {
        throw new ApiError({
          type: "about:blank",
          title: "Ingen forbindelse",
          status: 0,
          detail: "Fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.",
        });
      }
      if (res.status === 401 && session) return session.reauthenticate();
      const raw = await res.text();
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = undefined;
      }
      if (!res.ok) throw new ApiError(problemOf(res.status, body));
      const etag = res.headers.get("etag");
      return { body: body as ResponseBody<K>, etag, version: versionOf(etag) };
    },
  };
}

/** The API as the signed-in user: the ID token on every call, and a 401 sends the user to log in again. */
export const api = createApiClient({ token: () => apiSession().token(), reauthenticate: () => apiSession().reauthenticate() });

/** The API as nobody, for the public routes (the login configuration, the offices, an unsubscribe link). */
export const anonymous = createApiClient();

export type ReviewData = ResponseBody<"GET /api/pilots/{id}/review">;
export type ReviewQueue = ResponseBody<"GET /api/review-queue">;
export type ResultsDueItem = ResponseBody<"GET /api/results-due">["items"][number];

/** The calls the app pages make, each in one place. Types come from the contracts; nothing is re-declared here. */
export const client = {
  /** A trial as the caller may see it: the full record for its office and curators, else the public one. */
  getPilot: async (id: string) => (await api.call("GET /api/pilots/{id}", { params: { id } })).body,
  /** The full record of a trial the caller works on (its own office's, or as a curator). */
  getOwnPilot: async (id: string): Promise<Pilot> => {
    const body = (await api.call("GET /api/pilots/{id}", { params: { id } })).body;
    if (!("content" in body)) throw new Error("Du kan bare endre utprøvinger fra ditt eget kontor.");
    return body;
  },
  createPilot: async (content: PilotContentInput, idempotencyKey: string) => (await api.call("POST /api/pilots", { body: content, idempotencyKey })).body,
  updatePilot: async (id: string, version: number, content: PilotContentInput) =>
    (await api.call("PUT /api/pilots/{id}", { params: { id }, body: content, ifMatch: version })).body,
  submitPilot: async (id: string, version: number) => (await api.call("POST /api/pilots/{id}/submit", { params: { id }, ifMatch: version })).body,
  withdrawPilot: async (id: string, version: number, reason: string) =>
    (await api.call("POST /api/pilots/{id}/withdraw", { params: { id }, body: { reason }, ifMatch: version })).body,
  requestChanges: async (id: string, version: number, comment: string) =>
    (await api.call("POST /api/pilots/{id}/request-changes", { params: { id }, body: { comment }, ifMatch: version })).body,
  replyToCurator: async (id: string, version: number, message: string) =>
    (await api.call("POST /api/pilots/{id}/reply", { params: { id }, body: { message }, ifMatch: version })).body,
  publish: async (id: string, version: number, body: PublishBody) =>
    (await api.call("POST /api/pilots/{id}/publish", { params: { id }, body, ifMatch: version })).body,
  requestReconsideration: async (id: string, version: number, comment: string) =>
    (await api.call("POST /api/pilots/{id}/reconsideration", { params: { id }, body: { comment }, ifMatch: version })).body,
  answerReconsideration: async (id: string, version: number, body: CallOptions<"POST /api/pilots/{id}/reconsideration/answer">["body"]) =>
    (await api.call("POST /api/pilots/{id}/reconsideration/answer", { params: { id }, body, ifMatch: version })).body,
  officePilots: async (office: string) => (await api.call("GET /api/pilots", { query: { office } })).body.items,
  resultsDue: async () => (await api.call("GET /api/results-due")).body.items,
  revisions: async (id: string) => (await api.call("GET /api/pilots/{id}/revisions", { params: { id } })).body.items,
  review: async (id: string) => (await api.call("GET /api/pilots/{id}/review", { params: { id } })).body,
  reviewQueue: async () => (await api.call("GET /api/review-queue")).body,
  assign: async (id: string, version: number, assignee: "me" | "nobody") =>
    (await api.call("POST /api/pilots/{id}/assign", { params: { id }, body: { assignee }, ifMatch: version })).body,
  methods: async () => (await api.call("GET /api/methods")).body.items.filter((m) => !m.mergedInto),
  createMethod: async (body: MethodInput) => (await api.call("POST /api/methods", { body })).body,
  updateMethod: async (id: string, version: number, body: MethodInput) =>
    (await api.call("PUT /api/methods/{id}", { params: { id }, body, ifMatch: version })).body,
  mergeMethod: async (id: string, version: number, into: string) =>
    (await api.call("POST /api/methods/{id}/merge", { params: { id }, body: { into }, ifMatch: version })).body,
  offices: async () => (await anonymous.call("GET /api/offices")).body.items,
};
