import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { expect, inject, vi } from "vitest";
import { CatalogRepository } from "../../shared/adapters/dynamodb/catalog-repository.ts";
import { createDocumentClient } from "../../shared/adapters/dynamodb/dynamo.ts";
import { keys } from "../../shared/adapters/dynamodb/keys.ts";
import { MethodAggregateStore } from "../../shared/adapters/dynamodb/method-aggregates.ts";
import { PilotRepository } from "../../shared/adapters/dynamodb/pilot-repository.ts";
import { RegistryStatisticsStore } from "../../shared/adapters/dynamodb/statistics-store.ts";
import { LOCAL_CREDENTIALS, LOCAL_REGION, localClient } from "../../infra/local/dynamodb-local.ts";

/** How long the stream's consumer may take to catch up with a write (the watcher polls every half second). */
export const CATCH_UP = { timeout: 15_000, interval: 100 } as const;

/**
 * Waits until `read` gives a value `check` accepts (its expectations pass), and returns that value: the derived
 * figures follow a write through the table's stream, a moment after the write has answered.
 */
export function caughtUp<T>(read: () => Promise<T>, check: (value: T) => void): Promise<T> {
  return vi.waitFor(async () => {
    const value = await read();
    check(value);
    return value;
  }, CATCH_UP);
}

/** The integration hub's table, with the stores of the derived figures, as the stream's consumer builds them. */
export function figuresTable() {
  const endpoint = inject("dynamoEndpoint");
  const tableName = inject("tableName");
  const db = createDocumentClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const pilots = new PilotRepository(db, tableName);
  return {
    endpoint,
    tableName,
    db,
    client: localClient(endpoint),
    stores: {
      aggregates: new MethodAggregateStore(db, tableName, pilots, new CatalogRepository(db, tableName)),
      statistics: new RegistryStatisticsStore(db, tableName, pilots),
    },
    async item(key: { pk: string; sk: string }): Promise<Record<string, any> | undefined> {
      return (await db.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item;
    },
  };
}

/**
 * The stored aggregate of a method, once it exists, its readAt is at least `since` and it passes `check`. A
 * missing item must not pass: `String(undefined)` sorts after every ISO time. `since` is a write's `updatedAt`,
 * taken when its handler began and so before it committed: a recomputation started by an earlier change may
 * begin in between and store what the table held before the write. A test that needs the write itself counted
 * says what that looks like in `check`, and the wait goes on until the recomputation the write started.
 */
export async function aggregateAfter(
  methodId: string,
  since: string,
  check: (aggregate: Record<string, any>) => void = () => {},
): Promise<Record<string, any>> {
  const table = figuresTable();
  try {
    return (await caughtUp(
      () => table.item(keys.methodAggregate(methodId)),
      (item) => {
        expect(item?.readAt).toBeTypeOf("string");
        expect(String(item?.readAt) >= since).toBe(true);
        check(item as Record<string, any>);
      },
    )) as Record<string, any>;
  } finally {
    table.db.destroy();
    table.client.destroy();
  }
}
