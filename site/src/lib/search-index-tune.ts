import { createHash } from "node:crypto";
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { decode, encode } from "cbor-x";
import * as z from "zod";
import { SEARCHABLE_META } from "./search-records.ts";

/**
 * Makes a query load less of the search index, by rewriting the index Pagefind (1.6) has written, right
 * after `writeFiles`. A query loads the index chunks whose listed range holds its word (and the word's
 * stem); at 10,000 trials "utplassering" loaded 50 kB of index for a later query, now 15 kB.
 *
 * 1. **Ranges as whole words.** Pagefind lists each chunk with its first and last word shortened to the
 *    common prefix with the neighbouring chunk plus one letter (`utenf`..`utpl`). A word longer than the
 *    shortened end ("utplassering" > "utpl") is in no range, and Pagefind then loads every chunk whose
 *    prefixes could hold it. Pagefind closes a chunk once it is full, so the most common words are the
 *    last of their chunk and always missed. Listed with the whole words, a word of the index is in the
 *    range of its own chunk, a longer form of it in the same range (`rangesWithLongerForms`), and a
 *    prefix being typed takes Pagefind's prefix path as before.
 * 2. **Meta text out of the index.** Pagefind 1.6 indexes the words of every `data-pagefind-meta` field.
 *    The records' meta is data for the result card; only the fields in `SEARCHABLE_META` keep their
 *    words. The rest repeat the weighted parts or are codes (an id matched "den").
 * 3. **One body position per page.** A word of the body text (weight 1) keeps its first position on each
 *    page: Pagefind cuts the card's excerpt there, and a trial that repeats a word in its free text is not
 *    more about it. The weighted parts (title, method, labels, place) keep all their positions. The
 *    fragments (the text excerpts are cut from) are untouched.
 * 4. **Chunks by the new sizes**, the big words on their own (`chunkWords`, `chunkRange`).
 * 5. **Pages named by their place** (`positionalPageIds`). Pagefind names each page, and its fragment
 *    file, by seven hex digits of the fragment's content, and the metadata file, which every first search
 *    loads, lists every page by that name. Random digits do not compress: at 10,000 trials they were 27 of
 *    its 70 kB (gzip). The pages are renamed to a tag common to the whole index and their place in it in
 *    base 36 (`3f09c1a20`, `3f09c1a21`, …, `3f09c1a27ps`), which gzip takes almost for nothing. The tag
 *    is 32 bits of a digest of Pagefind's names in order, so a page's name still changes with its content:
 *    another index gets another tag, and a browser that keeps a fragment does not show another trial's
 *    text under its name.
 *
 * The chunk files and the metadata file get new names from their new content (Pagefind names files by
 * their content, and a browser may keep them), and `pagefind-entry.json` names the new metadata file.
 * Pagefind's format is checked as it is read: a version that writes something else fails the build
 * rather than ship an index the search page cannot read.
 */

/**
 * How full an index chunk gets, in locations (a page of a word counts one, and each of its positions one),
 * the measure Pagefind chunks by (20,000 there, before this rewrite shrinks the words). Smaller chunks
 * cost a query less and the metadata file (loaded once) a little more. At 10,000 trials, 6,000 gives
 * chunks of 8 kB (median; Pagefind's are 19 kB), 9 kB of index for the median of 30 title words, and
 * 68 kB of metadata as before; 4,000 gives 7 kB of index and 69 kB of metadata, 9,000 gives 10 and 67.
 */
export const CHUNK_LOCATIONS = 6_000;
/** The weight Pagefind's parser gives weight 1 (24 per unit of weight). */
const BODY_WEIGHT = 24;
/** The weight Pagefind's index format assumes before any weight marker. */
const UNMARKED_WEIGHT = 25;
const HEADER = Buffer.from("pagefind_dcd");

const EntrySchema = z.looseObject({
  version: z.string(),
  languages: z.record(z.string(), z.looseObject({ hash: z.string() })),
});

// [version, pages, index chunks [from, to, hash], filter chunks, sorts, meta field names]
const MetaSchema = z.tuple([
  z.string(),
  z.array(z.unknown()),
  z.array(z.tuple([z.string(), z.string(), z.string()])),
  z.unknown(),
  z.unknown(),
  z.array(z.string()),
]);

/** A page of a word: page number (as a step from the previous page), positions with weight markers, meta positions with field markers. */
export type PackedPage = [number, number[], number[]];
/** A word: the word, its pages, and its forms with other diacritics (each with its own pages). */
export type PackedWord = [string, PackedPage[], [string, PackedPage[]][]];

