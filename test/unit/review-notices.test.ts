import { describe, expect, it } from "vitest";
import { keys } from "../../shared/adapters/dynamodb/keys.ts";
import { reviewNoticesFor } from "../../shared/adapters/stream/review-notices.ts";
import { pilotImage, storedPilot } from "../../fixtures/stored-pilot.ts";

describe("review notices from a stream record", () => {
  it("tells the curators when a trial is submitted", () => {
    // Prepare
    const before = storedPilot({ state: "draft", version: 2 });
    const after = storedPilot({ state: "submitted", version: 3 });
    // Act
    const notices = reviewNoticesFor({ oldImage: pilotImage(before), newImage: pilotImage(after) });
    // Assess
    expect(notices).toMatchObject([{ kind: "submitted", audience: "curators", eventKey: `${after.id}#v3#submitted` }]);
  });

  it("tells the office when changes are requested, with the comment", () => {
    const notices = reviewNoticesFor({
      oldImage: pilotImage(storedPilot({ state: "submitted", version: 3 })),
      newImage: pilotImage(storedPilot({ state: "changes_requested", version: 4, reviewComment: "Beskriv målgruppen nærmere" })),
    });
    expect(notices).toMatchObject([{ kind: "changes_requested", audience: "office", details: { comment: "Beskriv målgruppen nærmere" } }]);
  });

  it("tells the office and, on the first publication only, the followers when a trial is published", () => {
    const first = storedPilot({
      state: "published",
      version: 4,
      publishedAt: "2025-03-01T10:00:00.000Z",
      firstPublishedAt: "2025-03-01T10:00:00.000Z",
      evidence: { strength: 2, direction: "positiv" },
    });
    const firstNotices = reviewNoticesFor({ oldImage: pilotImage(storedPilot({ state: "submitted", version: 3 })), newImage: pilotImage(first) });
    expect(firstNotices.map((n) => [n.kind, n.audience])).toEqual([
      ["published", "office"],
      ["followed_published", "followers"],
    ]);
    expect(firstNotices[0]?.details.evidence).toEqual({ strength: 2, direction: "positiv" });

    const again = storedPilot({ state: "published", version: 8, publishedAt: "2025-09-01T10:00:00.000Z", firstPublishedAt: "2025-03-01T10:00:00.000Z" });
    const againNotices = reviewNoticesFor({ oldImage: pilotImage(storedPilot({ state: "submitted", version: 7 })), newImage: pilotImage(again) });
    expect(againNotices.map((n) => n.kind)).toEqual(["published"]);
  });

  it("tells the office when a trial is withdrawn", () => {
    const notices = reviewNoticesFor({
      oldImage: pilotImage(storedPilot({ state: "published" })),
      newImage: pilotImage(storedPilot({ state: "withdrawn", version: 5, reviewComment: "Registrert to ganger" })),
    });
    expect(notices).toMatchObject([{ kind: "withdrawn", details: { comment: "Registrert to ganger" } }]);
  });

  it("gives nothing for an edit, a new draft or a public record", () => {
    const edit = reviewNoticesFor({ oldImage: pilotImage(storedPilot({ version: 4 })), newImage: pilotImage(storedPilot({ version: 5 })) });
    const draft = reviewNoticesFor({ newImage: pilotImage(storedPilot({ state: "draft", version: 1 })) });
    const publicRecord = reviewNoticesFor({ newImage: { ...keys.publicPilot("x"), data: {} } });
    expect([edit, draft, publicRecord]).toEqual([[], [], []]);
  });

  it("gives the same keys for the same record, so a retried batch is recognised", () => {
    const change = {
      oldImage: pilotImage(storedPilot({ state: "submitted", version: 3 })),
      newImage: pilotImage(storedPilot({ state: "changes_requested", version: 4, reviewComment: "x" })),
    };
    expect(reviewNoticesFor(change).map((n) => n.eventKey)).toEqual(reviewNoticesFor(change).map((n) => n.eventKey));
  });

  it("tells the curators of a reconsideration request and the office of its answer", () => {
    const open = {
      pilotId: "01JABCDEFGHJKMNPQRSTVWXYZ0",
      officeId: "nav-kongsvinger",
      requestedAt: "2025-04-01T08:00:00.000Z",
      requestedBy: { sub: "a", name: "A" },
      comment: "Vi hadde sammenligningsgruppe",
      status: "open",
    };
    const requested = reviewNoticesFor({ newImage: { ...keys.reconsideration(open.pilotId, open.requestedAt), data: open } });
    expect(requested).toMatchObject([{ kind: "reconsideration_requested", audience: "curators", pilotId: open.pilotId, details: { comment: open.comment } }]);

    const answered = {
      ...open,
      status: "answered",
      answeredAt: "2025-04-03T08:00:00.000Z",
      answeredBy: { sub: "k", name: "K" },
      decision: "changed",
      reason: "Riktig, nivå 3",
      evidenceAfter: { strength: 3, direction: "positiv" },
    };
    const answer = reviewNoticesFor({
      oldImage: { ...keys.reconsideration(open.pilotId, open.requestedAt), data: open },
      newImage: { ...keys.reconsideration(open.pilotId, open.requestedAt), data: answered },
    });
    expect(answer).toMatchObject([{ kind: "reconsideration_answered", audience: "office", details: { decision: "changed", comment: "Riktig, nivå 3" } }]);
  });
});
