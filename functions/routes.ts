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
  { method: "GET", path: "/api/me", entry: "system/me", access: "signed-in", writes: false, summary: "Hvem tokenet sier at du er" },
  { method: "GET", path: "/api/offices", entry: "catalog/list-offices", access: "public", writes: false, summary: "Alle NAV-kontorer" },
  { method: "GET", path: "/api/methods", entry: "catalog/list-methods", access: "public", writes: false, summary: "Alle metoder" },
  { method: "POST", path: "/api/pilots", entry: "pilots/create", access: "kontor", writes: true, summary: "Registrer en ny utprøving (utkast)" },
  { method: "GET", path: "/api/pilots", entry: "pilots/list", access: "signed-in", writes: false, summary: "Et kontors utprøvinger" },
  { method: "GET", path: "/api/pilots/{id}", entry: "pilots/get", access: "signed-in", writes: false, summary: "Én utprøving" },
  { method: "PUT", path: "/api/pilots/{id}", entry: "pilots/update", access: "kontor", writes: true, summary: "Lagre endringer i en utprøving" },
  { method: "POST", path: "/api/pilots/{id}/submit", entry: "pilots/submit", access: "kontor", writes: true, summary: "Send utprøvingen til vurdering" },
  { method: "GET", path: "/api/pilots/{id}/revisions", entry: "pilots/list-revisions", access: "signed-in", writes: false, summary: "Lagrede versjoner, nyeste først" },
] as const satisfies readonly RouteDefinition[];

export type RouteKey = `${(typeof ROUTES)[number]["method"]} ${(typeof ROUTES)[number]["path"]}`;

export function routeKey(route: RouteDefinition): string {
  return `${route.method} ${route.path}`;
}

export function findRoute(key: string): RouteDefinition | undefined {
  return (ROUTES as readonly RouteDefinition[]).find((r) => routeKey(r) === key);
}