export interface TuneReport {
  readonly chunksBefore: number;
  readonly chunks: number;
  readonly wordsDropped: number;
  readonly bytesBefore: number;
  readonly bytesAfter: number;
}

function isIntegers(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((n) => Number.isInteger(n));
}

function isPages(value: unknown): value is PackedPage[] {
  return (
    Array.isArray(value) &&
    value.every((p) => Array.isArray(p) && p.length === 3 && Number.isInteger(p[0]) && p[0] >= 0 && isIntegers(p[1]) && isIntegers(p[2]))
  );
}

/**
 * Whether a decoded word has the shape this module rewrites. A plain check rather than a schema: a chunk
 * holds hundreds of thousands of numbers, and a schema library spends seconds of the build on them.
 */
export function isPackedWord(value: unknown): value is PackedWord {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    typeof value[0] === "string" &&
    isPages(value[1]) &&
    Array.isArray(value[2]) &&
    value[2].every((v: unknown) => Array.isArray(v) && v.length === 2 && typeof v[0] === "string" && isPages(v[1]))
  );
}

/**
 * A Pagefind file's content. With `check`, it must encode back to the same bytes: then nothing in it was
 * lost in the reading (done for the metadata and the first chunk: a format change shows in every file).
 */
function readPagefindFile(file: string, check: boolean): unknown {
  const raw = gunzipSync(readFileSync(file));
  if (!raw.subarray(0, HEADER.length).equals(HEADER)) throw new Error(`${file}: not a Pagefind file`);
  const body = raw.subarray(HEADER.length);
  const value: unknown = decode(body);
  if (check && !Buffer.from(encode(value)).equals(body)) throw new Error(`${file}: Pagefind's format has changed; the index tuning needs a look`);
  return value;
}

export function pagefindBytes(value: unknown): Buffer {
  return gzipSync(Buffer.concat([HEADER, Buffer.from(encode(value))]));
}

/** A content-derived name, the language and at least `length` hex digits, longer if another file has it. */
function contentName(language: string, bytes: Buffer, length: number, taken: Set<string>): string {
  const hex = createHash("sha1").update(bytes).digest("hex");
  let n = length;
  while (taken.has(`${language}_${hex.slice(0, n)}`)) n += 1;
  const name = `${language}_${hex.slice(0, n)}`;
  taken.add(name);
  return name;
}

/**
 * Meta positions of the kept fields only: a run starts with its field's marker, -(id + 1); before any
 * marker the field is 0, as Pagefind reads them (it writes a marker first).
 */
export function keptMetaPositions(metaLocs: readonly number[], keep: ReadonlySet<number>): number[] {
  const out: number[] = [];
  let kept = keep.has(0);
  for (const loc of metaLocs) {
    if (loc < 0) kept = keep.has(-loc - 1);
    if (kept) out.push(loc);
  }
  return out;
}

/**
 * Positions with the body text's reduced to its first. Pagefind writes the positions grouped by weight,
 * each group a weight marker, -(weight + 1), then the first position and the steps to the next ones. The
 * body's group comes first (the lowest weight), and its marker is left out, so it is read with the
 * unmarked weight, 25 instead of 24: Pagefind's parser and its index format disagree by one here, which
 * costs two bytes per page of every word; a body weight of 1.04 instead of 1 ranks the same.
 */
export function bodyPositions(locs: readonly number[]): number[] {
  const out: number[] = [];
  let weight = UNMARKED_WEIGHT;
  let inGroup = 0;
  for (const [i, loc] of locs.entries()) {
    if (loc < 0) {
      weight = -loc - 1;
      inGroup = 0;
      if (!(i === 0 && weight === BODY_WEIGHT)) out.push(loc);
    } else if (weight !== BODY_WEIGHT || inGroup++ === 0) out.push(loc);
  }
  return out;
}

/** A word's pages after the rewrite; a page left with nothing is dropped and its step added to the next. */
function tunePages(pages: readonly PackedPage[], keepMeta: ReadonlySet<number>): PackedPage[] {
  const out: PackedPage[] = [];
  let carried = 0;
  for (const [step, locs, metaLocs] of pages) {
    const tunedLocs = bodyPositions(locs);
    const tunedMeta = keptMetaPositions(metaLocs, keepMeta);
    if (!tunedLocs.some((l) => l >= 0) && !tunedMeta.some((l) => l >= 0)) {
      carried += step;
      continue;
    }
    out.push([step + carried, tunedLocs, tunedMeta]);
    carried = 0;
  }
  return out;
}

