import { PublishBodySchema } from "../../shared/domain/review.ts";
import { ValidationError } from "../../shared/errors.ts";
import { publishWrite } from "../../shared/services/pilot-actions.ts";
import { catalog, pilots } from "../lib/clients.ts";
import { config } from "../lib/config.ts";
import { etag, httpHandler, pathParam, requireIfMatch, requirePrincipal } from "../lib/http.ts";
import { allow } from "../lib/pilot-access.ts";

export const handler = httpHandler("POST /api/pilots/{id}/publish", { body: PublishBodySchema }, async (request) => {
  const actor = requirePrincipal(request);
  const expected = requireIfMatch(request);
  const current = await pilots.require(pathParam(request, "id"));
  allow(current, "publish", actor);
  const method = await catalog.resolveMethod(request.body.methodId);
  if (!method) throw new ValidationError("Metoden finnes ikke", [{ pointer: "/methodId", message: "Velg en metode som finnes, eller opprett den først" }]);
  const saved = await pilots.write(current.id, expected, publishWrite(actor, { ...request.body, methodId: method.id }, config.tableName));
  return { status: 200, body: saved, headers: { etag: etag(saved.version) } };
});
