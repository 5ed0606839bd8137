import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { chromium } from "playwright-core";
import { judgementsFor, measureRelevance, readJudgements, type RelevanceFigures } from "./search-relevance.ts";
import { fmt, goal, type Goal, type Section } from "./report.ts";
import { CHROMIUM, CHROMIUM_ARGS } from "./site.ts";
import { serveSite } from "./static-server.ts";

/** The goals the judged queries are held to, on the sample and at scale. */
export const RELEVANCE_GOALS = { ndcg10: 0.85, mrr: 0.8 } as const;

/**
 * The judged queries (fixtures/search-judgements.json) through each built site's search page in Chromium:
 * nDCG@10, MRR and recall@20, the queries whose best trial is not in the first ten, and the queries that
 * should find nothing. A site built from more data holds the sample's trials among its own (`withSampleTrials`).
 */
export async function relevanceSection(options: { siteDirs: readonly string[]; log: (m: string) => void }): Promise<Section> {
  const sites = options.siteDirs.filter((d) => existsSync(join(d, "index.html")));
  const rows: (string | number)[][] = [];
  const goals: Goal[] = [];
  const data: { siteDir: string; trials: number; figures: Omit<RelevanceFigures, "outcomes">; outcomes: RelevanceFigures["outcomes"] }[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const siteDir of sites) {
      const items = (JSON.parse(readFileSync(join(siteDir, "data", "utprovinger.json"), "utf8")) as { items: { title: string }[] }).items;
      const queries = judgementsFor(readJudgements(), new Set(items.map((p) => p.title)));
      options.log(`Judged queries in Chromium over ${siteDir} (${queries.length} queries)`);
      const site = await serveSite(siteDir);
      const page = await browser.newPage();
      try {
        const { outcomes, ...figures } = await measureRelevance(page, site.url, queries);
        const name = `${fmt.int(items.length)} trials`;
        rows.push([
          name,
          figures.queries,
          figures.ndcg10.toFixed(3),
          figures.mrr.toFixed(3),
          figures.recall20.toFixed(3),
          figures.bestBelow10.join(", ") || "none",
          `${figures.emptyFoundNothing} of ${figures.emptyQueries}`,
        ]);
        // The goals hold on the sample, where every trial is judged; at scale the generated trials are not, and
        // those about the same things count as misses, so the figures there show a trend, not a goal.
        if (basename(siteDir) === "bench-site-sample")
          goals.push(
            goal(
              `Search nDCG@10 over the judged queries (${name})`,
              `≥ ${RELEVANCE_GOALS.ndcg10}`,
              figures.ndcg10.toFixed(3),
              figures.ndcg10 >= RELEVANCE_GOALS.ndcg10,
            ),
            goal(`Search MRR over the judged queries (${name})`, `≥ ${RELEVANCE_GOALS.mrr}`, figures.mrr.toFixed(3), figures.mrr >= RELEVANCE_GOALS.mrr),
            goal(`No judged query with its best trial below rank 10 (${name})`, "0", String(figures.bestBelow10.length), figures.bestBelow10.length === 0),
          );
        data.push({ siteDir, trials: items.length, figures, outcomes });
      } finally {
        await page.close();
        await site.close();
      }
    }
  } finally {
    await browser.close();
  }
  return {
    title: "Search relevance (judged queries)",
    note: "fixtures/search-judgements.json: queries graded against the sample trials (2 = what the searcher looked for, 1 = useful), run through the search page in headless Chromium as a reader types them (`?q=`, then «Vis flere» up to 20). nDCG@10 with gain 2^grade − 1, MRR of the first relevant trial, recall@20; averaged over the queries with relevant trials. The larger build holds the sample's trials among the generated ones; those are not judged, so a generated trial about the same thing counts as a miss there, and the goals are held on the sample.",
    headers: ["site", "queries", "nDCG@10", "MRR", "recall@20", "grade-2 trial below rank 10", "found nothing, of those that should"],
    rows,
    goals: goals.length ? goals : [goal("Search nDCG@10 over the judged queries", `≥ ${RELEVANCE_GOALS.ndcg10}`, "–", undefined)],
    data,
  };
}
