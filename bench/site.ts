import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { REPO_ROOT } from "../infra/local/hub.ts";
import { fmt, goal, type Section } from "./report.ts";
import { serveSite } from "./static-server.ts";

export type SiteSize = "sample" | number;

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const CACHE = join(REPO_ROOT, ".cache");
const SAMPLE_SNAPSHOT = join(REPO_ROOT, "fixtures", "public-snapshot.json");

/** Total resident memory (kB) of a process and all its descendants, from /proc. */
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      total += Number(match?.[1] ?? 0);
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function run(command: string, args: string[], env: Record<string, string>): Promise<{ ms: number; peakRssKb: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKb(child.pid));
    }, 250);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      if (code === 0) resolve({ ms: Date.now() - started, peakRssKb: peak, output });
      else reject(new Error(`${args.join(" ")} ended with ${code}`));
    });
  });
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(path) : statSync(path).size;
  }
  return total;
}

export const TSX = join(REPO_ROOT, "node_modules", "tsx", "dist", "cli.mjs");

interface SnapshotFile {
  generatedAt: string;
  pilots: { id: string; title: string }[];
  methods: { id: string }[];
  offices: { id: string }[];
}

/**
 * The sample's trials put into a generated snapshot in place of as many synthetic ones (the count stays),
 * so the judged queries can be measured at scale: their trials then compete with thousands of others.
 */
export function withSampleTrials(generated: SnapshotFile, sample: SnapshotFile): SnapshotFile {
  const byId = <T extends { id: string }>(items: T[]) => [...new Map(items.map((item) => [item.id, item])).values()];
  const titles = new Set(sample.pilots.map((p) => p.title));
  const synthetic = generated.pilots.filter((p) => !titles.has(p.title));
  return {
    ...generated,
    generatedAt: generated.generatedAt > sample.generatedAt ? generated.generatedAt : sample.generatedAt,
    pilots: [...sample.pilots, ...synthetic.slice(0, Math.max(0, generated.pilots.length - sample.pilots.length))],
    methods: byId([...generated.methods, ...sample.methods]),
    offices: byId([...generated.offices, ...sample.offices]),
  };
}

export async function snapshotFor(size: SiteSize, log: (m: string) => void): Promise<string> {
  if (size === "sample") return SAMPLE_SNAPSHOT;
  const file = join(CACHE, `bench-snapshot-${size}.json`);
  if (!existsSync(file)) {
    log(`Generating ${size} trials (the sample's among them)`);
    mkdirSync(CACHE, { recursive: true });
    const generated = join(CACHE, `bench-synthetic-${size}.json`);
    await run(process.execPath, [TSX, "scripts/generate-snapshot.ts", "--count", String(size), "--out", generated], {});
    const merged = withSampleTrials(
      JSON.parse(readFileSync(generated, "utf8")) as SnapshotFile,
      JSON.parse(readFileSync(SAMPLE_SNAPSHOT, "utf8")) as SnapshotFile,
    );
    writeFileSync(file, JSON.stringify(merged));
    rmSync(generated, { force: true });
  }
  return file;
}

export async function siteBuildSection(options: { sizes: SiteSize[]; log: (m: string) => void }) {
  const dirs = new Map<SiteSize, string>();
  const rows: (string | number)[][] = [];
  const data: unknown[] = [];
  for (const size of options.sizes) {
    const snapshot = await snapshotFor(size, options.log);
    const count = (JSON.parse(readFileSync(snapshot, "utf8")) as { pilots: unknown[] }).pilots.length;
    const out = join(CACHE, `bench-site-${size}`);
    const cache = mkdtempSync(join(tmpdir(), "utp-bench-astro-cache-"));
    rmSync(out, { recursive: true, force: true });
    options.log(`Site build: ${size} (${count} trials)`);
    const built = await run(process.execPath, [TSX, "scripts/build-site.ts"], { UTP_SNAPSHOT: snapshot, UTP_SITE_OUT: out, UTP_SITE_CACHE: cache });
    rmSync(cache, { recursive: true, force: true });
    const indexBytes = dirBytes(join(out, "pagefind"));
    dirs.set(size, out);
    rows.push([
      size === "sample" ? `sample data (${count})` : fmt.int(count),
      fmt.s(built.ms),
      fmt.ms(built.ms / count),
      fmt.mb(indexBytes),
      fmt.kb(indexBytes / count),
      (built.peakRssKb / 1024 / 1024).toFixed(2),
    ]);
    data.push({ size, count, buildMs: built.ms, perTrialMs: built.ms / count, indexBytes, peakRssKb: built.peakRssKb });
  }
  const section: Section = {
    title: "Site build",
    note: "`scripts/build-site.ts` from a snapshot file with an empty Astro cache (a cold build); peak memory is the RSS of the build's whole process tree, sampled from /proc every 250 ms.",
    headers: ["trials", "build s", "ms per trial", "Pagefind index MB", "index KB per trial", "peak memory GB"],
    rows,
    goals: [],
    data,
  };
  return { section, dirs };
}

