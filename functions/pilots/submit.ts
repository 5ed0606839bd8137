import { PilotCompleteSchema } from "../../shared/domain/pilot.ts";
import { pilots } from "../lib/clients.ts";
import { etag, httpHandler, parseOrThrow, pathParam, requireIfMatch, requirePrincipal } from "../lib/http.ts";
import { allow } from "../lib/pilot-access.ts";

export const handler = httpHandler("POST /api/pilots/{id}/submit", {}, async (request) => {
  const actor = requirePrincipal(request);
  const expected = requireIfMatch(request);
  const current = await pilots.require(pathParam(request, "id"));
  const to = allow(current, "submit", actor);
  // Every missing field at once, with pointers into the trial's content.
  parseOrThrow(PilotCompleteSchema, current.content, "Utprøvingen mangler opplysninger før den kan sendes til vurdering");
  const saved = await pilots.write(current.id, expected, {
    action: "submit",
    actor,
    next: (pilot, now) => ({ ...pilot, state: to, submittedAt: now }),
  });
  return { status: 200, body: saved, headers: { etag: etag(saved.version) } };
});
