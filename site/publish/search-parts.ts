/**
 * The search index in two parts, so that a publish costs what it changed, not the size of the bank.
 * Pagefind cannot change a record of an index it has written, so:
 *   - the main index (`pagefind/`) holds every trial as it was when it was last built whole (by the full
 *     build, or by `compact` here, which runs while nothing waits for it);
 *   - the recent index (`pagefind-nytt/<n>/`) holds the trials changed since, as they are now: a few
 *     records, written in well under a second;
 *   - a manifest (`pagefind-nytt/endringer.json`) names the recent index, the main index's pages it
 *     replaces or withdraws (hidden from results, and their filter values taken out of the counts), and
 *     the recent pages newest first (a search without a query lists newest first).
 * The search page merges the recent index into the main one with Pagefind's `mergeIndex` (it reuses the
 * main index's WebAssembly: a few kilobytes more) and applies the manifest (`site/src/scripts/search-recent.ts`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { byNewest, type PublicMethod, type PublicOffice } from "../../shared/public/index.ts";
import type { PublicPilot } from "../../shared/domain/public-trial/public-pilot.ts";
import { searchRecord, type SearchRecord } from "../src/lib/search-records.ts";
import { countWords, vocabularyOf } from "../src/lib/search-vocabulary.ts";
import { EMPTY_RECENT, RECENT_DIR, RECENT_MANIFEST, type RecentManifest } from "../src/lib/search-recent.ts";
import { filesUnder, writeWhole } from "./files.ts";
import { indexRecords, VOCABULARY_PATH, writeSearchIndex } from "./search-index.ts";

export { RECENT_DIR, RECENT_MANIFEST };

const FRAGMENT_HEADER = Buffer.from("pagefind_dcd");

/** Each page's id in a written index (its fragment's name, which Pagefind gives its results as `id`), by url. */
export function pageIds(pagefindDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  const dir = join(pagefindDir, "fragment");
  if (!existsSync(dir)) return ids;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(".pf_fragment")) continue;
    const raw = gunzipSync(readFileSync(join(dir, name)));
    if (!raw.subarray(0, FRAGMENT_HEADER.length).equals(FRAGMENT_HEADER)) throw new Error(`${name}: not a Pagefind fragment`);
    const { url } = JSON.parse(raw.subarray(FRAGMENT_HEADER.length).toString("utf8")) as { url: string };
    ids.set(url, name.slice(0, -".pf_fragment".length));
  }
  return ids;
}

export interface Catalogues {
  readonly offices: readonly PublicOffice[];
  readonly methods: readonly PublicMethod[];
}

function recordContext({ offices, methods }: Catalogues) {
  const officeNames = new Map(offices.map((o) => [o.id, o.name]));
  const methodsById = new Map(methods.map((m) => [m.id, m]));
  return { officeName: (id: string) => officeNames.get(id) ?? id, method: (id: string | undefined) => (id ? methodsById.get(id) : undefined) };
}

/** What a search record shows of the catalogues: when it changes, every record may have, and the main index is built again. */
function cataloguesKey({ offices, methods }: Catalogues): string {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return JSON.stringify([[...offices].sort(byId).map((o) => [o.id, o.name]), [...methods].sort(byId).map((m) => [m.id, m.name, m.slug, m.aliases ?? []])]);
}

export interface SearchParts {
  /**
   * Writes the recent index for the trials changed since the main index was built, and the vocabulary.
   * `previous` holds each changed trial as it was before this change (undefined: it was not published).
   */
  update(pilots: ReadonlyMap<string, PublicPilot>, previous: ReadonlyMap<string, PublicPilot | undefined>, catalogues: Catalogues): Promise<"recent" | "whole">;
  /** Builds the main index again from these records and empties the recent part. */
  compact(pilots: ReadonlyMap<string, PublicPilot>, catalogues: Catalogues): Promise<void>;
  /** How many trials the recent part holds. */
  readonly recentCount: number;
  /** What a publisher in another process needs to go on from here (`startSitePublisher`'s `state`). */
  state(): SearchPartsState;
}

/** The search parts' state between processes: a plain value, written as JSON. */
export interface SearchPartsState {
  /** The main index's page ids by url. */
  readonly mainIds: readonly (readonly [string, string])[];
  readonly mainCatalogues: string;
  /** The trials in the recent part, each as the main index holds it (null: not in it). */
  readonly recent: readonly (readonly [string, PublicPilot | null])[];
  readonly generation: number;
  readonly wordCounts: readonly (readonly [string, number])[];
}

