import { spawn } from "node:child_process";
import { join } from "node:path";
import { QueryCommand } from "@aws-sdk/client-dynamodb";
import { localClient } from "../infra/local/dynamodb-local.ts";
import { keys } from "../shared/adapters/dynamodb/keys.ts";
import { REPO_ROOT, startHub, type Hub } from "../infra/local/hub.ts";
import { officeUser } from "../infra/local/oidc/users.ts";
import { completeContent, draftContent } from "../fixtures/pilots.ts";
import type { LoadResult, Scenario, ScenarioKind } from "./load-worker.ts";
import { perRequest, startCpuWindow, WINDOW_END, WINDOW_START, type CpuSplit, type CpuWindow } from "./cpu-meter.ts";
import { startBareServer } from "./bare-server.ts";
import { fmt, goal, type Section } from "./report.ts";
import { medianInterval, type MedianInterval } from "./median-interval.ts";

// A request log line per call would cost the load test more than the calls; the figures are about the API.
process.env.POWERTOOLS_LOG_LEVEL ??= "SILENT";

const OFFICE = "nav-kongsvinger";
const MIXED_OFFICE = "nav-larvik";

export type MeteredResult = LoadResult & { readonly cpu: CpuSplit | undefined };

/**
 * Runs one scenario in a second process, and reads the CPU this process (the hub or the bare server), the
 * emulator (when its process is given) and the machine spent over the worker's measured window.
 */
export function runLoad(scenario: Scenario, dynamoPid?: number): Promise<MeteredResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(REPO_ROOT, "bench", "load-worker.ts"), JSON.stringify(scenario)], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    let window: { stop(): CpuWindow } | undefined;
    let spent: CpuWindow | undefined;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      // Read at the worker's markers, not at its start and exit, which are not the load's.
      if (!window && out.includes(WINDOW_START)) window = startCpuWindow(dynamoPid);
      if (window && !spent && out.includes(WINDOW_END)) spent = window.stop();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`load worker ended with ${code}`));
      const result = JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as LoadResult;
      resolve({ ...result, cpu: spent ? perRequest(spent, result.requests, result.cpuMs) : undefined });
    });
  });
}

const cpuMs = (ms: number | undefined) => (ms === undefined ? "–" : ms.toFixed(2));

function cpuRow(label: string, run: MeteredResult): (string | number)[] {
  const cpu = run.cpu;
  // A process's CPU per request times the requests per second: how many cores' worth it kept busy.
  const busy = (ms: number | undefined) => (ms === undefined ? "–" : ((ms * run.throughputPerSecond) / 1000).toFixed(2));
  return [
    label,
    fmt.int(run.throughputPerSecond),
    fmt.ms(run.latenciesMs.p50),
    cpuMs(cpu?.clientMs),
    busy(cpu?.clientMs),
    cpuMs(cpu?.serverMs),
    busy(cpu?.serverMs),
    cpuMs(cpu?.dynamoMs),
    cpuMs(cpu?.machineMs),
    cpu?.busyCores === undefined ? "–" : cpu.busyCores.toFixed(2),
  ];
}

/** a over b, or NaN when either is missing. */
const over = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? Number.NaN : a / b);

async function createTrials(hub: Hub, token: string, n: number, title: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await fetch(`${hub.url}/api/pilots`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(draftContent({ title: `${title} ${i}` })),
    });
    if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
    ids.push(((await res.json()) as { id: string }).id);
  }
  return ids;
}

