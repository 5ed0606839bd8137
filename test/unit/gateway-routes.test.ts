import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileRoute, routeIndex } from "../../infra/local/api-gateway.ts";
import { DEPLOYED_ROUTES, type DeployedRoute } from "../../functions/routes.ts";

const compiled = DEPLOYED_ROUTES.map(compileRoute);
/** What the index must answer: every route whose pattern matches the path, in the routes' own order. */
const everyMatch = (routes: typeof compiled, pathname: string) => routes.filter((r) => r.pattern.test(pathname)).map((r) => r.route.key);

/** A route whose first segment after `/api` is a parameter, which no deployed route has. */
const wildcard = compileRoute({ ...(DEPLOYED_ROUTES[0] as DeployedRoute), key: "GET /api/{kind}/x", method: "GET", path: "/api/{kind}/x" });

/** Paths made of the routes' own segments, their parameters filled, and segments of any text. */
const segment = fc.oneof(
  fc.constantFrom(...new Set(DEPLOYED_ROUTES.flatMap((r) => r.path.split("/")))),
  fc.constantFrom("01JBENCH00000000000000000X", "", "x", "%2F", "{}", "/"),
  fc.string({ maxLength: 6 }),
);
const pathname = fc.oneof(
  fc.constantFrom(...DEPLOYED_ROUTES.map((r) => r.path.replace(/\{\w+\}/g, "01J0000000000000000000000X"))),
  fc.array(segment, { minLength: 1, maxLength: 8 }).map((parts) => `/api/${parts.join("/")}`),
  fc.array(segment, { minLength: 0, maxLength: 8 }).map((parts) => `/${parts.join("/")}`),
);

describe("the gateway's route index", () => {
  it("finds a deployed route at its own path, parameters filled", () => {
    for (const route of DEPLOYED_ROUTES) {
      const path = route.path.replace(/\{\w+\}/g, "01J0000000000000000000000X");
      expect(routeIndex(compiled)(path).map((r) => r.route.key)).toContain(route.key);
    }
  });

  it("answers for any path exactly the routes whose pattern matches it, as testing every route does", () => {
    const withWildcard = [...compiled, wildcard];
    const index = routeIndex(compiled);
    const indexWithWildcard = routeIndex(withWildcard);
    fc.assert(
      fc.property(pathname, (path) => {
        expect(index(path).map((r) => r.route.key)).toEqual(everyMatch(compiled, path));
        expect(new Set(indexWithWildcard(path).map((r) => r.route.key))).toEqual(new Set(everyMatch(withWildcard, path)));
      }),
      { numRuns: 3_000 },
    );
  });

  it("finds a route whose first segment is a parameter", () => {
    expect(routeIndex([...compiled, wildcard])("/api/pilots/x").map((r) => r.route.key)).toContain("GET /api/{kind}/x");
  });
});
