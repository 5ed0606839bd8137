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
import type { PublicMethod, PublicOffice } from "../shared/public/index.ts";
import type { PublicPilot } from "../shared/domain/public-trial/public-pilot.ts";
import { closeSearchIndex, indexRecords, VOCABULARY_PATH, writeSearchIndex, type IndexMarks } from "../site/publish/search-index.ts";
import { EMPTY_RECENT, RECENT_DIR, RECENT_MANIFEST } from "../site/src/lib/search-recent.ts";

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

/** The files the caller names for the site to read, made absolute from where the caller runs: Astro runs elsewhere. */
function callersPaths(): Record<string, string> {
  const paths: Record<string, string> = {};
  for (const name of ["UTP_SNAPSHOT", "UTP_BUILD_RECORDS"]) {
    const value = process.env[name]?.trim();
    if (value) paths[name] = resolve(value);
  }
  return paths;
}

/** Runs `astro build` and resolves with its peak memory (kB), which the site's build hook prints. */
function astroBuild(handoff: string): Promise<number | undefined> {
  // Astro bundles the pages' renderer into `<cwd>/.astro/.prerender` when the output folder lies outside the
  // working directory. That bundle must sit inside the repository to find its packages, and must be this build's
  // own so that two builds can run at once: a working folder of its own under `.astro/`.
  mkdirSync(join(repoRoot, ".astro"), { recursive: true });
  const workDir = mkdtempSync(join(repoRoot, ".astro", "build-"));
  return new Promise<number | undefined>((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${HEAP_LIMIT_MB}`, join(repoRoot, "node_modules", "astro", "bin", "astro.mjs"), "build", "--root", siteRoot, "--silent"],
      {
        cwd: workDir,
        env: { ...process.env, ...callersPaths(), UTP_SITE_OUT: outDir, UTP_REPORT_MEMORY: "1", UTP_SEARCH_HANDOFF: handoff },
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
  }).finally(() => rmSync(workDir, { recursive: true, force: true }));
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

const marks: IndexMarks = new Map();

/** Moves the staged index and vocabulary into the finished Astro output. */
function moveIndexIn(staging: string): void {
  for (const part of ["pagefind", VOCABULARY_PATH, RECENT_DIR]) {
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
    .then((data) => indexRecords(data, marks))
    .then(async (indexed) => {
      const written = await writeSearchIndex(indexed, staging);
      // The main index holds every trial: the recent part is empty.
      mkdirSync(dirname(join(staging, RECENT_MANIFEST)), { recursive: true });
      writeFileSync(join(staging, RECENT_MANIFEST), JSON.stringify(EMPTY_RECENT));
      return written;
    });
  // Both settle before anything is reported, so a failed Astro build never leaves the indexing unattended.
  const [astroResult, indexResult] = await Promise.allSettled([astro, indexing]);
  if (astroResult.status === "rejected") throw astroResult.reason;
  if (indexResult.status === "rejected") throw indexResult.reason;
  moveIndexIn(staging);
  const finished = performance.now();
  const { records, vocabularyWords } = indexResult.value;
  const at = (step: "data" | "added" | "written" | "tuned") => seconds((marks.get(step) ?? finished) - started);
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
  await closeSearchIndex();
  rmSync(handoff, { recursive: true, force: true });
  rmSync(staging, { recursive: true, force: true });
}
