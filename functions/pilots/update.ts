import { PilotContentSchema } from "../../shared/domain/pilot.ts";
import { pilotSlug } from "../../shared/domain/slug.ts";
import { pilots } from "../lib/clients.ts";
import { etag, httpHandler, pathParam, requireIfMatch, requirePrincipal } from "../lib/http.ts";
import { allow } from "../lib/pilot-access.ts";

export const handler = httpHandler("PUT /api/pilots/{id}", { body: PilotContentSchema }, async (request) => {
  const actor = requirePrincipal(request);
  const expected = requireIfMatch(request);
  const current = await pilots.require(pathParam(request, "id"));
  allow(current, "edit", actor);
  const content = request.body;
  const saved = await pilots.write(current.id, expected, {
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
  return { status: 200, body: saved, headers: { etag: etag(saved.version) } };
});
