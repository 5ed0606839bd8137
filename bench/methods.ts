import { readFileSync } from "node:fs";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { createDocumentClient } from "../shared/adapters/dynamodb/dynamo.ts";
import { keys, partitions } from "../shared/adapters/dynamodb/keys.ts";
import { aggregateMethod, methodResolver, type PublicSnapshot } from "../shared/public/index.ts";
import { startHub } from "../infra/local/hub.ts";
import { keepAliveClient } from "./http-client.ts";
import { fmt, goal, type Section } from "./report.ts";
import { snapshotFor } from "./site.ts";
import { seedSnapshot, writeItems } from "./snapshot-table.ts";

const ROUNDS = 60;
const WARM_UP_ROUNDS = 20;

function p50(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timed(rounds: number, call: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  return p50(times);
}

/**
 * `GET /api/public/methods` with many published trials: the public records of a generated snapshot and
 * their methods' stored aggregates (as the publish path writes them) are put straight into a hub's
 * table, then the route is timed next to the raw reads it makes (the methods query and the aggregates
 * query) and next to the read it used to make (every public record).
 */
export async function methodsAtScaleSection(options: { size: number; log: (m: string) => void }): Promise<Section> {
  const snapshot = JSON.parse(readFileSync(await snapshotFor(options.size, options.log), "utf8")) as PublicSnapshot;
  const tableName = "utprovingsbanken-methods";
  const hub = await startHub({ port: 0, seed: false, tableName });
  const client = keepAliveClient(hub.url, 1);
  const db = createDocumentClient({ region: "eu-north-1", endpoint: hub.dynamo.endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } });
  try {
    options.log(`Methods: writing ${snapshot.pilots.length} public records and ${snapshot.methods.length} methods`);
    await seedSnapshot(db, tableName, snapshot);
    const resolve = methodResolver(snapshot.methods);
    await writeItems(
      db,
      tableName,
      snapshot.methods
        .filter((m) => !m.mergedInto)
        .map((m) => ({
          ...keys.methodAggregate(m.id),
          entity: "method-aggregate",
          readAt: new Date().toISOString(),
          data: aggregateMethod(m, snapshot.pilots, { resolveMethodId: resolve }),
        })),
    );
    // The hub follows its table's stream: the seeding's changes are taken up before the timing starts.
    await hub.streamCaughtUp();
    options.log("Methods: timing");
    const api = () => client.send("GET", "/api/public/methods");
    const query = (input: ConstructorParameters<typeof QueryCommand>[0]) => async () => {
      let start: Record<string, unknown> | undefined;
      do {
        const out = await db.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
        start = out.LastEvaluatedKey;
      } while (start);
    };
    const methodsQuery = query({
      TableName: tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": partitions.methods },
    });
    const aggregatesQuery = query({
      TableName: tableName,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": partitions.methodAggregates },
    });
    const raw = () => Promise.all([methodsQuery(), aggregatesQuery()]);
    // Both warmed up unmeasured, then timed in turn, so that the emulator's JIT and the machine's load weigh
    // alike on the route and on the reads it is compared with.
    await timed(WARM_UP_ROUNDS, api);
    await timed(WARM_UP_ROUNDS, raw);
    const apiTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      apiTimes.push(await timed(1, api));
      rawTimes.push(await timed(1, raw));
    }
    const apiMs = p50(apiTimes);
    const rawMs = p50(rawTimes);
    const oldMs = await timed(
      5,
      query({ TableName: tableName, IndexName: "gsi2", KeyConditionExpression: "gsi2pk = :pk", ExpressionAttributeValues: { ":pk": partitions.publicFeed } }),
    );
    const ratio = apiMs / rawMs;
    return {
      title: `GET /api/public/methods at ${fmt.int(snapshot.pilots.length)} trials`,
      note: `${snapshot.methods.length} methods. Sequential requests from this process (the route through node:http with a keep-alive agent, as the SDK makes the raw reads), p50 of ${ROUNDS}, the route and the raw reads in turn after ${WARM_UP_ROUNDS} unmeasured rounds of each. The raw read is what the route does now (the methods query and the stored aggregates query, in parallel); the read it used to make is every public record (${fmt.int(snapshot.pilots.length)} items, p50 of 5).`,
      headers: ["call", "p50 ms"],
      rows: [
        ["GET /api/public/methods", fmt.ms(apiMs)],
        ["raw: Query methods (gsi1) + Query METHOD_AGGREGATES", fmt.ms(rawMs)],
        ["the read it used to make: every public record (gsi2, paginated)", fmt.ms(oldMs)],
      ],
      goals: [
        goal(
          `GET /api/public/methods at ${fmt.int(snapshot.pilots.length)} trials, × the raw reads it makes (p50)`,
          "≤ 1.5×",
          `${fmt.ratio(ratio)} (${fmt.ms(apiMs)} ms against ${fmt.ms(rawMs)} ms; all records: ${fmt.ms(oldMs)} ms)`,
          ratio <= 1.5,
        ),
      ],
      data: { apiMs, rawMs, oldMs, trials: snapshot.pilots.length, methods: snapshot.methods.length },
    };
  } finally {
    db.destroy();
    client.close();
    await hub.stop();
  }
}
