/**
 * `npm test`: every check, in two lanes that run at the same time on their own vitest runs.
 *   - the first lane: the typecheck, the linter, the formatter's check, then every project not in the second;
 *   - the second lane: the `e2e` project, whose stories share a hub, wait for its site builds, drive Chromium and
 *     spend much of their time waiting on the browser, a rebuild or a mail, then `infra` and the unit tests,
 *     which fill the rest of that lane's time (the two lanes take about as long).
 * Each lane runs one test file at a time (`maxWorkers: 1` in vitest.config.ts), so the files that share a hub
 * never overlap, and the lanes share no state: each hub, site build, Astro cache and browser belongs to one lane.
 *
 * The first lane prints as it goes; the second lane's report follows when it ends. The exit code is the first
 * failing lane's, or 0. Arguments go to both vitest runs (e.g. `npm test -- --reporter=dot`).
 * Both lanes' processes share one temporary folder, removed when they end (`run-scratch.ts`).
 */
import { spawn } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import config from "../vitest.config.ts";
import { runScratch } from "./run-scratch.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SECOND_LANE = ["e2e", "infra", "unit", "unit-isolated"];
const vitestArgs = process.argv.slice(2);

const projects = (config.test?.projects ?? []).map((project) => (typeof project === "object" && "test" in project ? project.test?.name : undefined));
const firstLane = projects.filter((name): name is string => typeof name === "string" && !SECOND_LANE.includes(name));
if (firstLane.length + SECOND_LANE.length !== projects.length) throw new Error("Every vitest project needs a name to be given a lane");

const onProjects = (names: readonly string[]) => names.flatMap((name) => ["--project", name]);
const vitest = (names: readonly string[]) => [
  process.execPath,
  join(repoRoot, "node_modules", "vitest", "vitest.mjs"),
  "run",
  ...onProjects(names),
  ...vitestArgs,
];
const scratch = runScratch("utp-test-run");
const npmScript = (name: string) => [process.execPath, process.env.npm_execpath ?? join(dirname(process.execPath), "npm"), "run", "-s", name];

interface Lane {
  readonly name: string;
  readonly steps: readonly (readonly string[])[];
  /** Print each line as it comes, or the whole report when the lane ends. */
  readonly live: boolean;
}

/** Runs one command, sending its output (stdout and stderr together) to `write`; resolves with its exit code. */
function run(command: readonly string[], write: (text: string) => void): Promise<number> {
  return new Promise((done) => {
    const [file, ...args] = command as [string, ...string[]];
    const child = spawn(file, args, {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...scratch.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? "1" : "0") },
    });
    child.stdout.setEncoding("utf8").on("data", write);
    child.stderr.setEncoding("utf8").on("data", write);
    child.on("error", (error) => {
      write(`${error.message}\n`);
      done(1);
    });
    child.on("close", (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

async function runLane(lane: Lane): Promise<{ lane: Lane; code: number; seconds: number }> {
  const started = Date.now();
  let buffered = "";
  let partial = "";
  // Whole lines only, so that the other lane's report never lands inside one.
  const write = lane.live
    ? (text: string) => {
        const lines = (partial + text).split("\n");
        partial = lines.pop() ?? "";
        if (lines.length) process.stdout.write(`${lines.join("\n")}\n`);
      }
    : (text: string) => {
        buffered += text;
      };
  let code = 0;
  for (const step of lane.steps) {
    code = await run(step, write);
    if (code !== 0) break;
  }
  if (partial) process.stdout.write(`${partial}\n`);
  if (!lane.live) process.stdout.write(`\n── ${lane.name} ──\n${buffered}\n`);
  return { lane, code, seconds: Math.round((Date.now() - started) / 1000) };
}

const lanes: Lane[] = [
  {
    name: `checks and ${firstLane.join(", ")}`,
    steps: [npmScript("typecheck"), npmScript("lint"), npmScript("format:check"), vitest(firstLane)],
    live: true,
  },
  { name: SECOND_LANE.join(", "), steps: [vitest(SECOND_LANE)], live: false },
];
const results = await Promise.all(lanes.map(runLane)).finally(() => scratch.remove());
for (const { lane, code, seconds } of results) console.log(`${code === 0 ? "passed" : "FAILED"}: ${lane.name} (${seconds} s)`);
process.exitCode = results.find((r) => r.code !== 0)?.code ?? 0;
