import { diffRevisions } from "../../shared/contracts/pilots.ts";
import { diffContent } from "../../shared/domain/diff.ts";
import { ForbiddenError, NotFoundError } from "../../shared/domain/errors.ts";
import { pilots } from "../lib/clients.ts";
import { httpHandler } from "../lib/http.ts";
import { seesWorkingCopy } from "../../shared/domain/workflow.ts";

export const handler = httpHandler(diffRevisions, async (request) => {
  const { id, a, b } = request.params;
  const pilot = await pilots.require(id);
  if (!seesWorkingCopy(pilot, request.principal)) throw new ForbiddenError("Bare kontoret som eier utprøvingen og kuratorer kan se versjonene");
  const [from, to] = await Promise.all([pilots.getRevision(pilot.id, a), pilots.getRevision(pilot.id, b)]);
  if (!from || !to) throw new NotFoundError(`Fant ikke versjon ${!from ? a : b}`);
  return { body: { id: pilot.id, from: a, to: b, changes: diffContent(from.snapshot.content, to.snapshot.content) } };
});
