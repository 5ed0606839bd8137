import { QueryCommand, paginateQuery, type DynamoDBDocumentClient, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import * as z from "zod/mini";
import { PublicPilotSchema, PublicTombstoneSchema, type PublicPilot, type PublicTombstone } from "../../domain/public-trial/public-pilot.ts";
import { badCursor, decodeCursor, encodeCursor, isRefusedStartKey, isUnavailable, unavailable } from "./dynamo.ts";
import { partitions } from "./keys.ts";
import type { Page } from "./pilot-reader.ts";

const PublicEntrySchema = z.union([PublicPilotSchema, PublicTombstoneSchema]);
export type PublicEntry = PublicPilot | PublicTombstone;

/**
 * The public records (the projections written at publish time) in the order they changed. This is the
 * only read path for published data: the export, the site build and the method aggregates use it.
 */
export class PublicRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * One page of the feed. Without `updatedSince`, only live trials; with it, every change after that time,
   * withdrawn trials as tombstones, so a copy can be kept in step.
   */
  async page(options: { updatedSince?: string | undefined; cursor?: string | undefined; limit: number }): Promise<Page<PublicEntry>> {
    try {
      const out = await this.db.send(
        new QueryCommand({
          ...this.feed(options.updatedSince),
          Limit: options.limit,
          ExclusiveStartKey: decodeCursor(options.cursor, ["pk", "sk", "gsi2pk", "gsi2sk"], { gsi2pk: partitions.publicFeed }),
        }),
      );
      return {
        items: (out.Items ?? []).map((item) => PublicEntrySchema.parse(item.data)),
        cursor: encodeCursor(out.LastEvaluatedKey),
      };
    } catch (error) {
      if (isRefusedStartKey(error, options.cursor)) throw badCursor();
      throw isUnavailable(error) ? unavailable() : error;
    }
  }

  /** Every live published trial (for derived figures such as method aggregates). */
  async allPublished(): Promise<PublicPilot[]> {
    try {
      const all: PublicPilot[] = [];
      for await (const page of paginateQuery({ client: this.db, pageSize: 500 }, this.feed(undefined))) {
        for (const item of page.Items ?? []) {
          const entry = PublicEntrySchema.parse(item.data);
          if (!("deleted" in entry)) all.push(entry);
        }
      }
      return all;
    } catch (error) {
      throw isUnavailable(error) ? unavailable() : error;
    }
  }

  /** The feed in the order it changed: without `updatedSince` only live trials, with it every change after then. */
  private feed(updatedSince: string | undefined): QueryCommandInput {
    return {
      TableName: this.tableName,
      IndexName: "gsi2",
      KeyConditionExpression: updatedSince ? "gsi2pk = :pk AND gsi2sk > :since" : "gsi2pk = :pk",
      ExpressionAttributeValues: {
        ":pk": partitions.publicFeed,
        ...(updatedSince ? { ":since": updatedSince } : { ":deleted": true }),
      },
      ...(updatedSince ? {} : { FilterExpression: "deleted <> :deleted" }),
      ScanIndexForward: true,
    };
  }
}
