import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import { completeContent, draftContent, failedResults } from "../../fixtures/pilots.ts";

const OFFICE = "nav-kongsvinger";
const OTHER_OFFICE = "nav-larvik";

async function createDraft(token: string, content = draftContent()) {
  const res = await api("POST", "/api/pilots", { token, body: content });
  expect(res.status).toBe(201);
  return res;
}

describe("office staff register and follow up a trial", () => {
  it("creates, reads, updates and submits a trial, keeping a revision per write", async () => {
    // Prepare
    const token = await tokenFor("kontor", OFFICE);

    // Act: create
    const created = await createDraft(token);
    // Assess
    expect(created.headers.get("location")).toBe(`/api/pilots/${created.body.id}`);
    expect(created.headers.get("etag")).toBe('"1"');
    expect(created.body).toMatchObject({ officeId: OFFICE, county: "innlandet", state: "draft", version: 1 });

    const got = await api("GET", `/api/pilots/${created.body.id}`, { token });
    expect(got.status).toBe(200);
    expect(got.headers.get("etag")).toBe('"1"');
    expect(got.body.content.title).toBe("Jobbklubb for unge voksne");

    const updated = await api("PUT", `/api/pilots/${created.body.id}`, { token, body: completeContent(), headers: { "if-match": '"1"' } });
    expect(updated.status).toBe(200);
    expect(updated.body.version).toBe(2);
    expect(updated.headers.get("etag")).toBe('"2"');

    const submitted = await api("POST", `/api/pilots/${created.body.id}/submit`, { token, headers: { "if-match": '"2"' } });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ state: "submitted", version: 3 });

    const revisions = await api("GET", `/api/pilots/${created.body.id}/revisions`, { token });
    expect(revisions.status).toBe(200);
    expect(revisions.body.items.map((r: { version: number; action: string }) => [r.version, r.action])).toEqual([
      [3, "submit"],
      [2, "update"],
      [1, "create"],
    ]);
    expect(revisions.body.items[1].snapshot.content.summary).toBe(completeContent().summary);

    const list = await api("GET", `/api/pilots?office=${OFFICE}`, { token });
    expect(list.status).toBe(200);
    expect(list.body.items.some((p: { id: string }) => p.id === created.body.id)).toBe(true);
    expect(list.body.items.every((p: { officeId: string }) => p.officeId === OFFICE)).toBe(true);
  });

  it("refuses to submit an incomplete draft and lists every missing field", async () => {
    const token = await tokenFor("kontor", OFFICE);
    const created = await createDraft(token, draftContent({ trialStatus: "avsluttet" }));

    const res = await api("POST", `/api/pilots/${created.body.id}/submit`, { token, headers: { "if-match": '"1"' } });

    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const pointers = res.body.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/summary", "/need", "/period/start", "/targetGroups", "/contact/email", "/results", "/period/end"]));
    expect(res.body.errors.every((e: { message: string }) => e.message.length > 0)).toBe(true);
    const after = await api("GET", `/api/pilots/${created.body.id}`, { token });
    expect(after.body.state).toBe("draft");
  });

  it("requires results with coded reasons for an ended trial that did not work", async () => {
    const token = await tokenFor("kontor", OFFICE);
    const results = { ...failedResults(), failureReasons: [] };
    const created = await createDraft(
      token,
      completeContent({ trialStatus: "avsluttet", results, participants: { count: 24 }, lessons: { whatDidNot: "Vi nådde ikke de eldste." } }),
    );

    const res = await api("POST", `/api/pilots/${created.body.id}/submit`, { token, headers: { "if-match": '"1"' } });

    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(["/results/failureReasons"]);
  });
});

