import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { writeOpenApiFile } from "../functions/lib/openapi.ts";
import { DEPLOYED_ROUTES } from "../functions/routes.ts";
import { startDynamoDbLocal } from "../infra/local/dynamodb-local.ts";
import { ensureTable } from "../infra/local/table-setup.ts";
import { localClient } from "../infra/local/dynamodb-local.ts";
import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { PilotRepository } from "../shared/adapters/dynamodb/pilot-repository.ts";
import { RegistryStatisticsStore } from "../shared/adapters/dynamodb/statistics-store.ts";
import { REPO_ROOT } from "../infra/local/hub.ts";
import { LAMBDA_BUNDLE_ALIASES, lambdaBuildOptions } from "../infra/constructs/lambda-bundle.ts";
import { keys } from "../shared/adapters/dynamodb/keys.ts";
import { requiredRole, type RouteContract } from "../shared/contracts/index.ts";
import { MINIMAL_HANDLER, MINIMAL_READ, STACK_FLOOR_HANDLER, STACK_FLOOR_READ } from "./baseline-handlers.ts";
import { fmt, goal, type Section } from "./report.ts";
import { medianInterval, type MedianInterval } from "./median-interval.ts";

const MAX_KB = 400;
/** Each bundle within this factor of the minimal handler's: the SDK's floor plus what the function really needs. */
const MAX_SIZE_RATIO = 1.2;
const MAX_COLD_RATIO = 1.3;
const BENCH_CLIENT_ID = "bench";

