import { DeleteTableCommand } from "@aws-sdk/client-dynamodb";
import { describe, expect, inject, it } from "vitest";
import { startBareServer } from "../../bench/bare-server.ts";
import { keepAliveClient } from "../../bench/http-client.ts";
import { rawGet, rawOfficeQuery } from "../../bench/raw-calls.ts";
import { createDocumentClient } from "../../shared/adapters/dynamodb/dynamo.ts";
import { keys, partitions } from "../../shared/adapters/dynamodb/keys.ts";
import { LOCAL_CREDENTIALS, LOCAL_REGION, localClient } from "../../infra/local/dynamodb-local.ts";
import { ensureTable } from "../../infra/local/table-setup.ts";
import { writeItems } from "../../bench/snapshot-table.ts";

describe("the bench's bare server (the floor of an HTTP API in front of the table)", () => {
  it("answers exactly what the raw read and the raw office query return, and nothing else", async () => {
    // Arrange: two trials of one office and one of another, in a table of their own
    const endpoint = inject("dynamoEndpoint");
    const tableName = `bare-${Date.now().toString(36)}`;
    const client = localClient(endpoint);
    const db = createDocumentClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    await ensureTable(client, tableName);
    const trial = (id: string, office: string) => ({
      ...keys.pilot(id),
      gsi1pk: partitions.officePilots(office),
      gsi1sk: `2026-12-01#${id}`,
      entity: "pilot",
      title: `Utprøving ${id}`,
    });
    await writeItems(db, tableName, [trial("bare-a1", "nav-a"), trial("bare-a2", "nav-a"), trial("bare-b1", "nav-b")]);
    const bare = await startBareServer(endpoint, tableName);
    // One connection, so every call after the first reuses it, as the bench's load does
    const http = keepAliveClient(bare.url, 1);
    try {
      // Act
      const one = await http.send("GET", "/get/bare-a1");
      const office = await http.send("GET", "/query/nav-a");
      const missing = await http.send("GET", "/get/finnes-ikke");
      const unknown = await http.send("GET", "/scan/nav-a");

      // Assess: the same items the raw calls read, as JSON
      expect(one.status).toBe(200);
      expect(JSON.parse(one.text)).toEqual((await db.send(rawGet(tableName, "bare-a1"))).Item);
      expect(office.status).toBe(200);
      const listed = JSON.parse(office.text) as { title: string }[];
      expect(listed).toEqual((await db.send(rawOfficeQuery(tableName, "nav-a"))).Items);
      expect(listed.map((item) => item.title).sort()).toEqual(["Utprøving bare-a1", "Utprøving bare-a2"]);
      expect(JSON.parse(missing.text)).toBeNull();
      expect(unknown.status).toBe(500);
    } finally {
      http.close();
      await bare.close();
      await client.send(new DeleteTableCommand({ TableName: tableName }));
      db.destroy();
      client.destroy();
    }
  });
});
