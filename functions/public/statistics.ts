import { publicStatistics } from "../../shared/api/public.ts";
import { PILOT_STATES } from "../../shared/domain/taxonomy.ts";
import { registryStatistics, type RegistryEntry } from "../../shared/public/aggregates-statistics.ts";
import { pilots } from "../lib/clients.ts";
import { httpHandler } from "../lib/http.ts";

/**
 * Counts over every registered trial, drafts included, for the statistics page: how many have ended and
 * reported results, and how long review took. Only counts leave; no content of an unpublished trial.
 * Read per workflow state through the state index (the site build calls it once per build).
 */
export const handler = httpHandler(publicStatistics, async () => {
  const entries: RegistryEntry[] = [];
  for (const { code } of PILOT_STATES) {
    for (const p of await pilots.allByState(code)) {
      entries.push({ state: p.state, trialStatus: p.content.trialStatus, hasResults: p.content.results !== undefined, submittedAt: p.submittedAt, publishedAt: p.publishedAt });
    }
  }
  return { headers: { "cache-control": "public, max-age=300" }, body: registryStatistics(entries, new Date().toISOString()) };
});
