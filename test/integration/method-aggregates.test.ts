import type { _Record } from "@aws-sdk/client-dynamodb-streams";
import { describe, expect, it } from "vitest";
import { keys } from "../../shared/adapters/dynamodb/keys.ts";
import { refreshDerivedFigures } from "../../shared/adapters/stream/derived-figures.ts";
import { replayStream } from "../../infra/local/stream-replay.ts";
import { watchTableStream } from "../../infra/local/stream-watcher.ts";
import { api, tokenFor } from "../support/api.ts";
import { caughtUp, figuresTable } from "../support/figures.ts";
import { endedContent, publishedPilot } from "../support/lifecycle.ts";

const OFFICE = "nav-lier";
const OTHER = "nav-bodo";

async function aggregatesOf(methodId: string) {
  const methods = await api("GET", "/api/public/methods");
  expect(methods.status).toBe(200);
  return methods.body.items.find((m: { id: string }) => m.id === methodId)?.aggregates;
}

/** The aggregates once the stream's consumer has counted `trials` trials of the method. */
const aggregatesWith = (methodId: string, trials: number) =>
  caughtUp(
    () => aggregatesOf(methodId),
    (a) => expect(a?.trials).toBe(trials),
  );

async function newMethod(name: string): Promise<string> {
  const id = `${name}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  expect((await api("POST", "/api/methods", { token: await tokenFor("kurator"), body: { id, name: `${name} ${id}` } })).status).toBe(201);
  return id;
}

/** Whether a stream record is a change of this trial's public record. */
const isPublicRecordOf = (id: string) => (record: _Record) =>
  record.dynamodb?.Keys?.pk?.S === keys.publicPilot(id).pk && record.dynamodb?.Keys?.sk?.S === keys.publicPilot(id).sk;

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
    const afterPublish = await aggregatesWith(id, 2);
    const withdrawn = await api("POST", `/api/pilots/${one.id}/withdraw`, {
      token: curator,
      body: { reason: "Publisert ved en feil." },
      headers: { "if-match": `"${one.version}"` },
    });
    const afterWithdraw = await aggregatesWith(id, 1);

    // Assess
    expect(afterPublish).toMatchObject({ trials: 2, offices: 2, officeIds: [OTHER, OFFICE].sort() });
    expect(
      afterPublish.outcomes["virket-ikke"] +
        afterPublish.outcomes.virket +
        afterPublish.outcomes.delvis +
        afterPublish.outcomes.negativ +
        afterPublish.outcomes["for-tidlig"] +
        afterPublish.withoutResults,
    ).toBe(2);
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
    const edited = await api("PUT", `/api/methods/${id}`, {
      token: curator,
      body: { name: `Jobbmatch ${id}`, recommended: true, recommendationNote: "Sterk dokumentasjon." },
      headers: { "if-match": '"1"' },
    });

    // Assess
    expect(edited.status).toBe(200);
    expect(await aggregatesWith(id, 1)).toMatchObject({ trials: 1, recommended: true });
  });
});

describe("method aggregates from the table's stream", () => {
  it("gives the same stored figures when the same changes are replayed from a cursor, once or twice", async () => {
    // Prepare: the stream's present end as a cursor, then a publish after it, counted by the hub's consumer
    const table = figuresTable();
    const { cursor } = await replayStream({ ...table, handle: async () => {} });
    const method = await newMethod("arbeidstrening");
    const trial = await publishedPilot(OFFICE, endedContent({ title: "Arbeidstrening i Lier" }), method);
    const counted = await caughtUp(
      () => table.item(keys.methodAggregate(method)),
      (item) => expect(item?.data.trials).toBe(1),
    );

    // Act: the changes since the cursor, applied again by the same consumer, twice
    const batches: _Record[][] = [];
    await replayStream({ ...table, startAfter: cursor, handle: async (records) => void batches.push([...records]) });
    const replayed = batches.flat();
    const stale = await refreshDerivedFigures(table.stores, replayed);
    const once = await table.item(keys.methodAggregate(method));
    await refreshDerivedFigures(table.stores, replayed);
    const twice = await table.item(keys.methodAggregate(method));

    // Assess
    expect(replayed.some(isPublicRecordOf(trial.id))).toBe(true);
    expect(stale.methodIds).toContain(method);
    expect(once?.data).toEqual(counted?.data);
    expect(twice?.data).toEqual(counted?.data);
    expect(once?.readAt).toBeTypeOf("string");
    expect(twice?.readAt).toBeTypeOf("string");
    expect(String(twice?.readAt) >= String(once?.readAt)).toBe(true);
    table.db.destroy();
    table.client.destroy();
  });

  it("answers a write from its own transaction while the figures' refresh fails, and sets the failed changes aside", async () => {
    // Prepare: a second consumer on the stream whose aggregate refresh fails for one method
    const table = figuresTable();
    const method = await newMethod("mentor");
    const dead: _Record[] = [];
    const tries: string[] = [];
    const watcher = await watchTableStream({
      ...table,
      pollMs: 100,
      onFigureChanges: async (records) =>
        void (await refreshDerivedFigures(
          {
            statistics: table.stores.statistics,
            aggregates: {
              refresh: async (ids) => {
                if (!ids.includes(method)) return;
                tries.push(method);
                throw new Error("Metodetallene kan ikke skrives");
              },
            },
          },
          records,
        )),
      onFigureDeadLetter: ({ records }) => void dead.push(...records),
    });

    try {
      // Act
      const trial = await publishedPilot(OFFICE, endedContent({ title: "Mentor i Lier" }), method);

      // Assess: the write was answered (publishedPilot expects 200), the failing consumer tried, retried and set the
      // trial's public record aside; the hub's own consumer, which works, counted the trial all the same
      await caughtUp(
        async () => dead,
        (records) => expect(records.some(isPublicRecordOf(trial.id))).toBe(true),
      );
      expect(tries.length).toBeGreaterThanOrEqual(4);
      expect(await aggregatesWith(method, 1)).toMatchObject({ trials: 1, offices: 1 });
      // Replaying what was set aside through a working consumer gives the same figures
      await refreshDerivedFigures(table.stores, dead);
      expect(await aggregatesOf(method)).toMatchObject({ trials: 1, offices: 1, officeIds: [OFFICE] });
    } finally {
      await watcher.stop();
      table.db.destroy();
      table.client.destroy();
    }
  });

  it("has the stream watcher say when every change written before the question has been handed on", async () => {
    // Prepare: a consumer that notes the public records it is given, reading the stream every 300 ms
    const table = figuresTable();
    const seen: string[] = [];
    const watcher = await watchTableStream({
      ...table,
      pollMs: 300,
      onChanges: (records) => void seen.push(...records.map((r) => `${r.dynamodb?.Keys?.pk?.S}|${r.dynamodb?.Keys?.sk?.S}`)),
    });
    try {
      // Act
      const trial = await publishedPilot(OFFICE, endedContent({ title: "Jobbsøkerkurs i Lier" }));
      await watcher.caughtUp();
      // Assess: the trial's public record was handed on before the answer, with no waiting for it here
      const key = keys.publicPilot(trial.id);
      expect(seen).toContain(`${key.pk}|${key.sk}`);
    } finally {
      await watcher.stop();
      table.db.destroy();
      table.client.destroy();
    }
    // A stopped watcher has nothing left to read
    await expect(watcher.caughtUp()).resolves.toBeUndefined();
  });
});
