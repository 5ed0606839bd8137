import { ROUTES, type RouteContract, type RouteKey } from "../shared/contracts/index.ts";

/**
 * Which handler file serves each route contract (`functions/<entry>.ts`, exporting `handler`). The routes
 * themselves, their access rules and schemas are stated in `shared/contracts/`; this table only adds the file.
 */
const ENTRIES = {
  "GET /api/health": "system/health",
  "GET /api/auth/config": "system/auth-config",
  "GET /api/me": "system/me",
  "GET /api/openapi.json": "system/openapi",
  "GET /api/offices": "catalog/list-offices",
  "GET /api/methods": "catalog/list-methods",
  "POST /api/methods": "catalog/create-method",
  "PUT /api/methods/{id}": "catalog/update-method",
  "POST /api/methods/{id}/merge": "catalog/merge-method",
  "POST /api/offices": "catalog/create-office",
  "PUT /api/offices/{id}": "catalog/update-office",
  "POST /api/pilots": "pilots/create",
  "GET /api/pilots": "pilots/list",
  "GET /api/pilots/{id}": "pilots/get",
  "PUT /api/pilots/{id}": "pilots/update",
  "POST /api/pilots/{id}/submit": "pilots/submit",
  "GET /api/pilots/{id}/revisions": "pilots/list-revisions",
  "GET /api/pilots/{id}/revisions/{a}/diff/{b}": "pilots/diff-revisions",
  "GET /api/pilots/{id}/review": "review/get-review",
  "GET /api/review-queue": "review/queue",
  "POST /api/pilots/{id}/publish": "review/publish",
  "POST /api/pilots/{id}/request-changes": "review/request-changes",
  "POST /api/pilots/{id}/assign": "review/assign",
  "POST /api/pilots/{id}/withdraw": "review/withdraw",
  "POST /api/pilots/{id}/reconsideration": "review/request-reconsideration",
  "POST /api/pilots/{id}/reconsideration/answer": "review/answer-reconsideration",
  "POST /api/pilots/{id}/reply": "review/reply-to-curator",
  "GET /api/results-due": "review/results-due",
  "POST /api/pilots/{id}/redact": "review/redact",
  "GET /api/public/pilots": "public/pilots",
  "GET /api/public/methods": "public/methods",
  "GET /api/public/offices": "public/offices",
  "GET /api/public/rubric": "public/rubric",
  "GET /api/public/statistics": "public/statistics",
  "GET /api/notices/preferences": "notices/get-preferences",
  "PUT /api/notices/preferences": "notices/put-preferences",
  "POST /api/notices/unsubscribe": "notices/unsubscribe",
  "GET /api/offices/{id}/notices": "notices/list-sent",
} as const satisfies Record<RouteKey, string>;

/** A route contract with the handler file under `functions/` (without extension) that serves it. */
export type DeployedRoute = RouteContract & { readonly entry: string };

/** Every route contract with the file that serves it, in the order of the contracts. */
export const DEPLOYED_ROUTES: readonly DeployedRoute[] = (ROUTES as readonly RouteContract[]).map((contract) => ({
  ...contract,
  entry: ENTRIES[contract.key as RouteKey],
}));
