import { GetCommand, QueryCommand, paginateQuery, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Pilot } from "../../domain/pilot.ts";
import type { PilotState } from "../../domain/taxonomy.ts";
import { NotFoundError } from "../../domain/errors.ts";
import { ReconsiderationSchema, type Reconsideration } from "../../domain/reconsideration.ts";
import { badCursor, decodeCursor, encodeCursor, isRefusedStartKey, isUnavailable, unavailable } from "./dynamo.ts";
import { storedRecord } from "./stored.ts";
import { keys, partitions } from "./keys.ts";
import { byMethod, byOffice, byState, resultsDueBy, type PilotQuery } from "./pilot-queries.ts";

export interface Page<T> {
  readonly items: T[];
  readonly cursor?: string | undefined;
}

/**
 * Reads of trials and their reconsideration requests, for the functions that only read (the notices among them),
 * so that their bundles carry none of the writes and the schemas a write parses through.
 */
export class PilotReader {
  constructor(
    protected readonly db: DynamoDBDocumentClient,
    protected readonly tableName: string,
  ) {}

  async get(id: string): Promise<Pilot | undefined> {
    const out = await this.send(() => this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.pilot(id), ConsistentRead: true })));
    return out.Item ? storedRecord<Pilot>(out.Item.data) : undefined;
  }

  async require(id: string): Promise<Pilot> {
    const pilot = await this.get(id);
    if (!pilot) throw new NotFoundError("Fant ingen utprøving med denne id-en");
    return pilot;
  }

  async listByOffice(officeId: string, options: { limit?: number; cursor?: string | undefined } = {}): Promise<Page<Pilot>> {
    return this.queryPilots(byOffice(officeId), options);
  }

  /** Trials in one workflow state, oldest change first (the review queue reads `submitted`). */
  async listByState(state: PilotState, options: { limit?: number; cursor?: string | undefined } = {}): Promise<Page<Pilot>> {
    return this.queryPilots(byState(state), options);
  }

  /** Every trial in one workflow state, oldest change first. */
  async allByState(state: PilotState): Promise<Pilot[]> {
    return this.allPilots(byState(state));
  }

  /** Trials whose results were due on or before `today` (YYYY-MM-DD), most overdue first; optionally one office's. */
  async listResultsDue(today: string, options: { officeId?: string | undefined; limit?: number; cursor?: string | undefined } = {}): Promise<Page<Pilot>> {
    return this.queryPilots(resultsDueBy(today, options.officeId), options);
  }

  /** Every trial whose results were due on or before `today`, most overdue first; optionally one office's. */
  async allResultsDue(today: string, officeId?: string): Promise<Pilot[]> {
    return this.allPilots(resultsDueBy(today, officeId));
  }

  /** Trials linked to a method, by the curators' decision or, before review, the office's suggestion. */
  async listByMethod(methodId: string, options: { limit?: number; cursor?: string | undefined } = {}): Promise<Page<Pilot>> {
    return this.queryPilots(byMethod(methodId), options);
  }

  /** Every trial linked to a method. */
  async allByMethod(methodId: string): Promise<Pilot[]> {
    return this.allPilots(byMethod(methodId));
  }

  /** Open requests to reconsider a rating, oldest first. */
  async listOpenReconsiderations(limit = 200): Promise<Reconsideration[]> {
    const out = await this.send(() =>
      this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: "gsi2",
          KeyConditionExpression: "gsi2pk = :pk",
          ExpressionAttributeValues: { ":pk": partitions.openReconsiderations },
          Limit: limit,
        }),
      ),
    );
    return (out.Items ?? []).map((item) => ReconsiderationSchema.parse(item.data));
  }

  async getReconsideration(id: string, requestedAt: string): Promise<Reconsideration | undefined> {
    const out = await this.send(() =>
      this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.reconsideration(id, requestedAt), ConsistentRead: true })),
    );
    return out.Item ? ReconsiderationSchema.parse(out.Item.data) : undefined;
  }

  async listReconsiderations(id: string): Promise<Reconsideration[]> {
    const out = await this.send(() =>
      this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
          ExpressionAttributeValues: { ":pk": keys.pilot(id).pk, ":prefix": keys.reconsiderationPrefix },
        }),
      ),
    );
    return (out.Items ?? []).map((item) => ReconsiderationSchema.parse(item.data));
  }

  private async queryPilots({ query, cursorKeys }: PilotQuery, options: { limit?: number; cursor?: string | undefined }): Promise<Page<Pilot>> {
    const partitionKey = cursorKeys[2];
    const partition = query.ExpressionAttributeValues[":pk"];
    const out = await this.send(options.cursor, () =>
      this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          ...query,
          Limit: options.limit ?? 100,
          ExclusiveStartKey: decodeCursor(options.cursor, cursorKeys, partitionKey && typeof partition === "string" ? { [partitionKey]: partition } : {}),
        }),
      ),
    );
    return { items: pilotsOf(out.Items), cursor: encodeCursor(out.LastEvaluatedKey) };
  }

  /** Every page of a listing. */
  private async allPilots({ query }: PilotQuery): Promise<Pilot[]> {
    return this.send(async () => {
      const found: Pilot[] = [];
      for await (const page of paginateQuery({ client: this.db, pageSize: 500 }, { TableName: this.tableName, ...query })) found.push(...pilotsOf(page.Items));
      return found;
    });
  }

  protected async send<T>(call: () => Promise<T>): Promise<T>;
  protected async send<T>(cursor: string | undefined, call: () => Promise<T>): Promise<T>;
  protected async send<T>(first: string | undefined | (() => Promise<T>), second?: () => Promise<T>): Promise<T> {
    const call = typeof first === "function" ? first : second;
    const cursor = typeof first === "function" ? undefined : first;
    if (!call) throw new Error("send needs a call");
    try {
      return await call();
    } catch (error) {
      if (isRefusedStartKey(error, cursor)) throw badCursor();
      throw this.mapError(error);
    }
  }

  protected mapError(error: unknown): unknown {
    return isUnavailable(error) ? unavailable() : error;
  }
}

/** The trials among a page's items (an index may hold other entities too). */
function pilotsOf(items: Record<string, unknown>[] | undefined): Pilot[] {
  return (items ?? []).filter((item) => item.entity === "pilot").map((item) => storedRecord<Pilot>(item.data));
}
