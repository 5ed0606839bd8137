import { PilotSchema, type Pilot } from "../../domain/pilot.ts";
import { keys } from "../dynamodb/keys.ts";
import { ReconsiderationSchema } from "../../domain/reconsideration.ts";
import { noticePilot, type PlannedNotice } from "../../domain/notices/notice.ts";

/** One stream record's images, unmarshalled: the item before and after the change. */
export interface ChangeImages {
  readonly oldImage?: Record<string, unknown> | undefined;
  readonly newImage?: Record<string, unknown> | undefined;
}

function pilotOf(image: Record<string, unknown> | undefined): Pilot | undefined {
  if (image?.sk !== keys.pilot("-").sk) return undefined;
  const parsed = PilotSchema.safeParse(image.data);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The review notices one change to the table gives: a trial that moved to another workflow state, or a
 * request for reconsideration that was opened or answered. Everything else (edits, revisions, public
 * records, catalogues) gives none. Pure: the same record always gives the same notices with the same keys,
 * so a retried batch is recognised by the keys alone.
 */
export function reviewNoticesFor(change: ChangeImages): PlannedNotice[] {
  const sk = (change.newImage ?? change.oldImage)?.sk;
  if (typeof sk === "string" && sk.startsWith(keys.reconsiderationPrefix)) return reconsiderationNotices(change);
  const next = pilotOf(change.newImage);
  if (!next) return [];
  const previous = pilotOf(change.oldImage);
  // Only a change of workflow state is a review step; edits, method moves and rating answers are not.
  if (previous && previous.state === next.state) return [];
  const pilot = noticePilot(next);
  const key = (kind: string) => `${next.id}#v${next.version}#${kind}`;
  switch (next.state) {
    case "submitted":
      return [{ kind: "submitted", eventKey: key("submitted"), audience: "curators", pilotId: next.id, pilot, details: {} }];
    case "changes_requested":
      return [
        {
          kind: "changes_requested",
          eventKey: key("changes_requested"),
          audience: "office",
          pilotId: next.id,
          pilot,
          details: { comment: next.reviewComment },
        },
      ];
    case "published": {
      const notices: PlannedNotice[] = [
        { kind: "published", eventKey: key("published"), audience: "office", pilotId: next.id, pilot, details: { evidence: next.evidence } },
      ];
      // Followers hear of a trial once, when it is first published, not of every later revision.
      if (next.firstPublishedAt === next.publishedAt) {
        notices.push({
          kind: "followed_published",
          eventKey: `${next.id}#first-published`,
          audience: "followers",
          pilotId: next.id,
          pilot,
          details: { evidence: next.evidence },
        });
      }
      return notices;
    }
    case "withdrawn":
      return [{ kind: "withdrawn", eventKey: key("withdrawn"), audience: "office", pilotId: next.id, pilot, details: { comment: next.reviewComment } }];
    default:
      return [];
  }
}

function reconsiderationNotices(change: ChangeImages): PlannedNotice[] {
  const next = ReconsiderationSchema.safeParse(change.newImage?.data);
  if (!next.success) return [];
  const previous = ReconsiderationSchema.safeParse(change.oldImage?.data);
  const request = next.data;
  if (request.status === "open" && !previous.success) {
    return [
      {
        kind: "reconsideration_requested",
        eventKey: `${request.pilotId}#recon#${request.requestedAt}#requested`,
        audience: "curators",
        pilotId: request.pilotId,
        details: { comment: request.comment },
      },
    ];
  }
  if (request.status === "answered" && (!previous.success || previous.data.status === "open")) {
    return [
      {
        kind: "reconsideration_answered",
        eventKey: `${request.pilotId}#recon#${request.requestedAt}#answered`,
        audience: "office",
        pilotId: request.pilotId,
        details: { comment: request.reason, decision: request.decision, evidence: request.evidenceAfter },
      },
    ];
  }
  return [];
}
