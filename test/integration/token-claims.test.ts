import { describe, expect, it } from "vitest";
import { ROUTES } from "../../shared/contracts/index.ts";
import type { RouteContract } from "../../shared/contracts/contract.ts";
import { api, tokenFor } from "../support/api.ts";

const OFFICE = "nav-molde";
const SOME_ID = "01HZZZZZZZZZZZZZZZZZZZZZZZ";

/** Tokens that are validly signed by the issuer but must give no access. */
const SPOOFED: Record<string, () => Promise<string>> = {
  'group "kurator " (trailing space)': () => tokenFor("kurator", undefined, { claims: { groups: ["kurator "] } }),
  'group "kontor kurator"': () => tokenFor("kontor", OFFICE, { claims: { groups: ["kontor kurator"] } }),
  'group "kontor,kurator"': () => tokenFor("kontor", OFFICE, { claims: { groups: ["kontor,kurator"] } }),
  'groups as the string "kontor,kurator"': () => tokenFor("kontor", OFFICE, { claims: { groups: "kontor,kurator" } }),
  'group "Kurator"': () => tokenFor("kurator", undefined, { claims: { groups: ["Kurator"] } }),
  "office staff without a well-formed office": () => tokenFor("kontor", undefined, { claims: { office: "NAV Molde" } }),
  "a token of another token_use (refresh)": () => tokenFor("kurator", undefined, { claims: { token_use: "refresh" } }),
  'token_use "ID"': () => tokenFor("kurator", undefined, { claims: { token_use: "ID" } }),
  "an access token for another client": () => tokenFor("kurator", undefined, { claims: { token_use: "access", client_id: "annen-klient" } }),
  "a token for another client": () => tokenFor("kurator", undefined, { audience: "annen-klient" }),
  "a token from another issuer": () => tokenFor("kurator", undefined, { issuer: "https://annen.example/oidc" }),
};

const PROTECTED = (ROUTES as readonly RouteContract[]).filter((r) => r.access !== "public");

/** The authorization matrix's spoofed callers: each validly signed token × every route that needs one. */
describe("token claims are read strictly on every route", () => {
  it("covers every route that needs a token", () => {
    expect(PROTECTED.length).toBeGreaterThan(15);
  });

  for (const [what, token] of Object.entries(SPOOFED)) {
    it(`refuses ${what} with 401 or 403 on every protected route`, async () => {
      // Prepare
      const bearer = await token();
      // Act
      const answers = await Promise.all(
        PROTECTED.map(async (route) => {
          const path = route.path
            .replace("{id}", route.path.includes("/methods/") ? "ips" : route.path.includes("/offices/") ? OFFICE : SOME_ID)
            .replace("{a}", "1")
            .replace("{b}", "2");
          const res = await api(route.method, path, { token: bearer, ...(route.method === "GET" ? {} : { body: {}, headers: { "if-match": '"1"' } }) });
          return { key: route.key, status: res.status, type: res.headers.get("content-type") ?? "" };
        }),
      );
      // Assess
      for (const answer of answers) {
        expect([401, 403], `${answer.key}: ${answer.status}`).toContain(answer.status);
        expect(answer.type).toMatch(/^application\/problem\+json/);
      }
    });
  }

  it("still accepts the expected ID token", async () => {
    const res = await api("GET", "/api/me", { token: await tokenFor("kurator") });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ role: "kurator" });
  });
});
