import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { requiredRole, type RouteContract } from "../../shared/contracts/contract.ts";
import { ROUTES } from "../../shared/contracts/index.ts";
import { PilotContentSchema } from "../../shared/domain/pilot.ts";
import { api, tokenFor, type ApiResponse } from "../support/api.ts";
import { draftContent } from "../../fixtures/pilots.ts";
import { submittedPilot } from "../support/lifecycle.ts";
import { bodiesFor, bodyFor, inParallel, rawRequest, scale, writeRoutes } from "./arbitraries.ts";

const OFFICE = "nav-kongsvinger";
const BODIES_PER_ROUTE = scale(500, 3_000);
const RAW_PER_ROUTE = scale(60, 400);
const CONCURRENCY = 8;

const WRITE_ROUTES = writeRoutes(ROUTES as readonly RouteContract[]);

type Histogram = Map<number, number>;

function expectProblemDetails(res: ApiResponse, context: string) {
  expect(res.status, `${context}: ${res.text.slice(0, 300)}`).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.headers.get("content-type"), context).toMatch(/^application\/problem\+json/);
    expect(res.body, context).toMatchObject({ status: res.status, title: expect.any(String) });
    expect(res.text, context).not.toMatch(/\bat .+:\d+:\d+\)|Error:|node_modules/);
  }
}

describe("every write route, fuzzed", () => {
  let pilotId = "";
  let tokens: Record<"kontor" | "kurator", string>;

  beforeAll(async () => {
    tokens = { kontor: await tokenFor("kontor", OFFICE), kurator: await tokenFor("kurator") };
    const created = await api("POST", "/api/pilots", { token: tokens.kontor, body: draftContent({ title: "Fuzzmål" }) });
    pilotId = created.body.id;
    // A submitted trial too, so that the review routes reach their state checks.
    await submittedPilot(OFFICE);
  });

  it("fuzzes every write route in the contracts", () => {
    expect(WRITE_ROUTES.length).toBeGreaterThan(0);
    expect(WRITE_ROUTES.every((r) => r.method !== "GET")).toBe(true);
  });

  const summary = new Map<string, Histogram>();

  for (const route of WRITE_ROUTES) {
    const { key } = route;
    it(`${key}: generated bodies never give 5xx, every refusal is Problem Details`, { timeout: scale(60_000, 900_000) }, async () => {
      const schema = route.body;
      const token = requiredRole(route.access) === "kontor" ? tokens.kontor : tokens.kurator;
      const path = route.path
        .replace("{id}", route.path.startsWith("/api/pilots") ? pilotId : route.path.startsWith("/api/methods") ? "ips" : OFFICE)
        .replace("{a}", "1")
        .replace("{b}", "2");
      const bodies = bodiesFor(route, BODIES_PER_ROUTE);
      const raws = fc.sample(rawRequest, { numRuns: RAW_PER_ROUTE });
      const histogram: Histogram = new Map();
      const count = (status: number) => histogram.set(status, (histogram.get(status) ?? 0) + 1);

      await inParallel(
        [
          ...bodies.map((body) => async () => {
            const res = await api(route.method, path, {
              token,
              rawBody: JSON.stringify(body) ?? "null",
              headers: { "content-type": "application/json", "if-match": '"1"' },
            });
            count(res.status);
            expectProblemDetails(res, `${key} ${JSON.stringify(body)?.slice(0, 300)}`);
          }),
          ...raws.map((raw) => async () => {
            const res = await api(route.method, path, { token, rawBody: raw.body, headers: { "content-type": raw.contentType, "if-match": '"1"' } });
            count(res.status);
            expectProblemDetails(res, `${key} raw ${raw.contentType} ${JSON.stringify(raw.body.slice(0, 100))}`);
          }),
        ],
        CONCURRENCY,
      );

      summary.set(key, histogram);
      expect([...histogram.values()].reduce((a, b) => a + b, 0)).toBe(BODIES_PER_ROUTE + RAW_PER_ROUTE);
      // A route that takes a body must refuse some of these bodies as invalid, and accept some.
      if (schema) expect(histogram.get(422) ?? 0).toBeGreaterThan(0);
    });
  }

  it("refuses every fuzzed write from a caller without the route's role, before reading the body", { timeout: 60_000 }, async () => {
    const outsiders: { route: (typeof WRITE_ROUTES)[number]; token: string | undefined; expected: number }[] = WRITE_ROUTES.flatMap((route) => {
      const role = requiredRole(route.access);
      return [
        // A public write (the unsubscribe link) has no caller without its role.
        ...(role === "none" ? [] : [{ route, token: undefined, expected: 401 }]),
        ...(role === "kontor" ? [{ route, token: tokens.kurator, expected: 403 }] : []),
        ...(role === "kurator" ? [{ route, token: tokens.kontor, expected: 403 }] : []),
      ];
    });
    const bodies = fc.sample(bodyFor(PilotContentSchema), { numRuns: scale(10, 50) });
    const failures: string[] = [];
    await inParallel(
      outsiders.flatMap(({ route, token, expected }) =>
        bodies.map((body) => async () => {
          const path = route.path.replace("{id}", pilotId).replace("{a}", "1").replace("{b}", "2");
          const res = await api(route.method, path, {
            token,
            rawBody: JSON.stringify(body) ?? "null",
            headers: { "content-type": "application/json", "if-match": '"1"' },
          });
          if (res.status !== expected) failures.push(`${route.method} ${route.path} (${token ? "wrong role" : "anonymous"}): ${res.status}`);
          else expectProblemDetails(res, `${route.method} ${route.path}`);
        }),
      ),
      CONCURRENCY,
    );
    expect(failures).toEqual([]);
  });

  it("prints the status histogram", () => {
    const lines = [...summary].map(
      ([key, h]) =>
        `${key.padEnd(46)} ${[...h]
          .sort(([a], [b]) => a - b)
          .map(([s, n]) => `${s}×${n}`)
          .join("  ")}`,
    );
    console.log(`Status per write route (${BODIES_PER_ROUTE} generated + ${RAW_PER_ROUTE} raw bodies each):\n${lines.join("\n")}`);
    expect(summary.size).toBe(WRITE_ROUTES.length);
  });
});
