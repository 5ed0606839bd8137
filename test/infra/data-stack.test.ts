import { describe, expect, it } from "vitest";
import { TABLE_DEFINITION } from "../../shared/adapters/dynamodb/table.ts";
import { onlyResource, prop, synthesizeHub } from "./synth.ts";

describe("data stack: the table", () => {
  // Prepare
  const hub = synthesizeHub();
  const template = hub.template(hub.stacks.data);
  const [, table] = onlyResource(template, "AWS::DynamoDB::GlobalTable");
  const replicas = prop(table, "Properties", "Replicas") as Record<string, unknown>[];

  it("is a TableV2 (GlobalTable) with one replica, in the configured region", () => {
    expect(replicas).toHaveLength(1);
    expect(replicas[0]?.Region).toBe(hub.config.region);
    expect(prop(table, "Properties", "TableName")).toBe("utprovingsbanken-test");
  });

  it("has the keys of TABLE_DEFINITION", () => {
    expect(prop(table, "Properties", "KeySchema")).toEqual([
      { AttributeName: TABLE_DEFINITION.partitionKey, KeyType: "HASH" },
      { AttributeName: TABLE_DEFINITION.sortKey, KeyType: "RANGE" },
    ]);
  });

  it("has every index of TABLE_DEFINITION, projecting all attributes, with string keys", () => {
    const indexes = prop(table, "Properties", "GlobalSecondaryIndexes") as Record<string, unknown>[];
    expect(indexes.map((i) => i.IndexName)).toEqual(TABLE_DEFINITION.indexes.map((i) => i.name));
    for (const index of TABLE_DEFINITION.indexes) {
      expect(indexes).toContainEqual({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: "HASH" },
          { AttributeName: index.sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      });
    }
    const definitions = prop(table, "Properties", "AttributeDefinitions") as { AttributeName: string; AttributeType: string }[];
    const keyAttributes = [TABLE_DEFINITION.partitionKey, TABLE_DEFINITION.sortKey, ...TABLE_DEFINITION.indexes.flatMap((i) => [i.partitionKey, i.sortKey])];
    expect(definitions.map((d) => d.AttributeName).sort()).toEqual([...new Set(keyAttributes)].sort());
    expect(definitions.every((d) => d.AttributeType === "S")).toBe(true);
  });

  it("is on-demand", () => {
    expect(prop(table, "Properties", "BillingMode")).toBe("PAY_PER_REQUEST");
  });

  it("has point-in-time recovery", () => {
    expect(prop(replicas[0], "PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled")).toBe(true);
  });

  it("has deletion protection and is retained when the stack goes", () => {
    expect(prop(replicas[0], "DeletionProtectionEnabled")).toBe(true);
    expect(table.DeletionPolicy).toBe("Retain");
    expect(table.UpdateReplacePolicy).toBe("Retain");
  });

  it("is encrypted with a KMS key", () => {
    expect(prop(table, "Properties", "SSESpecification")).toEqual({ SSEEnabled: true, SSEType: "KMS" });
  });

  it("streams new and old images, as the rebuild trigger needs", () => {
    expect(prop(table, "Properties", "StreamSpecification", "StreamViewType")).toBe(TABLE_DEFINITION.stream);
  });

  it("expires idempotency keys by the TTL attribute", () => {
    expect(prop(table, "Properties", "TimeToLiveSpecification")).toEqual({ AttributeName: TABLE_DEFINITION.ttlAttribute, Enabled: true });
  });
});
