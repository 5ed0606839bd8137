import { QueryCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import * as z from "zod";
import { PublicPilotSchema, PublicTombstoneSchema, type PublicPilot, type PublicTombstone } from "../public/public-pilot.ts";
import { badCursor, decodeCursor, encodeCursor, isRefusedStartKey, isUnavailable, unavailable } from "./dynamo.ts";
import { partitions } from "./keys.ts";
import type { Page } from "./pilot-repository.ts";

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
          TableName: this.tableName,
          IndexName: "gsi2",
          KeyConditionExpression: options.updatedSince ? "gsi2pk = :pk AND gsi2sk > :since" : "gsi2pk = :pk",
          ExpressionAttributeValues: {
            ":pk": partitions.publicFeed,
            ...(options.updatedSince ? { ":since": options.updatedSince } : { ":deleted": true }),
          },
          ...(options.updatedSince ? {} : { FilterExpression: "deleted <> :deleted" }),
          ScanIndexForward: true,
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
    const all: PublicPilot[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.page({ cursor, limit: 500 });
      for (const entry of page.items) if (!("deleted" in entry)) all.push(entry);
      cursor = page.cursor;
    } while (cursor);
    return all;
  }
}
