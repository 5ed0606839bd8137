/**
 * Relevance of the site's search, measured with the judged query set (fixtures/search-judgements.json):
 * nDCG@10, MRR and recall@20 over the queries that have relevant trials, and for the queries that should
 * find nothing, how many found nothing. The pure figures are here; `searchTitles` runs the real search
 * page in Chromium and reads the titles it lists.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";

export interface JudgedQuery {
  readonly q: string;
  readonly kind: string;
  /** Trial title → grade: 2 is what the searcher looked for, 1 is useful. */
  readonly relevant: Readonly<Record<string, number>>;
}

export const JUDGEMENTS_FILE = join(import.meta.dirname, "..", "fixtures", "search-judgements.json");

export function readJudgements(file = JUDGEMENTS_FILE): JudgedQuery[] {
  return (JSON.parse(readFileSync(file, "utf8")) as { queries: JudgedQuery[] }).queries;
}

function dcg(grades: readonly number[]): number {
  return grades.reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0);
}

/** nDCG at k with exponential gain (2^grade − 1): 1 when the best trials come first, in grade order. */
export function ndcgAt(k: number, ranked: readonly string[], relevant: Readonly<Record<string, number>>): number {
  const ideal = dcg(
    Object.values(relevant)
      .sort((a, b) => b - a)
      .slice(0, k),
  );
  if (ideal === 0) return 0;
  return dcg(ranked.slice(0, k).map((title) => relevant[title] ?? 0)) / ideal;
}

/** 1 / the rank of the first relevant trial (either grade), 0 if none is listed. */
export function reciprocalRank(ranked: readonly string[], relevant: Readonly<Record<string, number>>): number {
  const i = ranked.findIndex((title) => (relevant[title] ?? 0) > 0);
  return i < 0 ? 0 : 1 / (i + 1);
}

/** The share of the relevant trials (either grade) listed in the first k. */
export function recallAt(k: number, ranked: readonly string[], relevant: Readonly<Record<string, number>>): number {
  const wanted = Object.keys(relevant).filter((t) => (relevant[t] ?? 0) > 0);
  if (wanted.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return wanted.filter((t) => top.has(t)).length / wanted.length;
}

export interface QueryOutcome {
  readonly q: string;
  readonly kind: string;
  readonly ranked: readonly string[];
  /** How many trials the page said it found. */
  readonly found: number;
  readonly ndcg10: number;
  readonly rr: number;
  readonly recall20: number;
  /** Grade-2 trials not among the first 10. */
  readonly missedBest: readonly string[];
}

export interface RelevanceFigures {
  readonly queries: number;
  readonly ndcg10: number;
  readonly mrr: number;
  readonly recall20: number;
  /** Queries with a grade-2 trial below rank 10 (or not found). */
  readonly bestBelow10: readonly string[];
  /** Queries that should find nothing: how many of them did. */
  readonly emptyQueries: number;
  readonly emptyFoundNothing: number;
  readonly outcomes: readonly QueryOutcome[];
}

export function outcomeFor(query: JudgedQuery, ranked: readonly string[], found: number): QueryOutcome {
  const top10 = new Set(ranked.slice(0, 10));
  return {
    q: query.q,
    kind: query.kind,
    ranked,
    found,
    ndcg10: ndcgAt(10, ranked, query.relevant),
    rr: reciprocalRank(ranked, query.relevant),
    recall20: recallAt(20, ranked, query.relevant),
    missedBest: Object.entries(query.relevant)
      .filter(([title, grade]) => grade >= 2 && !top10.has(title))
      .map(([title]) => title),
  };
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/**
 * The figures over a set of outcomes. Only judged trials that exist in the searched site count (so a site
 * without some of them is not blamed for them), and queries without any such trial are the "find nothing" ones.
 */
export function relevanceFigures(queries: readonly JudgedQuery[], outcomes: readonly QueryOutcome[]): RelevanceFigures {
  const judged = outcomes.filter((_, i) => Object.keys(queries[i]!.relevant).length > 0);
  const empty = outcomes.filter((_, i) => Object.keys(queries[i]!.relevant).length === 0);
  return {
    queries: judged.length,
    ndcg10: mean(judged.map((o) => o.ndcg10)),
    mrr: mean(judged.map((o) => o.rr)),
    recall20: mean(judged.map((o) => o.recall20)),
    bestBelow10: judged.filter((o) => o.missedBest.length > 0).map((o) => o.q),
    emptyQueries: empty.length,
    emptyFoundNothing: empty.filter((o) => o.found === 0).length,
    outcomes,
  };
}

/** Keeps only the judged trials the site has (by title), e.g. for a site built from other data. */
export function judgementsFor(queries: readonly JudgedQuery[], titles: ReadonlySet<string>): JudgedQuery[] {
  return queries.map((query) => ({ ...query, relevant: Object.fromEntries(Object.entries(query.relevant).filter(([title]) => titles.has(title))) }));
}

const DONE = /utprøving(er)? funnet$|Fant ingen/;

/**
 * Searches as a reader does: opens the search page with the query in its address, or, on the search page
 * already, types the query in its field and sends it; waits for the results, shows one more page when there is
 * one (for recall@20), and reads the titles in order and the count.
 */
export async function searchTitles(page: Page, origin: string, q: string, depth = 20): Promise<{ ranked: string[]; found: number }> {
  const onSearchPage = page.url().startsWith(`${origin}/`) && new URL(page.url()).pathname === "/";
  if (onSearchPage) {
    const input = page.locator("form[data-search-form] input[name=q]");
    await input.fill(q);
    await input.press("Enter");
    // The query is in the address before the search starts, and the status says «Søker …» until it ends.
    await page.waitForURL((url) => url.searchParams.get("q") === q.trim());
  } else {
    await page.goto(`${origin}/?q=${encodeURIComponent(q)}`);
  }
  const status = page.locator("[data-search-status]").filter({ hasText: DONE });
  await status.waitFor();
  const text = (await status.textContent()) ?? "";
  const found = /^Fant ingen/.test(text) ? 0 : Number(text.replace(/\D/g, ""));
  const items = page.locator("[data-search-results] > li");
  const more = page.locator("[data-search-more]");
  while ((await items.count()) < depth && (await more.isVisible())) {
    const before = await items.count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll("[data-search-results] > li").length > n, before);
  }
  const ranked = (await page.locator("[data-search-results] > li h2 a").allTextContents()).slice(0, depth);
  return { ranked, found };
}

/** Runs every judged query through the search page, one after another in one page, and returns the figures. */
export async function measureRelevance(page: Page, origin: string, queries: readonly JudgedQuery[]): Promise<RelevanceFigures> {
  const outcomes: QueryOutcome[] = [];
  for (const query of queries) {
    const { ranked, found } = await searchTitles(page, origin, query.q);
    outcomes.push(outcomeFor(query, ranked, found));
  }
  return relevanceFigures(queries, outcomes);
}
