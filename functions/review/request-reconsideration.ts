import { ReconsiderationBodySchema } from "../../shared/domain/review.ts";
import { requestReconsiderationWrite } from "../../shared/services/pilot-actions.ts";
import { pilots } from "../lib/clients.ts";
import { config } from "../lib/config.ts";
import { etag, httpHandler, pathParam, requireIfMatch, requirePrincipal } from "../lib/http.ts";
import { allow } from "../lib/pilot-access.ts";

export const handler = httpHandler("POST /api/pilots/{id}/reconsideration", { body: ReconsiderationBodySchema }, async (request) => {
  const actor = requirePrincipal(request);
  const expected = requireIfMatch(request);
  const current = await pilots.require(pathParam(request, "id"));
  allow(current, "request_reconsideration", actor);
  const saved = await pilots.write(current.id, expected, requestReconsiderationWrite(actor, request.body.comment, config.tableName));
  return { status: 202, body: saved, headers: { etag: etag(saved.version) } };
});
