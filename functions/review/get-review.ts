import { diffContent } from "../../shared/domain/diff.ts";
import { PilotCompleteSchema } from "../../shared/domain/pilot.ts";
import { outcomeSwitch } from "../../shared/public/projection.ts";
import { fieldErrors } from "../lib/http.ts";
import { pilots } from "../lib/clients.ts";
import { etag, httpHandler, pathParam } from "../lib/http.ts";
import { publishedSnapshot } from "../lib/published.ts";

/** What a curator needs to decide: the trial, planned against reported outcomes, and what changed since publication. */
export const handler = httpHandler("GET /api/pilots/{id}/review", {}, async (request) => {
  const pilot = await pilots.require(pathParam(request, "id"));
  const published = pilot.hasPendingChanges ? await publishedSnapshot(pilot) : undefined;
  const completeness = PilotCompleteSchema.safeParse(pilot.content);
  return {
    status: 200,
    headers: { etag: etag(pilot.version) },
    body: {
      pilot,
      outcomeSwitch: outcomeSwitch(pilot.content),
      plannedOutcomes: pilot.content.plannedOutcomes ?? [],
      reportedMeasures: pilot.content.results?.measures ?? [],
      changesSincePublished: published ? diffContent(published.content, pilot.content) : null,
      publishedVersion: pilot.publishedVersion ?? null,
      missingFields: completeness.success ? [] : fieldErrors(completeness.error),
    },
  };
});
