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

function publicItem(pilot: Pilot, now: string, tableName: string) {
  const firstPublishedAt = pilot.firstPublishedAt ?? now;
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.publicPilot(pilot.id),
        entity: "public",
        ...indexKeys.publicFeed(now, pilot.id),
        deleted: false,
        data: toPublicPilot(pilot, firstPublishedAt),
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
      };
    },
    extraItems: (next, now) => [publicItem(next, now, tableName)],
  };
}

/** Withdrawing keeps the record and its history; a published trial leaves the export as a tombstone. */
export function withdrawWrite(actor: Actor, reason: string, tableName: string): PilotWrite {
  return {
    action: "withdraw",
    actor,
    note: reason,
    next: (pilot) => {
      const { publishedVersion: _gone, ...rest } = pilot;
      return { ...rest, state: "withdrawn", reviewComment: reason };
    },
    extraItems: (next, now) => (next.firstPublishedAt ? [tombstoneItem(next, now, tableName)] : []),
  };
}
