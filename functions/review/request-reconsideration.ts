import { requestReconsideration } from "../../shared/api/review.ts";
import { requestReconsiderationWrite } from "../../shared/services/pilot-actions.ts";
import { ConflictError } from "../../shared/errors.ts";
import { pilots } from "../lib/clients.ts";
import { config } from "../lib/config.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { allow } from "../lib/pilot-access.ts";

export const handler = httpHandler(requestReconsideration, async (request) => {
  const actor = request.principal;
  const expected = request.ifMatch;
  const current = await pilots.require(request.params.id);
  allow(current, "request_reconsideration", actor);
  // One open request per trial; two requests sent from the same version are kept apart by If-Match.
  if ((await pilots.listReconsiderations(current.id)).some((r) => r.status === "open")) {
    throw new ConflictError("Det finnes allerede en åpen forespørsel om ny vurdering av denne utprøvingen. Du kan sende en ny når kuratoren har svart.");
  }
  const saved = await pilots.write(current.id, expected, requestReconsiderationWrite(actor, request.body.comment, config.tableName));
  return { body: saved, headers: { etag: etag(saved.version) } };
});
