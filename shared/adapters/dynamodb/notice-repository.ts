import { randomBytes } from "node:crypto";
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, paginateQuery, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import * as z from "zod/mini";
import { SentNoticeSchema, type SentNotice } from "../../domain/notices/sent-notice.ts";
import { DEFAULT_PREFERENCES, NoticePreferencesSchema, normalAddress, type Follow, type NoticePreferences } from "../../domain/notices/preferences.ts";
import { badCursor, decodeCursor, encodeCursor, isRefusedStartKey, isUnavailable, unavailable } from "./dynamo.ts";
import { indexKeys, keys, partitions } from "./keys.ts";
import { DigestEntrySchema, type DigestEntry } from "../../domain/notices/digest-entry.ts";
import type { NoticeStore } from "../../application/ports/stores.ts";

export { DigestEntrySchema, type DigestEntry };

const ProfileSchema = z.strictObject({ sub: z.string(), email: z.string(), name: z.string(), updatedAt: z.string() });

const isConditionFailed = (error: unknown) => error instanceof Error && error.name === "ConditionalCheckFailedException";

/**
 * Notices, preferences, followers, profiles and digests in the one table. `claim` is the guard that a notice
 * goes out once: a conditional put on the event and address, so a retried stream batch or a rerun of the daily
 * job finds the key taken and sends nothing again.
 */
