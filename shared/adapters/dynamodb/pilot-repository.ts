import { createHash } from "node:crypto";
import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { ulid } from "ulid";
import { PilotSchema, type Pilot, type PilotContent, type UserRef } from "../../domain/pilot.ts";
import { resultsDueDate } from "../../domain/results-due.ts";
import { pilotSlug } from "../../domain/slug.ts";
import { ConflictError, staleVersion, toPointer, ValidationError } from "../../domain/errors.ts";
import type { PilotChange, PilotStore } from "../../application/pilot-workflow.ts";
import { cancelledIndexes, decodeCursor, encodeCursor } from "./dynamo.ts";
import { onlyTextGuardIssues, parseStored } from "./stored.ts";
import { indexKeys, keys, partitions } from "./keys.ts";
import { ReconsiderationSchema } from "../../domain/reconsideration.ts";
import { RevisionSchema, type Revision, type RevisionAction } from "../../domain/revision.ts";
import { PilotReader, type Page } from "./pilot-reader.ts";

/** How long an `Idempotency-Key` maps to the trial it created. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

export interface CreatePilotInput {
  readonly content: PilotContent;
  readonly officeId: string;
  readonly county: Pilot["county"];
  readonly actor: UserRef;
  /** Client-chosen key that makes the create safe to retry, scoped to the caller. */
  readonly idempotencyKey?: string | undefined;
}

/** The item attributes for a record: its keys, the index keys its state calls for, and the record. */
export function pilotItem(pilot: Pilot) {
  const due = resultsDueDate(pilot);
  const methodId = pilot.methodId ?? pilot.content.methodId;
  return {
    ...keys.pilot(pilot.id),
    entity: "pilot",
    ...indexKeys.pilotByOffice(pilot.officeId, pilot.createdAt, pilot.id),
    ...indexKeys.pilotByState(pilot.state, pilot.stateChangedAt, pilot.id),
    ...(due ? { ...indexKeys.resultsDue(due, pilot.id), resultsDueDate: due } : {}),
    ...(methodId ? indexKeys.pilotByMethod(methodId, pilot.createdAt, pilot.id) : {}),
    officeId: pilot.officeId,
    data: pilot,
  };
}

/** A change to a trial: the next record (without bookkeeping fields) and what to keep in its revision. */
type Clock = () => Date;

/**
 * Trials in the one table. Every write is one transaction that checks the version the caller read
 * (optimistic locking) and keeps a full revision, so a lost race writes nothing.
 */
export class PilotRepository extends PilotReader implements PilotStore {
  constructor(
    db: DynamoDBDocumentClient,
    tableName: string,
    private readonly clock: Clock = () => new Date(),
  ) {
    super(db, tableName);
  }

  private pilotItem(pilot: Pilot) {
    return pilotItem(pilot);
  }

  private revisionItem(pilot: Pilot, action: RevisionAction, actor: UserRef, now: string, note?: string) {
    const revision: Revision = {
      id: pilot.id,
      version: pilot.version,
      action,
      at: now,
      by: { sub: actor.sub, name: actor.name },
      ...(note ? { note } : {}),
      snapshot: pilot,
    };
    return { ...keys.revision(pilot.id, pilot.version), entity: "revision", data: revision };
  }