/** The words of one chunk after the rewrite, in the same (sorted) order; words left without pages are dropped. */
export function tuneWords(words: readonly PackedWord[], keepMeta: ReadonlySet<number>): PackedWord[] {
  const out: PackedWord[] = [];
  for (const [word, pages, variants] of words) {
    const tunedPages = tunePages(pages, keepMeta);
    const tunedVariants = variants.map(([form, vp]): [string, PackedPage[]] => [form, tunePages(vp, keepMeta)]).filter(([, vp]) => vp.length > 0);
    if (tunedPages.length > 0 || tunedVariants.length > 0) out.push([word, tunedPages, tunedVariants]);
  }
  return out;
}

function locations(word: PackedWord): number {
  const ofPages = (pages: readonly PackedPage[]) => pages.reduce((sum, [, locs, metaLocs]) => sum + locs.length + metaLocs.length + 1, 0);
  return ofPages(word[1]) + word[2].reduce((sum, [, pages]) => sum + ofPages(pages), 0);
}

/**
 * Splits words (in index order) into chunks the way Pagefind does, a chunk closing once it holds `limit`
 * locations, but with the big words on their own: a word of `limit` locations or more starts a new chunk
 * when the current one is half full, so a query for it does not also load the many words before it.
 */
export function chunkWords(words: Iterable<PackedWord>, limit = CHUNK_LOCATIONS): PackedWord[][] {
  const chunks: PackedWord[][] = [];
  let chunk: PackedWord[] = [];
  let size = 0;
  const close = () => {
    chunks.push(chunk);
    chunk = [];
    size = 0;
  };
  for (const word of words) {
    const n = locations(word);
    if (n >= limit && size >= limit / 2) close();
    chunk.push(word);
    size += n;
    if (size >= limit) close();
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

export interface TuneOptions {
  /** The meta fields whose words stay in the index (`SEARCHABLE_META`); the others' positions are dropped. */
  readonly searchableMeta?: readonly string[];
  /** The most locations a chunk may hold (see `CHUNK_LOCATIONS`). */
  readonly chunkLocations?: number;
  /** Whether the pages are renamed by their place (point 5 above); on unless false. */
  readonly positionalPageIds?: boolean;
}

/** How long the tag of positional page ids is, in hex digits. */
const PAGE_TAG_LENGTH = 8;

/**
 * The pages of a metadata file renamed by their place (point 5 above), and the renames to make on their
 * fragment files. A page is `[name, word count, fragment group]`; Pagefind 1.6 writes no groups here (a
 * group would name a file holding many fragments), and a page of another shape fails the build.
 */
export function positionalPageIds(pages: readonly unknown[]): { pages: [string, number, string][]; renames: [string, string][] } {
  const checked = pages.map((page) => {
    if (!Array.isArray(page) || page.length !== 3 || typeof page[0] !== "string" || !Number.isInteger(page[1]) || page[2] !== "")
      throw new Error(`a page Pagefind listed has an unknown shape: ${JSON.stringify(page)}`);
    return page as [string, number, string];
  });
  const tag = createHash("sha1")
    .update(checked.map(([name]) => name).join("\n"))
    .digest("hex")
    .slice(0, PAGE_TAG_LENGTH);
  const renamed = checked.map(([, words, group], i): [string, number, string] => [`${tag}${i.toString(36)}`, words, group]);
  // A new name that is an old one would have one file overwrite another before it is moved.
  const old = new Set(checked.map(([name]) => name));
  if (renamed.some(([name]) => old.has(name))) throw new Error("a page's new name is another page's name in Pagefind's index");
  return { pages: renamed, renames: checked.map(([name], i) => [name, renamed[i]![0]]) };
}

/**
 * The range a chunk is listed with: its first and last word, so that a word of the index is in the range
 * of its own chunk only. Pagefind also finds the longer words a query's word starts ("helse" finds
 * "helsetjenesten"); when this chunk's first word is such a longer form of a word in the chunk before
 * ("kontakt", then "kontaktperson"), the range starts at that word, so that a query for it loads both
 * chunks. It starts no further back than the chunk before, so a query loads at most one chunk more.
 */
export function chunkRange(words: readonly PackedWord[], previous: readonly PackedWord[] | undefined): [string, string] {
  const first = words[0]![0];
  const last = words.at(-1)![0];
  const shorter = previous?.find(([word]) => first.startsWith(word));
  return [shorter ? shorter[0] : first, last];
}

/** The greatest character, so that a word followed by it sorts after every longer form of the word. */
const AFTER_EVERY_FORM = "\u{10FFFF}";

/**
 * The listed ranges with each one's end moved past the longer forms of its last word, unless the next
 * range starts with such a form. A query's word that is not in the index but is a longer form of a word
 * that is (Pagefind looks up the typed word as well as its stem: "arbeidssøkere" beside "arbeidssøker")
 * then falls in the range of that word's chunk. Outside every range, Pagefind loads every chunk whose
 * last word is a prefix of the query's word ("ar", "arbeid", "arbeidssøker": 61 kB instead of 5).
 */
export function rangesWithLongerForms(ranges: readonly (readonly [string, string, string])[]): [string, string, string][] {
  return ranges.map(([from, to, hash], i) => {
    const next = ranges[i + 1]?.[0];
    const open = next === undefined || (next > to && !next.startsWith(to));
    return [from, open ? to + AFTER_EVERY_FORM : to, hash];
  });
}

/** Rewrites the index Pagefind wrote into `dir` (its `pagefind/` folder), in place. */
export function tuneSearchIndex(dir: string, options: TuneOptions = {}): TuneReport {
  const limit = options.chunkLocations ?? CHUNK_LOCATIONS;
  const searchable: readonly string[] = options.searchableMeta ?? SEARCHABLE_META;
  const entryFile = join(dir, "pagefind-entry.json");
  const entry = EntrySchema.parse(JSON.parse(readFileSync(entryFile, "utf8")));
  let chunksBefore = 0;
  let wordsDropped = 0;
  let bytesBefore = 0;
  let bytesAfter = 0;
  let chunksAfter = 0;
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaFile = join(dir, `pagefind.${info.hash}.pf_meta`);
    const meta = MetaSchema.parse(readPagefindFile(metaFile, true));
    const keepMeta = new Set(meta[5].flatMap((field, i) => (searchable.includes(field) ? [i] : [])));
    // The names Pagefind gave are taken too: a new chunk never overwrites one not yet read.
    const taken = new Set(meta[2].map(([, , hash]) => hash));
    const chunks: [string, string, string][] = [];
    let previous: PackedWord[] | undefined;
    const write = (words: PackedWord[]) => {
      const bytes = pagefindBytes([words]);
      const name = contentName(language, bytes, 7, taken);
      writeFileSync(join(dir, "index", `${name}.pf_index`), bytes);
      bytesAfter += bytes.length;
      chunks.push([...chunkRange(words, previous), name]);
      previous = words;
    };
    // One chunk of Pagefind's is read at a time, and the words carried over are at most one chunk's.
    let carried: PackedWord[] = [];
    for (const [, , hash] of meta[2]) {
      const file = join(dir, "index", `${hash}.pf_index`);
      bytesBefore += statSync(file).size;
      chunksBefore += 1;
      const decoded = readPagefindFile(file, chunksBefore === 1);
      const words: unknown[] = Array.isArray(decoded) && Array.isArray(decoded[0]) ? decoded[0] : [];
      if (!words.every(isPackedWord)) throw new Error(`${file}: a word Pagefind wrote has an unknown shape`);
      const tuned = tuneWords(words, keepMeta);
      wordsDropped += words.length - tuned.length;
      rmSync(file);
      const split = chunkWords([...carried, ...tuned], limit);
      carried = split.pop() ?? [];
      for (const chunk of split) write(chunk);
    }
    if (carried.length > 0) write(carried);
    chunksAfter += chunks.length;
    let pages = meta[1];
    if (options.positionalPageIds !== false) {
      const positional = positionalPageIds(meta[1]);
      const fragments = join(dir, "fragment");
      for (const [from, to] of positional.renames) renameSync(join(fragments, `${from}.pf_fragment`), join(fragments, `${to}.pf_fragment`));
      pages = positional.pages;
    }
    const metaBytes = pagefindBytes([meta[0], pages, rangesWithLongerForms(chunks), meta[3], meta[4], meta[5]]);
    const metaName = contentName(language, metaBytes, 10, new Set([info.hash]));
    writeFileSync(join(dir, `pagefind.${metaName}.pf_meta`), metaBytes);
    rmSync(metaFile);
    info.hash = metaName;
  }
  writeFileSync(entryFile, JSON.stringify(entry));
  return { chunksBefore, chunks: chunksAfter, wordsDropped, bytesBefore, bytesAfter };
}
