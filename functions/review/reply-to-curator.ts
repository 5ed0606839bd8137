import { replyToCurator } from "../../shared/api/review.ts";
import { replyToCuratorWrite } from "../../shared/services/pilot-actions.ts";
import { pilots } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { allow } from "../lib/pilot-access.ts";

export const handler = httpHandler(replyToCurator, async (request) => {
  const actor = request.principal;
  const current = await pilots.require(request.params.id);
  allow(current, "reply_to_curator", actor);
  const saved = await pilots.write(current.id, request.ifMatch, replyToCuratorWrite(actor, request.body.message));
  return { body: saved, headers: { etag: etag(saved.version) } };
});
