import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
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

  it("makes a read's calls unmeasured for the warm-up it is given, and only then opens its window", async () => {
    // Arrange: a server that counts every call it answers, as the bare server's `/get/{id}` is called
    let served = 0;
    const server = createServer((_req, res) => {
      served++;
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const scenario = { url, token: "", endpoint: inject("dynamoEndpoint"), tableName: "unused", ids: ["a"], office: "nav-a", connections: 2, content: {} };
    try {
      // Act: a second of warm-up before a window of half a second, then the same window without one
      const warmed = await runLoad({ ...scenario, kind: "bare-get", warmUpMs: 1_000, durationMs: 500 });
      const servedWarmed = served;
      served = 0;
      const cold = await runLoad({ ...scenario, kind: "bare-get", durationMs: 500 });

      // Assert: the warmed run's window counted only its own calls, about a third of those the server answered
      expect(warmed.errors).toBe(0);
      expect(warmed.requests).toBeGreaterThan(20);
      expect(warmed.requests).toBeLessThan(servedWarmed * 0.6);
      // Without a warm-up, every call the server answered is in the window
      expect(cold.requests).toBe(served);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
