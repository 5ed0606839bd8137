import { WithdrawBodySchema } from "../../shared/domain/review.ts";
import { withdrawWrite } from "../../shared/services/pilot-actions.ts";
import { pilots } from "../lib/clients.ts";
import { config } from "../lib/config.ts";
import { etag, httpHandler, pathParam, requireIfMatch, requirePrincipal } from "../lib/http.ts";
import { allow } from "../lib/pilot-access.ts";

export const handler = httpHandler("POST /api/pilots/{id}/withdraw", { body: WithdrawBodySchema }, async (request) => {
  const actor = requirePrincipal(request);
  const expected = requireIfMatch(request);
  const current = await pilots.require(pathParam(request, "id"));
  allow(current, "withdraw", actor);
  const saved = await pilots.write(current.id, expected, withdrawWrite(actor, request.body.reason, config.tableName));
  return { status: 200, body: saved, headers: { etag: etag(saved.version) } };
});
