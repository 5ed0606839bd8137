import { beforeAll, describe, expect, it } from "vitest";
import { signUnsubscribeToken } from "../../shared/domain/notices/unsubscribe-token.ts";
import { api, tokenFor } from "../support/api.ts";
import { testTable } from "../support/notices.ts";

const OFFICE = "nav-bodo";
let token = "";

beforeAll(async () => {
  token = await tokenFor("kontor", OFFICE);
});

describe("notice preferences", () => {
  it("start with every optional notice on, and are saved with If-Match", async () => {
    // Act
    const first = await api("GET", "/api/notices/preferences", { token });
    // Assess
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ reviewNotices: true, curatorDelivery: "email", follows: [], address: `kontor-${OFFICE}@nav.example`, version: 0 });
    expect(first.headers.get("etag")).toBe('"0"');

    const saved = await api("PUT", "/api/notices/preferences", {
      token,
      headers: { "if-match": '"0"' },
      body: {
        reviewNotices: false,
        curatorDelivery: "email",
        follows: [
          { kind: "method", id: "ips", delivery: "weekly" },
          { kind: "target-group", id: "unge-under-30", delivery: "email" },
        ],
      },
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.version).toBe(1);
    const again = await api("GET", "/api/notices/preferences", { token });
    expect(again.body).toMatchObject({
      reviewNotices: false,
      version: 1,
      follows: [
        { kind: "method", id: "ips" },
        { kind: "target-group", id: "unge-under-30" },
      ],
    });
  });

  it("refuse a stale version with 412 and keep what was saved", async () => {
    const res = await api("PUT", "/api/notices/preferences", {
      token,
      headers: { "if-match": '"0"' },
      body: { reviewNotices: true, curatorDelivery: "email", follows: [] },
    });
    expect(res.status).toBe(412);
    expect((await api("GET", "/api/notices/preferences", { token })).body.reviewNotices).toBe(false);
  });

  it("refuse an unknown target group and a missing field with 422 naming the field, in Norwegian", async () => {
    const res = await api("PUT", "/api/notices/preferences", {
      token,
      headers: { "if-match": '"1"' },
      body: { reviewNotices: true, curatorDelivery: "email", follows: [{ kind: "target-group", id: "ukjent-gruppe", delivery: "email" }] },
    });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.errors).toContainEqual({ pointer: "/follows/0/id", message: "Ukjent målgruppe" });

    const missing = await api("PUT", "/api/notices/preferences", { token, headers: { "if-match": '"1"' }, body: { follows: [] } });
    expect(missing.status).toBe(422);
    expect(missing.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(expect.arrayContaining(["/reviewNotices", "/curatorDelivery"]));
  });

  it("record who the caller is, so notices about the trials they registered reach them", async () => {
    expect(await testTable().notices.profileEmail(`kontor-${OFFICE}`)).toBe(`kontor-${OFFICE}@nav.example`);
  });
});

describe("the unsubscribe link", () => {
  it("turns the optional notices off without login", async () => {
    // Prepare
    const address = "kari.avmeld@nav.example";
    const { notices } = testTable();
    const key = await notices.unsubscribeKey();
    await notices.savePreferences(
      address,
      { reviewNotices: true, curatorDelivery: "email", follows: [{ kind: "method", id: "ips", delivery: "email" }] },
      0,
      new Date().toISOString(),
    );
    // Act
    const res = await api("POST", "/api/notices/unsubscribe", { body: { token: signUnsubscribeToken(address, key) } });
    // Assess
    expect(res.status, res.text).toBe(200);
    expect(await notices.preferences(address)).toMatchObject({ reviewNotices: false, follows: [] });
    expect(await notices.followers("method", "ips")).not.toContainEqual(expect.objectContaining({ to: address }));
  });

  it("refuses a forged or broken token with 422 at /token", async () => {
    const forged = signUnsubscribeToken("ola@nav.example", Buffer.alloc(32, 1));
    for (const body of [{ token: forged }, { token: "abc.def.ghi.jkl" }]) {
      const res = await api("POST", "/api/notices/unsubscribe", { body });
      expect(res.status).toBe(422);
      expect(res.body.errors[0].pointer).toBe("/token");
    }
    const empty = await api("POST", "/api/notices/unsubscribe", { body: {} });
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0]).toEqual({ pointer: "/token", message: "Mangler lenken fra e-posten" });
  });
});

describe("what was sent about an office's trials", () => {
  it("lists the office's notices, newest first, to its own staff and to curators only", async () => {
    // Prepare
    const { notices } = testTable();
    const base = {
      kind: "published" as const,
      pilotId: "01JABCDEFGHJKMNPQRSTVWXYZ0",
      officeId: OFFICE,
      title: "Jobbklubb",
      role: "kontakt" as const,
      subject: "Publisert: Jobbklubb",
    };
    await notices.claim({ ...base, eventKey: "liste#v1#published", to: "a@nav.example" }, "2026-01-01T10:00:00.000Z");
    await notices.claim({ ...base, eventKey: "liste#v2#published", to: "a@nav.example" }, "2026-02-01T10:00:00.000Z");
    // Act
    const own = await api("GET", `/api/offices/${OFFICE}/notices`, { token });
    const curator = await api("GET", `/api/offices/${OFFICE}/notices?limit=1`, { token: await tokenFor("kurator") });
    const other = await api("GET", `/api/offices/${OFFICE}/notices`, { token: await tokenFor("kontor", "nav-alta") });
    // Assess
    expect(own.status).toBe(200);
    expect(own.body.items.map((n: { eventKey: string }) => n.eventKey)).toEqual(["liste#v2#published", "liste#v1#published"]);
    expect(curator.body.items).toHaveLength(1);
    expect(curator.body.cursor).toBeDefined();
    expect(other.status).toBe(403);
  });
});