interface Traffic {
  bytes: number;
}

/** Bytes that crossed the network for a page and its workers (Pagefind searches in a Web Worker). */
async function trackBytes(page: Page): Promise<Traffic> {
  const traffic: Traffic = { bytes: 0 };
  page.context().on("requestfinished", (request) => {
    void request.sizes().then(
      (sizes) => (traffic.bytes += sizes.responseBodySize + sizes.responseHeadersSize),
      () => {},
    );
  });
  return traffic;
}

async function statusText(page: Page): Promise<string> {
  return (await page.locator("[data-search-status]").textContent()) ?? "";
}

/** Types a query into the search field, submits it, and waits until the results for it are shown. */
async function search(page: Page, query: string): Promise<number> {
  const before = await statusText(page);
  const started = Date.now();
  await page.locator("#sok-q").fill(query);
  await page.locator("#sok-q").press("Enter");
  const shown = ([q, previous]: readonly [string, string]) => {
    const status = document.querySelector("[data-search-status]")?.textContent ?? "";
    return new URL(location.href).searchParams.get("q") === q && /funnet|Fant ingen/.test(status) && status !== previous;
  };
  try {
    await page.waitForFunction(shown, [query, before] as const, { timeout: 30_000 });
  } catch {
    // The same number of hits as before: the status text does not change.
    await page.waitForFunction(shown, [query, ""] as const, { timeout: 30_000 });
  }
  return Date.now() - started;
}

function titleWord(title: string | undefined): string | undefined {
  return title
    ?.split(/\s+/)
    .find((w) => /^[a-zæøå]{7,}$/i.test(w))
    ?.toLowerCase();
}

function wordsFrom(snapshot: string): [string, string] {
  const pilots = (JSON.parse(readFileSync(snapshot, "utf8")) as { pilots: { title: string }[] }).pilots;
  const word = (i: number) => titleWord(pilots[i % pilots.length]?.title) ?? "arbeid";
  return [word(0), word(Math.floor(pilots.length / 2) + 3)];
}

