import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import { endedContent, publishedPilot, wholeExport } from "../support/lifecycle.ts";

describe("GET /api/public/statistics", () => {
  it("counts every registered trial, drafts included, without any of their content", async () => {
    // Prepare
    const office = await tokenFor("kontor", "nav-lier");
    const before = await api("GET", "/api/public/statistics");
    const title = `Utkast som bare telles ${Date.now()}`;
    expect((await api("POST", "/api/pilots", { token: office, body: { title } })).status).toBe(201);
    await publishedPilot("nav-bodo", endedContent({ title: "Publisert og telt" }));

    // Act
    const after = await api("GET", "/api/public/statistics");

    // Assess
    expect(after.status).toBe(200);
    expect(after.body.registered).toBe(before.body.registered + 2);
    expect(after.body.byState.draft).toBe(before.body.byState.draft + 1);
    expect(after.body.registered).toBeGreaterThan((await wholeExport()).length);
    expect(after.body.ended).toBeGreaterThanOrEqual(after.body.endedWithResults);
    expect(after.body.publicationDays.length).toBeGreaterThan(0);
    expect(JSON.stringify(after.body)).not.toContain(title);
  });
});
