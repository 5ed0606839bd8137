import { describe, expect, it } from "vitest";
import { canRead, decide, type WorkflowAction, type WorkflowSubject } from "../../shared/domain/workflow.ts";
import type { Principal } from "../../shared/domain/principal.ts";
import type { PilotState } from "../../shared/domain/taxonomy.ts";

const own: Principal = { sub: "a", name: "A", role: "kontor", office: "nav-lier" };
const other: Principal = { sub: "b", name: "B", role: "kontor", office: "nav-larvik" };
const curator: Principal = { sub: "k", name: "K", role: "kurator" };

const subject = (state: PilotState, extra: Partial<WorkflowSubject> = {}): WorkflowSubject => ({
  state,
  officeId: "nav-lier",
  version: 3,
  ...extra,
});
const published = (extra: Partial<WorkflowSubject> = {}) => subject("published", { publishedVersion: 3, rated: true, ...extra });

type Expectation = [label: string, WorkflowSubject, WorkflowAction, Principal, PilotState | "forbidden" | "invalid_state"];

const cases: Expectation[] = [
  // edit
  ["own office edits a draft", subject("draft"), "edit", own, "draft"],
  ["own office edits a returned trial", subject("changes_requested"), "edit", own, "changes_requested"],
  ["own office edits a published trial (pending revision)", published(), "edit", own, "published"],
  ["own office edits while under review", subject("submitted"), "edit", own, "submitted"],
  ["nobody edits a withdrawn trial", subject("withdrawn"), "edit", own, "invalid_state"],
  ["another office may not edit", subject("draft"), "edit", other, "forbidden"],
  ["a curator does not edit the office's text", subject("draft"), "edit", curator, "forbidden"],
  // submit
  ["own office submits a draft", subject("draft"), "submit", own, "submitted"],
  ["own office resubmits a returned trial", subject("changes_requested"), "submit", own, "submitted"],
  ["own office submits an edit of a published trial", published({ version: 4, hasPendingChanges: true }), "submit", own, "submitted"],
  ["nothing to submit on an unchanged published trial", published(), "submit", own, "invalid_state"],
  ["no double submit", subject("submitted"), "submit", own, "invalid_state"],
  ["no submit after withdrawal", subject("withdrawn"), "submit", own, "invalid_state"],
  ["another office may not submit", subject("draft"), "submit", other, "forbidden"],
  ["a curator does not submit", subject("draft"), "submit", curator, "forbidden"],
  // publish and request changes
  ["curator publishes a submitted trial", subject("submitted"), "publish", curator, "published"],
  ["curator returns a submitted trial", subject("submitted"), "request_changes", curator, "changes_requested"],
  ["no publishing of a draft", subject("draft"), "publish", curator, "invalid_state"],
  ["no publishing of a returned trial", subject("changes_requested"), "publish", curator, "invalid_state"],
  ["no republishing without a submission", published(), "publish", curator, "invalid_state"],
  ["no returning of a draft", subject("draft"), "request_changes", curator, "invalid_state"],
  ["office staff may not publish", subject("submitted"), "publish", own, "forbidden"],
  ["office staff may not return", subject("submitted"), "request_changes", own, "forbidden"],
  // withdraw
  ["curator withdraws a published trial", published(), "withdraw", curator, "withdrawn"],
  ["curator withdraws a draft", subject("draft"), "withdraw", curator, "withdrawn"],
  ["own office withdraws its draft", subject("draft"), "withdraw", own, "withdrawn"],
  ["own office withdraws its submitted trial", subject("submitted"), "withdraw", own, "withdrawn"],
  ["own office withdraws its returned trial", subject("changes_requested"), "withdraw", own, "withdrawn"],
  ["own office may not withdraw a published trial", published(), "withdraw", own, "forbidden"],
  ["own office may not withdraw a resubmitted edit of a published trial", subject("submitted", { publishedVersion: 2 }), "withdraw", own, "forbidden"],
  ["another office may not withdraw", subject("draft"), "withdraw", other, "forbidden"],
  ["no second withdrawal", subject("withdrawn"), "withdraw", curator, "invalid_state"],
  // reconsideration
  ["own office asks to reconsider a published rating", published(), "request_reconsideration", own, "published"],
  ["no reconsideration of an unpublished trial", subject("submitted"), "request_reconsideration", own, "invalid_state"],
  ["another office may not ask for reconsideration", published(), "request_reconsideration", other, "forbidden"],
  ["curator answers a reconsideration", published(), "answer_reconsideration", curator, "published"],
  ["office staff may not answer", published(), "answer_reconsideration", own, "forbidden"],
  ["no answer on a withdrawn trial", subject("withdrawn"), "answer_reconsideration", curator, "invalid_state"],
  // the conversation
  [
    "own office answers the curator's comment",
    { ...subject("changes_requested"), reviewComment: "Skriv mer om oppskriften" },
    "reply_to_curator",
    own,
    "changes_requested",
  ],
  ["nothing to answer without a comment", subject("draft"), "reply_to_curator", own, "invalid_state"],
  ["another office may not answer", { ...subject("changes_requested"), reviewComment: "Skriv mer" }, "reply_to_curator", other, "forbidden"],
  [
    "a curator answers through request-changes, not here",
    { ...subject("changes_requested"), reviewComment: "Skriv mer" },
    "reply_to_curator",
    curator,
    "forbidden",
  ],
  // assignment in the review queue: curators only, while the trial waits for review
  ["curator takes a submitted trial", subject("submitted"), "assign", curator, "submitted"],
  ["no assignment of a draft", subject("draft"), "assign", curator, "invalid_state"],
  ["no assignment of a published trial", published(), "assign", curator, "invalid_state"],
  ["the own office does not assign curators", subject("submitted"), "assign", own, "forbidden"],
  ["another office does not assign curators", subject("submitted"), "assign", other, "forbidden"],
  // redaction: curators only, in every state, and the state stays
  ["curator redacts a draft", subject("draft"), "redact", curator, "draft"],
  ["curator redacts a submitted trial", subject("submitted"), "redact", curator, "submitted"],
  ["curator redacts a returned trial", subject("changes_requested"), "redact", curator, "changes_requested"],
  ["curator redacts a published trial", published(), "redact", curator, "published"],
  ["curator redacts a withdrawn trial", subject("withdrawn"), "redact", curator, "withdrawn"],
  ["own office may not redact", published(), "redact", own, "forbidden"],
  ["another office may not redact", subject("draft"), "redact", other, "forbidden"],
  // a method merge moves every trial of the method: curators only, in every state, and the state stays
  ["curator moves a draft to the kept method", subject("draft"), "move_method", curator, "draft"],
  ["curator moves a published trial to the kept method", published(), "move_method", curator, "published"],
  ["curator moves a withdrawn trial to the kept method", subject("withdrawn"), "move_method", curator, "withdrawn"],
  ["own office may not move its trial to another method", published(), "move_method", own, "forbidden"],
  ["another office may not move a trial", subject("draft"), "move_method", other, "forbidden"],
];

