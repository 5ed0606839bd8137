import { DeleteTableCommand } from "@aws-sdk/client-dynamodb";
import { describe, expect, inject, it } from "vitest";
import { createDocumentClient } from "../../shared/adapters/dynamodb/dynamo.ts";
import { keys } from "../../shared/adapters/dynamodb/keys.ts";
import { LOCAL_CREDENTIALS, LOCAL_REGION, localClient } from "../../infra/local/dynamodb-local.ts";
import { watchTableStream } from "../../infra/local/stream-watcher.ts";
import { ensureTable } from "../../infra/local/table-setup.ts";
import { writeItems } from "../../bench/snapshot-table.ts";

describe("the stream watcher", () => {
  it("says it has caught up only once every change written before the question is handed on, however many there are", async () => {
    // Prepare: a table of its own, and more changes than one read of a shard returns, written between two reads
    const endpoint = inject("dynamoEndpoint");
    const tableName = `watcher-${Date.now().toString(36)}`;
    const client = localClient(endpoint);
    const db = createDocumentClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    await ensureTable(client, tableName);
    const seen = new Set<string>();
    const watcher = await watchTableStream({
      endpoint,
      tableName,
      client,
      pollMs: 5_000,
      onChanges: (records) => {
        for (const r of records) seen.add(r.dynamodb?.Keys?.pk?.S ?? "");
      },
    });
    const ids = Array.from({ length: 2_345 }, (_, i) => `watched-${i}`);
    try {
      // Four batches at a time, so that more than a read's worth is waiting when the question is asked
      await writeItems(
        db,
        tableName,
        ids.map((id) => ({ ...keys.publicPilot(id), entity: "public-pilot" })),
      );

      // Act
      await watcher.caughtUp();

      // Assess: every write was handed on before the answer, with no waiting for it here
      expect(ids.filter((id) => !seen.has(keys.publicPilot(id).pk))).toEqual([]);
    } finally {
      await watcher.stop();
      await client.send(new DeleteTableCommand({ TableName: tableName }));
      db.destroy();
      client.destroy();
    }
  });
});
