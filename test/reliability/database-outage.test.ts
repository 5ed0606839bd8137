import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QueryCommand, ScanCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDynamoDbLocal, localClient, type LocalDynamo } from "../../infra/local/dynamodb-local.ts";
import { startHub, type Hub } from "../../infra/local/hub.ts";
import { keys } from "../../shared/adapters/dynamodb/keys.ts";
import { officeUser } from "../../infra/local/oidc/users.ts";
import { completeContent, draftContent } from "../../fixtures/pilots.ts";
import { scale } from "./arbitraries.ts";

const OFFICE = "nav-kongsvinger";
const TRIALS = scale(8, 30);
const CLIENTS = scale(8, 24);
const DOWN_MS = scale(3_000, 10_000);
/** No request may take longer than this, with the database up or down. */
const ANSWER_WITHIN_MS = 8_000;

interface Observation {
  readonly at: number;
  readonly ms: number;
  readonly status: number;
  readonly retryAfter: string | null;
  readonly contentType: string | null;
  readonly text: string;
}

describe("the database goes away in the middle of a load", () => {
  let dataDir: string;
  let dynamo: LocalDynamo;
  let hub: Hub;
  let token: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "utp-outage-"));
    dynamo = await startDynamoDbLocal({ dataDir });
    hub = await startHub({ port: 0, seed: true, tableName: "utprovingsbanken-outage", dynamo });
    token = await hub.issuer.signToken(officeUser({ id: OFFICE }));
  }, 90_000);

  afterAll(async () => {
    await hub?.stop();
    await dynamo?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Observation & { json: any }> {
    const started = Date.now();
    const res = await fetch(hub.url + path, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}), ...headers },
      ...(body ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS + 5_000),
    });
    const text = await res.text();
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return {
      at: started,
      ms: Date.now() - started,
      status: res.status,
      retryAfter: res.headers.get("retry-after"),
      contentType: res.headers.get("content-type"),
      text,
      json,
    };
  }

  it("answers 503 with Retry-After while it is down, recovers by itself, and leaves no trial half-written", { timeout: 120_000 }, async () => {
    // Prepare: trials to read and save
    const ids: string[] = [];
    for (let i = 0; i < TRIALS; i++) {
      const created = await call("POST", "/api/pilots", draftContent({ title: `Utfall ${i}` }));
      expect(created.status).toBe(201);
      ids.push(created.json.id);
    }
    const observations: Observation[] = [];
    let running = true;
    const client = async (n: number) => {
      const id = ids[n % ids.length] as string;
      while (running) {
        const read = await call("GET", `/api/pilots/${id}`);
        observations.push(read);
        if (read.status !== 200) continue;
        observations.push(
          await call("PUT", `/api/pilots/${id}`, completeContent({ title: `Lagret av klient ${n}` }), { "if-match": `"${read.json.version}"` }),
        );
        observations.push(await call("GET", `/api/pilots?office=${OFFICE}&limit=20`));
      }
    };

    // Act: a load, the database stopped under it, and started again on the same port with the same data
    const load = Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
    await new Promise((r) => setTimeout(r, 1_500));
    const stoppedAt = Date.now();
    await dynamo.stop();
    await new Promise((r) => setTimeout(r, DOWN_MS));
    const restartedAt = Date.now();
    const restarted = await startDynamoDbLocal({ port: dynamo.port, dataDir });
    dynamo = restarted;
    let recoveredAt = 0;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const probe = await call("GET", `/api/pilots/${ids[0]}`);
      if (probe.status === 200) {
        recoveredAt = Date.now();
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    await new Promise((r) => setTimeout(r, 1_000));
    running = false;
    await load;

    // Assess: every request answered in time, refusals while down were 503 Problem Details with Retry-After
    const slowest = Math.max(...observations.map((o) => o.ms));
    expect(slowest).toBeLessThan(ANSWER_WITHIN_MS);
    const unavailable = observations.filter((o) => o.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const o of unavailable) {
      expect(o.retryAfter).toMatch(/^\d+$/);
      expect(o.contentType).toMatch(/^application\/problem\+json/);
      expect(o.text).not.toMatch(/\bat .+:\d+:\d+|ECONNREFUSED|node_modules|Error:/);
    }
    const statuses = new Set(observations.map((o) => o.status));
    expect([...statuses].filter((s) => ![200, 412, 503].includes(s))).toEqual([]);
    expect(unavailable.every((o) => o.at >= stoppedAt - ANSWER_WITHIN_MS && o.at <= recoveredAt)).toBe(true);
    expect(recoveredAt, "the API did not recover within 30 s of the restart").toBeGreaterThan(0);
    const after = observations.filter((o) => o.at > recoveredAt + 100);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((o) => o.status !== 503)).toBe(true);
    console.log(
      `Outage: ${observations.length} requests, ${unavailable.length} answered 503, slowest ${slowest} ms, ` +
        `database down ${restartedAt - stoppedAt} ms, API recovered ${recoveredAt - restartedAt} ms after the restart began`,
    );

    // Assess: no trial half-written — the record's version is its newest revision, revisions 1..n without a gap
    const raw = localClient(dynamo.endpoint);
    try {
      for (const id of ids) {
        const out = await raw.send(
          new QueryCommand({
            TableName: hub.tableName,
            KeyConditionExpression: "pk = :pk",
            ExpressionAttributeValues: { ":pk": { S: keys.pilot(id).pk } },
            ConsistentRead: true,
          }),
        );
        const items = out.Items ?? [];
        const record = items.find((i) => i.sk?.S === keys.pilot("-").sk);
        const revisions = items.filter((i) => i.sk?.S?.startsWith(keys.revisionPrefix)).map((i) => Number(i.sk?.S?.slice(keys.revisionPrefix.length)));
        const version = Number(record?.data?.M?.version?.N);
        expect(revisions).toEqual(Array.from({ length: version }, (_, i) => i + 1));
      }
      // No revision anywhere without its record
      const scanned = await raw.send(new ScanCommand({ TableName: hub.tableName, ProjectionExpression: "pk, sk" }));
      const records = new Set((scanned.Items ?? []).filter((i) => i.sk?.S === keys.pilot("-").sk).map((i) => i.pk?.S));
      const orphans = (scanned.Items ?? []).filter((i) => i.sk?.S?.startsWith(keys.revisionPrefix) && !records.has(i.pk?.S));
      expect(orphans).toEqual([]);
    } finally {
      raw.destroy();
    }
  });
});
