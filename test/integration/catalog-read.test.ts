import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, inject, it } from "vitest";
import { createDocumentClient } from "../../shared/adapters/dynamodb/dynamo.ts";
import { keys } from "../../shared/adapters/dynamodb/keys.ts";
import { LOCAL_CREDENTIALS, LOCAL_REGION } from "../../infra/local/dynamodb-local.ts";
import { api, tokenFor } from "../support/api.ts";

/** A valid fødselsnummer from Skatteetaten's published examples (a synthetic person). */
const NUMBER = "02013299997";

describe("reading the catalogue", () => {
  it("lists a method whose description holds what today's guard refuses, and refuses the same text when it is written", async () => {
    // Prepare: a method, with the number put into its stored description as data written before the guard would hold it
    const db = createDocumentClient({ endpoint: inject("dynamoEndpoint"), region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const tableName = inject("tableName");
    const curator = await tokenFor("kurator");
    const id = `arbeidstrening-${Date.now().toString(36)}`;
    const created = await api("POST", "/api/methods", {
      token: curator,
      body: { id, name: `Arbeidstrening ${id}`, description: "Trening på en arbeidsplass." },
    });
    expect(created.status).toBe(201);
    const stored = await db.send(new GetCommand({ TableName: tableName, Key: keys.method(id) }));
    const item = stored.Item as { data: { description: string } };
    await db.send(new PutCommand({ TableName: tableName, Item: { ...item, data: { ...item.data, description: `Deltaker ${NUMBER} startet.` } } }));

    try {
      // Act
      const publicList = await api("GET", "/api/public/methods");
      const curatorList = await api("GET", "/api/methods", { token: curator });
      const rewritten = await api("PUT", `/api/methods/${id}`, {
        token: curator,
        body: { name: `Arbeidstrening ${id}`, description: `Deltaker ${NUMBER} startet.` },
        headers: { "if-match": `"${created.body.version}"` },
      });

      // Assess: both lists answer and hold the method as stored, so a curator can find and correct it; a write is still guarded
      expect(publicList.status).toBe(200);
      expect(publicList.body.items.find((m: { id: string }) => m.id === id)?.description).toContain(NUMBER);
      expect(curatorList.status).toBe(200);
      expect(curatorList.body.items.find((m: { id: string }) => m.id === id)?.description).toContain(NUMBER);
      expect(rewritten.status).toBe(422);
      expect(JSON.stringify(rewritten.body)).toContain("description");
    } finally {
      await db.send(new PutCommand({ TableName: tableName, Item: item }));
      db.destroy();
    }
  });
});
