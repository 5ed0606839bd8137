import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import { endedContent, publishedPilot } from "../support/lifecycle.ts";

const OFFICE = "nav-lier";
const OTHER = "nav-bodo";

async function aggregatesOf(methodId: string) {
  const methods = await api("GET", "/api/public/methods");
  expect(methods.status).toBe(200);
  return methods.body.items.find((m: { id: string }) => m.id === methodId)?.aggregates;
}

describe("method aggregates kept up to date", () => {
  it("counts a trial when it is published and stops counting it when it is withdrawn", async () => {
    // Prepare
    const curator = await tokenFor("kurator");
    const id = `tett-oppfolging-${Date.now().toString(36)}`;
    expect((await api("POST", "/api/methods", { token: curator, body: { id, name: `Tett oppfølging ${id}` } })).status).toBe(201);
    expect(await aggregatesOf(id)).toMatchObject({ trials: 0, offices: 0 });

    // Act
    const one = await publishedPilot(OFFICE, endedContent({ title: "Tett oppfølging i Lier" }), id);
    await publishedPilot(OTHER, endedContent({ title: "Tett oppfølging i Bodø" }), id);
    const afterPublish = await aggregatesOf(id);
    const withdrawn = await api("POST", `/api/pilots/${one.id}/withdraw`, { token: curator, body: { reason: "Publisert ved en feil." }, headers: { "if-match": `"${one.version}"` } });
    const afterWithdraw = await aggregatesOf(id);

    // Assess
    expect(afterPublish).toMatchObject({ trials: 2, offices: 2, officeIds: [OTHER, OFFICE].sort() });
    expect(afterPublish.outcomes["virket-ikke"] + afterPublish.outcomes.virket + afterPublish.outcomes.delvis + afterPublish.outcomes.negativ + afterPublish.outcomes["for-tidlig"] + afterPublish.withoutResults).toBe(2);
    expect(withdrawn.status).toBe(200);
    expect(afterWithdraw).toMatchObject({ trials: 1, offices: 1, officeIds: [OTHER] });
  });

  it("follows the recommendation the method has now", async () => {
    // Prepare
    const curator = await tokenFor("kurator");
    const id = `jobbmatch-${Date.now().toString(36)}`;
    await api("POST", "/api/methods", { token: curator, body: { id, name: `Jobbmatch ${id}` } });
    await publishedPilot(OFFICE, endedContent({ title: "Jobbmatch i Lier" }), id);

    // Act
    const edited = await api("PUT", `/api/methods/${id}`, { token: curator, body: { name: `Jobbmatch ${id}`, recommended: true, recommendationNote: "Sterk dokumentasjon." }, headers: { "if-match": '"1"' } });

    // Assess
    expect(edited.status).toBe(200);
    expect(await aggregatesOf(id)).toMatchObject({ trials: 1, recommended: true });
  });
});
