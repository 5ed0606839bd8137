import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import { draftContent } from "../../fixtures/pilots.ts";
import { submittedPilot } from "../support/lifecycle.ts";

const OFFICE = "nav-kongsvinger";

describe("partner offices are offices the bank knows", () => {
  it("refuses an unknown partner office id with 422 at its place in the list, on create and on update", async () => {
    // Prepare
    const token = await tokenFor("kontor", OFFICE);

    // Act
    const refused = await api("POST", "/api/pilots", { token, body: draftContent({ partnerOfficeIds: ["nav-larvik", "nav-finnes-ikke"] }) });

    // Assess
    expect(refused.status).toBe(422);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(refused.body.errors).toEqual([{ pointer: "/partnerOfficeIds/1", message: expect.stringContaining("Finner ikke kontoret «nav-finnes-ikke»") }]);

    const created = await api("POST", "/api/pilots", { token, body: draftContent({ partnerOfficeIds: ["nav-larvik"] }) });
    expect(created.status).toBe(201);
    const updated = await api("PUT", `/api/pilots/${created.body.id}`, {
      token,
      body: draftContent({ partnerOfficeIds: ["nav-larvik", "nav-lier-ukjent"] }),
      headers: { "if-match": '"1"' },
    });
    expect(updated.status).toBe(422);
    expect(updated.body.errors[0].pointer).toBe("/partnerOfficeIds/1");
    // Nothing half-written: the stored trial is still version 1 with its one partner.
    const stored = await api("GET", `/api/pilots/${created.body.id}`, { token });
    expect(stored.body).toMatchObject({ version: 1, content: { partnerOfficeIds: ["nav-larvik"] } });
  });

  it("refuses the trial's own office as its partner", async () => {
    const token = await tokenFor("kontor", OFFICE);
    const res = await api("POST", "/api/pilots", { token, body: draftContent({ partnerOfficeIds: [OFFICE] }) });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ pointer: "/partnerOfficeIds/0", message: "Ditt eget kontor kan ikke stå som samarbeidskontor." });
  });

  it("refuses a method or an original trial that does not exist, at its field, all at once", async () => {
    // Prepare
    const token = await tokenFor("kontor", OFFICE);
    const unknownTrial = "01JZZZZZZZZZZZZZZZZZZZZZZZ";

    // Act
    const refused = await api("POST", "/api/pilots", {
      token,
      body: draftContent({ methodId: "finnes-ikke", replicatesPilotId: unknownTrial, partnerOfficeIds: ["nav-ukjent"] }),
    });

    // Assess
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["/methodId", "/partnerOfficeIds/0", "/replicatesPilotId"]);
    expect(refused.body.errors.find((e: { pointer: string }) => e.pointer === "/methodId").message).toContain("Finner ikke metoden «finnes-ikke»");
    const known = await api("POST", "/api/pilots", { token, body: draftContent({ methodId: "ips" }) });
    expect(known.status).toBe(201);
    const updated = await api("PUT", `/api/pilots/${known.body.id}`, {
      token,
      body: draftContent({ methodId: "ips", replicatesPilotId: known.body.id }),
      headers: { "if-match": '"1"' },
    });
    expect(updated.status).toBe(422);
    expect(updated.body.errors[0].pointer).toBe("/replicatesPilotId");
  });

  it("does not let an office copy another office's trial before it is published", async () => {
    // Prepare: a trial of another office, waiting for review
    const other = await submittedPilot("nav-lier");
    const token = await tokenFor("kontor", OFFICE);

    // Act
    const res = await api("POST", "/api/pilots", { token, body: draftContent({ replicatesPilotId: other.id }) });

    // Assess
    expect(res.status).toBe(422);
    expect(res.body.errors[0].pointer).toBe("/replicatesPilotId");
  });
});
