import { publishPilot } from "../../shared/api/review.ts";
import { ValidationError } from "../../shared/errors.ts";
import { publishWrite } from "../../shared/services/pilot-actions.ts";
import { catalog, pilots } from "../lib/clients.ts";
import { config } from "../lib/config.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { allow } from "../lib/pilot-access.ts";

export const handler = httpHandler(publishPilot, async (request) => {
  const actor = request.principal;
  const expected = request.ifMatch;
  const current = await pilots.require(request.params.id);
  allow(current, "publish", actor);
  const method = await catalog.resolveMethod(request.body.methodId);
  if (!method) throw new ValidationError("Metoden finnes ikke", [{ pointer: "/methodId", message: "Velg en metode som finnes, eller opprett den først" }]);
  const saved = await pilots.write(current.id, expected, publishWrite(actor, { ...request.body, methodId: method.id }, config.tableName));
  return { body: saved, headers: { etag: etag(saved.version) } };
});
