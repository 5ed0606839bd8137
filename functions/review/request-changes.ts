import { RequestChangesBodySchema } from "../../shared/domain/review.ts";
import { requestChangesWrite } from "../../shared/services/pilot-actions.ts";
import { pilots } from "../lib/clients.ts";
import { etag, httpHandler, pathParam, requireIfMatch, requirePrincipal } from "../lib/http.ts";
import { allow } from "../lib/pilot-access.ts";

export const handler = httpHandler("POST /api/pilots/{id}/request-changes", { body: RequestChangesBodySchema }, async (request) => {
  const actor = requirePrincipal(request);
  const expected = requireIfMatch(request);
  const current = await pilots.require(pathParam(request, "id"));
  allow(current, "request_changes", actor);
  const saved = await pilots.write(current.id, expected, requestChangesWrite(actor, request.body.comment));
  return { status: 200, body: saved, headers: { etag: etag(saved.version) } };
});
