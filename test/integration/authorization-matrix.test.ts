import { generateKeyPair, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { ROUTES } from "../../shared/contracts/index.ts";
import type { RouteContract } from "../../shared/contracts/contract.ts";
import { CALLERS, expectedAnswers, type Caller } from "../support/access.ts";
import { api, tokenFor } from "../support/api.ts";
import { endedContent, publishedPilot, submittedPilot } from "../support/lifecycle.ts";
import { assignPilot } from "../../shared/contracts/review.ts";
import { draftContent } from "../../fixtures/pilots.ts";

const OWN = "nav-molde";
const OTHER = "nav-alta";
const tokens: Partial<Record<Caller, string>> = {};
let publishedId = "";

/** A fresh draft of the owning office for each call that may change it. */
async function freshDraft(): Promise<string> {
  const res = await api("POST", "/api/pilots", { token: await tokenFor("kontor", OWN), body: draftContent({ title: "Tilgangstest" }) });
  return res.body.id;
}

/** A request that gets past the route's validation: its path filled in, its contract's example body, If-Match. */
async function requestFor(route: RouteContract): Promise<{ path: string; body?: unknown; ifMatch?: string }> {
  const published = route.path.includes("reconsideration") || route.path.endsWith("/review");
  const id = published ? publishedId : await freshDraft();
  const concrete = route.path
    .replace("{id}", route.path.startsWith("/api/methods/") ? "ips" : route.path.startsWith("/api/offices/") ? OWN : id)
    .replace("{a}", "1")
    .replace("{b}", "1");
  return {
    path: route.key === "GET /api/pilots" ? `/api/pilots?office=${OWN}` : concrete,
    ...(route.body ? { body: route.example } : {}),
    ...(route.ifMatch ? { ifMatch: '"1"' } : {}),
  };
}

beforeAll(async () => {
  tokens.own = await tokenFor("kontor", OWN);
  tokens.other = await tokenFor("kontor", OTHER);
  tokens.curator = await tokenFor("kurator");
  publishedId = (await publishedPilot(OWN, endedContent({ title: "Publisert for tilgangstest" }))).id;
});

describe("authorization matrix: every route × every caller", () => {
  const routes = ROUTES as readonly RouteContract[];

  it("has an expectation for every caller of every route in the contracts", () => {
    expect(new Set(routes.map((r) => r.key)).size).toBe(routes.length);
    for (const route of routes) expect(Object.keys(expectedAnswers(route)).sort(), route.key).toEqual([...CALLERS].sort());
  });

  const cases = routes.flatMap((route) => CALLERS.map((caller) => [route.key, route.access, caller, route] as const));

  it.each(cases)("%s (%s) as %s", async (key, _access, caller, route) => {
    const expected = expectedAnswers(route)[caller];
    const { path, body, ifMatch } = await requestFor(route);

    const res = await api(route.method, path, { token: tokens[caller as Exclude<Caller, "anonymous">], body, headers: ifMatch ? { "if-match": ifMatch } : {} });

    if (expected === "allow") {
      expect([401, 403], `${key} as ${caller}: ${res.text.slice(0, 300)}`).not.toContain(res.status);
      expect(res.status).toBeLessThan(500);
    } else {
      expect(res.status, `${key} as ${caller}: ${res.text.slice(0, 300)}`).toBe(expected);
    }
  });
});

describe("taking a trial in the review queue: curators only", () => {
  const answers: Record<Caller, number> = { anonymous: 401, own: 403, other: 403, curator: 200 };

  it("states the curators-only rule in the route's contract", () => {
    expect(assignPilot.access).toBe("kurator");
    expect(expectedAnswers(assignPilot)).toEqual({ anonymous: 401, own: 403, other: 403, curator: "allow" });
  });

  it.each(CALLERS)("POST /api/pilots/{id}/assign on a submitted trial as %s", async (caller) => {
    const { id, version } = await submittedPilot(OWN, endedContent({ title: `Tildeling som ${caller}` }));
    const res = await api("POST", `/api/pilots/${id}/assign`, {
      token: tokens[caller as Exclude<Caller, "anonymous">],
      body: { assignee: "me" },
      headers: { "if-match": `"${version}"` },
    });
    expect(res.status, res.text.slice(0, 300)).toBe(answers[caller]);
    if (res.status >= 400) expect(res.headers.get("content-type")).toContain("application/problem+json");
  });
});

describe("tokens the JWT authorizer must refuse", () => {
  const protectedRoutes = (ROUTES as readonly RouteContract[]).filter((r) => r.access !== "public");
  const bad: Record<string, () => Promise<string>> = {};

  beforeAll(async () => {
    const good = await tokenFor("kurator");
    const [header, payload] = good.split(".");
    const foreign = await generateKeyPair("RS256");
    const now = Math.floor(Date.now() / 1000);
    bad["bad signature"] = async () => `${header}.${payload}.${Buffer.from("forfalsket").toString("base64url")}`;
    bad["signed by another key"] = async () =>
      new SignJWT({ groups: ["kurator"] })
        .setProtectedHeader({ alg: "RS256", kid: JSON.parse(Buffer.from(header!, "base64url").toString()).kid })
        .setSubject("kurator")
        .setIssuer(String(JSON.parse(Buffer.from(payload!, "base64url").toString()).iss))
        .setAudience("utprovingsbanken")
        .setIssuedAt(now)
        .setExpirationTime(now + 600)
        .sign(foreign.privateKey);
    bad["expired"] = () => tokenFor("kurator", undefined, { ttlSeconds: -120 });
    bad["another audience"] = () => tokenFor("kurator", undefined, { audience: "en-annen-app" });
    bad["another issuer"] = () => tokenFor("kurator", undefined, { issuer: "https://falsk.example/oidc" });
    bad["alg none"] = async () => `${Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")}.${payload}.`;
  });

  it.each(["bad signature", "signed by another key", "expired", "another audience", "another issuer", "alg none"])(
    "refuses a token with %s on every protected route",
    async (kind) => {
      const token = await bad[kind]!();
      for (const route of protectedRoutes) {
        const path = route.path.replace("{id}", publishedId).replace("{a}", "1").replace("{b}", "1");
        const res = await api(route.method, path, { token, body: route.method === "GET" ? undefined : {}, headers: { "if-match": '"1"' } });
        expect(res.status, `${route.key} with ${kind}`).toBe(401);
      }
    },
  );
});
