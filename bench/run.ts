/**
 * The benchmark: `npm run bench [-- --quick] [-- --full] [-- --sizes sample,10000] [-- --only api,lambda,site,search,publish,lighthouse,reliability]`.
 * Runs against the local stack and writes bench/results/report.md and report.json.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "../infra/local/hub.ts";
import { apiSections } from "./api.ts";
import { lambdaSection } from "./lambda.ts";
import { lighthouseSection } from "./lighthouse.ts";
import { renderMarkdown, type Section } from "./report.ts";
import { publishSection, searchSection, siteBuildSection, type SiteSize } from "./site.ts";

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

const started = Date.now();
const sections: Section[] = [];
if (wants("api")) sections.push(...(await apiSections({ quick, log })));
if (wants("lambda")) sections.push(await lambdaSection({ quick, log }));
let builds: Awaited<ReturnType<typeof siteBuildSection>> | undefined;
if (wants("site")) {
  builds = await siteBuildSection({ sizes, log });
  sections.push(builds.section);
}
if (wants("search")) sections.push(await searchSection({ siteDir: builds?.dirs.get(10_000) ?? builds?.dirs.get("sample"), log }));
if (wants("publish")) sections.push(await publishSection({ log }));
if (wants("lighthouse")) sections.push(await lighthouseSection({ siteDir: builds?.dirs.get("sample"), log }));
if (wants("reliability")) {
  log("Reliability suite, long mode");
  const t0 = Date.now();
  const res = spawnSync(process.execPath, [join(REPO_ROOT, "node_modules", "vitest", "vitest.mjs"), "run", "--project", "reliability"], { cwd: REPO_ROOT, env: { ...process.env, UTP_RELIABILITY_LONG: "1" }, encoding: "utf8" });
  // Plain output (no colours) so that the lines can be read.
  const out = `${res.stdout}\n${res.stderr}`;
  const tests = /Tests\s+.*?(\d+ passed)?.*?(\d+ failed)?/.exec(stripAnsi(out));
  const histogram = stripAnsi(out).split("\n").filter((l) => /^(POST|PUT) \/api/.test(l) || /^Outage:/.test(l));
  sections.push({
    title: "Reliability suite (long mode)",
    note: `\`UTP_RELIABILITY_LONG=1 npx vitest run --project reliability\`: ${((Date.now() - t0) / 1000).toFixed(0)} s, exit code ${res.status}. ${tests?.[0] ?? ""}\n\n\`\`\`\n${histogram.join("\n")}\n\`\`\``,
    headers: [],
    rows: [],
    goals: [{ name: "Reliability suite passes in long mode", target: "exit 0", actual: `exit ${res.status}`, met: res.status === 0 }],
  });
}

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
