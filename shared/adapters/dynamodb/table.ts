import type { CreateTableCommandInput } from "@aws-sdk/client-dynamodb";

/**
 * The one table, defined once: the local stack creates it from `createTableInput`, the CDK data stack
 * builds its `TableV2` from `TABLE_DEFINITION`. Keys are generic (`pk`/`sk`, overloaded indexes); what each
 * item puts in them is decided in `keys.ts` alone.
 */
export const TABLE_DEFINITION = {
  partitionKey: "pk",
  sortKey: "sk",
  /** Attribute holding an epoch-seconds expiry (idempotency keys). */
  ttlAttribute: "expiresAt",
  stream: "NEW_AND_OLD_IMAGES",
  indexes: [
    /** An office's trials, newest first; methods and offices listed by name. */
    { name: "gsi1", partitionKey: "gsi1pk", sortKey: "gsi1sk" },
    /** Trials by workflow state in order of the last change (the review queue), and the public feed by change time. */
    { name: "gsi2", partitionKey: "gsi2pk", sortKey: "gsi2sk" },
    /** Trials whose results are due, by due date (sparse: only trials without results). */
    { name: "gsi3", partitionKey: "gsi3pk", sortKey: "gsi3sk" },
    /** Trials by method (sparse: only trials linked to a method), for merges and method pages. */
    { name: "gsi4", partitionKey: "gsi4pk", sortKey: "gsi4sk" },
  ],
} as const;

export type IndexName = (typeof TABLE_DEFINITION.indexes)[number]["name"];

export function createTableInput(tableName: string): CreateTableCommandInput {
  const keyAttributes = new Set<string>([TABLE_DEFINITION.partitionKey, TABLE_DEFINITION.sortKey]);
  for (const index of TABLE_DEFINITION.indexes) {
    keyAttributes.add(index.partitionKey);
    keyAttributes.add(index.sortKey);
  }
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [...keyAttributes].map((name) => ({ AttributeName: name, AttributeType: "S" })),
    KeySchema: [
      { AttributeName: TABLE_DEFINITION.partitionKey, KeyType: "HASH" },
      { AttributeName: TABLE_DEFINITION.sortKey, KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: TABLE_DEFINITION.indexes.map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: "HASH" },
        { AttributeName: index.sortKey, KeyType: "RANGE" },
      ],
      Projection: { ProjectionType: "ALL" },
    })),
    StreamSpecification: { StreamEnabled: true, StreamViewType: TABLE_DEFINITION.stream },
  };
}
