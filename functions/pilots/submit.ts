import { submitPilot } from "../../shared/api/pilots.ts";
import { PilotCompleteSchema } from "../../shared/domain/pilot.ts";
import { pilots } from "../lib/clients.ts";
import { etag, httpHandler, parseOrThrow } from "../lib/http.ts";
import { allow } from "../lib/pilot-access.ts";

export const handler = httpHandler(submitPilot, async (request) => {
  const actor = request.principal;
  const current = await pilots.require(request.params.id);
  const to = allow(current, "submit", actor);
  // Every missing field at once, with pointers into the trial's content.
  parseOrThrow(PilotCompleteSchema, current.content, "Utprøvingen mangler opplysninger før den kan sendes til vurdering");
  const saved = await pilots.write(current.id, request.ifMatch, {
    action: "submit",
    actor,
    next: (pilot, now) => ({ ...pilot, state: to, submittedAt: now }),
  });
  return { body: saved, headers: { etag: etag(saved.version) } };
});
