import type { MethodInput } from "../../../shared/domain/method.ts";
import type { Pilot, PilotContentInput } from "../../../shared/domain/pilot.ts";
import type { PublishBody } from "../../../shared/domain/review.ts";
import { createApiClient, type ResponseBody } from "../lib/api-client.ts";
import { api } from "./api.ts";

/**
 * The calls the app pages make, each in one place, through the typed client derived from the route
 * contracts in `shared/api/`. Types come from the contracts; nothing is re-declared here.
 */
const anonymous = createApiClient();

export type ReviewData = ResponseBody<"GET /api/pilots/{id}/review">;
export type ReviewQueue = ResponseBody<"GET /api/review-queue">;
export type ResultsDueItem = ResponseBody<"GET /api/results-due">["items"][number];

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
  updatePilot: async (id: string, version: number, content: PilotContentInput) => (await api.call("PUT /api/pilots/{id}", { params: { id }, body: content, ifMatch: version })).body,
  submitPilot: async (id: string, version: number) => (await api.call("POST /api/pilots/{id}/submit", { params: { id }, ifMatch: version })).body,
  withdrawPilot: async (id: string, version: number, reason: string) => (await api.call("POST /api/pilots/{id}/withdraw", { params: { id }, body: { reason }, ifMatch: version })).body,
  requestChanges: async (id: string, version: number, comment: string) => (await api.call("POST /api/pilots/{id}/request-changes", { params: { id }, body: { comment }, ifMatch: version })).body,
  replyToCurator: async (id: string, version: number, message: string) => (await api.call("POST /api/pilots/{id}/reply", { params: { id }, body: { message }, ifMatch: version })).body,
  publish: async (id: string, version: number, body: PublishBody) => (await api.call("POST /api/pilots/{id}/publish", { params: { id }, body, ifMatch: version })).body,
  requestReconsideration: async (id: string, version: number, comment: string) => (await api.call("POST /api/pilots/{id}/reconsideration", { params: { id }, body: { comment }, ifMatch: version })).body,
  answerReconsideration: async (id: string, version: number, body: Parameters<typeof api.call<"POST /api/pilots/{id}/reconsideration/answer">>[1]["body"]) =>
    (await api.call("POST /api/pilots/{id}/reconsideration/answer", { params: { id }, body, ifMatch: version })).body,
  officePilots: async (office: string) => (await api.call("GET /api/pilots", { query: { office } })).body.items,
  resultsDue: async () => (await api.call("GET /api/results-due")).body.items,
  revisions: async (id: string) => (await api.call("GET /api/pilots/{id}/revisions", { params: { id } })).body.items,
  review: async (id: string) => (await api.call("GET /api/pilots/{id}/review", { params: { id } })).body,
  reviewQueue: async () => (await api.call("GET /api/review-queue")).body,
  methods: async () => (await api.call("GET /api/methods")).body.items.filter((m) => !m.mergedInto),
  createMethod: async (body: MethodInput) => (await api.call("POST /api/methods", { body })).body,
  updateMethod: async (id: string, version: number, body: MethodInput) => (await api.call("PUT /api/methods/{id}", { params: { id }, body, ifMatch: version })).body,
  mergeMethod: async (id: string, version: number, into: string) => (await api.call("POST /api/methods/{id}/merge", { params: { id }, body: { into }, ifMatch: version })).body,
  offices: async () => (await anonymous.call("GET /api/offices")).body.items,
};