/** The packages that weigh most in a bundle, from esbuild's metafile. */
function heaviestPackages(metafile: Metafile, top = 4): string {
  const byPackage = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
      const name = match?.[1] ?? "(project code)";
      byPackage.set(name, (byPackage.get(name) ?? 0) + input.bytesInOutput);
    }
  }
  return [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)} KB`)
    .join(", ");
}

/**
 * Loads a bundle with \`require\`, as the Lambda runtime loads a CommonJS handler, and calls it once in a fresh
 * Node process; prints the milliseconds both took.
 */
const COLD_START_PROBE = `
const started = performance.now();
const { handler } = require(process.argv[1]);
const imported = performance.now();
const event = JSON.parse(process.argv[2]);
(async () => {
  const result = event === null ? null : await handler(event, { getRemainingTimeInMillis: () => 10000, functionName: "bench", awsRequestId: "bench" });
  const called = performance.now();
  console.log(JSON.stringify({ importMs: imported - started, totalMs: called - started, status: result?.statusCode ?? null }));
})();
`;

/** The claims the API's authorizer passes for the caller a route's rule lets in (the local issuer's names). */
function claimsFor(route: RouteContract): Record<string, string> | undefined {
  const role = requiredRole(route.access);
  if (role === "none") return undefined;
  const token = { token_use: "access", client_id: BENCH_CLIENT_ID };
  if (role === "kurator") return { sub: "kurator", name: "Kari Kurator", groups: "[kurator]", ...token };
  return { sub: "kontor-nav-kongsvinger", name: "Sigrid Andersen", groups: "[kontor]", office: "nav-kongsvinger", ...token };
}

function eventFor(route: RouteContract) {
  const claims = claimsFor(route);
  const path = route.path.replace("{id}", "01JBENCH00000000000000000X").replace("{a}", "1").replace("{b}", "2");
  return {
    version: "2.0",
    routeKey: `${route.method} ${route.path}`,
    rawPath: path,
    rawQueryString: "office=nav-kongsvinger",
    headers: { "content-type": "application/json", "if-match": '"1"' },
    queryStringParameters: { office: "nav-kongsvinger" },
    pathParameters: { id: "01JBENCH00000000000000000X", a: "1", b: "2" },
    requestContext: {
      http: { method: route.method, path },
      ...(claims ? { authorizer: { jwt: { claims, scopes: [] } } } : {}),
    },
    body: route.method === "GET" ? undefined : "{}",
    isBase64Encoded: false,
  };
}

/** The functions no route calls, each with an event that makes its first call do its start-up work and no more. */
const EVENT_FUNCTIONS: readonly { entry: string; event: object | null }[] = [
  { entry: "stream/public-changes", event: { Records: [] } },
  { entry: "notices/on-stream", event: { Records: [] } },
  // Every run reads the trials and mails the curators through SES, which the bench cannot reach: import only.
  { entry: "notices/daily-reminders", event: null },
];

const median = (values: number[]) => medianInterval(values).median;

export async function lambdaSection(options: { quick: boolean; log: (m: string) => void }): Promise<Section> {
  // Eleven rounds: with seven, a function's ratio moved by 0.1–0.3 from one run to the next on the same machine.
  const runs = options.quick ? 3 : 11;
  const outDir = join(tmpdir(), `utp-bench-bundles-${process.pid}`);
  mkdirSync(outDir, { recursive: true });
  const entries = [
    ...[...new Map(DEPLOYED_ROUTES.map((r) => [r.entry, r])).values()].map((route) => ({ entry: route.entry, event: eventFor(route) })),
    ...EVENT_FUNCTIONS,
  ];
  const dynamo = await startDynamoDbLocal();
  try {
    const raw = localClient(dynamo.endpoint);
    await ensureTable(raw, "utprovingsbanken-bench");
    // Warm the emulator's JVM, so that its first answers do not count against the first function measured.
    for (let i = 0; i < 50; i++)
      await raw.send(new GetItemCommand({ TableName: "utprovingsbanken-bench", Key: { pk: { S: keys.pilot("warm").pk }, sk: { S: keys.pilot("warm").sk } } }));
    // The table as the stream's consumer keeps it: the registry's counts are one stored item from the first
    // change on, so the statistics route's first call reads that item, as it does in every deployed table.
    const documents = DynamoDBDocumentClient.from(raw);
    await new RegistryStatisticsStore(documents, "utprovingsbanken-bench", new PilotRepository(documents, "utprovingsbanken-bench")).refresh();
    raw.destroy();
    const env = {
      ...process.env,
      TABLE_NAME: "utprovingsbanken-bench",
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      AWS_REGION: "eu-north-1",
      OIDC_ISSUER: "http://localhost/issuer",
      OIDC_CLIENT_ID: BENCH_CLIENT_ID,
      SITE_URL: "https://utprovingsbanken.example",
      SITE_BUILD_PROJECT: "bench",
      MAIL_FROM: "Utprøvingsbanken <ikke-svar@utprovingsbanken.example>",
      SES_CONFIGURATION_SET: "bench",
      CURATOR_EMAILS: "kurator@utprovingsbanken.example",
      NODE_OPTIONS: "",
    };
    const bundle = async (
      name: string,
      options: { entryPoints?: string[]; stdin?: { contents: string; resolveDir: string; loader: "js" } },
      alias: Record<string, string> = LAMBDA_BUNDLE_ALIASES,
    ) => {
      const outfile = join(outDir, `${name.replace(/\//g, "__")}.cjs`);
      const result = await build({
        ...lambdaBuildOptions(alias),
        ...options,
        outfile,
        absWorkingDir: REPO_ROOT,
        logLevel: "error",
        metafile: true,
      });
      const bytes = readFileSync(outfile);
      return { outfile, minified: bytes.byteLength, gzip: gzipSync(bytes).byteLength, heaviest: heaviestPackages(result.metafile) };
    };
    const probe = (outfile: string, event: unknown) => {
      const res = spawnSync(process.execPath, ["-e", COLD_START_PROBE, outfile, JSON.stringify(event)], { env, encoding: "utf8" });
      if (res.status !== 0) throw new Error(`cold start of ${outfile}: ${res.stderr}`);
      return JSON.parse(res.stdout.trim().split("\n").at(-1) ?? "{}") as { totalMs: number; importMs: number; status: number | null };
    };
    /**
     * The function's cold starts, the minimal handler's and the stack floor's, taken in turn: the machine's load
     * changes over the minutes the section runs, and a ratio of runs taken side by side is not skewed by it.
     */
    const coldStart = (outfile: string, event: unknown, baseline: { outfile: string }, floor?: { outfile: string }) => {
      const totals: number[] = [];
      const imports: number[] = [];
      const baselineTotals: number[] = [];
      const floorTotals: number[] = [];
      // Each round's ratio to the minimal handler's run beside it: their spread is the ratio's uncertainty.
      const roundRatios: number[] = [];
      const statuses = new Set<number | null>();
      for (let i = 0; i < runs; i++) {
        const base = probe(baseline.outfile, MINIMAL_READ).totalMs;
        baselineTotals.push(base);
        if (floor) floorTotals.push(probe(floor.outfile, STACK_FLOOR_READ).totalMs);
        const run = probe(outfile, event);
        totals.push(run.totalMs);
        imports.push(run.importMs);
        roundRatios.push(run.totalMs / base);
        statuses.add(run.status);
      }
      return {
        totalMs: median(totals),
        importMs: median(imports),
        baselineMs: median(baselineTotals),
        floorMs: floor ? median(floorTotals) : Number.NaN,
        perRound: medianInterval(roundRatios),
        statuses: [...statuses],
      };
    };
    options.log("Lambda: bundling and cold starts");
    // What the deployment writes beside the system/openapi bundle (see infra/constructs/openapi-asset.ts).
    writeOpenApiFile(outDir);
    const minimal = await bundle("minimal", { stdin: { contents: MINIMAL_HANDLER, resolveDir: REPO_ROOT, loader: "js" } });
    // The same handler with the SDK's default credential chain left in, as a bundle without the aliases has it.
    const defaultChain = await bundle("minimal-default-chain", { stdin: { contents: MINIMAL_HANDLER, resolveDir: REPO_ROOT, loader: "js" } }, {});
    const minimalCold = coldStart(minimal.outfile, MINIMAL_READ, minimal);
    const minimalMs = minimalCold.totalMs;
    // The same minimal handler when its first call makes no request: what the first read of the table costs.
    const noRequestCold = coldStart(minimal.outfile, {}, minimal);
    const floor = await bundle("stack-floor", { stdin: { contents: STACK_FLOOR_HANDLER, resolveDir: REPO_ROOT, loader: "js" } });
    const floorCold = coldStart(floor.outfile, STACK_FLOOR_READ, minimal);
    const rows: (string | number)[][] = [
      [
        "(minimal: creates the DynamoDB client, its first call reads one item)",
        fmt.kb(minimal.minified),
        "1.00×",
        fmt.ratio(minimal.minified / defaultChain.minified),
        fmt.kb(minimal.gzip),
        fmt.ms(minimalCold.importMs),
        fmt.ms(minimalMs),
        "1.00×",
        // Against its own run beside it in each round: how far two runs of one handler differ here.
        fmt.ratioInterval(minimalCold.perRound),
        fmt.ratio(minimal.minified / floor.minified),
        // From the floor's own rounds, where the minimal handler ran in turn with it.
        fmt.ratio(floorCold.baselineMs / floorCold.totalMs),
        "",
        minimal.heaviest,
      ],
      [
        "(minimal, its first call makes no request)",
        "",
        "",
        "",
        "",
        fmt.ms(noRequestCold.importMs),
        fmt.ms(noRequestCold.totalMs),
        fmt.ratio(noRequestCold.totalMs / noRequestCold.baselineMs),
        fmt.ratioInterval(noRequestCold.perRound),
        "",
        "",
        "",
        "",
      ],
      [
        "(minimal, SDK default credential chain left in)",
        fmt.kb(defaultChain.minified),
        fmt.ratio(defaultChain.minified / minimal.minified),
        "1.00×",
        fmt.kb(defaultChain.gzip),
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        defaultChain.heaviest,
      ],
      [
        "(stack floor: the minimal read behind middy, Powertools' Logger and Metrics, a zod/mini check and a log line)",
        fmt.kb(floor.minified),
        fmt.ratio(floor.minified / minimal.minified),
        fmt.ratio(floor.minified / defaultChain.minified),
        fmt.kb(floor.gzip),
        fmt.ms(floorCold.importMs),
        fmt.ms(floorCold.totalMs),
        fmt.ratio(floorCold.totalMs / floorCold.baselineMs),
        fmt.ratioInterval(floorCold.perRound),
        "1.00×",
        "1.00×",
        floorCold.statuses.map((status) => status ?? "–").join(", "),
        floor.heaviest,
      ],
    ];
    const measured: {
      entry: string;
      minified: number;
      sizeRatio: number;
      defaultChainRatio: number;
      gzip: number;
      importMs: number;
      coldMs: number;
      baselineMs: number;
      ratio: number;
      perRound: MedianInterval;
      sizeOverFloor: number;
      coldOverFloor: number;
      called: boolean;
      statuses: (number | null)[];
      heaviest: string;
    }[] = [];
    for (const route of entries) {
      const b = await bundle(route.entry, { entryPoints: [join(REPO_ROOT, "functions", `${route.entry}.ts`)] });
      const cold = coldStart(b.outfile, route.event, minimal, floor);
      const sizeRatio = b.minified / minimal.minified;
      const sizeOverFloor = b.minified / floor.minified;
      const coldOverFloor = cold.totalMs / cold.floorMs;
      const defaultChainRatio = b.minified / defaultChain.minified;
      const ratio = cold.totalMs / cold.baselineMs;
      measured.push({
        entry: route.entry,
        minified: b.minified,
        sizeRatio,
        defaultChainRatio,
        gzip: b.gzip,
        importMs: cold.importMs,
        coldMs: cold.totalMs,
        baselineMs: cold.baselineMs,
        ratio,
        perRound: cold.perRound,
        sizeOverFloor,
        coldOverFloor,
        called: route.event !== null,
        statuses: cold.statuses,
        heaviest: b.heaviest,
      });
      rows.push([
        route.entry,
        fmt.kb(b.minified),
        fmt.ratio(sizeRatio),
        fmt.ratio(defaultChainRatio),
        fmt.kb(b.gzip),
        fmt.ms(cold.importMs),
        fmt.ms(cold.totalMs),
        route.event === null ? "(import only)" : fmt.ratio(ratio),
        route.event === null ? "(import only)" : fmt.ratioInterval(cold.perRound),
        fmt.ratio(sizeOverFloor),
        route.event === null ? "(import only)" : fmt.ratio(coldOverFloor),
        cold.statuses.map((status) => status ?? "–").join(", "),
        b.heaviest,
      ]);
    }
    writeFileSync(join(outDir, "done"), "");
    const largest = measured.reduce((a, b) => (b.minified > a.minified ? b : a));
    const slowest = measured.filter((m) => m.called).reduce((a, b) => (b.ratio > a.ratio ? b : a));
    const widest = measured.reduce((a, b) => (b.sizeRatio > a.sizeRatio ? b : a));
    const widestOverFloor = measured.reduce((a, b) => (b.sizeOverFloor > a.sizeOverFloor ? b : a));
    const slowestOverFloor = measured.filter((m) => m.called).reduce((a, b) => (b.coldOverFloor > a.coldOverFloor ? b : a));
    const floorNote = `The stack floor row is the minimal handler's read behind what every function here carries whatever it does (middy with Powertools' Logger and Metrics middlewares, a zod/mini check of the path parameter, one log line), cold-started in the same rounds; the two columns after «× minimal» are each function against it, what the project's own code adds. The floor alone is ${fmt.ratio(floor.minified / minimal.minified)} the minimal handler's size and ${fmt.ratio(floorCold.totalMs / floorCold.baselineMs)} its cold start; above the floor, the widest function is ${fmt.ratio(widestOverFloor.sizeOverFloor)} (${widestOverFloor.entry}) and the slowest ${fmt.ratio(slowestOverFloor.coldOverFloor)} (${slowestOverFloor.entry}).`;
    return {
      title: "Lambda bundles and cold starts",
      note: `Each handler bundled as the CDK does (esbuild: CommonJS, loaded with require as the Lambda runtime loads it, minify, platform node, target node24, every @aws-sdk module bundled, the SDK's default credential chain replaced by the environment's credentials and its event-stream codec left out, as infra/constructs/lambda-bundle.ts says). The minimal handler is bundled the same way; the second baseline row is it with the default chain left in (the SDK as it comes), and its column is each bundle against that. Cold start: import plus the first call in a fresh Node process (median of ${runs}, each run next to one of the minimal handler, whose median of the same rounds is the ratio's base)${runs >= 6 ? "; the column after «× minimal» is the median of each round's ratio to the minimal handler's run beside it, with the interval that holds that median with at least 95 % probability, from the order statistics of the rounds (the sign test's interval, which assumes nothing of the distribution), and the rounds' own range, which says how far one round lies from another (in the minimal handler's own row, two runs of one handler in each round)" : ""}, as the caller each route lets in (a curator, or office staff of nav-kongsvinger), with a trial id that does not exist and an empty body, for a route, with an empty batch for a stream function, against DynamoDB Local with the registry's counts stored as the stream's consumer keeps them; the daily run mails through SES, which the bench cannot reach, so only its import is timed and it is not in the goal. The baseline creates the DynamoDB document client and its first call reads one item, as a function's first call that reaches the table does; the row below it is the same handler when its first call makes no request. ${floorNote}`,
      headers: [
        "function",
        "KB minified",
        "size × minimal",
        "size × minimal with default chain",
        "KB gzip",
        "import ms",
        "import + first call ms",
        "× minimal",
        "× minimal per round: median (95 % interval; range)",
        "size × stack floor",
        "cold start × stack floor",
        "first call answered",
        "heaviest packages (minified)",
      ],
      rows,
      goals: [
        goal(
          "Cold start at most 1.3× the minimal handler (every function the bench can call)",
          `≤ ${MAX_COLD_RATIO}×`,
          `worst ${fmt.ratio(slowest.ratio)} (${slowest.entry}; per round ${fmt.ratioInterval(slowest.perRound)})`,
          slowest.ratio <= MAX_COLD_RATIO,
        ),
        goal(
          `At most ${MAX_KB} KB minified per function`,
          `≤ ${MAX_KB} KB`,
          `largest ${fmt.kb(largest.minified)} KB (${largest.entry})`,
          largest.minified <= MAX_KB * 1024,
        ),
        goal(
          `Every bundle within ${MAX_SIZE_RATIO}× the minimal handler's`,
          `≤ ${MAX_SIZE_RATIO}×`,
          `widest ${fmt.ratio(widest.sizeRatio)} (${widest.entry})`,
          widest.sizeRatio <= MAX_SIZE_RATIO,
        ),
      ],
      data: {
        minimal: { ...minimal, ...minimalCold },
        minimalNoRequest: noRequestCold,
        minimalDefaultChain: defaultChain,
        stackFloor: { ...floor, ...floorCold },
        functions: measured,
      },
    };
  } finally {
    await dynamo.stop();
    rmSync(outDir, { recursive: true, force: true });
  }
}
