import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import { completeContent } from "../../fixtures/pilots.ts";

const OFFICE = "nav-hamar";

describe("the conversation between an office and the curators", () => {
  it("lets the office answer a curator's comment; the curator sees it in the history, the public never does", async () => {
    // Prepare: a submitted trial that a curator returns with a comment.
    const office = await tokenFor("kontor", OFFICE);
    const curator = await tokenFor("kurator");
    const created = await api("POST", "/api/pilots", { token: office, body: completeContent({ title: "Samtale med kuratoren" }) });
    const submitted = await api("POST", `/api/pilots/${created.body.id}/submit`, { token: office, headers: { "if-match": '"1"' } });
    const returned = await api("POST", `/api/pilots/${created.body.id}/request-changes`, {
      token: curator,
      body: { comment: "Hva må bedriftene stille med?" },
      headers: { "if-match": `"${submitted.body.version}"` },
    });
    expect(returned.status).toBe(200);

    // Act
    const answer = "To timer i uka per mentor, og et møterom.";
    const replied = await api("POST", `/api/pilots/${created.body.id}/reply`, {
      token: office,
      body: { message: answer },
      headers: { "if-match": `"${returned.body.version}"` },
    });

    // Assess: the trial is unchanged but for its version; the answer is in the history the curator reads.
    expect(replied.status).toBe(200);
    expect(replied.body).toMatchObject({ state: "changes_requested", version: returned.body.version + 1, content: { title: "Samtale med kuratoren" } });
    const history = await api("GET", `/api/pilots/${created.body.id}/revisions`, { token: curator });
    const thread = history.body.items
      .filter((r: { action: string }) => ["request_changes", "reply_to_curator"].includes(r.action))
      .map((r: { action: string; note: string; by: { sub: string } }) => [r.action, r.note]);
    expect(thread).toEqual([
      ["reply_to_curator", answer],
      ["request_changes", "Hva må bedriftene stille med?"],
    ]);
    const publicExport = await api("GET", "/api/public/pilots");
    expect(publicExport.text).not.toContain(answer);
  });

  it("refuses an answer from another office, an empty answer, and an answer with nothing to answer", async () => {
    const office = await tokenFor("kontor", OFFICE);
    const other = await tokenFor("kontor", "nav-larvik");
    const created = await api("POST", "/api/pilots", { token: office, body: completeContent({ title: "Ingen kommentar ennå" }) });
    const none = await api("POST", `/api/pilots/${created.body.id}/reply`, { token: office, body: { message: "Hei" }, headers: { "if-match": '"1"' } });
    expect(none.status).toBe(409);
    const empty = await api("POST", `/api/pilots/${created.body.id}/reply`, { token: office, body: { message: "  " }, headers: { "if-match": '"1"' } });
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0].pointer).toBe("/message");
    const foreign = await api("POST", `/api/pilots/${created.body.id}/reply`, { token: other, body: { message: "Hei" }, headers: { "if-match": '"1"' } });
    expect(foreign.status).toBe(403);
    const stored = await api("GET", `/api/pilots/${created.body.id}`, { token: office });
    expect(stored.body.version).toBe(1);
  });
});