/** Title words spread over the snapshot, each once: how typical later queries fare, besides the one the goal names. */
function sampleWordsFrom(snapshot: string, count: number, skip: readonly string[]): string[] {
  const pilots = (JSON.parse(readFileSync(snapshot, "utf8")) as { pilots: { title: string }[] }).pilots;
  const words = new Set<string>();
  for (let i = 0; i < pilots.length && words.size < count; i += 1) {
    // Every word of the titles, from pilots spread evenly over the snapshot
    for (const w of pilots[(i * 7919) % pilots.length]?.title.toLowerCase().match(/[a-zæøå]{5,}/g) ?? []) {
      if (words.size < count && !skip.includes(w)) words.add(w);
    }
  }
  return [...words];
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

export async function searchSection(options: { siteDir: string | undefined; log: (m: string) => void }): Promise<Section> {
  const siteDir = options.siteDir ?? [join(CACHE, "bench-site-10000"), join(CACHE, "bench-site-sample")].find((d) => existsSync(join(d, "index.html"))) ?? "";
  if (!existsSync(join(siteDir, "index.html"))) {
    return {
      title: "Search in the browser",
      note: "Not measured: no built site (run with the site part).",
      headers: [],
      rows: [],
      goals: [goal("First search ≤ 200 KB and under a tenth of the naive bytes", "≤ 200 KB", "–", undefined)],
    };
  }
  options.log(`Search in Chromium over ${siteDir}`);
  const count = JSON.parse(readFileSync(join(siteDir, "data", "utprovinger.json"), "utf8")) as { items?: unknown[]; pilots?: unknown[] };
  const trials = (count.items ?? count.pilots ?? []).length;
  const snapshot = siteDir.endsWith("sample") ? SAMPLE_SNAPSHOT : join(CACHE, `bench-snapshot-${siteDir.split("-").at(-1)}.json`);
  const [first, later] = wordsFrom(snapshot);
  const site = await serveSite(siteDir);
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    // Pagefind: open the home page, type a query, then another
    const context = await browser.newContext();
    const page = await context.newPage();
    const traffic = await trackBytes(page);
    await page.goto(`${site.url}/`, { waitUntil: "load" });
    await page
      .locator("[data-search-status]")
      .filter({ hasText: /funnet|Fant ingen/ })
      .waitFor({ timeout: 60_000 });
    const pageBytes = traffic.bytes;
    const firstMs = await search(page, first);
    await page.waitForTimeout(500);
    const firstBytes = traffic.bytes;
    const beforeLater = traffic.bytes;
    const laterMs = await search(page, later);
    await page.waitForTimeout(500);
    const laterBytes = traffic.bytes - beforeLater;
    // More later queries in the same page, for the median and the 90th percentile
    const sample = sampleWordsFrom(snapshot, 30, [first, later]);
    const sampleBytes: number[] = [];
    const sampleMs: number[] = [];
    for (const word of sample) {
      const before = traffic.bytes;
      sampleMs.push(await search(page, word));
      await page.waitForTimeout(400);
      sampleBytes.push(traffic.bytes - before);
    }
    await context.close();

    // The naive way: download the whole export and search it in the page
    const naiveContext = await browser.newContext();
    const naivePage = await naiveContext.newPage();
    const naiveTraffic = await trackBytes(naivePage);
    await naivePage.goto(`${site.url}/om/`, { waitUntil: "load" });
    const naive = await naivePage.evaluate(async (q) => {
      const started = performance.now();
      const data = (await (await fetch("/data/utprovinger.json")).json()) as { items?: unknown[] } | unknown[];
      const items = Array.isArray(data) ? data : (data.items ?? []);
      const hits = items.filter((item) => JSON.stringify(item).toLowerCase().includes(q)).length;
      const firstMs = performance.now() - started;
      const t1 = performance.now();
      const laterHits = items.filter((item) => JSON.stringify(item).toLowerCase().includes("arbeid")).length;
      return { firstMs, laterMs: performance.now() - t1, hits, laterHits };
    }, first);
    await naivePage.waitForTimeout(300);
    const naiveBytes = naiveTraffic.bytes;
    await naiveContext.close();

    const rows = [
      ["Pagefind: page load (before typing)", fmt.kb(pageBytes), "–", "–"],
      [`Pagefind: first query «${first}» (page load included)`, fmt.kb(firstBytes), fmt.ms(firstMs), fmt.ratio(firstBytes / naiveBytes)],
      [`Pagefind: later query «${later}»`, fmt.kb(laterBytes), fmt.ms(laterMs), fmt.ratio(laterBytes / naiveBytes)],
      [
        `Pagefind: ${sample.length} more later queries (title words), median`,
        fmt.kb(percentile(sampleBytes, 0.5)),
        fmt.ms(percentile(sampleMs, 0.5)),
        fmt.ratio(percentile(sampleBytes, 0.5) / naiveBytes),
      ],
      [
        `Pagefind: the same, 90th percentile`,
        fmt.kb(percentile(sampleBytes, 0.9)),
        fmt.ms(percentile(sampleMs, 0.9)),
        fmt.ratio(percentile(sampleBytes, 0.9) / naiveBytes),
      ],
      [`naive: a reading page, then download /data/utprovinger.json and filter (${naive.hits} hits)`, fmt.kb(naiveBytes), fmt.ms(naive.firstMs), "1.00×"],
      ["naive: later query (data already loaded)", "0.0", fmt.ms(naive.laterMs), "–"],
    ];
    return {
      title: `Search in the browser (${fmt.int(trials)} trials)`,
      note: "Headless Chromium (playwright-core); bytes are what crossed the network (gzip where the server compresses, as the CDN does), from Chrome's DevTools protocol. Time is from typing until the results for the query are shown.",
      headers: ["what", "KB transferred", "ms", "bytes × naive"],
      rows,
      goals: [
        goal("First search under a tenth of the naive bytes", "< 0.10×", fmt.ratio(firstBytes / naiveBytes), firstBytes < naiveBytes / 10),
        goal("First search at most 200 KB", "≤ 200 KB", `${fmt.kb(firstBytes)} KB`, firstBytes <= 200 * 1024),
        goal("A later query at most 30 KB", "≤ 30 KB", `${fmt.kb(laterBytes)} KB`, laterBytes <= 30 * 1024),
      ],
      data: {
        trials,
        first,
        later,
        pageBytes,
        firstBytes,
        firstMs,
        laterBytes,
        laterMs,
        sample: sample.map((word, i) => ({ word, bytes: sampleBytes[i], ms: sampleMs[i] })),
        naiveBytes,
        naive,
      },
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
