import { GetCommand, PutCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { PILOT_STATES } from "../../domain/taxonomy.ts";
import { registryStatistics, RegistryStatisticsSchema, type RegistryEntry, type RegistryStatistics } from "../../domain/public-trial/statistics.ts";
import { isUnavailable, unavailable } from "./dynamo.ts";
import { keys } from "./keys.ts";
import type { PilotRepository } from "./pilot-repository.ts";

type Clock = () => Date;

/**
 * The counts over every registered trial (`registryStatistics`), kept as one item so that
 * `GET /api/public/statistics` reads one item instead of every trial. Derived, never edited: the stream's
 * consumer recomputes it from the trials whenever a trial changes, so applying the same change twice gives
 * the same item. As with the method aggregates, an item is only replaced by a recomputation that began later.
 */
export class RegistryStatisticsStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly pilots: Pick<PilotRepository, "allByState">,
    private readonly clock: Clock = () => new Date(),
  ) {}

  /** The stored counts, or undefined before the first trial was ever counted. */
  async read(): Promise<RegistryStatistics | undefined> {
    const out = await this.send(() => this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.registryStatistics() })));
    return out.Item ? RegistryStatisticsSchema.parse(out.Item.data) : undefined;
  }

  /** Counts every trial, per workflow state through the state index. */
  async compute(): Promise<RegistryStatistics> {
    const asOf = this.clock().toISOString();
    const entries: RegistryEntry[] = [];
    for (const { code } of PILOT_STATES) {
      for (const p of await this.pilots.allByState(code)) {
        entries.push({
          state: p.state,
          trialStatus: p.content.trialStatus,
          hasResults: p.content.results !== undefined,
          submittedAt: p.submittedAt,
          publishedAt: p.publishedAt,
        });
      }
    }
    return registryStatistics(entries, asOf);
  }

  /** Recomputes the counts from the trials and stores them, unless a later recomputation has already. */
  async refresh(): Promise<RegistryStatistics> {
    const statistics = await this.compute();
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.registryStatistics(), entity: "registry-statistics", readAt: statistics.asOf, data: statistics },
          ConditionExpression: "attribute_not_exists(pk) OR readAt <= :readAt",
          ExpressionAttributeValues: { ":readAt": statistics.asOf },
        }),
      );
    } catch (error) {
      if (error instanceof Error && error.name === "ConditionalCheckFailedException") return statistics;
      throw isUnavailable(error) ? unavailable() : error;
    }
    return statistics;
  }

  private async send<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw isUnavailable(error) ? unavailable() : error;
    }
  }
}
