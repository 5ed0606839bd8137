/**
 * The benchmark: `npm run bench [-- --quick] [-- --full] [-- --sizes sample,10000] [-- --only api,methods,lambda,site,search,publish,lighthouse,reliability]`.
 * Runs against the local stack and writes bench/results/report.md and report.json.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "../infra/local/hub.ts";
import { runScratch } from "../scripts/run-scratch.ts";
import { apiSections } from "./api.ts";
import { lambdaSection } from "./lambda.ts";
import { lighthouseSection } from "./lighthouse.ts";
import { methodsAtScaleSection } from "./methods.ts";
import { relevanceSection } from "./relevance.ts";
import { renderMarkdown, type Section } from "./report.ts";
import { publishAtScaleSection, publishSection } from "./publish.ts";
import { searchSection, siteBuildSection, type SiteSize } from "./site.ts";

// DynamoDB Local with the JVM's own compilers: the ratios to its raw calls are measured against it at full speed
// (infra/local/dynamodb-local.ts). Every part's process inherits it.
process.env.UTP_DYNAMODB_JIT ??= "throughput";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const value = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = flag("quick");
const sizes: SiteSize[] = (value("sizes") ?? (flag("full") ? "sample,10000,50000" : quick ? "sample" : "sample,10000"))
  .split(",")
  .map((s) => (s === "sample" ? "sample" : Number(s)));
const only = value("only")?.split(",");
const wants = (part: string) => !only || only.includes(part);
// eslint-disable-next-line no-control-regex
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, "");
const log = (message: string) => console.error(`[bench] ${message}`);

const PARTS = ["api", "methods", "lambda", "site", "search", "publish", "lighthouse", "reliability"] as const;
const part = value("part");

/** One part of the benchmark. Each runs in its own process: the handlers keep their database client per process. */
async function runPart(name: string): Promise<Section[]> {
  switch (name) {
    case "api":
      return apiSections({ quick, log });
    case "methods":
      return [await methodsAtScaleSection({ size: sizes.filter((s): s is number => typeof s === "number").at(0) ?? 10_000, log })];
    case "lambda":
      return [await lambdaSection({ quick, log })];
    case "site":
      return [(await siteBuildSection({ sizes, log })).section];
    case "search":
      return [
        await searchSection({ siteDir: siteDirFor(sizes), log }),
        await relevanceSection({ siteDirs: [...new Set(sizes.map((size) => join(REPO_ROOT, ".cache", `bench-site-${size}`)))], log }),
      ];
    case "publish": {
      const large = sizes.filter((s): s is number => typeof s === "number");
      const sections = [await publishSection({ log })];
      // One size after another: each takes the whole machine.
      for (const size of large) sections.push(await publishAtScaleSection({ size, log }));
      return sections;
    }
    case "lighthouse":
      // Over the largest build there is: the home page's bytes grow with the bank.
      return [
        await lighthouseSection({
          siteDir: [siteDirFor(sizes), join(REPO_ROOT, ".cache", "bench-site-sample")].find((d) => d && existsSync(join(d, "index.html"))),
          log,
        }),
      ];
    case "reliability":
      return [reliabilitySection()];
    default:
      throw new Error(`Unknown part ${name}`);
  }
}

/** The search runs over the 10,000-trial build when it is among the sizes, else over the largest one built. */
function siteDirFor(chosen: SiteSize[]): string | undefined {
  const size = chosen.includes(10_000) ? 10_000 : [...chosen].sort((a, b) => (a === "sample" ? -1 : b === "sample" ? 1 : a - b)).at(-1);
  return size === undefined ? undefined : join(REPO_ROOT, ".cache", `bench-site-${size}`);
}

function reliabilitySection(): Section {
  log("Reliability suite, long mode");
  const t0 = Date.now();
  const res = spawnSync(process.execPath, [join(REPO_ROOT, "node_modules", "vitest", "vitest.mjs"), "run", "--project", "reliability"], {
    cwd: REPO_ROOT,
    env: { ...process.env, UTP_RELIABILITY_LONG: "1" },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  // Plain output (no colours) so that the lines can be read.
  const out = stripAnsi(`${res.stdout}\n${res.stderr}`);
  const tests = /Tests\s+[^\n]*/.exec(out)?.[0] ?? "";
  const histogram = out.split("\n").filter((l) => /^(POST|PUT) \/api/.test(l) || /^Outage:/.test(l) || /^Status per/.test(l));
  return {
    title: "Reliability suite (long mode)",
    note: `\`UTP_RELIABILITY_LONG=1 npx vitest run --project reliability\`: ${((Date.now() - t0) / 1000).toFixed(0)} s, exit code ${res.status}. ${tests}\n\n\`\`\`\n${histogram.join("\n")}\n\`\`\``,
    headers: [],
    rows: [],
    goals: [{ name: "Reliability suite passes in long mode", target: "exit 0", actual: `exit ${res.status}`, met: res.status === 0 }],
  };
}

if (part) {
  const sections = await runPart(part);
  // Exit once the line is written: a pipe takes large output in parts, and exiting at once would cut it.
  process.stdout.write(`\nBENCH_SECTIONS=${JSON.stringify(sections)}\n`, () => process.exit(0));
  await new Promise(() => {});
}

const started = Date.now();
const sections: Section[] = [];
// The parts' temporary files (site copies of several GB at 50,000 trials, bundles, browser profiles) go when the run ends.
const scratch = runScratch("utp-bench-run");
for (const name of PARTS.filter(wants)) {
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", join(REPO_ROOT, "bench", "run.ts"), ...args.filter((a, i) => a !== "--only" && args[i - 1] !== "--only"), "--part", name],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, ...scratch.env },
      stdio: ["ignore", "pipe", "inherit"],
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const line = child.stdout.split("\n").find((l) => l.startsWith("BENCH_SECTIONS="));
  if (child.status === 0 && line) {
    sections.push(...(JSON.parse(line.slice("BENCH_SECTIONS=".length)) as Section[]));
  } else {
    log(`Part ${name} failed (exit ${child.status})`);
    sections.push({
      title: `${name}: failed`,
      note: `The part ended with exit code ${child.status}; see the console output.`,
      headers: [],
      rows: [],
      goals: [{ name: `${name} part ran`, target: "exit 0", actual: `exit ${child.status}`, met: false }],
    });
  }
}

scratch.remove();

const command = `npm run bench${args.length ? ` -- ${args.join(" ")}` : ""}`;
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "cpu"}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.versions.node}`;
const meta = { command, startedAt: new Date(started).toISOString(), durationS: (Date.now() - started) / 1000, machine };
const markdown = renderMarkdown(sections, meta);
const outDir = join(REPO_ROOT, "bench", "results");
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "report.md"), markdown);
writeFileSync(join(outDir, "report.json"), `${JSON.stringify({ ...meta, sections }, null, 2)}\n`);
console.log(markdown);
process.exit(0);
