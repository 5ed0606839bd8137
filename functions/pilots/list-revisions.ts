import { listRevisions } from "../../shared/contracts/pilots.ts";
import { ForbiddenError } from "../../shared/domain/errors.ts";
import { pilots } from "../lib/clients.ts";
import { httpHandler } from "../lib/http.ts";
import { seesWorkingCopy } from "../../shared/domain/workflow.ts";

export const handler = httpHandler(listRevisions, async (request) => {
  const pilot = await pilots.require(request.params.id);
  if (!seesWorkingCopy(pilot, request.principal)) throw new ForbiddenError("Bare kontoret som eier utprøvingen og kuratorer kan se versjonene");
  const page = await pilots.listRevisions(pilot.id, { limit: 200 });
  return { body: { items: page.items } };
});
