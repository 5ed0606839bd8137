import { DeleteCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { keys } from "../../shared/adapters/dynamodb/keys.ts";
import { api, tokenFor } from "../support/api.ts";
import { caughtUp, figuresTable } from "../support/figures.ts";
import { endedContent, publishedPilot, wholeExport } from "../support/lifecycle.ts";

describe("GET /api/public/statistics", () => {
  it("counts every registered trial, drafts included, without any of their content", async () => {
    // Prepare
    const office = await tokenFor("kontor", "nav-lier");
    const before = await api("GET", "/api/public/statistics");
    const title = `Utkast som bare telles ${Date.now()}`;
    expect((await api("POST", "/api/pilots", { token: office, body: { title } })).status).toBe(201);
    await publishedPilot("nav-bodo", endedContent({ title: "Publisert og telt" }));

    // Act: the counts follow the writes through the table's stream
    const after = await caughtUp(
      () => api("GET", "/api/public/statistics"),
      (res) => expect(res.body.registered).toBeGreaterThanOrEqual(before.body.registered + 2),
    );

    // Assess (other tests register trials meanwhile: at least the two of this one are counted)
    expect(after.status).toBe(200);
    expect(after.body.registered).toBeGreaterThanOrEqual(before.body.registered + 2);
    expect(after.body.byState.draft).toBeGreaterThanOrEqual(before.body.byState.draft + 1);
    expect(after.body.registered).toBeGreaterThan((await wholeExport()).length);
    expect(after.body.ended).toBeGreaterThanOrEqual(after.body.endedWithResults);
    expect(after.body.publicationDays.length).toBeGreaterThan(0);
    expect(JSON.stringify(after.body)).not.toContain(title);
  });

  it("answers with the one stored item the stream's consumer keeps, not a count of the trials", async () => {
    // Prepare: the stored item replaced by counts no count of the trials could give, stamped so late that the
    // consumer leaves it alone until it is put back
    const table = figuresTable();
    const stored = await table.item(keys.registryStatistics());
    expect(stored?.data.registered).toBeGreaterThan(0);
    const marker = { ...stored?.data, asOf: "2999-01-01T00:00:00.000Z", registered: 999_999 };
    await table.db.send(new PutCommand({ TableName: table.tableName, Item: { ...stored, readAt: marker.asOf, data: marker } }));

    try {
      // Act
      const res = await api("GET", "/api/public/statistics");

      // Assess
      expect(res.status).toBe(200);
      expect(res.body).toEqual(marker);
    } finally {
      // Put back: removed, and recounted by the consumer at the next change of a trial
      await table.db.send(new DeleteCommand({ TableName: table.tableName, Key: keys.registryStatistics() }));
      await table.stores.statistics.refresh();
      table.db.destroy();
      table.client.destroy();
    }
  });
});
