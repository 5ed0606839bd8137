import type { Access, RouteContract } from "../../shared/contracts/contract.ts";

/** The callers every route is tried with: no token, office staff of the trial's office and of another, a curator. */
export const CALLERS = ["anonymous", "own", "other", "curator"] as const;
export type Caller = (typeof CALLERS)[number];

/** "allow": anything but 401/403 (the request may still be refused for its content or state). */
export type Expected = "allow" | 401 | 403;

/**
 * What each access rule means for each caller, stated here on its own: a handler or gateway that lets
 * the wrong caller through, or shuts the right one out, fails the matrix.
 */
const MEANING: Record<Access, Record<Caller, Expected>> = {
  public: { anonymous: "allow", own: "allow", other: "allow", curator: "allow" },
  "signed-in": { anonymous: 401, own: "allow", other: "allow", curator: "allow" },
  kontor: { anonymous: 401, own: "allow", other: "allow", curator: 403 },
  kurator: { anonymous: 401, own: 403, other: 403, curator: "allow" },
  "own-office": { anonymous: 401, own: "allow", other: 403, curator: 403 },
  "own-office-or-kurator": { anonymous: 401, own: "allow", other: 403, curator: "allow" },
};

/** The answer a route must give each caller, from its contract's access rule. */
export function expectedAnswers(route: Pick<RouteContract, "access">): Record<Caller, Expected> {
  return MEANING[route.access];
}