describe("optimistic locking", () => {
  it("answers 412 to a stale version and overwrites nothing", async () => {
    const token = await tokenFor("kontor", OFFICE);
    const created = await createDraft(token);
    const first = await api("PUT", `/api/pilots/${created.body.id}`, {
      token,
      body: draftContent({ title: "Første lagring" }),
      headers: { "if-match": '"1"' },
    });
    expect(first.status).toBe(200);

    const stale = await api("PUT", `/api/pilots/${created.body.id}`, { token, body: draftContent({ title: "Gammel kopi" }), headers: { "if-match": '"1"' } });

    expect(stale.status).toBe(412);
    expect(stale.body.detail).toMatch(/Noen andre har lagret/);
    const now = await api("GET", `/api/pilots/${created.body.id}`, { token });
    expect(now.body.content.title).toBe("Første lagring");
    expect(now.body.version).toBe(2);
  });

  it("answers 428 without If-Match", async () => {
    const token = await tokenFor("kontor", OFFICE);
    const created = await createDraft(token);

    const res = await api("PUT", `/api/pilots/${created.body.id}`, { token, body: draftContent() });

    expect(res.status).toBe(428);
    expect(res.body.errors[0].pointer).toBe("/headers/if-match");
  });

  it("lets exactly one of 10 concurrent updates from the same version win, and keeps every revision intact", async () => {
    const token = await tokenFor("kontor", OFFICE);
    const created = await createDraft(token);

    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api("PUT", `/api/pilots/${created.body.id}`, { token, body: draftContent({ title: `Samtidig lagring ${i}` }), headers: { "if-match": '"1"' } }),
      ),
    );

    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(9);
    const winner = results.find((r) => r.status === 200)!;
    const revisions = await api("GET", `/api/pilots/${created.body.id}/revisions`, { token });
    expect(revisions.body.items.map((r: { version: number }) => r.version)).toEqual([2, 1]);
    expect(revisions.body.items[0].snapshot.content.title).toBe(winner.body.content.title);
    const current = await api("GET", `/api/pilots/${created.body.id}`, { token });
    expect(current.body.content.title).toBe(winner.body.content.title);
  });
});

