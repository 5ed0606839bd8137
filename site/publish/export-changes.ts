import type { PublicPilot } from "../../shared/domain/public-trial/public-pilot.ts";
import { fetchMethods, fetchOffices, fetchPilotPages, fetchRubric } from "../src/loaders/export-source.ts";
import { fetchRegistryStatistics } from "../src/lib/registry-statistics.ts";
import type { ExportChange } from "./publisher.ts";

/**
 * What changed in the public export since a time: the trials changed or withdrawn since then (the export's
 * `updatedSince`, tombstones included), and the small catalogues and the registry's counts whole. `asOf` is
 * the time to ask from next: anything changed while this was read is read again then, never missed.
 */
export async function fetchExportChange(exportUrl: string, since: string, fetchImpl: typeof fetch = fetch): Promise<{ change: ExportChange; asOf: string }> {
  const source = { url: exportUrl.replace(/\/+$/, "") };
  const upserted: PublicPilot[] = [];
  const deleted: string[] = [];
  let asOf: string | undefined;
  for await (const page of fetchPilotPages(source, since, fetchImpl)) {
    asOf ??= page.asOf;
    for (const item of page.items) {
      if ("deleted" in item) deleted.push(item.id);
      else upserted.push(item);
    }
  }
  const [methods, offices, rubric, registry] = await Promise.all([
    fetchMethods(source, fetchImpl),
    fetchOffices(source, fetchImpl),
    fetchRubric(source, fetchImpl),
    fetchRegistryStatistics(source.url, fetchImpl),
  ]);
  return { change: { upserted, deleted, methods, offices, rubric, registry }, asOf: asOf ?? since };
}
