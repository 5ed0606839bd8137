import { requestChanges } from "../../shared/api/review.ts";
import { requestChangesWrite } from "../../shared/services/pilot-actions.ts";
import { pilots } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { allow } from "../lib/pilot-access.ts";

export const handler = httpHandler(requestChanges, async (request) => {
  const actor = request.principal;
  const expected = request.ifMatch;
  const current = await pilots.require(request.params.id);
  allow(current, "request_changes", actor);
  const saved = await pilots.write(current.id, expected, requestChangesWrite(actor, request.body.comment));
  return { body: saved, headers: { etag: etag(saved.version) } };
});