describe("idempotent create", () => {
  it("creates one trial for repeated requests with the same Idempotency-Key", async () => {
    const token = await tokenFor("kontor", OFFICE);
    const key = `test-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const content = draftContent({ title: `Idempotent ${key}` });

    const responses = await Promise.all(
      Array.from({ length: 5 }, () => api("POST", "/api/pilots", { token, body: content, headers: { "idempotency-key": key } })),
    );
    const again = await api("POST", "/api/pilots", { token, body: content, headers: { "idempotency-key": key } });

    const ids = new Set([...responses, again].map((r) => r.body.id));
    expect([...responses, again].every((r) => r.status === 201)).toBe(true);
    expect(ids.size).toBe(1);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    const list = await api("GET", `/api/pilots?office=${OFFICE}&limit=200`, { token });
    expect(list.body.items.filter((p: { content: { title: string } }) => p.content.title === content.title)).toHaveLength(1);
  });

  it("refuses the same key for a different body", async () => {
    const token = await tokenFor("kontor", OFFICE);
    const key = `test-${Date.now()}-other`;
    await api("POST", "/api/pilots", { token, body: draftContent({ title: "Først" }), headers: { "idempotency-key": key } });

    const res = await api("POST", "/api/pilots", { token, body: draftContent({ title: "Noe annet" }), headers: { "idempotency-key": key } });

    expect(res.status).toBe(422);
  });
});

describe("who may do what", () => {
  it("answers 401 without a token and 403 for another office", async () => {
    const own = await tokenFor("kontor", OFFICE);
    const other = await tokenFor("kontor", OTHER_OFFICE);
    const created = await createDraft(own);

    expect((await api("GET", `/api/pilots/${created.body.id}`)).status).toBe(401);
    expect((await api("POST", "/api/pilots", { body: draftContent() })).status).toBe(401);
    expect((await api("GET", `/api/pilots/${created.body.id}`, { token: other })).status).toBe(403);
    expect(
      (await api("PUT", `/api/pilots/${created.body.id}`, { token: other, body: draftContent({ title: "Kapret" }), headers: { "if-match": '"1"' } })).status,
    ).toBe(403);
    expect((await api("GET", `/api/pilots?office=${OFFICE}`, { token: other })).status).toBe(403);
    expect((await api("GET", `/api/pilots/${created.body.id}/revisions`, { token: other })).status).toBe(403);
    const unchanged = await api("GET", `/api/pilots/${created.body.id}`, { token: own });
    expect(unchanged.body.content.title).toBe(draftContent().title);
  });

  it("does not let curators register trials, but lets them read any", async () => {
    const curator = await tokenFor("kurator");
    const own = await tokenFor("kontor", OFFICE);
    const created = await createDraft(own);

    expect((await api("POST", "/api/pilots", { token: curator, body: draftContent() })).status).toBe(403);
    expect((await api("GET", `/api/pilots/${created.body.id}`, { token: curator })).status).toBe(200);
  });

  it("answers 404 for an unknown trial and tells who the token is", async () => {
    const token = await tokenFor("kontor", OFFICE);
    expect((await api("GET", "/api/pilots/01J0000000000000000000000Z", { token })).status).toBe(404);
    const me = await api("GET", "/api/me", { token });
    expect(me.body).toMatchObject({ role: "kontor", office: OFFICE, sub: `kontor-${OFFICE}` });
  });
});

describe("bad input", () => {
  it("refuses a fødselsnummer in a text field with 422 naming the field, and stores nothing", async () => {
    const token = await tokenFor("kontor", OFFICE);
    const before = await api("GET", `/api/pilots?office=${OFFICE}&limit=200`, { token });

    const res = await api("POST", "/api/pilots", {
      token,
      body: draftContent({ title: "Oppfølging", lessons: { whatWorked: "Bruker 010190 00008 fikk jobb" } }),
    });

    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ pointer: "/lessons/whatWorked", message: expect.stringMatching(/fødselsnummer/) }]);
    const after = await api("GET", `/api/pilots?office=${OFFICE}&limit=200`, { token });
    expect(after.body.items.length).toBe(before.body.items.length);
  });

  it("answers 400 to malformed JSON, 415 to another content type and 413 to a body over 256 KB", async () => {
    const token = await tokenFor("kontor", OFFICE);

    const malformed = await api("POST", "/api/pilots", { token, rawBody: '{"title": "Halv', headers: { "content-type": "application/json" } });
    const mistyped = await api("POST", "/api/pilots", { token, rawBody: "title=Hei", headers: { "content-type": "application/x-www-form-urlencoded" } });
    const oversized = await api("POST", "/api/pilots", { token, body: { title: "Stor", summary: "x".repeat(300 * 1024) } });

    expect(malformed.status).toBe(400);
    expect(mistyped.status).toBe(415);
    expect(oversized.status).toBe(413);
    for (const res of [malformed, mistyped, oversized]) {
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(res.body.status).toBe(res.status);
    }
  });

  it("refuses unknown fields and wrong types with pointers", async () => {
    const token = await tokenFor("kontor", OFFICE);

    const res = await api("POST", "/api/pilots", {
      token,
      body: { title: "Hei på deg", secret: true, targetGroups: ["ukjent"], period: { start: "2025-13-01" } },
    });

    expect(res.status).toBe(422);
    const pointers = res.body.errors.map((e: { pointer: string }) => e.pointer).sort();
    expect(pointers).toEqual(["/period/start", "/secret", "/targetGroups/0"]);
  });
});

describe("public catalogues", () => {
  it("lists offices in every county and the methods without a token", async () => {
    const offices = await api("GET", "/api/offices");
    const methods = await api("GET", "/api/methods");
    const health = await api("GET", "/api/health");

    expect(health.status).toBe(200);
    const auth = await api("GET", "/api/auth/config");
    expect(auth.body).toMatchObject({ issuer: expect.stringMatching(/\/oidc$/), clientId: "utprovingsbanken" });
    expect(offices.status).toBe(200);
    expect(new Set(offices.body.items.map((o: { county: string }) => o.county)).size).toBe(15);
    expect(methods.body.items.filter((m: { mergedInto?: string }) => !m.mergedInto).length).toBeGreaterThanOrEqual(8);
  });
});
