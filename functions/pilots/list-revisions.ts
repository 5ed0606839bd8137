import { ForbiddenError } from "../../shared/errors.ts";
import { pilots } from "../lib/clients.ts";
import { httpHandler, pathParam, requirePrincipal } from "../lib/http.ts";
import { seesWorkingCopy } from "../lib/pilot-access.ts";

export const handler = httpHandler("GET /api/pilots/{id}/revisions", {}, async (request) => {
  const actor = requirePrincipal(request);
  const pilot = await pilots.require(pathParam(request, "id"));
  if (!seesWorkingCopy(pilot, actor)) throw new ForbiddenError("Bare kontoret som eier utprøvingen og kuratorer kan se versjonene");
  const page = await pilots.listRevisions(pilot.id, { limit: 200 });
  return { status: 200, body: { items: page.items } };
});
