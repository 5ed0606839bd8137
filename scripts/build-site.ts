/**
 * `npm run site:build`: builds the public site and its search index.
 *   1. `astro build` in its own process (the content loaders read UTP_EXPORT_URL or UTP_SNAPSHOT);
 *   2. the search index with Pagefind's Node API, one weighted HTML record per trial (`searchRecord`), made
 *      from the site's own open-data file (`/data/utprovinger.json`) so the index holds exactly what the
 *      pages show; and the vocabulary the search page suggests from when a query finds little. Astro writes
 *      that file early in its page generation, so the records are indexed while it renders the rest; the
 *      index is written once the Astro build has finished;
 *   3. a short report: times, page count, index size and peak memory.
 * UTP_SITE_OUT moves the output (default site/dist). The Astro process gets a 6 GB heap limit.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { byNewest, type PublicMethod, type PublicOffice } from "../shared/public/aggregates.ts";
import type { PublicPilot } from "../shared/public/public-pilot.ts";
import { tuneSearchIndex } from "../site/src/lib/search-index-tune.ts";
import { recordHtml, searchRecord } from "../site/src/lib/search-records.ts";
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
function astroBuild(): Promise<number | undefined> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_LIMIT_MB}`, join(repoRoot, "node_modules", "astro", "bin", "astro.mjs"), "build", "--root", siteRoot, "--silent"], {
      cwd: repoRoot,
      env: { ...process.env, UTP_SITE_OUT: outDir, UTP_REPORT_MEMORY: "1" },
      stdio: ["ignore", "pipe", "inherit"],
    });
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
 * The open data this build's Astro process writes, read as soon as it is there whole: a file from an earlier
 * build in the same folder is older than `since`, and a file still being written does not parse yet.
 */
async function openDataOf(file: string, since: number, astroDone: () => boolean): Promise<OpenData> {
  for (;;) {
    const finished = astroDone();
    if (existsSync(file) && statSync(file).mtimeMs >= since) {
      try {
        return JSON.parse(readFileSync(file, "utf8")) as OpenData;
      } catch (error) {
        if (finished) throw error;
      }
    } else if (finished) {
      throw new Error(`astro build did not write ${file}`);
    }
    await sleep(250);
  }
}

/** Adds one weighted record per trial to a new Pagefind index; the caller writes it. */
async function indexRecords(data: OpenData) {
  const offices = new Map(data.offices.map((o) => [o.id, o.name]));
  const methods = new Map(data.methods.map((m) => [m.id, m]));
  const context = { officeName: (id: string) => offices.get(id) ?? id, method: (id: string | undefined) => (id ? methods.get(id) : undefined) };
  // Newest first: the order Pagefind keeps for a search without a query, which the search page relies on.
  const records = [...data.items].sort(byNewest).map((pilot) => searchRecord(pilot, context));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "nb" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  // The service handles one request at a time; a bounded number in flight keeps its pipe busy.
  const IN_FLIGHT = 64;
  let next = 0;
  const failures: string[] = [];
  async function worker() {
    while (next < records.length) {
      const record = records[next++]!;
      const response = await index!.addHTMLFile({ url: record.url, content: recordHtml(record) });
      if (response.errors.length) failures.push(`${record.url}: ${response.errors.join("; ")}`);
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  if (failures.length) throw new Error(`Pagefind refused ${failures.length} records, e.g. ${failures[0]}`);
  return { index, records };
}

async function writeIndex({ index, records }: Awaited<ReturnType<typeof indexRecords>>): Promise<{ records: number; vocabularyWords: number }> {
  const written = await index.writeFiles({ outputPath: join(outDir, "pagefind") });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
  await pagefind.close();
  tuneSearchIndex(join(outDir, "pagefind"));
  const vocabulary = buildVocabulary(records);
  const vocabularyFile = join(outDir, VOCABULARY_PATH);
  mkdirSync(dirname(vocabularyFile), { recursive: true });
  writeFileSync(vocabularyFile, JSON.stringify(vocabulary));
  return { records: records.length, vocabularyWords: vocabulary.words.length };
}

const started = performance.now();
const startedAt = Date.now();
rmSync(join(outDir, "pagefind"), { recursive: true, force: true });
let astroFinished = false;
let astroDone = started;
const astro = astroBuild().finally(() => {
  astroFinished = true;
  astroDone = performance.now();
});
const indexing = openDataOf(join(outDir, "data", "utprovinger.json"), startedAt, () => astroFinished).then(indexRecords);
// Both settle before anything is reported, so a failed Astro build never leaves the indexing unattended.
const [astroResult, indexResult] = await Promise.allSettled([astro, indexing]);
if (astroResult.status === "rejected") {
  await pagefind.close();
  throw astroResult.reason;
}
const astroPeakKb = astroResult.value;
if (indexResult.status === "rejected") {
  await pagefind.close();
  throw indexResult.reason;
}
const { records, vocabularyWords } = await writeIndex(indexResult.value);
const indexDone = performance.now();

const indexBytes = folderBytes(join(outDir, "pagefind"));
const ownPeakKb = process.resourceUsage().maxRSS;
console.log(
  [
    `Nettstedet er bygget i ${outDir}`,
    `  astro build:      ${seconds(astroDone - started)}${astroPeakKb ? ` (maks minne ${(astroPeakKb / 1024).toFixed(0)} MB)` : ""}`,
    `  søkeindeks:       ${seconds(indexDone - astroDone)} etter astro build for ${records} utprøvinger, ${(indexBytes / 1e6).toFixed(1)} MB, ${vocabularyWords} ord i ordlisten`,
    `  totalt:           ${seconds(indexDone - started)} (byggeskriptet brukte maks ${(ownPeakKb / 1024).toFixed(0)} MB)`,
  ].join("\n"),
);