  async create(input: CreatePilotInput): Promise<{ pilot: Pilot; replayed: boolean }> {
    const now = this.clock();
    const nowIso = now.toISOString();
    const idemKey = input.idempotencyKey ? keys.idempotency(input.actor.sub, input.idempotencyKey) : undefined;
    const fingerprint = createHash("sha256")
      .update(JSON.stringify([input.officeId, input.content]))
      .digest("base64url");

    if (idemKey) {
      const replay = await this.replay(idemKey, fingerprint, now);
      if (replay) return { pilot: replay, replayed: true };
    }

    const id = ulid(now.getTime());
    const pilot: Pilot = PilotSchema.parse({
      id,
      slug: pilotSlug(input.content.title, id),
      officeId: input.officeId,
      county: input.county,
      state: "draft",
      version: 1,
      createdAt: nowIso,
      createdBy: input.actor,
      updatedAt: nowIso,
      updatedBy: input.actor,
      stateChangedAt: nowIso,
      content: input.content,
    });
    const items: NonNullable<TransactWriteCommandInput["TransactItems"]> = [
      { Put: { TableName: this.tableName, Item: this.pilotItem(pilot), ConditionExpression: "attribute_not_exists(pk)" } },
      { Put: { TableName: this.tableName, Item: this.revisionItem(pilot, "create", input.actor, nowIso), ConditionExpression: "attribute_not_exists(pk)" } },
    ];
    if (idemKey) {
      items.push({
        Put: {
          TableName: this.tableName,
          Item: {
            ...idemKey,
            entity: "idempotency",
            pilotId: id,
            fingerprint,
            createdAt: nowIso,
            expiresAt: Math.floor(now.getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS,
          },
          // DynamoDB Local never expires items: an expired key may be taken over.
          ConditionExpression: "attribute_not_exists(pk) OR expiresAt < :now",
          ExpressionAttributeValues: { ":now": Math.floor(now.getTime() / 1000) },
        },
      });
    }
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems: items }));
      return { pilot, replayed: false };
    } catch (error) {
      if (idemKey && cancelledIndexes(error).includes(2)) {
        // A concurrent request with the same key won the race: answer with its trial.
        const replay = await this.replay(idemKey, fingerprint, now);
        if (replay) return { pilot: replay, replayed: true };
      }
      throw this.mapError(error);
    }
  }

  private async replay(idemKey: { pk: string; sk: string }, fingerprint: string, now: Date): Promise<Pilot | undefined> {
    const found = await this.send(() => this.db.send(new GetCommand({ TableName: this.tableName, Key: idemKey, ConsistentRead: true })));
    const item = found.Item as { pilotId?: unknown; fingerprint?: unknown; expiresAt?: unknown } | undefined;
    if (!item || typeof item.pilotId !== "string" || typeof item.expiresAt !== "number") return undefined;
    if (item.expiresAt < Math.floor(now.getTime() / 1000)) return undefined;
    if (item.fingerprint !== fingerprint) {
      throw new ValidationError("Idempotency-Key er allerede brukt for en annen utprøving. Bruk en ny nøkkel for en ny registrering.", [
        { pointer: "/headers/idempotency-key", message: "Nøkkelen er brukt for en annen forespørsel" },
      ]);
    }
    const pilot = await this.get(item.pilotId);
    if (!pilot) throw new ConflictError("Utprøvingen som denne nøkkelen laget, finnes ikke lenger");
    return pilot;
  }

  /**
   * Writes what a workflow action changes (see `shared/application/pilot-workflow.ts`) in one transaction, on
   * top of the version it was worked out from: the record, its revision, its public record, a reconsideration
   * request. Throws 412 when someone else wrote first and 409 when the request was answered meanwhile;
   * nothing is written then.
   */
  async commit(change: PilotChange): Promise<void> {
    const parsed = PilotSchema.safeParse(change.pilot);
    if (!parsed.success) {
      // A record written before today's text guard: nothing more is done with it until a curator redacts it.
      if (onlyTextGuardIssues(parsed.error)) {
        throw new ConflictError(
          "Utprøvingen inneholder personopplysninger (et fødselsnummer eller lignende). En kurator må sladde dem før noe annet kan gjøres.",
          parsed.error.issues.map((issue) => ({ pointer: toPointer(issue.path), message: issue.message })),
        );
      }
      throw parsed.error;
    }
    const pilot = parsed.data;
    const revision = parseStored(RevisionSchema, change.revision);
    const items: NonNullable<TransactWriteCommandInput["TransactItems"]> = [
      {
        Put: {
          TableName: this.tableName,
          Item: this.pilotItem(pilot),
          ConditionExpression: "#data.#version = :expected",
          ExpressionAttributeNames: { "#data": "data", "#version": "version" },
          ExpressionAttributeValues: { ":expected": change.expectedVersion },
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keys.revision(pilot.id, revision.version), entity: "revision", data: revision },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
    ];
    if (change.publicRecord) {
      const deleted = change.publicRecord.kind === "withdrawn";
      // A public record is made only by the projection (\`toPublicPilot\`), which parses it through the public
      // schema; its figures about people are branded, so nothing else can pass for one.
      const data = change.publicRecord.kind === "withdrawn" ? change.publicRecord.tombstone : change.publicRecord.pilot;
      items.push({
        Put: {
          TableName: this.tableName,
          Item: { ...keys.publicPilot(pilot.id), entity: "public", ...indexKeys.publicFeed(change.at, pilot.id), deleted, data },
        },
      });
    }
    const reconsideration = change.reconsideration ? ReconsiderationSchema.parse(change.reconsideration) : undefined;
    if (reconsideration?.status === "open") {
      items.push({
        Put: {
          TableName: this.tableName,
          Item: {
            ...keys.reconsideration(pilot.id, reconsideration.requestedAt),
            entity: "reconsideration",
            ...indexKeys.openReconsideration(reconsideration.requestedAt, pilot.id),
            data: reconsideration,
          },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      });
    } else if (reconsideration) {
      // Answered: the item leaves the open queue (no queue index key), and only if it was still open.
      items.push({
        Put: {
          TableName: this.tableName,
          Item: { ...keys.reconsideration(pilot.id, reconsideration.requestedAt), entity: "reconsideration", data: reconsideration },
          ConditionExpression: "attribute_exists(pk) AND gsi2pk = :open",
          ExpressionAttributeValues: { ":open": partitions.openReconsiderations },
        },
      });
    }
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      const failed = cancelledIndexes(error);
      if (failed.includes(0) || failed.includes(1)) throw staleVersion();
      if (reconsideration && failed.includes(items.length - 1)) throw new ConflictError("Forespørselen er allerede besvart");
      throw this.mapError(error);
    }
  }

  async listRevisions(id: string, options: { limit?: number; cursor?: string | undefined } = {}): Promise<Page<Revision>> {
    const out = await this.send(options.cursor, () =>
      this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
          ExpressionAttributeValues: { ":pk": keys.pilot(id).pk, ":prefix": keys.revisionPrefix },
          ScanIndexForward: false,
          Limit: options.limit ?? 100,
          ExclusiveStartKey: decodeCursor(options.cursor, ["pk", "sk"], { pk: keys.pilot(id).pk }),
        }),
      ),
    );
    return {
      items: (out.Items ?? []).map((item) => parseStored(RevisionSchema, item.data)),
      cursor: encodeCursor(out.LastEvaluatedKey),
    };
  }

  async getRevision(id: string, version: number): Promise<Revision | undefined> {
    const out = await this.send(() => this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.revision(id, version) })));
    return out.Item ? parseStored(RevisionSchema, out.Item.data) : undefined;
  }
}