export function searchParts(options: {
  siteDir: string;
  pilots: ReadonlyMap<string, PublicPilot>;
  catalogues: Catalogues;
  /** Go on from another process's state instead of the index in `siteDir`. */
  state?: SearchPartsState;
}): SearchParts {
  const { siteDir, state } = options;
  const countAll = (pilots: ReadonlyMap<string, PublicPilot>, catalogues: Catalogues) => {
    const context = recordContext(catalogues);
    const counts = new Map<string, number>();
    for (const pilot of pilots.values()) countWords(counts, searchRecord(pilot, context));
    return counts;
  };
  // Read now, while nothing waits: the first publish needs them.
  let mainIds = state ? new Map(state.mainIds) : pageIds(join(siteDir, "pagefind"));
  let mainFiles = filesUnder(join(siteDir, "pagefind"));
  let mainCatalogues = state?.mainCatalogues ?? cataloguesKey(options.catalogues);
  /** The trials changed since the main index was built, each as that index holds it (undefined: not in it). */
  const recent = new Map<string, PublicPilot | undefined>(state?.recent.map(([id, p]) => [id, p ?? undefined]));
  let generation = state?.generation ?? 0;
  /** The vocabulary's word counts over every published trial, kept in step with each change. */
  let wordCounts = state ? new Map(state.wordCounts) : countAll(options.pilots, options.catalogues);

  function writeManifest(manifest: RecentManifest): void {
    writeWhole(join(siteDir, RECENT_MANIFEST), JSON.stringify(manifest));
  }

  /** Removes the recent indexes other than `keep` and the one before it (pages opened a moment ago use it). */
  function prune(keep: number): void {
    const dir = join(siteDir, RECENT_DIR);
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const n = Number(name);
      if (Number.isInteger(n) && n < keep - 1) rmSync(join(dir, name), { recursive: true, force: true });
    }
  }

  async function writeMain(pilots: ReadonlyMap<string, PublicPilot>, catalogues: Catalogues): Promise<void> {
    const staging = join(dirname(siteDir), `.${process.pid}-${Date.now()}-main-index`);
    try {
      const items = [...pilots.values()];
      await writeSearchIndex(await indexRecords({ items, offices: catalogues.offices, methods: catalogues.methods }), staging);
      const ids = pageIds(join(staging, "pagefind"));
      const files = moveIndexFiles(join(staging, "pagefind"), join(siteDir, "pagefind"));
      // The index before the previous one goes; the previous one stays for pages opened a moment ago.
      for (const file of filesUnder(join(siteDir, "pagefind")))
        if (!files.has(file) && !mainFiles.has(file)) rmSync(join(siteDir, "pagefind", file), { force: true });
      mainFiles = files;
      writeWhole(join(siteDir, VOCABULARY_PATH), readFileSync(join(staging, VOCABULARY_PATH), "utf8"));
      mainIds = ids;
      mainCatalogues = cataloguesKey(catalogues);
      wordCounts = countAll(pilots, catalogues);
      recent.clear();
      writeManifest(EMPTY_RECENT);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }

  return {
    get recentCount() {
      return recent.size;
    },
    state: () => ({
      mainIds: [...mainIds],
      mainCatalogues,
      recent: [...recent].map(([id, p]) => [id, p ?? null] as const),
      generation,
      wordCounts: [...wordCounts],
    }),
    async update(pilots, previous, catalogues) {
      if (cataloguesKey(catalogues) !== mainCatalogues) {
        await writeMain(pilots, catalogues);
        return "whole";
      }
      const context = recordContext(catalogues);
      for (const [id, before] of previous) {
        // The first change since the main index was built: the version before it is the one that index holds.
        if (!recent.has(id)) recent.set(id, before);
        if (before) countWords(wordCounts, searchRecord(before, context), -1);
        const now = pilots.get(id);
        if (now) countWords(wordCounts, searchRecord(now, context));
      }
      writeWhole(join(siteDir, VOCABULARY_PATH), JSON.stringify(vocabularyOf(wordCounts)));
      const current = [...recent.keys()].flatMap((id) => pilots.get(id) ?? []).sort(byNewest);
      const hidden: Record<string, Record<string, string[]>> = {};
      for (const before of recent.values()) {
        if (!before) continue;
        const record: SearchRecord = searchRecord(before, context);
        const pageId = mainIds.get(record.url);
        if (pageId) hidden[pageId] = record.filters;
      }
      generation += 1;
      const folder = join(siteDir, RECENT_DIR, String(generation));
      rmSync(folder, { recursive: true, force: true });
      let first: string[] = [];
      if (current.length > 0) {
        const staging = join(dirname(siteDir), `.${process.pid}-${Date.now()}-recent-index`);
        try {
          // Pagefind's own page names here: the manifest hides the main index's pages by name, and names by
          // place are only unique within one index.
          await writeSearchIndex(await indexRecords({ items: current, offices: catalogues.offices, methods: catalogues.methods }), staging, {
            positionalPageIds: false,
          });
          const ids = pageIds(join(staging, "pagefind"));
          first = current.flatMap((p) => ids.get(searchRecord(p, context).url) ?? []);
          mkdirSync(dirname(folder), { recursive: true });
          renameSync(join(staging, "pagefind"), folder);
        } finally {
          rmSync(staging, { recursive: true, force: true });
        }
      }
      writeManifest({ index: current.length > 0 ? `/${RECENT_DIR}/${generation}/` : null, hidden, first });
      prune(generation);
      return "recent";
    },
    async compact(pilots, catalogues) {
      await writeMain(pilots, catalogues);
    },
  };
}

/** Moves a written index into the served one: content-named files first, the entry file last. Returns its files. */
function moveIndexFiles(from: string, to: string): Set<string> {
  const files = filesUnder(from);
  const entry = "pagefind-entry.json";
  for (const file of files) {
    if (file === entry) continue;
    mkdirSync(dirname(join(to, file)), { recursive: true });
    writeFileSync(join(to, file), readFileSync(join(from, file)));
  }
  mkdirSync(to, { recursive: true });
  writeFileSync(join(to, `${entry}.tmp`), readFileSync(join(from, entry)));
  renameSync(join(to, `${entry}.tmp`), join(to, entry));
  return files;
}
