import { describe, expect, it } from "vitest";
import { ulid } from "ulid";
import { api, tokenFor } from "../support/api.ts";
import { completeContent, draftContent } from "../../fixtures/pilots.ts";
import { scale } from "./arbitraries.ts";

const OFFICE = "nav-gjovik";
const WRITERS = 50;
const ROUNDS = scale(3, 10);
const RETRIES = 20;

describe("writes that race", () => {
  it(`lets exactly one of ${WRITERS} parallel saves from the same version win, ${ROUNDS} rounds in a row, and loses no revision`, async () => {
    // Prepare
    const token = await tokenFor("kontor", OFFICE);
    const created = await api("POST", "/api/pilots", { token, body: draftContent({ title: "Kappløp" }) });
    expect(created.status).toBe(201);
    const id: string = created.body.id;

    for (let round = 1; round <= ROUNDS; round++) {
      // Act
      const results = await Promise.all(
        Array.from({ length: WRITERS }, (_, writer) =>
          api("PUT", `/api/pilots/${id}`, {
            token,
            body: completeContent({ title: `Runde ${round}, skriver ${writer}` }),
            headers: { "if-match": `"${round}"` },
          }),
        ),
      );
      // Assess
      const statuses = results.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 412)).toHaveLength(WRITERS - 1);
      const winner = results.find((r) => r.status === 200);
      expect(winner?.body.version).toBe(round + 1);
      const current = await api("GET", `/api/pilots/${id}`, { token });
      expect(current.body.content.title).toBe(winner?.body.content.title);
    }

    const revisions = await api("GET", `/api/pilots/${id}/revisions`, { token });
    expect(revisions.body.items.map((r: { version: number }) => r.version)).toEqual(Array.from({ length: ROUNDS + 1 }, (_, i) => ROUNDS + 1 - i));
  });

  it(`creates one trial for ${RETRIES} simultaneous retries of a create with one Idempotency-Key`, async () => {
    // Prepare
    const token = await tokenFor("kontor", OFFICE);
    const key = `retry-${ulid()}`;
    const title = `Gjentatt registrering ${key}`;
    const before = await api("GET", `/api/pilots?office=${OFFICE}&limit=200`, { token });

    // Act
    const results = await Promise.all(
      Array.from({ length: RETRIES }, () => api("POST", "/api/pilots", { token, body: draftContent({ title }), headers: { "idempotency-key": key } })),
    );

    // Assess: every retry either got the trial or was told to retry; never a second trial
    const ids = new Set(results.filter((r) => r.status === 201 || r.status === 200).map((r) => r.body.id));
    expect(
      results.every((r) => r.status < 500 || r.status === 503),
      JSON.stringify(results.map((r) => r.status)),
    ).toBe(true);
    expect(ids.size).toBe(1);
    const after = await api("GET", `/api/pilots?office=${OFFICE}&limit=200`, { token });
    const withTitle = after.body.items.filter((p: { content: { title: string } }) => p.content.title === title);
    expect(withTitle).toHaveLength(1);
    expect(after.body.items.length).toBe(before.body.items.length + 1);
  });
});
