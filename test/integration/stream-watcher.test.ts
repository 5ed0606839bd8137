import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DeleteTableCommand } from "@aws-sdk/client-dynamodb";
import { describe, expect, inject, it } from "vitest";
import { createDocumentClient } from "../../shared/adapters/dynamodb/dynamo.ts";
import { keys } from "../../shared/adapters/dynamodb/keys.ts";
import { LOCAL_CREDENTIALS, LOCAL_REGION, localClient } from "../../infra/local/dynamodb-local.ts";
import { watchTableStream } from "../../infra/local/stream-watcher.ts";
import { ensureTable } from "../../infra/local/table-setup.ts";
import { writeItems } from "../../bench/snapshot-table.ts";

/**
 * Passes requests on to DynamoDB Local; while `failReads` is above zero, answers that many reads of the stream
 * with 500 instead, as a database that is restarting or overloaded may; while `holdReads` is, never answers that
 * many (until the proxy closes), as a database that has stalled.
 */
async function flakyStreamEndpoint(target: string): Promise<{ url: string; failReads: number; holdReads: number; close: () => Promise<void> }> {
  const proxy = { url: "", failReads: 0, holdReads: 0, close: async () => {} };
  const server: Server = createServer((req, res) => {
    const body: Buffer[] = [];
    req.on("data", (chunk: Buffer) => body.push(chunk));
    req.on("end", () => {
      const read = String(req.headers["x-amz-target"]).endsWith(".GetRecords");
      if (read && proxy.holdReads > 0) {
        proxy.holdReads -= 1;
        return;
      }
      if (read && proxy.failReads > 0) {
        proxy.failReads -= 1;
        res.writeHead(500, { "content-type": "application/x-amz-json-1.0" }).end(JSON.stringify({ __type: "InternalServerError", message: "busy" }));
        return;
      }
      const out = request(new URL(req.url ?? "/", target), { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      out.end(Buffer.concat(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return proxy;
}

/**
 * A table of its own with a watcher on its stream that notes every public record it is handed: `write` stores
 * public records (four batches at a time), `missing` names those not handed on, `close` removes it all.
 */
async function watchedTable(name: string, options: { streamEndpoint?: string; pollMs: number; requestTimeoutMs?: number; log?: (message: string) => void }) {
  const endpoint = inject("dynamoEndpoint");
  const tableName = `${name}-${Date.now().toString(36)}`;
  const client = localClient(endpoint);
  const db = createDocumentClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  await ensureTable(client, tableName);
  const seen = new Set<string>();
  const watcher = await watchTableStream({
    endpoint: options.streamEndpoint ?? endpoint,
    tableName,
    client,
    pollMs: options.pollMs,
    ...(options.requestTimeoutMs ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
    ...(options.log ? { log: options.log } : {}),
    onChanges: (records) => {
      for (const r of records) seen.add(r.dynamodb?.Keys?.pk?.S ?? "");
    },
  });
  return {
    watcher,
    write: (ids: readonly string[]) =>
      writeItems(
        db,
        tableName,
        ids.map((id) => ({ ...keys.publicPilot(id), entity: "public-pilot" })),
      ),
    missing: (ids: readonly string[]) => ids.filter((id) => !seen.has(keys.publicPilot(id).pk)),
    async close() {
      await watcher.stop();
      await client.send(new DeleteTableCommand({ TableName: tableName }));
      db.destroy();
      client.destroy();
    },
  };
}

describe("the stream watcher", () => {
  // Writing and reading back 2,345 changes through DynamoDB Local took over 30 s on a two-core machine under load.
  it("says it has caught up only once every change written before the question is handed on, however many there are", async () => {
    // Prepare: more changes than one read of a shard returns, written between two reads
    const table = await watchedTable("watcher", { pollMs: 5_000 });
    const ids = Array.from({ length: 2_345 }, (_, i) => `watched-${i}`);
    try {
      await table.write(ids);

      // Act
      await table.watcher.caughtUp();

      // Assess: every write was handed on before the answer, with no waiting for it here
      expect(table.missing(ids)).toEqual([]);
    } finally {
      await table.close();
    }
  }, 90_000);

  it("does not say it has caught up after a pass whose read of the stream failed", async () => {
    // Prepare: the watcher reads the stream through an endpoint that can fail its reads
    const flaky = await flakyStreamEndpoint(inject("dynamoEndpoint"));
    const problems: string[] = [];
    const table = await watchedTable("watcher-flaky", { streamEndpoint: flaky.url, pollMs: 200, log: (message) => problems.push(message) });
    const ids = Array.from({ length: 30 }, (_, i) => `flaky-${i}`);
    try {
      await table.write(ids);
      // Act: the next two reads fail, then the database answers again
      flaky.failReads = 2;
      await table.watcher.caughtUp();

      // Assess: the answer waited for a pass that read the changes; the failures were told
      expect(table.missing(ids)).toEqual([]);
      expect(problems.length).toBeGreaterThanOrEqual(2);
      expect(problems[0]).toMatch(/Strømmen kunne ikke leses/);
    } finally {
      await table.close();
      await flaky.close();
    }
  });

  it("reads on after a read of the stream that is never answered, and says it has caught up only after that", async () => {
    // Prepare: the watcher reads the stream through an endpoint that can hold its reads unanswered
    const flaky = await flakyStreamEndpoint(inject("dynamoEndpoint"));
    const problems: string[] = [];
    const table = await watchedTable("watcher-stalled", {
      streamEndpoint: flaky.url,
      pollMs: 200,
      requestTimeoutMs: 3_000,
      log: (message) => problems.push(message),
    });
    const ids = Array.from({ length: 30 }, (_, i) => `stalled-${i}`);
    try {
      await table.write(ids);
      // Act: the next read is never answered, then the database answers again
      flaky.holdReads = 1;
      await table.watcher.caughtUp();

      // Assess: the stalled read was given up and told, and the answer waited for a pass that read the changes
      expect(flaky.holdReads).toBe(0);
      expect(table.missing(ids)).toEqual([]);
      expect(problems.length).toBeGreaterThanOrEqual(1);
      expect(problems[0]).toMatch(/Strømmen kunne ikke leses.*TimeoutError/);
    } finally {
      await table.close();
      await flaky.close();
    }
  });
});
