import { generateKeyPair, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { ROUTES, routeKey } from "../../functions/routes.ts";
import { api, tokenFor } from "../support/api.ts";
import { endedContent, publishedPilot } from "../support/lifecycle.ts";
import { draftContent } from "../../fixtures/pilots.ts";

const OWN = "nav-molde";
const OTHER = "nav-alta";
type Caller = "anonymous" | "own" | "other" | "curator";
/** "allow": anything but 401/403 (the request may still be refused for its content or state). */
type Expected = "allow" | 401 | 403;

const rule = (anonymous: Expected, own: Expected, other: Expected, curator: Expected) => ({ anonymous, own, other, curator });
const PUBLIC = rule("allow", "allow", "allow", "allow");
const SIGNED_IN = rule(401, "allow", "allow", "allow");
const OWNER_OR_CURATOR = rule(401, "allow", 403, "allow");
const OWNER_ONLY = rule(401, "allow", 403, 403);
const CURATOR_ONLY = rule(401, 403, 403, "allow");

/** The expected answer of every route to every kind of caller; a route missing here fails the test. */
const MATRIX: Record<string, ReturnType<typeof rule>> = {
  "GET /api/health": PUBLIC,
  "GET /api/auth/config": PUBLIC,
  "GET /api/me": SIGNED_IN,
  "GET /api/offices": PUBLIC,
  "GET /api/methods": PUBLIC,
  "POST /api/pilots": rule(401, "allow", "allow", 403),
  "GET /api/pilots": OWNER_OR_CURATOR,
  "GET /api/pilots/{id}": OWNER_OR_CURATOR,
  "PUT /api/pilots/{id}": OWNER_ONLY,
  "POST /api/pilots/{id}/submit": OWNER_ONLY,
  "GET /api/pilots/{id}/revisions": OWNER_OR_CURATOR,
  "GET /api/pilots/{id}/revisions/{a}/diff/{b}": OWNER_OR_CURATOR,
  "GET /api/pilots/{id}/review": CURATOR_ONLY,
  "GET /api/review-queue": CURATOR_ONLY,
  "POST /api/pilots/{id}/publish": CURATOR_ONLY,
  "POST /api/pilots/{id}/request-changes": CURATOR_ONLY,
  "POST /api/pilots/{id}/withdraw": OWNER_OR_CURATOR,
  "POST /api/pilots/{id}/reconsideration": OWNER_ONLY,
  "POST /api/pilots/{id}/reconsideration/answer": CURATOR_ONLY,
  "GET /api/results-due": SIGNED_IN,
  "POST /api/methods": CURATOR_ONLY,
  "PUT /api/methods/{id}": CURATOR_ONLY,
  "POST /api/methods/{id}/merge": CURATOR_ONLY,
  "POST /api/offices": CURATOR_ONLY,
  "PUT /api/offices/{id}": CURATOR_ONLY,
  "GET /api/public/pilots": PUBLIC,
  "GET /api/public/methods": PUBLIC,
  "GET /api/public/offices": PUBLIC,
  "GET /api/public/rubric": PUBLIC,
  "GET /api/openapi.json": PUBLIC,
};

const tokens: Partial<Record<Caller, string>> = {};
let publishedId = "";

/** A fresh draft of the owning office for each call that may change it. */
async function freshDraft(): Promise<string> {
  const res = await api("POST", "/api/pilots", { token: await tokenFor("kontor", OWN), body: draftContent({ title: "Tilgangstest" }) });
  return res.body.id;
}

async function requestFor(key: string): Promise<{ path: string; body?: unknown; ifMatch?: string }> {
  const [, path] = key.split(" ") as [string, string];
  const published = key.includes("reconsideration") || key.endsWith("/review");
  const id = published ? publishedId : await freshDraft();
  const concrete = path
    .replace("{id}", key.includes("/methods/") ? "ips" : key.includes("/offices/") ? OWN : id)
    .replace("{a}", "1")
    .replace("{b}", "1");
  const bodies: Record<string, unknown> = {
    "POST /api/pilots": draftContent(),
    "PUT /api/pilots/{id}": draftContent(),
    "POST /api/pilots/{id}/publish": { evidence: { strength: 1, direction: "uavklart" }, methodId: "ips" },
    "POST /api/pilots/{id}/request-changes": { comment: "Se over" },
    "POST /api/pilots/{id}/withdraw": { reason: "Test" },
    "POST /api/pilots/{id}/reconsideration": { comment: "Se på nytt" },
    "POST /api/pilots/{id}/reconsideration/answer": { requestedAt: new Date().toISOString(), decision: "kept", reason: "Test" },
    "POST /api/methods": { name: `Metode ${Math.random()}` },
    "PUT /api/methods/{id}": { name: "Individuell jobbstøtte (IPS)" },
    "POST /api/methods/{id}/merge": { into: "ips" },
    "POST /api/offices": { name: `NAV Test ${Math.random().toString(36).slice(2)}`, county: "oslo" },
    "PUT /api/offices/{id}": { name: "NAV Molde", county: "more-og-romsdal" },
  };
  return {
    path: key === "GET /api/pilots" ? `/api/pilots?office=${OWN}` : concrete,
    ...(bodies[key] ? { body: bodies[key] } : {}),
    ...(key.startsWith("PUT") || (key.startsWith("POST /api/pilots/") ) || key.includes("/merge") ? { ifMatch: '"1"' } : {}),
  };
}

beforeAll(async () => {
  tokens.own = await tokenFor("kontor", OWN);
  tokens.other = await tokenFor("kontor", OTHER);
  tokens.curator = await tokenFor("kurator");
  publishedId = (await publishedPilot(OWN, endedContent({ title: "Publisert for tilgangstest" }))).id;
});

describe("authorization matrix: every route × every caller", () => {
  it("has an expectation for every route in the route table", () => {
    expect(Object.keys(MATRIX).sort()).toEqual(ROUTES.map(routeKey).sort());
  });

  const cases = ROUTES.flatMap((route) =>
    (["anonymous", "own", "other", "curator"] as const).map((caller) => [routeKey(route), caller] as const),
  );

  it.each(cases)("%s as %s", async (key, caller) => {
    const expected = MATRIX[key]![caller];
    const { path, body, ifMatch } = await requestFor(key);
    const [method] = key.split(" ") as [string];

    const res = await api(method, path, { token: tokens[caller as Exclude<Caller, "anonymous">], body, headers: ifMatch ? { "if-match": ifMatch } : {} });

    if (expected === "allow") {
      expect([401, 403], `${key} as ${caller}: ${res.text.slice(0, 300)}`).not.toContain(res.status);
      expect(res.status).toBeLessThan(500);
    } else {
      expect(res.status, `${key} as ${caller}: ${res.text.slice(0, 300)}`).toBe(expected);
    }
  });
});

describe("tokens the JWT authorizer must refuse", () => {
  const protectedRoutes = ROUTES.filter((r) => r.access !== "public");
  const bad: Record<string, () => Promise<string>> = {};

  beforeAll(async () => {
    const good = await tokenFor("kurator");
    const [header, payload] = good.split(".");
    const foreign = await generateKeyPair("RS256");
    const now = Math.floor(Date.now() / 1000);
    bad["bad signature"] = async () => `${header}.${payload}.${Buffer.from("forfalsket").toString("base64url")}`;
    bad["signed by another key"] = async () =>
      new SignJWT({ groups: ["kurator"] }).setProtectedHeader({ alg: "RS256", kid: JSON.parse(Buffer.from(header!, "base64url").toString()).kid }).setSubject("kurator").setIssuer(String(JSON.parse(Buffer.from(payload!, "base64url").toString()).iss)).setAudience("utprovingsbanken").setIssuedAt(now).setExpirationTime(now + 600).sign(foreign.privateKey);
    bad["expired"] = () => tokenFor("kurator", undefined, { ttlSeconds: -120 });
    bad["another audience"] = () => tokenFor("kurator", undefined, { audience: "en-annen-app" });
    bad["another issuer"] = () => tokenFor("kurator", undefined, { issuer: "https://falsk.example/oidc" });
    bad["alg none"] = async () => `${Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")}.${payload}.`;
  });

  it.each(["bad signature", "signed by another key", "expired", "another audience", "another issuer", "alg none"])("refuses a token with %s on every protected route", async (kind) => {
    const token = await bad[kind]!();
    for (const route of protectedRoutes) {
      const path = route.path.replace("{id}", publishedId).replace("{a}", "1").replace("{b}", "1");
      const res = await api(route.method, path, { token, body: route.method === "GET" ? undefined : {}, headers: { "if-match": '"1"' } });
      expect(res.status, `${routeKey(route)} with ${kind}`).toBe(401);
    }
  });
});
