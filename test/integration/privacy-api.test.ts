import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import { endedContent, publishedPilot } from "../support/lifecycle.ts";

const OWN = "nav-lillehammer";
const OTHER = "nav-tromso";

describe("what other offices see of a trial", () => {
  it("gives another office the public projection only: no authors, no internal state, small counts hidden", async () => {
    // Prepare: a published trial with a small group, then an edit that is sent back with a comment
    const content = endedContent({ title: "Liten gruppe for andre kontorer", participants: { count: 3 } });
    const { id, version } = await publishedPilot(OWN, content);
    const own = await tokenFor("kontor", OWN);
    const edited = await api("PUT", `/api/pilots/${id}`, {
      token: own,
      body: { ...content, summary: "Ny tekst som venter" },
      headers: { "if-match": `"${version}"` },
    });
    expect(edited.status).toBe(200);
    const submitted = await api("POST", `/api/pilots/${id}/submit`, { token: own, headers: { "if-match": `"${edited.body.version}"` } });
    const curator = await tokenFor("kurator");
    const returned = await api("POST", `/api/pilots/${id}/request-changes`, {
      token: curator,
      body: { comment: "Intern kommentar" },
      headers: { "if-match": `"${submitted.body.version}"` },
    });
    expect(returned.status).toBe(200);
    expect(returned.body.state).toBe("changes_requested");

    // Act
    const res = await api("GET", `/api/pilots/${id}`, { token: await tokenFor("kontor", OTHER) });

    // Assess
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, title: content.title, officeId: OWN, participants: { count: "færre enn 5" } });
    for (const internal of ["createdBy", "updatedBy", "state", "reviewComment", "hasPendingChanges", "version", "content", "publishedVersion"]) {
      expect(res.body, internal).not.toHaveProperty(internal);
    }
    expect(res.text).not.toContain("changes_requested");
    expect(res.text).not.toContain("Intern kommentar");
    expect(res.text).not.toContain("Ny tekst som venter");
    expect(res.headers.get("etag")).toBeNull();

    // The office itself still sees its working copy
    const mine = await api("GET", `/api/pilots/${id}`, { token: own });
    expect(mine.body).toMatchObject({ state: "changes_requested", createdBy: { sub: `kontor-${OWN}` } });
  });
});

describe("reconsideration requests", () => {
  it("keeps one open request per trial: a second one gets 409 with a clear message, and a new one is allowed after the answer", async () => {
    // Prepare
    const { id, version } = await publishedPilot(OWN, endedContent({ title: "Ny vurdering en gang" }));
    const own = await tokenFor("kontor", OWN);
    const first = await api("POST", `/api/pilots/${id}/reconsideration`, {
      token: own,
      body: { comment: "Vi har en ny rapport." },
      headers: { "if-match": `"${version}"` },
    });
    expect(first.status).toBe(202);

    // Act
    const second = await api("POST", `/api/pilots/${id}/reconsideration`, {
      token: own,
      body: { comment: "Og en til." },
      headers: { "if-match": `"${first.body.version}"` },
    });

    // Assess
    expect(second.status).toBe(409);
    expect(second.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(second.body.detail).toMatch(/allerede en åpen forespørsel/);

    // After the curator's answer, the office may ask again
    const curator = await tokenFor("kurator");
    const queue = await api("GET", "/api/review-queue", { token: curator });
    const open = queue.body.reconsiderations.filter((r: { pilotId: string }) => r.pilotId === id);
    expect(open).toHaveLength(1);
    const answered = await api("POST", `/api/pilots/${id}/reconsideration/answer`, {
      token: curator,
      body: { requestedAt: open[0].requestedAt, decision: "kept", reason: "Rapporten endrer ikke designet." },
      headers: { "if-match": `"${first.body.version}"` },
    });
    expect(answered.status).toBe(200);
    const third = await api("POST", `/api/pilots/${id}/reconsideration`, {
      token: own,
      body: { comment: "Ny runde." },
      headers: { "if-match": `"${answered.body.version}"` },
    });
    expect(third.status).toBe(202);
  });

  it("lets only one of two requests sent at once through", async () => {
    const { id, version } = await publishedPilot(OWN, endedContent({ title: "Samtidige forespørsler" }));
    const own = await tokenFor("kontor", OWN);
    const answers = await Promise.all(
      [1, 2, 3].map((i) =>
        api("POST", `/api/pilots/${id}/reconsideration`, { token: own, body: { comment: `Forespørsel ${i}` }, headers: { "if-match": `"${version}"` } }),
      ),
    );
    expect(answers.filter((a) => a.status === 202)).toHaveLength(1);
    expect(answers.every((a) => [202, 409, 412].includes(a.status))).toBe(true);
    const queue = await api("GET", "/api/review-queue", { token: await tokenFor("kurator") });
    expect(queue.body.reconsiderations.filter((r: { pilotId: string }) => r.pilotId === id)).toHaveLength(1);
  });
});