describe("the review workflow", () => {
  it.each(cases)("%s", (_label, s, action, actor, expected) => {
    const decision = decide(s, action, actor);
    if (expected === "forbidden" || expected === "invalid_state") {
      expect(decision).toMatchObject({ ok: false, reason: expected });
      if (!decision.ok) expect(decision.message).toMatch(/\S/);
    } else {
      expect(decision).toEqual({ ok: true, to: expected });
    }
  });

  it("covers every state × action pair for some actor", () => {
    const states: PilotState[] = ["draft", "submitted", "changes_requested", "published", "withdrawn"];
    const actions: WorkflowAction[] = ["edit", "submit", "publish", "request_changes", "withdraw", "request_reconsideration", "answer_reconsideration"];
    const covered = new Set(cases.map(([, s, a]) => `${s.state}:${a}`));
    const missing = states.flatMap((st) => actions.map((a) => `${st}:${a}`)).filter((k) => !covered.has(k));
    // Pairs not listed must be refused for every actor.
    for (const key of missing) {
      const [st, a] = key.split(":") as [PilotState, WorkflowAction];
      const s = st === "published" ? published() : subject(st);
      for (const actor of [own, other, curator]) expect(decide(s, a, actor).ok, `${key} by ${actor.sub}`).toBe(false);
    }
  });
});

describe("who may read a trial", () => {
  it("lets the owner and curators read anything, others only what is published", () => {
    expect(canRead(subject("draft"), own)).toBe(true);
    expect(canRead(subject("draft"), curator)).toBe(true);
    expect(canRead(subject("draft"), other)).toBe(false);
    expect(canRead(published(), other)).toBe(true);
    expect(canRead(subject("withdrawn", { publishedVersion: undefined }), other)).toBe(false);
  });
});
