import type { EvidenceRating, Pilot } from "../domain/pilot.ts";
import type { Principal } from "../domain/principal.ts";
import type { PilotState } from "../domain/taxonomy.ts";
import { indexKeys, keys } from "../data/keys.ts";
import type { PilotWrite } from "../data/pilot-repository.ts";
import { toPublicPilot } from "../public/projection.ts";
import type { PublicTombstone } from "../public/public-pilot.ts";

/**
 * The writes behind each workflow action, shared by the API handlers and the sample-data seeding so that
 * both change a trial in exactly the same way. The workflow (`domain/workflow.ts`) decides whether an
 * action is allowed; these say what it writes.
 */

type Actor = Pick<Principal, "sub" | "name">;

/**
 * The public record of a trial, from the content that is public (`published`: the published revision's
 * snapshot) with the curators' current decisions (rating, method) from `current`.
 */
function publicItem(published: Pilot, current: Pilot, now: string, tableName: string) {
  const firstPublishedAt = current.firstPublishedAt ?? now;
  const subject: Pilot = {
    ...published,
    ...(current.evidence ? { evidence: current.evidence } : {}),
    ...(current.methodId ? { methodId: current.methodId } : {}),
    publishedAt: current.publishedAt ?? published.publishedAt ?? now,
  };
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.publicPilot(current.id),
        entity: "public",
        ...indexKeys.publicFeed(now, current.id),
        deleted: false,
        data: toPublicPilot(subject, firstPublishedAt, now),
      },
    },
  };
}

function tombstoneItem(pilot: Pilot, now: string, tableName: string) {
  const tombstone: PublicTombstone = { id: pilot.id, slug: pilot.slug, deleted: true, deletedAt: now };
  return {
    Put: {
      TableName: tableName,
      Item: { ...keys.publicPilot(pilot.id), entity: "public", ...indexKeys.publicFeed(now, pilot.id), deleted: true, data: tombstone },
    },
  };
}

export function submitWrite(actor: Actor, to: PilotState): PilotWrite {
  return { action: "submit", actor, next: (pilot, now) => ({ ...pilot, state: to, submittedAt: now }) };
}

export function requestChangesWrite(actor: Actor, comment: string): PilotWrite {
  return {
    action: "request_changes",
    actor,
    note: comment,
    next: (pilot) => ({ ...pilot, state: "changes_requested", reviewComment: comment }),
  };
}

/** The office answers the curators' comment: the answer is kept in the history, the trial is unchanged. */
export function replyToCuratorWrite(actor: Actor, message: string): PilotWrite {
  return { action: "reply_to_curator", actor, note: message, next: (pilot) => pilot };
}

export interface PublishDecision {
  readonly evidence: EvidenceRating;
  readonly methodId: string;
  readonly note?: string | undefined;
}

/** Publishing makes this version the public one and writes its projection in the same transaction. */
export function publishWrite(actor: Actor, decision: PublishDecision, tableName: string): PilotWrite {
  return {
    action: "publish",
    actor,
    note: decision.note,
    next: (pilot, now) => {
      const { reviewComment: _cleared, ...rest } = pilot;
      return {
        ...rest,
        state: "published",
        evidence: decision.evidence,
        methodId: decision.methodId,
        publishedAt: now,
        firstPublishedAt: pilot.firstPublishedAt ?? now,
        // The version this write creates is the public one.
        publishedVersion: pilot.version + 1,
        hasPendingChanges: false,
      };
    },
    extraItems: (next, now) => [publicItem(next, next, now, tableName)],
  };
}

/** Withdrawing keeps the record and its history; a published trial leaves the export as a tombstone. */
export function withdrawWrite(actor: Actor, reason: string, tableName: string): PilotWrite {
  return {
    action: "withdraw",
    actor,
    note: reason,
    next: (pilot) => {
      const { publishedVersion: _gone, hasPendingChanges: _pending, ...rest } = pilot;
      return { ...rest, state: "withdrawn", reviewComment: reason };
    },
    extraItems: (next, now) => (next.firstPublishedAt ? [tombstoneItem(next, now, tableName)] : []),
  };
}

/** An office's request to reconsider the rating, kept in the history and opened in the curators' queue. */
export function requestReconsiderationWrite(actor: Actor, comment: string, tableName: string): PilotWrite {
  return {
    action: "request_reconsideration",
    actor,
    note: comment,
    next: (pilot) => pilot,
    extraItems: (next, now) => [
      {
        Put: {
          TableName: tableName,
          Item: {
            ...keys.reconsideration(next.id, now),
            entity: "reconsideration",
            ...indexKeys.openReconsideration(now, next.id),
            data: {
              pilotId: next.id,
              officeId: next.officeId,
              requestedAt: now,
              requestedBy: { sub: actor.sub, name: actor.name },
              comment,
              evidenceAtRequest: next.evidence,
              status: "open",
            },
          },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
    ],
  };
}

export interface ReconsiderationAnswer {
  readonly requestedAt: string;
  readonly decision: "kept" | "changed";
  readonly evidence?: EvidenceRating | undefined;
  readonly reason: string;
}

/**
 * A curator's answer: the rating kept or changed, with a reason, recorded in the history; the request
 * leaves the queue; a changed rating reaches the public record at once.
 */
export function answerReconsiderationWrite(
  actor: Actor,
  answer: ReconsiderationAnswer,
  published: Pilot,
  request: Record<string, unknown>,
  tableName: string,
): PilotWrite {
  return {
    action: "answer_reconsideration",
    actor,
    note: `${answer.decision === "kept" ? "Vurderingen er beholdt" : "Vurderingen er endret"}: ${answer.reason}`,
    next: (pilot) => (answer.decision === "changed" && answer.evidence ? { ...pilot, evidence: answer.evidence } : pilot),
    extraItems: (next, now) => [
      {
        Put: {
          TableName: tableName,
          Item: {
            ...keys.reconsideration(next.id, answer.requestedAt),
            entity: "reconsideration",
            data: { ...request, status: "answered", answeredAt: now, answeredBy: { sub: actor.sub, name: actor.name }, decision: answer.decision, reason: answer.reason, evidenceAfter: next.evidence },
          },
          ConditionExpression: "attribute_exists(pk) AND gsi2pk = :open",
          ExpressionAttributeValues: { ":open": "RECON#open" },
        },
      },
      ...(answer.decision === "changed" ? [publicItem(published, next, now, tableName)] : []),
    ],
  };
}

/** Moves a trial to another method (a merge); a published trial's public record follows. */
export function moveMethodWrite(actor: Actor, methodId: string, published: Pilot | undefined, tableName: string, note: string): PilotWrite {
  return {
    action: "move_method",
    actor,
    note,
    next: (pilot) => ({
      ...pilot,
      methodId,
      ...(pilot.content.methodId && !pilot.methodId ? { content: { ...pilot.content, methodId } } : {}),
    }),
    extraItems: (next, now) => (published && next.publishedVersion !== undefined ? [publicItem(published, next, now, tableName)] : []),
  };
}
