import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { api, ApiError, client, createApiClient, versionOf, type Session } from "../../site/src/lib/api-client.ts";
import { draftContent } from "../../fixtures/pilots.ts";
// The login module provides the signed-in client with its token as it loads, as on every app page.
import "../../site/src/app/auth.ts";

/**
 * The site's API client against a stand-in for `fetch`: what it sends (login, If-Match, Idempotency-Key,
 * canonical text) and how it reads what comes back (ETag, Problem Details in Norwegian). The same client
 * against the real hub is test/integration/api-client.test.ts.
 */
interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

let sent: Sent[] = [];
let answer: () => Response | Promise<Response>;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

beforeEach(() => {
  sent = [];
  answer = () => json(200, {});
  vi.stubGlobal("fetch", async (url: string, init: RequestInit = {}) => {
    sent.push({
      url,
      method: init.method ?? "GET",
      headers: (init.headers ?? {}) as Record<string, string>,
      body: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
    });
    return answer();
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function session(token = "tok-1"): Session & { reauthenticated: number } {
  const s = {
    reauthenticated: 0,
    token: async () => token,
    async reauthenticate(): Promise<never> {
      s.reauthenticated += 1;
      throw new Error("logg inn på nytt");
    },
  };
  return s;
}

describe("the site's API client, what it sends", () => {
  it("sends the bearer token, If-Match as the version in quotes, and the body as canonical text", async () => {
    answer = () => json(200, { id: "p1" }, { etag: '"4"' });
    const res = await createApiClient(session(), "https://hub.test").call("POST /api/pilots/{id}/withdraw", {
      params: { id: "p 1" },
      body: { reason: "Avsluttet ｉ uke ４٢" },
      ifMatch: 3,
    });
    expect(sent).toEqual([
      {
        url: "https://hub.test/api/pilots/p%201/withdraw",
        method: "POST",
        headers: { accept: "application/json", authorization: "Bearer tok-1", "content-type": "application/json", "if-match": '"3"' },
        body: { reason: "Avsluttet i uke 42" },
      },
    ]);
    expect(res).toMatchObject({ etag: '"4"', version: 4 });
  });

  it("sends the Idempotency-Key of a creation, and nothing but accept when calling as nobody without a body", async () => {
    await createApiClient(session()).call("POST /api/pilots", { body: draftContent({ title: "Ny" }), idempotencyKey: "k-1" });
    expect(sent[0]?.headers["idempotency-key"]).toBe("k-1");
    await createApiClient().call("GET /api/offices");
    expect(sent[1]).toMatchObject({ url: "/api/offices", method: "GET", headers: { accept: "application/json" } });
  });

  it("reads the version out of strong and weak ETags, and none out of anything else", () => {
    expect(versionOf('"7"')).toBe(7);
    expect(versionOf('W/"12"')).toBe(12);
    expect(versionOf(null)).toBeUndefined();
    expect(versionOf('"abc"')).toBeUndefined();
  });
});

describe("the site's API client, what it makes of the answer", () => {
  it("gives the API's Problem Details, with the field pointers, as an ApiError", async () => {
    answer = () =>
      json(422, {
        type: "about:blank",
        title: "Ugyldig",
        status: 422,
        detail: "Tittelen mangler.",
        errors: [{ pointer: "/title", message: "Skriv en tittel." }],
      });
    const error = await createApiClient(session())
      .call("GET /api/me")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(422);
    expect((error as ApiError).message).toBe("Tittelen mangler.");
    expect((error as ApiError).problem.errors).toEqual([{ pointer: "/title", message: "Skriv en tittel." }]);
  });

  it("says in Norwegian what went wrong when the answer carries no Problem Details, or there is no answer", async () => {
    answer = () => new Response("<html>Bad gateway</html>", { status: 502 });
    const error = (await createApiClient()
      .call("GET /api/offices")
      .catch((e: unknown) => e)) as ApiError;
    expect(error.problem).toEqual({ type: "about:blank", title: "Noe gikk galt", status: 502, detail: "Noe gikk galt (502). Prøv igjen." });

    answer = () => Promise.reject(new TypeError("Failed to fetch"));
    const offline = (await createApiClient()
      .call("GET /api/offices")
      .catch((e: unknown) => e)) as ApiError;
    expect(offline.problem).toMatchObject({ status: 0, title: "Ingen forbindelse" });
    expect(offline.message).toMatch(/Sjekk nettforbindelsen/);
  });

  it("sends the user to log in again on 401 when signed in, and reports the 401 when calling as nobody", async () => {
    answer = () => json(401, { type: "about:blank", title: "Ikke innlogget", status: 401 });
    const s = session();
    await expect(createApiClient(s).call("GET /api/me")).rejects.toThrow("logg inn på nytt");
    expect(s.reauthenticated).toBe(1);
    const refused = (await createApiClient()
      .call("GET /api/me")
      .catch((e: unknown) => e)) as ApiError;
    expect(refused.problem).toMatchObject({ status: 401, title: "Ikke innlogget" });
  });
});

describe("the site's signed-in client and its named calls", () => {
  beforeEach(() => {
    const store = new Map<string, string>();
    vi.stubGlobal("sessionStorage", {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
      removeItem: (key: string) => void store.delete(key),
    });
    sessionStorage.setItem(
      "utp:tokens",
      JSON.stringify({ idToken: "id-token-9", expiresAt: Date.now() + 3_600_000, name: "Kari", role: "kontor", office: "nav-molde" }),
    );
  });

  it("calls as the user signed in in this tab, and each named call goes to its route", async () => {
    answer = () => json(200, { items: [{ id: "m1" }, { id: "m2", mergedInto: "m1" }] });
    await expect(client.methods()).resolves.toEqual([{ id: "m1" }]);
    expect(sent[0]).toMatchObject({ url: "/api/methods", method: "GET", headers: { authorization: "Bearer id-token-9" } });

    answer = () => json(200, { id: "p1" }, { etag: '"3"' });
    await client.submitPilot("p1", 2);
    expect(sent[1]).toMatchObject({ url: "/api/pilots/p1/submit", method: "POST", headers: { authorization: "Bearer id-token-9", "if-match": '"2"' } });

    await api.call("PUT /api/notices/preferences", { body: { reviewNotices: true, curatorDelivery: "email", follows: [] }, ifMatch: 0 });
    expect(sent[2]).toMatchObject({ url: "/api/notices/preferences", method: "PUT", headers: { "if-match": '"0"' } });
  });

  it("refuses to edit a trial that is not the caller's office's, in Norwegian", async () => {
    answer = () => json(200, { id: "p1", title: "Offentlig" });
    await expect(client.getOwnPilot("p1")).rejects.toThrow("Du kan bare endre utprøvinger fra ditt eget kontor.");
  });
});
