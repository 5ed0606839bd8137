import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { ConflictError } from "../../domain/errors.ts";
import { isUnavailable, unavailable } from "./dynamo.ts";
import { keys } from "./keys.ts";
import type { MergeInProgress } from "../../application/ports/stores.ts";

export type { MergeInProgress };

/**
 * The record of a method merge under way (`MERGE#<method>`), written before the first trial moves and removed
 * once the method is marked merged. While it stands, the method can only be merged into the same method,
 * so a merge that stopped half-way is continued by asking for it again, never turned elsewhere.
 */
export class MergeRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(fromId: string): Promise<MergeInProgress | undefined> {
    const out = await this.send(() => this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.methodMerge(fromId), ConsistentRead: true })));
    return out.Item ? (out.Item.data as MergeInProgress) : undefined;
  }

  /** Records the merge, or finds the same merge already recorded; 409 when the method is being merged elsewhere. */
  async begin(merge: MergeInProgress): Promise<MergeInProgress> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.methodMerge(merge.fromId), entity: "method-merge", intoId: merge.intoId, data: merge },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return merge;
    } catch (error) {
      if (!(error instanceof Error && error.name === "ConditionalCheckFailedException")) throw isUnavailable(error) ? unavailable() : error;
    }
    const existing = await this.get(merge.fromId);
    if (existing && existing.intoId !== merge.intoId) throw new ConflictError(`Metoden er allerede i ferd med å slås sammen med ${existing.intoId}`);
    return existing ?? (await this.begin(merge));
  }

  async finish(fromId: string): Promise<void> {
    await this.send(() => this.db.send(new DeleteCommand({ TableName: this.tableName, Key: keys.methodMerge(fromId) })));
  }

  private async send<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw isUnavailable(error) ? unavailable() : error;
    }
  }
}
