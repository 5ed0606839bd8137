import type { DigestEntry } from "../../domain/notices/digest-entry.ts";
import type { Follow, NoticePreferences } from "../../domain/notices/preferences.ts";
import type { SentNotice } from "../../domain/notices/sent-notice.ts";
import type { Pilot } from "../../domain/pilot.ts";
import type { PilotState } from "../../domain/taxonomy.ts";

/**
 * The ports the services need from storage. The DynamoDB repositories in `shared/adapters/dynamodb/` implement them;
 * the services never import an adapter.
 */

/** Where the notifier keeps who was told what, who wants to hear, and the digests under way. */
export interface NoticeStore {
  claim(
    notice: Omit<SentNotice, "status" | "claimedAt" | "to"> & { readonly to: string; readonly status?: "sending" | "digest" },
    now: string,
  ): Promise<boolean>;
  markSent(eventKey: string, to: string, messageId: string, now: string): Promise<void>;
  release(eventKey: string, to: string): Promise<void>;
  preferences(address: string): Promise<NoticePreferences & { readonly version: number }>;
  followers(kind: Follow["kind"], id: string): Promise<{ to: string; delivery: Follow["delivery"] }[]>;
  profileEmail(sub: string): Promise<string | undefined>;
  queueDigest(entry: DigestEntry): Promise<void>;
  pendingDigests(rhythm: DigestEntry["rhythm"]): Promise<DigestEntry[]>;
  removeDigestEntry(entry: DigestEntry): Promise<void>;
  unsubscribeKey(): Promise<Buffer>;
}

/** The trials in one workflow state, for the daily reminder run. */
export interface PilotsByState {
  allByState(state: PilotState): Promise<Pilot[]>;
}

/** A method merge under way: which method it merges into, who began it and when. */
export interface MergeInProgress {
  readonly fromId: string;
  readonly intoId: string;
  readonly startedAt: string;
  readonly by: { readonly sub: string; readonly name: string };
}
