import { answerReconsideration } from "../../shared/api/review.ts";
import { ConflictError, NotFoundError } from "../../shared/errors.ts";
import { answerReconsiderationWrite } from "../../shared/services/pilot-actions.ts";
import { pilots } from "../lib/clients.ts";
import { config } from "../lib/config.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { allow } from "../lib/pilot-access.ts";
import { publishedSnapshot } from "../lib/published.ts";

export const handler = httpHandler(answerReconsideration, async (request) => {
  const actor = request.principal;
  const expected = request.ifMatch;
  const current = await pilots.require(request.params.id);
  allow(current, "answer_reconsideration", actor);
  const pending = await pilots.getReconsideration(current.id, request.body.requestedAt);
  if (!pending) throw new NotFoundError("Fant ingen slik forespørsel om ny vurdering");
  if (pending.status !== "open") throw new ConflictError("Forespørselen er allerede besvart");
  const published = await publishedSnapshot(current);
  if (!published) throw new ConflictError("Utprøvingen er ikke publisert");
  const saved = await pilots.write(current.id, expected, answerReconsiderationWrite(actor, request.body, published, pending, config.tableName));
  return { body: saved, headers: { etag: etag(saved.version) } };
});
