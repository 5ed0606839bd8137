import { getReview } from "../../shared/contracts/review.ts";
import { diffContent } from "../../shared/domain/diff.ts";
import { PilotCompleteSchema } from "../../shared/domain/pilot.ts";
import { outcomeSwitch } from "../../shared/domain/public-trial/projection.ts";
import { fieldErrors } from "../../shared/domain/errors.ts";
import { publishedSnapshot } from "../../shared/application/pilot-workflow.ts";
import { pilots } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";

/** What a curator needs to decide: the trial, planned against reported outcomes, and what changed since publication. */
export const handler = httpHandler(getReview, async (request) => {
  const pilot = await pilots.require(request.params.id);
  const published = pilot.hasPendingChanges ? await publishedSnapshot(pilots, pilot) : undefined;
  const completeness = PilotCompleteSchema.safeParse(pilot.content);
  return {
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
