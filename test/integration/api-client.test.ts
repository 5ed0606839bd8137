import { describe, expect, it } from "vitest";
import { ApiError, createApiClient, urlFor, type Session } from "../../site/src/lib/api-client.ts";
import { hubUrl, tokenFor } from "../support/api.ts";
import { completeContent, draftContent } from "../../fixtures/pilots.ts";

const OFFICE = "nav-molde";

function sessionOf(token: () => Promise<string>): Session & { reauthenticated: number } {
  const session = {
    reauthenticated: 0,
    token,
    async reauthenticate(): Promise<never> {
      session.reauthenticated += 1;
      throw new Error("logg inn på nytt");
    },
  };
  return session;
}

describe("the site's API client, typed from the route contracts, against the hub", () => {
  it("fills in path parameters and the query from the contract's path", () => {
    expect(urlFor("GET /api/pilots/{id}/revisions/{a}/diff/{b}", { params: { id: "01 X", a: 1, b: 2 } })).toBe("/api/pilots/01%20X/revisions/1/diff/2");
    expect(urlFor("GET /api/pilots", { query: { office: OFFICE, cursor: undefined } })).toBe(`/api/pilots?office=${OFFICE}`);
    expect(() => urlFor("GET /api/pilots/{id}", { params: {} })).toThrow(/missing id/);
  });

  it("creates with an Idempotency-Key, writes with If-Match from the ETag, and gives Problem Details on refusal", async () => {
    const token = await tokenFor("kontor", OFFICE);
    const api = createApiClient(
      sessionOf(async () => token),
      hubUrl(),
    );
    const key = `klient-${Date.now()}`;

    const created = await api.call("POST /api/pilots", { body: draftContent({ title: "Klienttest" }), idempotencyKey: key });
    const again = await api.call("POST /api/pilots", { body: draftContent({ title: "Klienttest" }), idempotencyKey: key });
    expect(again.body.id).toBe(created.body.id);
    expect(created.etag).toBe('"1"');
    expect(created.version).toBe(1);

    const updated = await api.call("PUT /api/pilots/{id}", {
      params: { id: created.body.id },
      body: completeContent({ title: "Klienttest 2" }),
      ifMatch: created.version ?? 0,
    });
    expect(updated.body.content.title).toBe("Klienttest 2");
    expect(updated.version).toBe(2);

    const stale = await api.call("PUT /api/pilots/{id}", { params: { id: created.body.id }, body: draftContent(), ifMatch: 1 }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ApiError);
    expect((stale as ApiError).problem).toMatchObject({ status: 412, title: "Utprøvingen er endret av noen andre" });

    const invalid = await api.call("PUT /api/pilots/{id}", { params: { id: created.body.id }, body: { title: "x" }, ifMatch: 2 }).catch((e: unknown) => e);
    expect((invalid as ApiError).status).toBe(422);
    expect((invalid as ApiError).problem.errors?.map((e) => e.pointer)).toEqual(["/title"]);

    const list = await api.call("GET /api/pilots", { query: { office: OFFICE, limit: 200 } });
    expect(list.body.items.map((p) => p.id)).toContain(created.body.id);
  });

  it("sends the user to log in again on 401, and calls public routes without a session", async () => {
    const session = sessionOf(async () => "ikke-et-token");
    const api = createApiClient(session, hubUrl());
    await expect(api.call("GET /api/me")).rejects.toThrow("logg inn på nytt");
    expect(session.reauthenticated).toBe(1);

    const anonymous = createApiClient(undefined, hubUrl());
    const config = await anonymous.call("GET /api/auth/config");
    expect(config.body.clientId).toEqual(expect.any(String));
    const refused = await anonymous.call("GET /api/me").catch((e: unknown) => e);
    expect((refused as ApiError).problem).toMatchObject({ status: 401, title: "Ikke innlogget" });
  });
});

// The contract's types: a write without its If-Match, or a body of the wrong shape, does not compile.
export function typeChecks(api: ReturnType<typeof createApiClient>) {
  // @ts-expect-error If-Match is required by the contract
  void api.call("POST /api/pilots/{id}/submit", { params: { id: "x" } });
  // @ts-expect-error the body must be a trial's content
  void api.call("POST /api/pilots", { body: { name: "feil" } });
  // @ts-expect-error the path has an id
  void api.call("GET /api/pilots/{id}");
}
