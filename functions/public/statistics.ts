import { publicStatistics } from "../../shared/contracts/public.ts";
import { registryStatistics } from "../lib/clients.ts";
import { httpHandler } from "../lib/http.ts";

/**
 * Counts over every registered trial, drafts included, for the statistics page: how many have ended and
 * reported results, and how long review took. Only counts leave; no content of an unpublished trial.
 * One stored item, kept by the stream's consumer (`derived-figures.ts`); counted from the trials only for a
 * table in which no trial has changed since the consumer began.
 */
export const handler = httpHandler(publicStatistics, async () => {
  const body = (await registryStatistics.read()) ?? (await registryStatistics.compute());
  return { headers: { "cache-control": "public, max-age=300" }, body };
});