export async function apiSections(options: { quick: boolean; log: (m: string) => void }): Promise<Section[]> {
  const { log } = options;
  const connections = 10;
  const durationMs = options.quick ? 3_000 : 10_000;
  const warmUpMs = options.quick ? 1_000 : 5_000;
  const mixedClients = 50;
  const mixedMs = options.quick ? 10_000 : 60_000;
  // After its main runs, each read runs in short rounds beside its raw call, taking turns which goes first: the
  // spread of the rounds' p50 ratios is the ratio's uncertainty on this machine (nine give a 96 % interval).
  const rounds = options.quick ? 0 : 9;
  const roundMs = 3_000;
  const hub = await startHub({ port: 0, seed: true, tableName: "utprovingsbanken-bench" });
  try {
    const token = await hub.issuer.signToken(officeUser({ id: OFFICE }), { ttlSeconds: 3600 });
    const mixedToken = await hub.issuer.signToken(officeUser({ id: MIXED_OFFICE }), { ttlSeconds: 3600 });
    const ids = await createTrials(hub, token, connections, "Ytelsesmåling");
    const content = completeContent();
    // Each read's worker makes its calls unmeasured for a while before its window: a fresh process's calls (the
    // SDK's code for a raw call above all) get faster over its first seconds, so a run measured from its start
    // counted the raw call slower than it is, the more so the shorter the run (a raw read's p50 was 8.9–9.3 ms in
    // runs of 3 s against 7.5 in runs of 10 s; after 1 s unmeasured, 7.2–7.4 against 6.3–6.6; after 3 s alike).
    const workerWarmUpMs = 3_000;
    const base = {
      url: hub.url,
      endpoint: hub.dynamo.endpoint,
      tableName: hub.tableName,
      office: OFFICE,
      connections,
      durationMs,
      content,
      warmUpMs: workerWarmUpMs,
    };
    // The reads also run behind a bare HTTP server that only makes the raw call: what any HTTP API in front of
    // the table costs on this machine, before the gateway, the token, the middlewares and the projection.
    const bare = await startBareServer(hub.dynamo.endpoint, hub.tableName);
    const pairs: [string, ScenarioKind, ScenarioKind, string, ScenarioKind | undefined][] = [
      ["read one trial (GET /api/pilots/{id})", "api-get", "raw-get", "GetItem", "bare-get"],
      ["list an office's trials (GET /api/pilots?office=)", "api-list", "raw-query", "Query (gsi1, 100)", "bare-query"],
      ["save a trial (PUT with If-Match)", "api-save", "raw-transact", "TransactWrite (2 puts)", undefined],
    ];
    const rows: (string | number)[][] = [];
    const results: Record<string, { api: MeteredResult; raw: MeteredResult; bare?: MeteredResult; rounds?: MedianInterval }> = {};
    const cpuRows: (string | number)[][] = [];
    // The hub follows the table's stream in its own process (in AWS, other functions do): the changes the set-up
    // and the runs before made are taken up before each measured run, so that no run's window holds that work.
    const measured = async (scenario: Scenario) => {
      await hub.streamCaughtUp();
      return runLoad(scenario, hub.dynamo.pid);
    };
    try {
      // DynamoDB Local's JVM compiles its hot paths during its first minute under load, on the same two cores as
      // the hub. Measured cold, the first scenario paid for that work: the API read's p50 was 13.2 ms while the
      // emulator warmed up and 6.8 ms once it had, against a raw read of 3.9 ms. So every read the section
      // measures is made for a while first, unmeasured, as the Lambda section warms the emulator before it times.
      log("API: warming up the emulator (unmeasured)");
      for (const kind of ["api-get", "bare-get", "raw-get", "api-list", "bare-query", "raw-query"] as const) {
        await runLoad({ ...base, ...(kind.startsWith("bare") ? { url: bare.url } : {}), kind, ids, token, durationMs: warmUpMs });
      }
      for (const [label, apiKind, rawKind, rawLabel, bareKind] of pairs) {
        log(`API: ${label}`);
        const api = await measured({ ...base, kind: apiKind, ids, token });
        const bareRun = bareKind ? await measured({ ...base, url: bare.url, kind: bareKind, ids, token }) : undefined;
        const raw = await measured({ ...base, kind: rawKind, ids, token });
        // The reads only (those with a bare-server run): a save's rounds would each change the trials.
        const roundRatios: number[] = [];
        for (let r = 0; bareKind && r < rounds; r++) {
          const order = r % 2 === 0 ? [apiKind, rawKind] : [rawKind, apiKind];
          const p50 = new Map<ScenarioKind, number>();
          for (const kind of order) {
            const run = await measured({ ...base, kind, ids, token, durationMs: roundMs });
            if (run.errors > 0 || !(run.requests > 0)) throw new Error(`${kind}: a round of ${roundMs} ms had ${run.errors} errors in ${run.requests} calls`);
            p50.set(kind, run.latenciesMs.p50);
          }
          roundRatios.push((p50.get(apiKind) ?? Number.NaN) / (p50.get(rawKind) ?? Number.NaN));
        }
        const perRound = roundRatios.length ? medianInterval(roundRatios) : undefined;
        results[apiKind] = { api, raw, ...(bareRun ? { bare: bareRun } : {}), ...(perRound ? { rounds: perRound } : {}) };
        cpuRows.push(cpuRow(label, api), ...(bareRun ? [cpuRow("the same behind the bare server", bareRun)] : []), cpuRow(rawLabel, raw));
        rows.push([
          label,
          fmt.ms(api.latenciesMs.p50),
          fmt.ms(api.latenciesMs.p99),
          fmt.int(api.throughputPerSecond),
          api.errors,
          rawLabel,
          fmt.ms(raw.latenciesMs.p50),
          fmt.ms(raw.latenciesMs.p99),
          fmt.int(raw.throughputPerSecond),
          fmt.ratio(api.latenciesMs.p50 / raw.latenciesMs.p50),
          ...(rounds > 0 ? [perRound ? `${fmt.ratioInterval(perRound)}, ${roundRatios.length} rounds` : ""] : []),
          fmt.ratio(api.latenciesMs.p99 / raw.latenciesMs.p99),
          bareRun ? `${fmt.ms(bareRun.latenciesMs.p50)}${bareRun.errors ? ` (${bareRun.errors} errors)` : ""}` : "",
          bareRun ? fmt.ratio(bareRun.latenciesMs.p50 / raw.latenciesMs.p50) : "",
          bareRun ? fmt.ratio(api.latenciesMs.p50 / bareRun.latenciesMs.p50) : "",
        ]);
      }
    } finally {
      await bare.close();
    }

    log(`API: mixed load, ${mixedClients} clients, ${mixedMs / 1000} s`);
    const mixedIds = await createTrials(hub, mixedToken, mixedClients, "Blandet last");
    const mixed = await runLoad({
      ...base,
      kind: "mixed",
      ids: mixedIds,
      token: mixedToken,
      office: MIXED_OFFICE,
      connections: mixedClients,
      durationMs: mixedMs,
    });
    // Every accepted save accounted for: the record's version is 1 + its saves, with one revision per version.
    const raw = localClient(hub.dynamo.endpoint);
    let mismatches = 0;
    let savesTotal = 0;
    for (const id of mixedIds) {
      const saves = mixed.savesPerTrial[id] ?? 0;
      savesTotal += saves;
      const res = await fetch(`${hub.url}/api/pilots/${id}`, { headers: { authorization: `Bearer ${mixedToken}` } });
      const version = ((await res.json()) as { version: number }).version;
      const revs = await raw.send(
        new QueryCommand({
          TableName: hub.tableName,
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :rev)",
          ExpressionAttributeValues: { ":pk": { S: keys.pilot(id).pk }, ":rev": { S: keys.revisionPrefix } },
          Select: "COUNT",
          ConsistentRead: true,
        }),
      );
      if (version !== 1 + saves || revs.Count !== version) mismatches++;
    }
    raw.destroy();

    const get = results["api-get"];
    const readRatio = get ? get.api.latenciesMs.p50 / get.raw.latenciesMs.p50 : Number.NaN;
    const list = results["api-list"];
    const listRatio = list ? list.api.latenciesMs.p50 / list.raw.latenciesMs.p50 : Number.NaN;
    const roundsOf = (run: { rounds?: MedianInterval } | undefined) =>
      run?.rounds ? `; ${rounds} rounds of ${roundMs / 1000} s: ${fmt.ratioInterval(run.rounds)}` : "";
    const apiSection: Section = {
      title: "API latency next to the raw DynamoDB call",
      note: `${connections} concurrent connections for ${durationMs / 1000} s each, from a second process (for the reads, after ${workerWarmUpMs / 1000} s of the same calls unmeasured in that process); each connection owns one trial (saves use its current version). The API and the bare server are called through node:http with a keep-alive agent, the transport the SDK gives the raw calls, so both sides of a ratio pay the same client cost. Latencies in ms. The bare server (bench/bare-server.ts) runs in the hub's place and only makes the raw call and answers what it read: the floor of any HTTP API in front of the table on this machine, taken between the API and the raw call; its p50 against the raw call's, and the API's against it, split the p50 ratio into what the HTTP hop costs and what the hub adds. The goals are the main runs' ratios.${rounds > 0 ? ` After them, each read and its raw call run in ${rounds} rounds of ${roundMs / 1000} s, taking turns which goes first, and the column after the p50 ratio is the median of those rounds' p50 ratios with the interval that holds it with at least 95 % probability (from the rounds' order statistics, the sign test's interval), and the rounds' own range: the interval says where the rounds' median lies, the range how far one short run lies from another.` : ""}`,
      headers: [
        "API call",
        "p50",
        "p99",
        "req/s",
        "errors",
        "raw call",
        "raw p50",
        "raw p99",
        "raw req/s",
        "p50 ratio",
        ...(rounds > 0 ? [`p50 ratio in rounds of ${roundMs / 1000} s: median (95 % interval; range)`] : []),
        "p99 ratio",
        "bare server p50",
        "bare × raw (p50)",
        "API × bare (p50)",
      ],
      rows,
      goals: [
        goal("Reading one trial costs at most 1.5× the raw read (p50)", "≤ 1.5×", `${fmt.ratio(readRatio)}${roundsOf(get)}`, readRatio <= 1.5),
        goal("Listing an office costs at most 1.5× the raw query (p50)", "≤ 1.5×", `${fmt.ratio(listRatio)}${roundsOf(list)}`, listRatio <= 1.5),
      ],
      data: results,
    };
    const getCpu = { api: get?.api.cpu, bare: get?.bare?.cpu, raw: get?.raw.cpu };
    const cpuSection: Section = {
      title: "Where a request's CPU goes",
      note: `The runs of the section above, with the CPU each process spent over the worker's measured window, per request: the load worker (the client's side: HTTP for the API and the bare server, the AWS SDK for a raw call) and the bench's own process (the hub, or the bare server, with their SDK clients; for a raw call only the hub's stream watcher, which follows the raw writes too), as Node counts them, and DynamoDB Local and every process on the machine, from Linux's /proc counters (10 ms ticks). «Busy» is a process's CPU per request times the requests per second: how many cores' worth it kept busy. The load worker, the hub and the bare server each run their JavaScript on one thread, so one whose figure is close to 1 can hardly go faster, and at a fixed number of connections the latency follows. Reading one trial: the hub's process spent ${fmt.ratio(over(getCpu.api?.serverMs, getCpu.bare?.serverMs))} the bare server's CPU per read, and the machine ${fmt.ratio(over(getCpu.api?.machineMs, getCpu.raw?.machineMs))} the raw read's (${fmt.ratio(over(getCpu.bare?.machineMs, getCpu.raw?.machineMs))} behind the bare server).`,
      headers: [
        "call",
        "req/s",
        "p50 ms",
        "client ms CPU",
        "client busy",
        "hub or bare server ms CPU",
        "hub or bare server busy",
        "DynamoDB Local ms CPU",
        "machine ms CPU",
        "machine busy (cores)",
      ],
      rows: cpuRows,
      goals: [],
      data: Object.fromEntries(Object.entries(results).map(([kind, r]) => [kind, { api: r.api.cpu, bare: r.bare?.cpu, raw: r.raw.cpu }])),
    };
    const mixedSection: Section = {
      title: "Mixed load",
      note: `${mixedClients} concurrent clients for ${mixedMs / 1000} s, each reading its trial, listing its office (20) and saving with If-Match in turn.`,
      headers: ["requests", "req/s", "p50 ms", "p99 ms", "errors", "saves accepted", "trials whose version and revisions match the saves"],
      rows: [
        [
          fmt.int(mixed.requests),
          fmt.int(mixed.throughputPerSecond),
          fmt.ms(mixed.latenciesMs.p50),
          fmt.ms(mixed.latenciesMs.p99),
          mixed.errors,
          fmt.int(savesTotal),
          `${mixedIds.length - mismatches} of ${mixedIds.length}`,
        ],
      ],
      goals: [
        goal("Mixed load: zero errors", "0", String(mixed.errors), mixed.errors === 0),
        goal(
          "Mixed load: every save accounted for",
          `${mixedIds.length} of ${mixedIds.length}`,
          `${mixedIds.length - mismatches} of ${mixedIds.length}`,
          mismatches === 0,
        ),
      ],
      data: { ...mixed, savesTotal, mismatches },
    };
    return [apiSection, cpuSection, mixedSection];
  } finally {
    await hub.stop();
  }
}
