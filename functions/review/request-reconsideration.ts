import { requestReconsideration } from "../../shared/api/review.ts";
import { requestReconsiderationWrite } from "../../shared/services/pilot-actions.ts";
import { pilots } from "../lib/clients.ts";
import { config } from "../lib/config.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { allow } from "../lib/pilot-access.ts";

export const handler = httpHandler(requestReconsideration, async (request) => {
  const actor = request.principal;
  const expected = request.ifMatch;
  const current = await pilots.require(request.params.id);
  allow(current, "request_reconsideration", actor);
  const saved = await pilots.write(current.id, expected, requestReconsiderationWrite(actor, request.body.comment, config.tableName));
  return { body: saved, headers: { etag: etag(saved.version) } };
});
