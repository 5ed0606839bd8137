import * as catalog from "./catalog.ts";
import * as notices from "./notices.ts";
import * as pilots from "./pilots.ts";
import * as publicData from "./public.ts";
import * as review from "./review.ts";
import * as system from "./system.ts";
import type { RouteContract } from "./contract.ts";

export * from "./contract.ts";

/**
 * Every route of the API, each stated once in its group's file. Nothing else lists routes: the handlers,
 * the gateways, the OpenAPI document, the tests and the site's client all read this.
 */
export const ROUTES = [
  ...Object.values(system),
  ...Object.values(catalog),
  ...Object.values(pilots),
  ...Object.values(review),
  ...Object.values(publicData),
  ...Object.values(notices),
] as const;

export type Route = (typeof ROUTES)[number];
export type RouteKey = Route["key"];
export type RouteFor<K extends RouteKey> = Extract<Route, { key: K }>;

export function findRoute(key: string): RouteContract | undefined {
  return (ROUTES as readonly RouteContract[]).find((route) => route.key === key);
}
