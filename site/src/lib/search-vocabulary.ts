import { TOKEN_PATTERN } from "../../../shared/domain/synonyms.ts";

/**
 * "Mente du …?": the words of the index, built once at build time and fetched by the search page only
 * when a query finds nothing or little, and the pure function that picks the nearest known words for a
 * misspelt one.
 */

/** Where the site build writes the vocabulary (under the site's root). */
export const VOCABULARY_PATH = "sok/ordliste.json";
/** The most words the file holds: the most used ones are kept. */
export const VOCABULARY_MAX_WORDS = 15_000;
const MIN_LENGTH = 3;

export interface Vocabulary {
  /** Lower-case words, the most used first. */
  readonly words: readonly string[];
}

const WORD = /[\p{L}\p{N}]+/gu;

export function vocabularyWords(text: string): string[] {
  return (text.toLocaleLowerCase("nb").match(WORD) ?? []).filter((w) => w.length >= MIN_LENGTH && !/^\d+$/.test(w) && !TOKEN_PATTERN.test(w));
}

type VocabularyRecord = { readonly sections: readonly { readonly text: string }[] };

/** Adds a record's words to word counts (each word once per record), or takes them out with `sign` -1. */
export function countWords(counts: Map<string, number>, record: VocabularyRecord, sign: 1 | -1 = 1): void {
  const seen = new Set<string>();
  for (const section of record.sections) for (const word of vocabularyWords(section.text)) seen.add(word);
  for (const word of seen) {
    const count = (counts.get(word) ?? 0) + sign;
    if (count > 0) counts.set(word, count);
    else counts.delete(word);
  }
}

/** The vocabulary of word counts: the most used first. */
export function vocabularyOf(counts: ReadonlyMap<string, number>, max = VOCABULARY_MAX_WORDS): Vocabulary {
  const words = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "nb"))
    .slice(0, max)
    .map(([w]) => w);
  return { words };
}

/** The vocabulary of a set of records: each word counted once per record, the most used first. */
export function buildVocabulary(records: readonly VocabularyRecord[], max = VOCABULARY_MAX_WORDS): Vocabulary {
  const counts = new Map<string, number>();
  for (const record of records) countWords(counts, record);
  return vocabularyOf(counts, max);
}

/** Edit distance with transpositions (optimal string alignment), stopping early beyond `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    rows.push([i]);
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(value);
      best = Math.min(best, value);
    }
    if (i > 0 && best > limit) return limit + 1;
  }
  return rows[a.length]![b.length]!;
}

/** Whether the index knows a word: as it is, or as the start of a longer word (Pagefind matches prefixes). */
export function isKnown(word: string, vocabulary: Vocabulary): boolean {
  const w = word.toLocaleLowerCase("nb");
  return vocabulary.words.some((v) => v === w || (w.length >= 4 && v.startsWith(w)));
}

/** The known words nearest to a word: one edit for short words, two for long ones; the most used first. */
export function nearestWords(word: string, vocabulary: Vocabulary, max = 3): string[] {
  const w = word.toLocaleLowerCase("nb");
  const limit = w.length <= 5 ? 1 : 2;
  const found: { word: string; distance: number; rank: number }[] = [];
  vocabulary.words.forEach((candidate, rank) => {
    if (candidate === w) return;
    const distance = editDistance(w, candidate, limit);
    if (distance <= limit) found.push({ word: candidate, distance, rank });
  });
  return found
    .sort((a, b) => a.distance - b.distance || a.rank - b.rank)
    .slice(0, max)
    .map((f) => f.word);
}

/**
 * Queries to offer instead of the given one: each unknown word replaced by its nearest known word, the
 * best combination first. Empty when every word is known or nothing is near.
 */
export function suggestions(query: string, vocabulary: Vocabulary, max = 3): string[] {
  const parts = query.trim().split(/\s+/).filter(Boolean);
  const options = parts.map((part) => {
    const clean = part.toLocaleLowerCase("nb").replace(/[^\p{L}\p{N}-]/gu, "");
    if (clean.length < MIN_LENGTH || isKnown(clean, vocabulary)) return [part];
    return nearestWords(clean, vocabulary, max);
  });
  if (options.some((o) => o.length === 0) || options.every((o, i) => o.length === 1 && o[0] === parts[i])) return [];
  const result: string[] = [];
  for (let choice = 0; choice < max; choice += 1) {
    const words = options.map((o) => o[Math.min(choice, o.length - 1)]!);
    const text = words.join(" ");
    if (!result.includes(text)) result.push(text);
  }
  return result;
}

/** The shortest known word a longer form may be taken for ("fagbrev" for "fagbrevet"). */
const STEM_MIN = 5;
/** The most letters a form may add to a known word ("velferdsobligasjon" + "er"). */
const STEM_ENDING = 3;

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

/**
 * Whether a word is in the index as it is, as the start of a longer word, or as another form of a known word:
 * the known word (five letters or more) followed by up to three letters ("fagbrevet"), or the same word with
 * another ending of up to two letters ("utplasseringer" for "utplasseringen"). Pagefind's stemming finds those.
 */
export function isKnownForm(word: string, vocabulary: Vocabulary): boolean {
  const w = word.toLocaleLowerCase("nb");
  if (isKnown(w, vocabulary)) return true;
  return vocabulary.words.some(
    (v) =>
      (v.length >= STEM_MIN && w.length - v.length <= STEM_ENDING && w.startsWith(v)) ||
      (Math.abs(v.length - w.length) <= STEM_ENDING && commonPrefix(w, v) >= Math.max(STEM_MIN, w.length - 2)),
  );
}

export type Correction =
  /** Every word is known (or too short or a number to judge): search as typed. */
  | { readonly kind: "known" }
  /** The query with each unknown word replaced by the nearest known word. */
  | { readonly kind: "corrected"; readonly query: string }
  /** A word the index does not hold, nor anything near it: nothing can be found. */
  | { readonly kind: "absent"; readonly words: readonly string[] };

/**
 * What to search for instead of a query, as the large search engines do: each word the index does not know
 * is replaced by the nearest word it knows (`nearestWords`); a word with nothing near makes the query one
 * that finds nothing, rather than one answered by loose partial matches.
 */
export function correctQuery(query: string, vocabulary: Vocabulary): Correction {
  const parts = query.trim().split(/\s+/).filter(Boolean);
  const absent: string[] = [];
  let changed = false;
  const words = parts.map((part) => {
    const clean = part.toLocaleLowerCase("nb").replace(/[^\p{L}\p{N}-]/gu, "");
    if (clean.length < MIN_LENGTH || /\d/.test(clean) || clean.includes("-") || isKnownForm(clean, vocabulary)) return part;
    const nearest = nearestWords(clean, vocabulary, 1)[0];
    if (!nearest) absent.push(part);
    else changed = true;
    return nearest ?? part;
  });
  if (absent.length > 0) return { kind: "absent", words: absent };
  return changed ? { kind: "corrected", query: words.join(" ") } : { kind: "known" };
}
