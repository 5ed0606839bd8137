import { DeleteTableCommand } from "@aws-sdk/client-dynamodb";
import { describe, expect, inject, it } from "vitest";
import { runLoad } from "../../bench/api.ts";
import { startBareServer } from "../../bench/bare-server.ts";
import { writeItems } from "../../bench/snapshot-table.ts";
import { createDocumentClient } from "../../shared/adapters/dynamodb/dynamo.ts";
import { keys, partitions } from "../../shared/adapters/dynamodb/keys.ts";
import { LOCAL_CREDENTIALS, LOCAL_REGION, localClient } from "../../infra/local/dynamodb-local.ts";
import { ensureTable } from "../../infra/local/table-setup.ts";

describe("the bench's CPU split of a load run", () => {
  it("charges an HTTP call's server side to the bench's process and a raw call's to the client alone", async () => {
    // Arrange: one trial, behind the bare server in this process
    const endpoint = inject("dynamoEndpoint");
    const tableName = `cpu-${Date.now().toString(36)}`;
    const client = localClient(endpoint);
    const db = createDocumentClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    await ensureTable(client, tableName);
    await writeItems(db, tableName, [{ ...keys.pilot("cpu-1"), gsi1pk: partitions.officePilots("nav-a"), gsi1sk: "2026-12-01#cpu-1", title: "Utprøving" }]);
    const bare = await startBareServer(endpoint, tableName);
    const scenario = { url: bare.url, token: "", endpoint, tableName, ids: ["cpu-1"], office: "nav-a", connections: 2, durationMs: 1_500, content: {} };
    try {
      // Act
      const behindServer = await runLoad({ ...scenario, kind: "bare-get" });
      const raw = await runLoad({ ...scenario, kind: "raw-get" });

      // Assert: every run was measured, and the machine holds the processes it ran
      for (const run of [behindServer, raw]) {
        expect(run.errors).toBe(0);
        expect(run.requests).toBeGreaterThan(50);
        const cpu = run.cpu;
        expect(cpu?.clientMs).toBeGreaterThan(0);
        expect(cpu?.dynamoMs).toBeUndefined();
        // Within the counters' ticks (10 ms over the window's requests)
        const tick = 10 / run.requests;
        expect(cpu?.machineMs ?? 0).toBeGreaterThan((cpu?.clientMs ?? 0) + (cpu?.serverMs ?? 0) - 3 * tick);
      }
      // The bare server works for every call it answers; for a raw call this process only waits
      expect(behindServer.cpu?.serverMs ?? 0).toBeGreaterThan(raw.cpu?.serverMs ?? Number.NaN);
      expect(behindServer.cpu?.serverMs).toBeGreaterThan(0.05);
      // The raw call's client does the SDK's work that the bare server does for an HTTP client
      expect(raw.cpu?.clientMs ?? 0).toBeGreaterThan(behindServer.cpu?.clientMs ?? Number.NaN);
    } finally {
      await bare.close();
      await client.send(new DeleteTableCommand({ TableName: tableName }));
      db.destroy();
      client.destroy();
    }
  });
});
