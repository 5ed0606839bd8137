import { BatchGetCommand, PutCommand, paginateQuery, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { MethodAggregateSchema } from "../../domain/public-trial/method-aggregate-schema.ts";
import { isUnavailable, unavailable } from "./dynamo.ts";
import { storedRecord } from "./stored.ts";
import { keys, partitions } from "./keys.ts";
import type { CatalogRepository } from "./catalog-repository.ts";
import type { PilotRepository } from "./pilot-repository.ts";
import { aggregateMethod, type MethodAggregate } from "../../public/pages/method.ts";
import { PublicPilotSchema, type PublicPilot } from "../../domain/public-trial/public-pilot.ts";

type Clock = () => Date;
const BATCH = 100;

/**
 * The method aggregates (trials, offices, outcomes, strongest evidence, pooled measures, replication tree)
 * kept as one item per method in one partition, so `GET /api/public/methods` reads them with one query
 * instead of every public record. They are derived, never edited: each is recomputed from the method's
 * public records when a trial of it is published, withdrawn, re-rated or moved.
 *
 * A recomputation stamps the item with the time its read began and only replaces an item stamped
 * earlier, so of two refreshes racing, the one that read later — and saw every write before it — wins.
 */
export class MethodAggregateStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly pilots: PilotRepository,
    private readonly catalog: CatalogRepository,
    private readonly clock: Clock = () => new Date(),
  ) {}

  /** Every stored aggregate, by method id: one query. */
  async all(): Promise<Map<string, MethodAggregate>> {
    return this.send(async () => {
      const found = new Map<string, MethodAggregate>();
      const pages = paginateQuery(
        { client: this.db },
        { TableName: this.tableName, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": partitions.methodAggregates } },
      );
      for await (const page of pages) {
        for (const item of page.Items ?? []) {
          const aggregate = storedRecord<MethodAggregate>(item.data);
          found.set(aggregate.methodId, aggregate);
        }
      }
      return found;
    });
  }

  /** Recomputes the aggregates of the given methods (each followed to the method it was merged into). */
  async refresh(methodIds: readonly (string | undefined)[]): Promise<void> {
    const ids = new Set<string>();
    for (const id of methodIds) {
      if (!id) continue;
      const method = await this.catalog.resolveMethod(id);
      if (method) ids.add(method.id);
    }
    for (const id of ids) await this.refreshOne(id);
  }

  private async refreshOne(methodId: string): Promise<void> {
    const readAt = this.clock().toISOString();
    const method = await this.catalog.getMethod(methodId);
    if (!method) return;
    const trialIds = (await this.pilots.allByMethod(methodId)).filter((trial) => trial.firstPublishedAt).map((trial) => trial.id);
    const published = await this.publicRecords(trialIds);
    // Parsed when written, taken as written when read (as the catalogue's records are): the route that lists
    // the methods reads every aggregate, 0.9 MB of figures at 10,000 trials, on every request.
    const aggregate = MethodAggregateSchema.parse(aggregateMethod({ id: method.id, recommended: method.recommended }, published));
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.methodAggregate(methodId), entity: "method-aggregate", readAt, data: aggregate },
          ConditionExpression: "attribute_not_exists(pk) OR readAt <= :readAt",
          ExpressionAttributeValues: { ":readAt": readAt },
        }),
      );
    } catch (error) {
      // A refresh that read later has written already: its figures are the newer ones.
      if (error instanceof Error && error.name === "ConditionalCheckFailedException") return;
      throw isUnavailable(error) ? unavailable() : error;
    }
  }

  /** The live public records of these trials (withdrawn ones are tombstones and left out). */
  private async publicRecords(ids: readonly string[]): Promise<PublicPilot[]> {
    const records: PublicPilot[] = [];
    for (let i = 0; i < ids.length; i += BATCH) {
      let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
        [this.tableName]: { Keys: ids.slice(i, i + BATCH).map((id) => keys.publicPilot(id)) },
      };
      while (request && Object.keys(request).length > 0) {
        const out = await this.send(() => this.db.send(new BatchGetCommand({ RequestItems: request })));
        for (const item of out.Responses?.[this.tableName] ?? []) {
          if (item.deleted === true) continue;
          records.push(PublicPilotSchema.parse(item.data));
        }
        request = out.UnprocessedKeys as typeof request;
      }
    }
    return records;
  }

  private async send<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw isUnavailable(error) ? unavailable() : error;
    }
  }
}
