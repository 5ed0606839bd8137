import { withdrawPilot } from "../../shared/api/review.ts";
import { withdrawWrite } from "../../shared/services/pilot-actions.ts";
import { pilots } from "../lib/clients.ts";
import { config } from "../lib/config.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { allow } from "../lib/pilot-access.ts";

export const handler = httpHandler(withdrawPilot, async (request) => {
  const actor = request.principal;
  const expected = request.ifMatch;
  const current = await pilots.require(request.params.id);
  allow(current, "withdraw", actor);
  const saved = await pilots.write(current.id, expected, withdrawWrite(actor, request.body.reason, config.tableName));
  return { body: saved, headers: { etag: etag(saved.version) } };
});