export class NoticeRepository implements NoticeStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private async call<T>(work: () => Promise<T>, cursor?: string): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isRefusedStartKey(error, cursor)) throw badCursor();
      if (isUnavailable(error)) throw unavailable();
      throw error;
    }
  }

  /** Claims a notice for an address; false when it was claimed before (sent, being sent, or queued for a digest). */
  async claim(
    notice: Omit<SentNotice, "status" | "claimedAt" | "to"> & { readonly to: string; readonly status?: "sending" | "digest" },
    now: string,
  ): Promise<boolean> {
    const to = normalAddress(notice.to);
    const record: SentNotice = SentNoticeSchema.parse({ ...notice, to, status: notice.status ?? "sending", claimedAt: now });
    try {
      await this.call(() =>
        this.db.send(
          new PutCommand({
            TableName: this.tableName,
            Item: {
              ...keys.notice(notice.eventKey, to),
              entity: "notice",
              ...indexKeys.noticeByOffice(notice.officeId, now, notice.eventKey, to),
              data: record,
            },
            ConditionExpression: "attribute_not_exists(pk)",
          }),
        ),
      );
      return true;
    } catch (error) {
      if (isConditionFailed(error)) return false;
      throw error;
    }
  }

  async markSent(eventKey: string, to: string, messageId: string, now: string): Promise<void> {
    await this.call(() =>
      this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.notice(eventKey, normalAddress(to)),
          UpdateExpression: "SET #d.#s = :sent, #d.sentAt = :now, #d.messageId = :id",
          ExpressionAttributeNames: { "#d": "data", "#s": "status" },
          ExpressionAttributeValues: { ":sent": "sent", ":now": now, ":id": messageId },
        }),
      ),
    );
  }

  /** Gives a claim back after the mail could not be sent, so that the retry sends it. */
  async release(eventKey: string, to: string): Promise<void> {
    await this.call(() =>
      this.db.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keys.notice(eventKey, normalAddress(to)),
          ConditionExpression: "#d.#s = :sending",
          ExpressionAttributeNames: { "#d": "data", "#s": "status" },
          ExpressionAttributeValues: { ":sending": "sending" },
        }),
      ),
    ).catch((error: unknown) => {
      if (!isConditionFailed(error)) throw error;
    });
  }

  /** What was sent about an office's trials, newest first. */
  async sentForOffice(officeId: string, limit: number, cursor?: string): Promise<{ items: SentNotice[]; cursor?: string | undefined }> {
    const out = await this.call(
      () =>
        this.db.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: "gsi1",
            KeyConditionExpression: "gsi1pk = :pk",
            ExpressionAttributeValues: { ":pk": partitions.officeNotices(officeId) },
            ScanIndexForward: false,
            Limit: limit,
            ExclusiveStartKey: decodeCursor(cursor, ["pk", "sk", "gsi1pk", "gsi1sk"], { gsi1pk: partitions.officeNotices(officeId) }),
          }),
        ),
      cursor,
    );
    return { items: (out.Items ?? []).map((item) => SentNoticeSchema.parse(item.data)), cursor: encodeCursor(out.LastEvaluatedKey) };
  }

  async preferences(address: string): Promise<NoticePreferences & { readonly version: number }> {
    const out = await this.call(() => this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.preferences(normalAddress(address)) })));
    if (!out.Item) return { ...DEFAULT_PREFERENCES, version: 0 };
    return { ...NoticePreferencesSchema.parse(out.Item.data), version: Number(out.Item.version) };
  }

  /**
   * Saves an address's preferences and its follower items. `expected` is the version read (0: none yet);
   * a stale one returns false and writes nothing.
   */
  async savePreferences(address: string, next: NoticePreferences, expected: number, now: string): Promise<number | undefined> {
    const to = normalAddress(address);
    const previous = await this.preferences(to);
    try {
      await this.call(() =>
        this.db.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { ...keys.preferences(to), entity: "preferences", version: expected + 1, updatedAt: now, data: NoticePreferencesSchema.parse(next) },
            ...(expected === 0
              ? { ConditionExpression: "attribute_not_exists(pk)" }
              : { ConditionExpression: "version = :v", ExpressionAttributeValues: { ":v": expected } }),
          }),
        ),
      );
    } catch (error) {
      if (isConditionFailed(error)) return undefined;
      throw error;
    }
    const id = (f: Follow) => `${f.kind}:${f.id}`;
    const wanted = new Map(next.follows.map((f) => [id(f), f]));
    for (const old of previous.follows) {
      if (!wanted.has(id(old))) await this.call(() => this.db.send(new DeleteCommand({ TableName: this.tableName, Key: keys.follower(old.kind, old.id, to) })));
    }
    for (const follow of next.follows) {
      await this.call(() =>
        this.db.send(
          new PutCommand({ TableName: this.tableName, Item: { ...keys.follower(follow.kind, follow.id, to), entity: "follower", data: { to, ...follow } } }),
        ),
      );
    }
    return expected + 1;
  }

  /** Turns the optional notices off for an address (the unsubscribe link); its follows end too. */
  async unsubscribe(address: string, now: string): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const { version, ...current } = await this.preferences(address);
      const saved = await this.savePreferences(address, { ...current, reviewNotices: false, follows: [] }, version, now);
      if (saved !== undefined) return;
    }
    throw unavailable();
  }

  async followers(kind: Follow["kind"], id: string): Promise<{ to: string; delivery: Follow["delivery"] }[]> {
    const FollowerSchema = z.strictObject({ to: z.string(), kind: z.string(), id: z.string(), delivery: z.enum(["email", "weekly"]) });
    return this.call(async () => {
      const found: { to: string; delivery: Follow["delivery"] }[] = [];
      const pages = paginateQuery(
        { client: this.db },
        { TableName: this.tableName, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": partitions.followers(kind, id) } },
      );
      for await (const page of pages) found.push(...(page.Items ?? []).map((item) => FollowerSchema.parse(item.data)));
      return found;
    });
  }

  async saveProfile(sub: string, email: string, name: string, now: string): Promise<void> {
    await this.call(() =>
      this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.profile(sub), entity: "profile", data: { sub, email: normalAddress(email), name, updatedAt: now } },
        }),
      ),
    );
  }

  async profileEmail(sub: string): Promise<string | undefined> {
    const out = await this.call(() => this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.profile(sub) })));
    return out.Item ? ProfileSchema.parse(out.Item.data).email : undefined;
  }

  async queueDigest(entry: DigestEntry): Promise<void> {
    const to = normalAddress(entry.to);
    await this.call(() =>
      this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.digestEntry(to, entry.at, entry.eventKey),
            entity: "digest",
            ...indexKeys.pendingDigest(entry.rhythm, to, entry.at),
            data: { ...entry, to },
          },
        }),
      ),
    );
  }

  async pendingDigests(rhythm: DigestEntry["rhythm"]): Promise<DigestEntry[]> {
    return this.call(async () => {
      const entries: DigestEntry[] = [];
      const pages = paginateQuery(
        { client: this.db },
        {
          TableName: this.tableName,
          IndexName: "gsi2",
          KeyConditionExpression: "gsi2pk = :pk",
          ExpressionAttributeValues: { ":pk": partitions.pendingDigests(rhythm) },
        },
      );
      for await (const page of pages) entries.push(...(page.Items ?? []).map((item) => DigestEntrySchema.parse(item.data)));
      return entries;
    });
  }

  async removeDigestEntry(entry: DigestEntry): Promise<void> {
    await this.call(() =>
      this.db.send(new DeleteCommand({ TableName: this.tableName, Key: keys.digestEntry(normalAddress(entry.to), entry.at, entry.eventKey) })),
    );
  }

  /** The key unsubscribe tokens are signed with: made once, kept in the table (a conditional put settles a race). */
  async unsubscribeKey(): Promise<Buffer> {
    const read = async () => {
      const out = await this.call(() =>
        this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.setting("unsubscribe-key"), ConsistentRead: true })),
      );
      return typeof out.Item?.value === "string" ? Buffer.from(out.Item.value, "base64url") : undefined;
    };
    const existing = await read();
    if (existing) return existing;
    try {
      await this.call(() =>
        this.db.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { ...keys.setting("unsubscribe-key"), entity: "setting", value: randomBytes(32).toString("base64url") },
            ConditionExpression: "attribute_not_exists(pk)",
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
    const made = await read();
    if (!made) throw unavailable();
    return made;
  }
}
