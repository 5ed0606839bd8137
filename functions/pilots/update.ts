import { updatePilot } from "../../shared/api/pilots.ts";
import { pilotSlug } from "../../shared/domain/slug.ts";
import { pilots } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { requireKnownPartnerOffices } from "../lib/partner-offices.ts";
import { allow } from "../lib/pilot-access.ts";

export const handler = httpHandler(updatePilot, async (request) => {
  const actor = request.principal;
  const current = await pilots.require(request.params.id);
  allow(current, "edit", actor);
  const content = request.body;
  await requireKnownPartnerOffices(content, current.officeId);
  const saved = await pilots.write(current.id, request.ifMatch, {
    action: "update",
    actor,
    next: (pilot) => ({
      ...pilot,
      content,
      // An edit of a published trial waits for a curator; the public version stays as it is.
      ...(pilot.publishedVersion !== undefined ? { hasPendingChanges: true } : {}),
      // The slug follows the title until the trial is first published; then its address is kept.
      slug: pilot.publishedVersion === undefined ? pilotSlug(content.title, pilot.id) : pilot.slug,
    }),
  });
  return { body: saved, headers: { etag: etag(saved.version) } };
});
