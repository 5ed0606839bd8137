/**
 * How the search page orders the hits of a query ("Beste treff"), besides the weights of the parts of a
 * record (`SECTION_WEIGHT`, `SYNONYM_SHARE` in search-records.ts): Pagefind's documented ranking options,
 * and the order among equally good hits.
 */

/**
 * Pagefind's ranking (https://pagefind.app/docs/ranking/). A record is a trial, not a long page: a word
 * repeated in the text says a little about what the trial is about (`termFrequency`), a longer record is
 * not worth much less (`pageLength`), repeats stop counting early (`termSaturation`), and a longer form
 * than the word typed counts clearly less than the word itself (`termSimilarity`).
 */
export const RANKING = { termFrequency: 1.0, pageLength: 0.1, termSaturation: 1.4, termSimilarity: 8.0 } as const;

/** Scores within this share of each other are a tie. */
export const TIE = 0.02;

export interface Ranked<T> {
  readonly score: number;
  readonly item: T;
  /** The record's meta: `dokumentert` (0–5) and `start` (the start year). */
  readonly meta: Readonly<Record<string, string | undefined>>;
}

/**
 * The hits in order, with each run of equally good hits (scores within `TIE` of the run's best) ordered
 * better documented first, then newest first. Pagefind's order is kept otherwise.
 */
export function breakTies<T>(hits: readonly Ranked<T>[]): Ranked<T>[] {
  const out: Ranked<T>[] = [];
  let run: Ranked<T>[] = [];
  const flush = () => {
    out.push(
      ...run
        .map((hit, i) => ({ hit, i }))
        .sort((a, b) => num(b.hit.meta.dokumentert) - num(a.hit.meta.dokumentert) || num(b.hit.meta.start) - num(a.hit.meta.start) || a.i - b.i)
        .map((x) => x.hit),
    );
    run = [];
  };
  for (const hit of hits) {
    const best = run[0]?.score;
    if (best !== undefined && best - hit.score > Math.abs(best) * TIE) flush();
    run.push(hit);
  }
  flush();
  return out;
}

function num(value: string | undefined): number {
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
}
