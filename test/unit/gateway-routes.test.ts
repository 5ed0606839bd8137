import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { compileRoute, LocalApiGateway, routeIndex } from "../../infra/local/api-gateway.ts";
import type { TokenVerifier, VerifyResult } from "../../infra/local/oidc/verify.ts";
import { DEPLOYED_ROUTES, type DeployedRoute } from "../../functions/routes.ts";

const compiled = DEPLOYED_ROUTES.map(compileRoute);
/** What the index must answer: every route whose pattern matches the path, in the routes' own order. */
const everyMatch = (routes: typeof compiled, pathname: string) => routes.filter((r) => r.pattern.test(pathname)).map((r) => r.route.key);

/** Routes whose first segment after `/api` is a parameter, which no deployed route has. */
const wildcard = compileRoute({ ...(DEPLOYED_ROUTES[0] as DeployedRoute), key: "GET /api/{kind}/x", method: "GET", path: "/api/{kind}/x" });
const wildcardId = compileRoute({ ...(DEPLOYED_ROUTES[0] as DeployedRoute), key: "GET /api/{kind}/{id}", method: "GET", path: "/api/{kind}/{id}" });

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
    // The parameter routes first and in the middle: the first match of the method is the one that answers.
    const withWildcards = [wildcardId, ...compiled.slice(0, 5), wildcard, ...compiled.slice(5)];
    const index = routeIndex(compiled);
    const indexWithWildcards = routeIndex(withWildcards);
    fc.assert(
      fc.property(pathname, (path) => {
        expect(index(path).map((r) => r.route.key)).toEqual(everyMatch(compiled, path));
        expect(indexWithWildcards(path).map((r) => r.route.key)).toEqual(everyMatch(withWildcards, path));
      }),
      { numRuns: 3_000 },
    );
  });

  it("finds a route whose first segment is a parameter", () => {
    expect(routeIndex([...compiled, wildcard])("/api/pilots/x").map((r) => r.route.key)).toContain("GET /api/{kind}/x");
  });
});

/** A verifier that takes "Bearer <name>" for the caller <name>, in the office of that name. */
const verify = async (header: string | undefined): Promise<VerifyResult> =>
  header?.startsWith("Bearer ")
    ? { ok: true, claims: { sub: header.slice(7), groups: ["kontor"], office: header.slice(7) } }
    : { ok: false, reason: "no token" };
const verifier: TokenVerifier = Object.assign(verify, { verify });

/** Handlers that answer with the claims they were given, and then change them. */
const functionsDir = mkdtempSync(join(tmpdir(), "utp-gateway-"));
for (const entry of new Set(DEPLOYED_ROUTES.map((r) => r.entry))) {
  const file = join(functionsDir, `${entry}.ts`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `export const handler = async (event) => {
  const claims = event.requestContext.authorizer?.jwt.claims;
  const body = JSON.stringify({ claims: { ...claims }, route: event.routeKey });
  if (claims) claims.sub = "changed by the handler";
  return { statusCode: 200, body };
};
`,
  );
}
afterAll(() => rmSync(functionsDir, { recursive: true, force: true }));

function request(method: string, path: string, authorization?: string) {
  const req = { method, headers: authorization ? { authorization } : {}, socket: { remoteAddress: "127.0.0.1" } } as unknown as IncomingMessage;
  return gateway.handle(req, new URL(path, "http://localhost"));
}
const gateway = new LocalApiGateway(verifier, functionsDir);

describe("the gateway answering through its index", () => {
  it("gives each caller its own claims, as the token says them, whatever a handler did with an earlier event", async () => {
    for (const caller of ["nav-a", "nav-b", "nav-a", "nav-b"]) {
      const answer = await request("GET", "/api/pilots/01J0000000000000000000000X", `Bearer ${caller}`);
      expect(answer.status).toBe(200);
      expect(JSON.parse(String(answer.body))).toEqual({ claims: { sub: caller, groups: "[kontor]", office: caller }, route: "GET /api/pilots/{id}" });
    }
  });

  it("answers 405 with the methods the path has, in the routes' order, and 404 where no route is", async () => {
    const allowed = DEPLOYED_ROUTES.filter((r) => r.path === "/api/pilots/{id}").map((r) => r.method);
    const refused = await request("DELETE", "/api/pilots/01J0000000000000000000000X", "Bearer nav-a");
    expect(refused.status).toBe(405);
    expect(refused.headers.allow).toBe(allowed.join(", "));
    expect((await request("GET", "/api/ingen/slik", "Bearer nav-a")).status).toBe(404);
    expect((await request("GET", "/api/pilots/a/b/c/d/e/f", "Bearer nav-a")).status).toBe(404);
  });
});
