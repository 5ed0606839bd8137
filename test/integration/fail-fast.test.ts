import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { createDocumentClient, failFastHandler, isUnavailable } from "../../shared/adapters/dynamodb/dynamo.ts";
import { LOCAL_CREDENTIALS, LOCAL_REGION } from "../../infra/local/dynamodb-local.ts";
import { API_FUNCTION_TIMEOUT_SECONDS, DATABASE_ATTEMPTS, DATABASE_REQUEST_TIMEOUT_MS } from "../../functions/lib/timeouts.ts";

/** A database that takes every connection and never answers. */
async function silentDatabase(): Promise<{ endpoint: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe("a client of the table that must not wait on a database that does not answer", () => {
  it("gives up each try after its limit, tries again, and fails as an outage", async () => {
    // Arrange
    const database = await silentDatabase();
    const db = createDocumentClient({
      endpoint: database.endpoint,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
      maxAttempts: 2,
      requestHandler: failFastHandler({ connectionTimeoutMs: 500, requestTimeoutMs: 400 }),
    });
    const started = performance.now();
    try {
      // Act
      const error = await db.send(new GetCommand({ TableName: "t", Key: { pk: "a", sk: "b" } })).then(
        () => undefined,
        (e: unknown) => e,
      );
      const elapsed = performance.now() - started;

      // Assert: a timeout the HTTP wrapper answers with 503, after both tries and not much later
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).name).toBe("TimeoutError");
      expect(isUnavailable(error)).toBe(true);
      expect((error as { $metadata?: { attempts?: number } }).$metadata?.attempts).toBe(2);
      expect(elapsed).toBeGreaterThanOrEqual(750);
      expect(elapsed).toBeLessThan(5_000);
    } finally {
      db.destroy();
      await database.close();
    }
  });

  it("tries the table in AWS for no longer in all than an API function may run", () => {
    // The standard retry strategy pauses up to 100 ms × 2^n before the nth retry
    const pauses = Array.from({ length: DATABASE_ATTEMPTS - 1 }, (_, n) => 100 * 2 ** (n + 1)).reduce((a, b) => a + b, 0);
    expect(DATABASE_ATTEMPTS * DATABASE_REQUEST_TIMEOUT_MS + pauses).toBeLessThan(API_FUNCTION_TIMEOUT_SECONDS * 1_000 - 250);
  });
});
