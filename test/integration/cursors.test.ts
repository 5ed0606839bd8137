/**
 * Every listing route that takes a cursor, found from the route contracts, answers 400 with Problem Details to a
 * tampered cursor: made up, cut short, one character changed, its key edited, one from another listing.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { RouteContract } from "../../shared/contracts/contract.ts";
import { requiredRole, ROUTES } from "../../shared/contracts/index.ts";
import { api, tokenFor } from "../support/api.ts";
import { endedContent, submittedPilot } from "../support/lifecycle.ts";

const OFFICE = "nav-tromso";
const PER_ROUTE = 30;

/** The routes whose query takes a cursor, as their contracts say. */
const LISTINGS = (ROUTES as readonly RouteContract[]).filter((route) => route.method === "GET" && route.query !== undefined && "cursor" in route.query.shape);

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64url");

/** Tampered forms of a real cursor (when the listing gave one) and of nothing at all. */
function tampered(real: string | undefined, others: readonly string[]): fc.Arbitrary<string> {
  const made = [
    fc.string({ minLength: 1, maxLength: 60 }),
    fc.jsonValue({ maxDepth: 2 }).map((v) => b64(JSON.stringify(v))),
    fc.record({ pk: fc.string(), sk: fc.string() }).map((k) => b64(JSON.stringify(k))),
    fc.record({ pk: fc.string(), sk: fc.string() }).map((k) => `${b64(JSON.stringify(k))}.${"A".repeat(22)}`),
  ];
  if (others.length > 0) made.push(fc.constantFrom(...others));
  if (!real) return fc.oneof(...made);
  const [payload = "", digest = ""] = real.split(".");
  const key = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, string>;
  const alphabet = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"];
  return fc.oneof(
    ...made,
    fc.nat({ max: real.length - 2 }).map((n) => real.slice(0, n + 1)),
    fc
      .tuple(fc.nat({ max: real.length - 1 }), fc.constantFrom(...alphabet))
      .filter(([at, c]) => real[at] !== c && real[at] !== ".")
      .map(([at, c]) => `${real.slice(0, at)}${c}${real.slice(at + 1)}`),
    fc
      .tuple(fc.constantFrom(...Object.keys(key)), fc.string({ minLength: 1, maxLength: 40 }))
      .filter(([k, v]) => key[k] !== v)
      .map(([k, v]) => `${b64(JSON.stringify({ ...key, [k]: v }))}.${digest}`),
    fc.string({ minLength: 1, maxLength: 10 }).map((extra) => `${b64(JSON.stringify({ ...key, extra }))}.${digest}`),
    fc.constant(payload),
  );
}

describe("tampered cursors on every listing", () => {
  const tokens: Record<string, string | undefined> = {};
  const realCursors = new Map<string, string | undefined>();

  const callerFor = (route: RouteContract) => {
    const role = requiredRole(route.access);
    return role === "none" ? undefined : role === "kurator" ? tokens.kurator : tokens.kontor;
  };
  const pathOf = (route: RouteContract) => route.path.replace(/\{\w+\}/g, OFFICE);
  const queryOf = (route: RouteContract) => ("office" in (route.query?.shape ?? {}) ? `office=${OFFICE}&` : "");

  beforeAll(async () => {
    tokens.kontor = await tokenFor("kontor", OFFICE);
    tokens.kurator = await tokenFor("kurator");
    // Two trials, so that every listing of the office has a second page
    await submittedPilot(OFFICE, endedContent({ title: "Første side" }));
    await submittedPilot(OFFICE, endedContent({ title: "Andre side" }));
    for (const route of LISTINGS) {
      const res = await api("GET", `${pathOf(route)}?${queryOf(route)}limit=1`, { token: callerFor(route) });
      expect(res.status, route.key).toBe(200);
      realCursors.set(route.key, (res.body as { cursor?: string }).cursor);
    }
  });

  it("finds the listings from the contracts", () => {
    expect(LISTINGS.map((r) => r.key)).toEqual(expect.arrayContaining(["GET /api/pilots", "GET /api/public/pilots", "GET /api/offices/{id}/notices"]));
    expect([...realCursors.values()].filter(Boolean).length).toBeGreaterThanOrEqual(2);
  });

  for (const route of LISTINGS) {
    it(`${route.key}: 400 at /cursor for every tampered cursor, and the real one still works`, async () => {
      // Prepare
      const real = realCursors.get(route.key);
      const others = [...realCursors.entries()].filter(([key, cursor]) => key !== route.key && cursor !== undefined).map(([, cursor]) => cursor as string);
      const cursors = fc.sample(tampered(real, others), { numRuns: PER_ROUTE, seed: route.key.length });
      for (const cursor of cursors) {
        // Act
        const res = await api("GET", `${pathOf(route)}?${queryOf(route)}limit=1&cursor=${encodeURIComponent(cursor)}`, { token: callerFor(route) });
        // Assess
        expect(res.status, `${route.key} ${JSON.stringify(cursor)}: ${res.text.slice(0, 200)}`).toBe(400);
        expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      }
      if (real) {
        const next = await api("GET", `${pathOf(route)}?${queryOf(route)}limit=1&cursor=${encodeURIComponent(real)}`, { token: callerFor(route) });
        expect(next.status).toBe(200);
      }
    });
  }
});
