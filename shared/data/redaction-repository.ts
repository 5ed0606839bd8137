import { createHash } from "node:crypto";
import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { PilotContentSchema, PilotSchema, type Pilot, type UserRef } from "../domain/pilot.ts";
import { RevisionSchema, type Revision } from "../domain/revision.ts";
import { pilotSlug } from "../domain/slug.ts";
import { NotFoundError } from "../errors.ts";
import { containsIdentityNumber } from "../privacy/identity-number.ts";
import { fitToSchema, redactContent, redactText, REDACTED, type RedactionSpec } from "../privacy/redaction.ts";
import { toPublicPilot } from "../public/projection.ts";
import { staleVersion } from "../errors.ts";
import { cancelledIndexes, isUnavailable, unavailable } from "./dynamo.ts";
import { indexKeys, keys } from "./keys.ts";
import { parseStored } from "./stored.ts";

/** What a redaction changed, without saying what was removed. */
export interface RedactionOutcome {
  readonly pilot: Pilot;
  /** Strings rewritten in the current record's content. */
  readonly fieldsRedacted: number;
  /** Kept revisions that changed (the new redaction entry not counted). */
  readonly revisionsTouched: number;
  /** Items written: the record, revisions, the public record, requests, the gone address. */
  readonly itemsWritten: number;
  /** Whether the trial got a new address (its old one answers 410 Gone). */
  readonly slugReplaced: boolean;
}

/** The hash under which a taken-away address is remembered: the address itself holds personal data. */
export function slugHash(slug: string): string {
  return createHash("sha256").update(slug).digest("hex");
}

type Item = Record<string, unknown> & { pk: string; sk: string; data?: unknown };
type TransactItems = NonNullable<TransactWriteCommandInput["TransactItems"]>;

/** DynamoDB's limit of actions in one transaction. */
const MAX_TRANSACTION_ITEMS = 100;

/**
 * Redacts a trial in every item the table keeps of it: the record, every revision's snapshot and note, the
 * public record (rebuilt from the redacted published revision, so the site's rebuild follows from the stream)
 * or its tombstone, and the reconsideration requests. A slug that holds an identity number is replaced
 * everywhere and its hash kept, so its old address can answer 410 Gone. The history gets one new revision
 * (action `redact`) with who, when and why.
 *
 * Everything is written in one transaction, conditional on the version the curator read; a trial with more
 * than about 95 revisions is written in several, the record first (so a stale version writes nothing).
 */
export class RedactionRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async redact(id: string, expectedVersion: number, spec: RedactionSpec, actor: UserRef, reason: string): Promise<RedactionOutcome> {
    const items = await this.itemsOf(id);
    const record = items.find((item) => item.sk === keys.pilot(id).sk);
    if (!record) throw new NotFoundError("Fant ingen utprøving med denne id-en");
    const current = parseStored(PilotSchema, record.data);
    if (current.version !== expectedVersion) throw staleVersion();
    const now = this.clock().toISOString();

    const slugReplaced = containsIdentityNumber(current.slug);
    const redactedTitle = (redactContent(current.content, spec).content as { title?: unknown }).title;
    const newSlug = cleanSlug(typeof redactedTitle === "string" ? redactedTitle : REDACTED, id);
    const redactPilot = (pilot: Pilot): { pilot: Pilot; changed: number } => {
      const content = redactContent(pilot.content, spec);
      const fitted = fitToSchema(content.content, PilotContentSchema) as Pilot["content"];
      const comment = redactText(pilot.reviewComment, spec);
      return {
        pilot: {
          ...pilot,
          content: fitted,
          ...(slugReplaced ? { slug: newSlug } : {}),
          ...(comment.text !== undefined ? { reviewComment: comment.text } : {}),
        },
        changed: content.changed + (comment.changed ? 1 : 0),
      };
    };

    const redactedCurrent = redactPilot(current);
    const next: Pilot = { ...redactedCurrent.pilot, version: current.version + 1, updatedAt: now, updatedBy: { sub: actor.sub, name: actor.name } };
    const entry: Revision = { id, version: next.version, action: "redact", at: now, by: { sub: actor.sub, name: actor.name }, note: reason, snapshot: next };

