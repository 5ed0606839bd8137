/**
 * `npm run site:build`: builds the public site and its search index.
 *   1. `astro build` in its own process (the content loaders read UTP_EXPORT_URL or UTP_SNAPSHOT);
 *   2. the search index with Pagefind's Node API, one weighted HTML record per trial (`searchRecord`), and
 *      the vocabulary the search page suggests from when a query finds little. Astro's content loaders hand
 *      their synced collections to this script (`UTP_SEARCH_HANDOFF`) before any page is rendered, so the
 *      index holds exactly what the pages show and is built and written while Astro renders; it is moved
 *      into the output once the Astro build has finished;
 *   3. a short report: times, page count, index size and peak memory.
 * UTP_SITE_OUT moves the output (default site/dist). The Astro process gets a 6 GB heap limit.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { byNewest, type PublicMethod, type PublicOffice } from "../shared/public/index.ts";
import type { PublicPilot } from "../shared/domain/public-trial/public-pilot.ts";
import { recordHtml, searchRecord, type SearchRecord } from "../site/src/lib/search-records.ts";
import { tuneSearchIndex } from "../site/src/lib/search-index-tune.ts";
import { buildVocabulary, VOCABULARY_PATH } from "../site/src/lib/search-vocabulary.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const siteRoot = join(repoRoot, "site");
const outDir = resolve(process.env.UTP_SITE_OUT ?? join(siteRoot, "dist"));
const HEAP_LIMIT_MB = 6144;

interface OpenData {
  items: PublicPilot[];
  offices: PublicOffice[];
  methods: PublicMethod[];
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function folderBytes(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : statSync(full).size;
  }
  return total;
}

/** Runs `astro build` and resolves with its peak memory (kB), which the site's build hook prints. */
function astroBuild(handoff: string): Promise<number | undefined> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${HEAP_LIMIT_MB}`, join(repoRoot, "node_modules", "astro", "bin", "astro.mjs"), "build", "--root", siteRoot, "--silent"],
      {
        cwd: repoRoot,
        env: { ...process.env, UTP_SITE_OUT: outDir, UTP_REPORT_MEMORY: "1", UTP_SEARCH_HANDOFF: handoff },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let peak: number | undefined;
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      for (const line of chunk.split("\n")) {
        const match = /^UTP_MAX_RSS_KB=(\d+)$/.exec(line.trim());
        if (match) peak = Number(match[1]);
        else if (line.trim()) process.stdout.write(`${line}\n`);
      }
    });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolvePromise(peak) : reject(new Error(`astro build ended with code ${code}`))));
  });
}

/**
 * The trials, methods and offices this build's Astro process has synced, read as soon as its content
 * loaders have handed them off (`UTP_SEARCH_HANDOFF`; each file appears whole), which is before Astro has
 * rendered any page. They are the records the pages are made of, so the index holds what the pages show.
 */
async function handedOff(dir: string, astroDone: () => boolean): Promise<OpenData> {
  const files = ["pilots", "methods", "offices"].map((name) => join(dir, `${name}.json`));
  for (;;) {
    const finished = astroDone();
    if (files.every((f) => existsSync(f))) {
      const [items, methods, offices] = files.map((f) => JSON.parse(readFileSync(f, "utf8")) as unknown[]);
      return { items: items as PublicPilot[], methods: methods as PublicMethod[], offices: offices as PublicOffice[] };
    }
    if (finished) throw new Error(`astro build did not hand off its collections to ${dir}`);
    await sleep(100);
  }
}

/** When each step of the indexing finished (ms since the start), for the report. */
const marks = new Map<string, number>();
const mark = (step: string) => marks.set(step, performance.now());

/** Adds one weighted record per trial to a new Pagefind index; the caller writes it. */
async function indexRecords(data: OpenData) {
  mark("data");
  const offices = new Map(data.offices.map((o) => [o.id, o.name]));
  const methods = new Map(data.methods.map((m) => [m.id, m]));
  const context = { officeName: (id: string) => offices.get(id) ?? id, method: (id: string | undefined) => (id ? methods.get(id) : undefined) };
  // Newest first: the order Pagefind keeps for a search without a query, which the search page relies on.
  const pilots = [...data.items].sort(byNewest);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "nb" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  // The service handles one request at a time, in the order sent; a bounded number in flight keeps its pipe
  // busy, and each record is made just before it is sent, so making them overlaps Pagefind's indexing.
  const IN_FLIGHT = 64;
  const records: SearchRecord[] = [];
  let next = 0;
  const failures: string[] = [];
  async function worker() {
    while (next < pilots.length) {
      const i = next++;
      const record = (records[i] = searchRecord(pilots[i]!, context));
      const response = await index!.addHTMLFile({ url: record.url, content: recordHtml(record) });
      if (response.errors.length) failures.push(`${record.url}: ${response.errors.join("; ")}`);
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  if (failures.length) throw new Error(`Pagefind refused ${failures.length} records, e.g. ${failures[0]}`);
  mark("added");
  return { index, records };
}

/**
 * Writes the index and the vocabulary into `staging` (beside the output folder, so moving them in is a
 * rename): this runs while Astro is still rendering, and Astro owns the output folder until it has finished.
 */
async function writeIndex(
  { index, records }: Awaited<ReturnType<typeof indexRecords>>,
  staging: string,
): Promise<{ records: number; vocabularyWords: number }> {
  const writing = index.writeFiles({ outputPath: join(staging, "pagefind") });
  // Pagefind writes in its own process: the vocabulary is made meanwhile.
  const vocabulary = buildVocabulary(records);
  const written = await writing;
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
  await pagefind.close();
  mark("written");
  // UTP_SEARCH_INDEX_TUNE=off keeps Pagefind's own index, to measure what the rewrite is worth.
  if (process.env.UTP_SEARCH_INDEX_TUNE !== "off") tuneSearchIndex(join(staging, "pagefind"));
  mark("tuned");
  const vocabularyFile = join(staging, VOCABULARY_PATH);
  mkdirSync(dirname(vocabularyFile), { recursive: true });
  writeFileSync(vocabularyFile, JSON.stringify(vocabulary));
  return { records: records.length, vocabularyWords: vocabulary.words.length };
}

/** Moves the staged index and vocabulary into the finished Astro output. */
function moveIndexIn(staging: string): void {
  for (const part of ["pagefind", VOCABULARY_PATH]) {
    const target = join(outDir, part);
    rmSync(target, { recursive: true, force: true });
    mkdirSync(dirname(target), { recursive: true });
    renameSync(join(staging, part), target);
  }
}

const started = performance.now();
const handoff = mkdtempSync(join(tmpdir(), "utp-search-handoff-"));
const staging = `${outDir}.search-index`;
rmSync(staging, { recursive: true, force: true });
let astroFinished = false;
let astroDone = started;
try {
  const astro = astroBuild(handoff).finally(() => {
    astroFinished = true;
    astroDone = performance.now();
  });
  const indexing = handedOff(handoff, () => astroFinished)
    .then(indexRecords)
    .then((indexed) => writeIndex(indexed, staging));
  // Both settle before anything is reported, so a failed Astro build never leaves the indexing unattended.
  const [astroResult, indexResult] = await Promise.allSettled([astro, indexing]);
  if (astroResult.status === "rejected") throw astroResult.reason;
  if (indexResult.status === "rejected") throw indexResult.reason;
  moveIndexIn(staging);
  const finished = performance.now();
  const { records, vocabularyWords } = indexResult.value;
  const at = (step: string) => seconds((marks.get(step) ?? finished) - started);
  const astroPeakKb = astroResult.value;
  const indexBytes = folderBytes(join(outDir, "pagefind"));
  const ownPeakKb = process.resourceUsage().maxRSS;
  console.log(
    [
      `Nettstedet er bygget i ${outDir}`,
      `  astro build:      ${seconds(astroDone - started)}${astroPeakKb ? ` (maks minne ${(astroPeakKb / 1024).toFixed(0)} MB)` : ""}`,
      `  søkeindeks:       ${records} utprøvinger, ${(indexBytes / 1e6).toFixed(1)} MB, ${vocabularyWords} ord i ordlisten; mens astro bygget: data etter ${at("data")}, lagt inn ${at("added")}, skrevet ${at("written")}, omskrevet ${at("tuned")}`,
      `  totalt:           ${seconds(finished - started)} (byggeskriptet brukte maks ${(ownPeakKb / 1024).toFixed(0)} MB)`,
    ].join("\n"),
  );
} finally {
  await pagefind.close();
  rmSync(handoff, { recursive: true, force: true });
  rmSync(staging, { recursive: true, force: true });
}
