/**
 * The site's search index: one weighted HTML record per trial (`searchRecord`) in a Pagefind index, rewritten
 * by `tuneSearchIndex`, and the vocabulary the search page suggests from when a query finds little. Used by
 * the full build (`scripts/build-site.ts`) and by the publisher after a publish.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as pagefind from "pagefind";
import { byNewest, type PublicMethod, type PublicOffice } from "../../shared/public/index.ts";
import type { PublicPilot } from "../../shared/domain/public-trial/public-pilot.ts";
import { recordHtml, searchRecord, type SearchRecord } from "../src/lib/search-records.ts";
import { tuneSearchIndex, type TuneOptions } from "../src/lib/search-index-tune.ts";
import { buildVocabulary, VOCABULARY_PATH } from "../src/lib/search-vocabulary.ts";

export { VOCABULARY_PATH };

export interface IndexedRecords {
  items: readonly PublicPilot[];
  offices: readonly PublicOffice[];
  methods: readonly PublicMethod[];
}

/** When each step finished (`performance.now()`), for a build's report. */
export type IndexMarks = Map<"data" | "added" | "written" | "tuned", number>;

/** Adds one weighted record per trial to a new Pagefind index; `writeSearchIndex` writes it. */
export async function indexRecords(data: IndexedRecords, marks: IndexMarks = new Map()) {
  marks.set("data", performance.now());
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
  marks.set("added", performance.now());
  return { index, records, marks };
}

/**
 * Writes the index (`pagefind/`) and the vocabulary (`VOCABULARY_PATH`) into `folder`, and ends the Pagefind
 * service this index ran in. `tune` goes to `tuneSearchIndex`.
 */
export async function writeSearchIndex(
  { index, records, marks }: Awaited<ReturnType<typeof indexRecords>>,
  folder: string,
  tune: TuneOptions = {},
): Promise<{ records: number; vocabularyWords: number }> {
  const writing = index.writeFiles({ outputPath: join(folder, "pagefind") });
  // Pagefind writes in its own process: the vocabulary is made meanwhile.
  const vocabulary = buildVocabulary(records);
  const written = await writing;
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
  await pagefind.close();
  marks.set("written", performance.now());
  // UTP_SEARCH_INDEX_TUNE=off keeps Pagefind's own index, to measure what the rewrite is worth.
  if (process.env.UTP_SEARCH_INDEX_TUNE !== "off") tuneSearchIndex(join(folder, "pagefind"), tune);
  marks.set("tuned", performance.now());
  const vocabularyFile = join(folder, VOCABULARY_PATH);
  mkdirSync(dirname(vocabularyFile), { recursive: true });
  writeFileSync(vocabularyFile, JSON.stringify(vocabulary));
  return { records: records.length, vocabularyWords: vocabulary.words.length };
}

/** Ends the Pagefind service if an index was left unwritten (a failed build). */
export async function closeSearchIndex(): Promise<void> {
  await pagefind.close();
}