    const puts: { item: Item; condition?: boolean }[] = [];
    let revisionsTouched = 0;
    const revisions = new Map<number, Pilot>();
    for (const item of items) {
      if (!item.sk.startsWith(keys.revisionPrefix)) continue;
      const revision = parseStored(RevisionSchema, item.data);
      const snapshot = redactPilot(revision.snapshot);
      const note = redactText(revision.note, spec);
      const redacted: Revision = { ...revision, snapshot: snapshot.pilot, ...(note.text !== undefined ? { note: note.text } : {}) };
      revisions.set(revision.version, redacted.snapshot);
      if (JSON.stringify(redacted) !== JSON.stringify(revision)) {
        revisionsTouched++;
        puts.push({ item: { ...item, data: redacted } });
      }
    }
    puts.push({ item: { ...keys.revision(id, next.version), entity: "revision", data: entry } });

    const publicItem = items.find((item) => item.sk === keys.publicPilot(id).sk);
    if (publicItem) {
      const deleted = publicItem.deleted === true;
      const published = current.publishedVersion !== undefined ? revisions.get(current.publishedVersion) : undefined;
      const data =
        deleted || !published || !current.evidence || !current.publishedAt
          ? { ...(publicItem.data as Record<string, unknown>), slug: slugReplaced ? newSlug : (publicItem.data as { slug?: unknown }).slug }
          : toPublicPilot({ ...published, evidence: current.evidence, ...(current.methodId ? { methodId: current.methodId } : {}), publishedAt: current.publishedAt, slug: next.slug }, current.firstPublishedAt ?? current.publishedAt, now);
      puts.push({ item: { ...publicItem, ...indexKeys.publicFeed(now, id), data } });
    }

    for (const item of items) {
      if (!item.sk.startsWith(keys.reconsiderationPrefix)) continue;
      const request = item.data as Record<string, unknown>;
      const comment = redactText(typeof request.comment === "string" ? request.comment : undefined, spec);
      const answer = redactText(typeof request.reason === "string" ? request.reason : undefined, spec);
      if (comment.changed || answer.changed) {
        puts.push({ item: { ...item, data: { ...request, ...(comment.changed ? { comment: comment.text } : {}), ...(answer.changed ? { reason: answer.text } : {}) } } });
      }
    }
    if (slugReplaced) puts.push({ item: { ...keys.goneSlug(slugHash(current.slug)), entity: "gone", goneAt: now } });

    const recordPut = { item: { ...record, ...pilotIndexAttributes(record), data: next }, condition: true };
    await this.writeAll([recordPut, ...puts], expectedVersion);
    return { pilot: next, fieldsRedacted: redactedCurrent.changed, revisionsTouched, itemsWritten: puts.length + 1, slugReplaced };
  }

  /** Whether an address was taken away by a redaction. */
  async isGone(slug: string): Promise<boolean> {
    try {
      const out = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.goneSlug(slugHash(slug)) }));
      return out.Item !== undefined;
    } catch (error) {
      throw isUnavailable(error) ? unavailable() : error;
    }
  }

  private async itemsOf(id: string): Promise<Item[]> {
    const items: Item[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.send(() =>
        this.db.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: "pk = :pk",
            ExpressionAttributeValues: { ":pk": keys.pilot(id).pk },
            ConsistentRead: true,
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        ),
      );
      items.push(...((out.Items ?? []) as Item[]));
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  }

  private async writeAll(puts: readonly { item: Item; condition?: boolean }[], expectedVersion: number): Promise<void> {
    const actions: TransactItems = puts.map(({ item, condition }) => ({
      Put: {
        TableName: this.tableName,
        Item: item,
        ...(condition
          ? { ConditionExpression: "#data.#version = :expected", ExpressionAttributeNames: { "#data": "data", "#version": "version" }, ExpressionAttributeValues: { ":expected": expectedVersion } }
          : {}),
      },
    }));
    for (let at = 0; at < actions.length; at += MAX_TRANSACTION_ITEMS) {
      try {
        await this.db.send(new TransactWriteCommand({ TransactItems: actions.slice(at, at + MAX_TRANSACTION_ITEMS) }));
      } catch (error) {
        if (at === 0 && cancelledIndexes(error).includes(0)) throw staleVersion();
        throw isUnavailable(error) ? unavailable() : error;
      }
    }
  }

  private async send<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw isUnavailable(error) ? unavailable() : error;
    }
  }
}

/** The index attributes of a record item are kept; only its data changes. */
function pilotIndexAttributes(record: Item): Record<string, unknown> {
  const { data: _data, ...rest } = record;
  return rest;
}

/** A slug from the redacted title, and never one that still holds an identity number. */
function cleanSlug(title: string, id: string): string {
  const slug = pilotSlug(title.replaceAll(REDACTED, "fjernet"), id);
  return containsIdentityNumber(slug) ? `fjernet-${id.slice(-6).toLowerCase()}` : slug;
}
