/**
 * The load generator, run as its own process so that the hub under test does not share an event loop with
 * its clients. Reads a scenario as JSON from argv, runs `connections` concurrent loops for `durationMs`, and
 * prints the result as JSON on stdout.
 *
 *   api-get / api-list / api-save      the API over HTTP (keep-alive), each connection owning one trial
 *   raw-get / raw-query / raw-transact the DynamoDB call each of those makes, through the AWS SDK
 *   bare-get / bare-query              the raw read or query behind a bare HTTP server (bare-server.ts)
 *   mixed                              reads, lists and saves in turn, counting every accepted save
 */
import { performance } from "node:perf_hooks";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { keys } from "../shared/adapters/dynamodb/keys.ts";
import { keepAliveClient } from "./http-client.ts";
import { rawGet, rawOfficeQuery } from "./raw-calls.ts";
import { WINDOW_END, WINDOW_START } from "./cpu-meter.ts";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { Agent } from "node:http";

export type ScenarioKind = "api-get" | "api-list" | "api-save" | "raw-get" | "raw-query" | "raw-transact" | "bare-get" | "bare-query" | "mixed";

export interface Scenario {
  readonly kind: ScenarioKind;
  readonly url: string;
  readonly token: string;
  readonly endpoint: string;
  readonly tableName: string;
  /** One trial per connection. */
  readonly ids: readonly string[];
  readonly office: string;
  readonly connections: number;
  readonly durationMs: number;
  /**
   * Reads only: how long to make the calls unmeasured first, in this process, so that its own first calls (the
   * SDK's or node:http's code still unoptimised) do not count; without it a short run pays more of them.
   */
  readonly warmUpMs?: number;
  /** The body each save sends. */
  readonly content: unknown;
}

/** The scenarios that only read, which can run unmeasured first without changing what they measure. */
const READ_KINDS: ReadonlySet<ScenarioKind> = new Set(["api-get", "api-list", "raw-get", "raw-query", "bare-get", "bare-query"]);

export interface LoadResult {
  readonly kind: ScenarioKind;
  readonly requests: number;
  readonly errors: number;
  readonly statuses: Record<string, number>;
  readonly latenciesMs: { readonly p50: number; readonly p90: number; readonly p99: number; readonly max: number };
  readonly throughputPerSecond: number;
  /** Accepted saves per trial (mixed and api-save). */
  readonly savesPerTrial: Record<string, number>;
  /** This process's CPU time over the measured window, in ms: the client's side of every call. */
  readonly cpuMs: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

async function run(s: Scenario): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const saves: Record<string, number> = {};
  let errors = 0;
  let recording = true;
  const count = (status: string, ok: boolean) => {
    if (!recording) return;
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (!ok) errors++;
  };
  const db = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: s.endpoint,
      region: "eu-north-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
      requestHandler: new NodeHttpHandler({ httpAgent: new Agent({ keepAlive: true, maxSockets: s.connections }) }),
    }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  const headers = { authorization: `Bearer ${s.token}` };

  async function timed<T>(call: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await call();
    } finally {
      if (recording) latencies.push(performance.now() - started);
    }
  }
  const client = keepAliveClient(s.url, s.connections);
  async function http(method: string, path: string, body?: unknown, extra: Record<string, string> = {}) {
    return timed(async () => {
      const res = await client.send(method, path, body === undefined ? undefined : JSON.stringify(body), { ...headers, ...extra });
      count(String(res.status), res.status < 400);
      return res;
    });
  }

  const warmUpMs = READ_KINDS.has(s.kind) ? (s.warmUpMs ?? 0) : 0;
  if (warmUpMs > 0) {
    recording = false;
    await Promise.all(connectionLoops(performance.now() + warmUpMs));
    recording = true;
  }
  process.stdout.write(`${WINDOW_START}\n`);
  const cpuAtStart = process.cpuUsage();
  const loops = connectionLoops(performance.now() + s.durationMs);
  const started = performance.now();
  await Promise.all(loops);
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuAtStart);
  process.stdout.write(`${WINDOW_END}\n`);
  db.destroy();
  client.close();
  const sorted = latencies.sort((a, b) => a - b);
  return {
    kind: s.kind,
    requests: latencies.length,
    errors,
    statuses,
    latenciesMs: { p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN },
    throughputPerSecond: latencies.length / elapsed,
    savesPerTrial: saves,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };

  /** One loop per connection, each making its calls until the deadline. */
  function connectionLoops(deadline: number): Promise<void>[] {
    return Array.from({ length: s.connections }, async (_, c) => {
      const id = s.ids[c % s.ids.length] as string;
      let version: number | undefined;
      const template = s.kind === "raw-transact" ? (await db.send(new GetCommand({ TableName: s.tableName, Key: keys.pilot(id) }))).Item : undefined;
      let rawVersion = 0;
      while (performance.now() < deadline) {
        try {
          switch (s.kind) {
            case "api-get":
              await http("GET", `/api/pilots/${id}`);
              break;
            case "api-list":
              await http("GET", `/api/pilots?office=${s.office}`);
              break;
            case "api-save":
            case "mixed": {
              if (s.kind === "mixed" || version === undefined) {
                const got = await http("GET", `/api/pilots/${id}`);
                version = got.status === 200 ? (JSON.parse(got.text) as { version: number }).version : undefined;
              }
              if (s.kind === "mixed") await http("GET", `/api/pilots?office=${s.office}&limit=20`);
              if (version === undefined) break;
              const saved = await http("PUT", `/api/pilots/${id}`, s.content, { "if-match": `"${version}"` });
              if (saved.status === 200) {
                saves[id] = (saves[id] ?? 0) + 1;
                version = (JSON.parse(saved.text) as { version: number }).version;
              } else {
                version = undefined;
              }
              break;
            }
            case "raw-get":
              await timed(() => db.send(rawGet(s.tableName, id)));
              count("ok", true);
              break;
            case "raw-query":
              await timed(() => db.send(rawOfficeQuery(s.tableName, s.office)));
              count("ok", true);
              break;
            case "bare-get":
              await http("GET", `/get/${id}`);
              break;
            case "bare-query":
              await http("GET", `/query/${s.office}`);
              break;
            case "raw-transact": {
              // The same two puts a save makes (the record on a version condition, and its revision), on a copy of the trial.
              const pk = `BENCH#${c}`;
              const next = rawVersion + 1;
              await timed(() =>
                db.send(
                  new TransactWriteCommand({
                    TransactItems: [
                      {
                        Put: {
                          TableName: s.tableName,
                          Item: { ...template, pk, sk: keys.pilot(id).sk, benchVersion: next },
                          ConditionExpression: rawVersion === 0 ? "attribute_not_exists(pk)" : "benchVersion = :expected",
                          ...(rawVersion === 0 ? {} : { ExpressionAttributeValues: { ":expected": rawVersion } }),
                        },
                      },
                      {
                        Put: {
                          TableName: s.tableName,
                          Item: { pk, sk: keys.revision(id, next).sk, data: template?.data },
                          ConditionExpression: "attribute_not_exists(pk)",
                        },
                      },
                    ],
                  }),
                ),
              );
              rawVersion = next;
              count("ok", true);
              break;
            }
          }
        } catch (error) {
          count(`error:${(error as Error).name}`, false);
        }
      }
    });
  }
}

if (process.argv[2]) {
  const scenario = JSON.parse(process.argv[2]) as Scenario;
  run(scenario).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
