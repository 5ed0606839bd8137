import {
  GetCommand,
  TransactWriteCommand,
  paginateQuery,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
  type TransactWriteCommandInput,
} from "@aws-sdk/lib-dynamodb";
import type { Pilot } from "../../domain/pilot.ts";
import { ReconsiderationSchema, type Reconsideration } from "../../domain/reconsideration.ts";
import { RevisionSchema, type Revision } from "../../domain/revision.ts";
import { slugHash } from "../../domain/slug.ts";
import { staleVersion } from "../../domain/errors.ts";
import { SentNoticeSchema, type SentNotice } from "../../domain/notices/sent-notice.ts";
import type { PendingDigest, RedactionSources, RedactionWrites } from "../../application/redaction-plan.ts";
import type { PilotChange, RedactionStore } from "../../application/pilot-workflow.ts";
import { cancelledIndexes, isUnavailable, unavailable } from "./dynamo.ts";
import { indexKeys, keys, partitions } from "./keys.ts";
import { DigestEntrySchema } from "./notice-repository.ts";
import { pilotItem } from "./pilot-repository.ts";
import { parseStored } from "./stored.ts";

export { slugHash };

type Item = Record<string, unknown> & { pk: string; sk: string };
type TransactItems = NonNullable<TransactWriteCommandInput["TransactItems"]>;

/** DynamoDB's limit of actions in one transaction. */
const MAX_TRANSACTION_ITEMS = 100;

/**
 * The store of the `redact` workflow action (`shared/application/pilot-workflow.ts` decides and plans it): reads
 * every item kept of a trial — its partition (revisions, the public record, reconsiderations), the sent-notice
 * log's entries about it and their waiting digest entries — and writes the rewrites.
 *
 * Everything is written in one transaction, conditional on the version the curator read; a trial with more
 * than about 95 items to write is written in several, the record first (so a stale version writes nothing).
 * The idempotency item of the trial's creation holds only its id and a hash of the created body, no text.
 */
export class RedactionRepository implements RedactionStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async sources(pilot: Pilot): Promise<RedactionSources> {
    const items = await this.queryAll({
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.pilot(pilot.id).pk },
      ConsistentRead: true,
    });
    const revisions: Revision[] = [];
    const reconsiderations: Reconsideration[] = [];
    let publicRecord: RedactionSources["publicRecord"];
    for (const item of items) {
      if (item.sk.startsWith(keys.revisionPrefix)) revisions.push(parseStored(RevisionSchema, item.data));
      else if (item.sk.startsWith(keys.reconsiderationPrefix)) reconsiderations.push(parseStored(ReconsiderationSchema, item.data));
      else if (item.sk === keys.publicPilot(pilot.id).sk) publicRecord = { deleted: item.deleted === true, data: item.data as Record<string, unknown> };
    }
    // The log is kept per office (gsi1); the trial's own entries are picked from it.
    const logged = await this.queryAll({
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      FilterExpression: "#d.pilotId = :id",
      ExpressionAttributeNames: { "#d": "data" },
      ExpressionAttributeValues: { ":pk": partitions.officeNotices(pilot.officeId), ":id": pilot.id },
    });
    const notices = logged.map((item) => SentNoticeSchema.parse(item.data));
    const digests: PendingDigest[] = [];
    for (const notice of notices) {
      if (notice.status !== "digest") continue;
      const out = await this.send(() =>
        this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.digestEntry(notice.to, notice.claimedAt, notice.eventKey), ConsistentRead: true })),
      );
      if (out.Item) digests.push(DigestEntrySchema.parse(out.Item.data));
    }
    return { revisions, publicRecord, reconsiderations, notices, digests };
  }

  async commit(change: PilotChange & { readonly redaction: RedactionWrites }): Promise<void> {
    const { pilot, redaction } = change;
    const puts: Item[] = [{ ...keys.revision(pilot.id, change.revision.version), entity: "revision", data: change.revision }];
    const deletes: { pk: string; sk: string }[] = [];
    for (const revision of redaction.revisions) puts.push({ ...keys.revision(pilot.id, revision.version), entity: "revision", data: revision });
    if (redaction.publicRecord) {
      puts.push({
        ...keys.publicPilot(pilot.id),
        entity: "public",
        ...indexKeys.publicFeed(change.at, pilot.id),
        deleted: redaction.publicRecord.deleted,
        data: redaction.publicRecord.data,
      });
    }
    for (const request of redaction.reconsiderations) {
      puts.push({
        ...keys.reconsideration(pilot.id, request.requestedAt),
        entity: "reconsideration",
        ...(request.status === "open" ? indexKeys.openReconsideration(request.requestedAt, pilot.id) : {}),
        data: request,
      });
    }
    for (const { before, after } of redaction.notices) {
      if (before.to !== after.to) deletes.push(keys.notice(before.eventKey, before.to));
      puts.push(noticeItem(after));
    }
    for (const { before, after } of redaction.digests) {
      if (!after || after.to !== before.to) deletes.push(keys.digestEntry(before.to, before.at, before.eventKey));
      if (after)
        puts.push({
          ...keys.digestEntry(after.to, after.at, after.eventKey),
          entity: "digest",
          ...indexKeys.pendingDigest(after.rhythm, after.to, after.at),
          data: after,
        });
    }
    if (redaction.goneSlugHash) puts.push({ ...keys.goneSlug(redaction.goneSlugHash), entity: "gone", goneAt: change.at });

    const actions: TransactItems = [
      {
        Put: {
          TableName: this.tableName,
          Item: pilotItem(pilot),
          ConditionExpression: "#data.#version = :expected",
          ExpressionAttributeNames: { "#data": "data", "#version": "version" },
          ExpressionAttributeValues: { ":expected": change.expectedVersion },
        },
      },
      ...puts.map((item) => ({ Put: { TableName: this.tableName, Item: item } })),
      ...deletes.map((key) => ({ Delete: { TableName: this.tableName, Key: key } })),
    ];
    for (let at = 0; at < actions.length; at += MAX_TRANSACTION_ITEMS) {
      try {
        await this.db.send(new TransactWriteCommand({ TransactItems: actions.slice(at, at + MAX_TRANSACTION_ITEMS) }));
      } catch (error) {
        if (at === 0 && cancelledIndexes(error).includes(0)) throw staleVersion();
        throw isUnavailable(error) ? unavailable() : error;
      }
    }
  }

  /** Whether an address was taken away by a redaction. */
  async isGone(slug: string): Promise<boolean> {
    const out = await this.send(() => this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.goneSlug(slugHash(slug)) })));
    return out.Item !== undefined;
  }

  private async queryAll(query: Omit<QueryCommandInput, "TableName" | "ExclusiveStartKey">): Promise<Item[]> {
    return this.send(async () => {
      const items: Item[] = [];
      for await (const page of paginateQuery({ client: this.db }, { TableName: this.tableName, ...query })) items.push(...((page.Items ?? []) as Item[]));
      return items;
    });
  }

  private async send<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw isUnavailable(error) ? unavailable() : error;
    }
  }
}

/** A log entry as `NoticeRepository.claim` writes it, under its (possibly new) address. */
function noticeItem(notice: SentNotice): Item {
  return {
    ...keys.notice(notice.eventKey, notice.to),
    entity: "notice",
    ...indexKeys.noticeByOffice(notice.officeId, notice.claimedAt, notice.eventKey, notice.to),
    data: notice,
  };
}
