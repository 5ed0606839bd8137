import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import { endedContent, submittedPilot } from "../support/lifecycle.ts";

const OFFICE = "nav-lier";

/** A curator takes a submitted trial in the shared queue; the queue shows who, and the history keeps it. */
describe("assigning trials in the review queue", () => {
  it("shows the assignee in the queue, keeps every change in the history and lets the curator give it back", async () => {
    const curator = await tokenFor("kurator");
    const { id, version } = await submittedPilot(OFFICE, endedContent({ title: "Tildeling: jobbklubb i Lier" }));

    const taken = await api("POST", `/api/pilots/${id}/assign`, { token: curator, body: { assignee: "me" }, headers: { "if-match": `"${version}"` } });
    expect(taken.status, taken.text).toBe(200);
    expect(taken.body).toMatchObject({ state: "submitted", version: version + 1, assignee: { sub: "kurator", name: "Kari Kurator" } });
    expect(taken.headers.get("etag")).toBe(`"${version + 1}"`);

    const queue = await api("GET", "/api/review-queue", { token: curator });
    const entry = queue.body.items.find((i: { id: string }) => i.id === id);
    expect(entry).toMatchObject({ assignee: { name: "Kari Kurator" }, assignedToMe: true, daysOverdue: 0 });
    expect(entry.answerBy > entry.submittedAt.slice(0, 10)).toBe(true);

    // Taking it twice is a conflict, not a new history entry.
    const again = await api("POST", `/api/pilots/${id}/assign`, { token: curator, body: { assignee: "me" }, headers: { "if-match": `"${version + 1}"` } });
    expect(again.status).toBe(409);

    const released = await api("POST", `/api/pilots/${id}/assign`, {
      token: curator,
      body: { assignee: "nobody" },
      headers: { "if-match": `"${version + 1}"` },
    });
    expect(released.status, released.text).toBe(200);
    expect(released.body.assignee).toBeUndefined();

    const history = await api("GET", `/api/pilots/${id}/revisions`, { token: curator });
    const assignments = history.body.items
      .filter((r: { action: string }) => r.action === "assign")
      .map((r: { note: string; by: { name: string } }) => [r.by.name, r.note]);
    expect(assignments).toEqual(
      expect.arrayContaining([
        ["Kari Kurator", "Tildelt Kari Kurator"],
        ["Kari Kurator", "Ikke lenger tildelt Kari Kurator"],
      ]),
    );
    expect(assignments).toHaveLength(2);
  });

  it("refuses a bad body with 422 naming the field, a missing If-Match with 428 and a stale one with 412", async () => {
    const curator = await tokenFor("kurator");
    const { id, version } = await submittedPilot(OFFICE, endedContent({ title: "Tildeling: feil i forespørselen" }));

    const bad = await api("POST", `/api/pilots/${id}/assign`, { token: curator, body: { assignee: "Kari" }, headers: { "if-match": `"${version}"` } });
    expect(bad.status).toBe(422);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    expect(bad.body.errors).toEqual([expect.objectContaining({ pointer: "/assignee", message: expect.stringMatching(/«me»/) })]);

    const unknown = await api("POST", `/api/pilots/${id}/assign`, {
      token: curator,
      body: { assignee: "me", extra: 1 },
      headers: { "if-match": `"${version}"` },
    });
    expect(unknown.status).toBe(422);

    const missing = await api("POST", `/api/pilots/${id}/assign`, { token: curator, body: { assignee: "me" } });
    expect(missing.status).toBe(428);

    const stale = await api("POST", `/api/pilots/${id}/assign`, { token: curator, body: { assignee: "me" }, headers: { "if-match": `"${version - 1}"` } });
    expect(stale.status).toBe(412);
    expect(stale.headers.get("content-type")).toContain("application/problem+json");

    const nobody = await api("POST", `/api/pilots/${id}/assign`, { token: curator, body: { assignee: "nobody" }, headers: { "if-match": `"${version}"` } });
    expect(nobody.status).toBe(409);

    const absent = await api("POST", `/api/pilots/01J0000000000000000000ZZZZ/assign`, {
      token: curator,
      body: { assignee: "me" },
      headers: { "if-match": '"1"' },
    });
    expect(absent.status).toBe(404);
  });

  it("assigns only trials waiting for review (409 for a draft)", async () => {
    const office = await tokenFor("kontor", OFFICE);
    const curator = await tokenFor("kurator");
    const created = await api("POST", "/api/pilots", { token: office, body: endedContent({ title: "Tildeling: et utkast" }) });
    const res = await api("POST", `/api/pilots/${created.body.id}/assign`, { token: curator, body: { assignee: "me" }, headers: { "if-match": '"1"' } });
    expect(res.status).toBe(409);
    expect(res.body.detail ?? res.body.title).toMatch(/venter på vurdering/);
  });
});
