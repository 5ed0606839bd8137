/**
 * Every API route and its authorization rule, in one place. The local server, the CDK API stack and the
 * handlers themselves read this table; a test matrix walks it for every role.
 *
 * access:
 *   public     no token needed (the public export, health, catalogues)
 *   signed-in  any verified user (office staff or curator); finer checks happen in the handler
 *   kontor     office staff only
 *   kurator    curators only
 */
export type Access = "public" | "signed-in" | "kontor" | "kurator";

export interface RouteDefinition {
  readonly method: "GET" | "POST" | "PUT" | "DELETE";
  readonly path: string;
  /** Handler file under `functions/`, without extension; it exports `handler`. */
  readonly entry: string;
  readonly access: Access;
  /** Whether the handler writes to the table (for least-privilege grants). */
  readonly writes: boolean;
  readonly summary: string;
}

export const ROUTES = [
  { method: "GET", path: "/api/health", entry: "system/health", access: "public", writes: false, summary: "Helsesjekk" },
  { method: "GET", path: "/api/auth/config", entry: "system/auth-config", access: "public", writes: false, summary: "Innloggingsoppsett for nettleseren (OpenID Connect)" },
  { method: "GET", path: "/api/me", entry: "system/me", access: "signed-in", writes: false, summary: "Hvem tokenet sier at du er" },
  { method: "GET", path: "/api/offices", entry: "catalog/list-offices", access: "public", writes: false, summary: "Alle NAV-kontorer" },
  { method: "GET", path: "/api/methods", entry: "catalog/list-methods", access: "public", writes: false, summary: "Alle metoder" },
  { method: "POST", path: "/api/pilots", entry: "pilots/create", access: "kontor", writes: true, summary: "Registrer en ny utprøving (utkast)" },
  { method: "GET", path: "/api/pilots", entry: "pilots/list", access: "signed-in", writes: false, summary: "Et kontors utprøvinger" },
  { method: "GET", path: "/api/pilots/{id}", entry: "pilots/get", access: "signed-in", writes: false, summary: "Én utprøving" },
  { method: "PUT", path: "/api/pilots/{id}", entry: "pilots/update", access: "kontor", writes: true, summary: "Lagre endringer i en utprøving" },
  { method: "POST", path: "/api/pilots/{id}/submit", entry: "pilots/submit", access: "kontor", writes: true, summary: "Send utprøvingen til vurdering" },
  { method: "GET", path: "/api/pilots/{id}/revisions", entry: "pilots/list-revisions", access: "signed-in", writes: false, summary: "Lagrede versjoner, nyeste først" },
  { method: "GET", path: "/api/pilots/{id}/revisions/{a}/diff/{b}", entry: "pilots/diff-revisions", access: "signed-in", writes: false, summary: "Feltene som er endret mellom to versjoner" },
  { method: "GET", path: "/api/pilots/{id}/review", entry: "review/get-review", access: "kurator", writes: false, summary: "Vurderingsgrunnlag: planlagte mot rapporterte resultater, endringer siden publisering" },
  { method: "GET", path: "/api/review-queue", entry: "review/queue", access: "kurator", writes: false, summary: "Utprøvinger som venter på vurdering, eldste først" },
  { method: "POST", path: "/api/pilots/{id}/publish", entry: "review/publish", access: "kurator", writes: true, summary: "Publiser med vurdering av kunnskapsgrunnlag og metode" },
  { method: "POST", path: "/api/pilots/{id}/request-changes", entry: "review/request-changes", access: "kurator", writes: true, summary: "Send tilbake til kontoret med en kommentar" },
  { method: "POST", path: "/api/pilots/{id}/withdraw", entry: "review/withdraw", access: "signed-in", writes: true, summary: "Trekk tilbake (aldri slettet)" },
  { method: "POST", path: "/api/pilots/{id}/reconsideration", entry: "review/request-reconsideration", access: "kontor", writes: true, summary: "Be om ny vurdering av kunnskapsgrunnlaget" },
  { method: "POST", path: "/api/pilots/{id}/reconsideration/answer", entry: "review/answer-reconsideration", access: "kurator", writes: true, summary: "Svar på en forespørsel om ny vurdering" },
  { method: "GET", path: "/api/results-due", entry: "review/results-due", access: "signed-in", writes: false, summary: "Utprøvinger som mangler resultater" },
  { method: "POST", path: "/api/methods", entry: "catalog/create-method", access: "kurator", writes: true, summary: "Opprett en metode" },
  { method: "PUT", path: "/api/methods/{id}", entry: "catalog/update-method", access: "kurator", writes: true, summary: "Endre en metode" },
  { method: "POST", path: "/api/methods/{id}/merge", entry: "catalog/merge-method", access: "kurator", writes: true, summary: "Slå sammen to metoder" },
  { method: "POST", path: "/api/offices", entry: "catalog/create-office", access: "kurator", writes: true, summary: "Opprett et kontor" },
  { method: "PUT", path: "/api/offices/{id}", entry: "catalog/update-office", access: "kurator", writes: true, summary: "Endre et kontor" },
  { method: "GET", path: "/api/public/pilots", entry: "public/pilots", access: "public", writes: false, summary: "Publiserte utprøvinger (åpne data), med endringer siden et tidspunkt" },
  { method: "GET", path: "/api/public/methods", entry: "public/methods", access: "public", writes: false, summary: "Metoder med avledede tall" },
  { method: "GET", path: "/api/public/offices", entry: "public/offices", access: "public", writes: false, summary: "NAV-kontorer" },
  { method: "GET", path: "/api/public/rubric", entry: "public/rubric", access: "public", writes: false, summary: "Kriteriene for kunnskapsgrunnlag" },
  { method: "GET", path: "/api/openapi.json", entry: "system/openapi", access: "public", writes: false, summary: "OpenAPI 3.1-beskrivelse av API-et" },
] as const satisfies readonly RouteDefinition[];

export type RouteKey = `${(typeof ROUTES)[number]["method"]} ${(typeof ROUTES)[number]["path"]}`;

export function routeKey(route: RouteDefinition): string {
  return `${route.method} ${route.path}`;
}

export function findRoute(key: string): RouteDefinition | undefined {
  return (ROUTES as readonly RouteDefinition[]).find((r) => routeKey(r) === key);
}
