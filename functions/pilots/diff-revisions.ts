import * as z from "zod";
import { diffContent } from "../../shared/domain/diff.ts";
import { ForbiddenError, NotFoundError } from "../../shared/errors.ts";
import { pilots } from "../lib/clients.ts";
import { httpHandler, parseOrThrow, pathParam, requirePrincipal } from "../lib/http.ts";
import { seesWorkingCopy } from "../lib/pilot-access.ts";

const Versions = z.object({ a: z.coerce.number().int().min(1), b: z.coerce.number().int().min(1) });

export const handler = httpHandler("GET /api/pilots/{id}/revisions/{a}/diff/{b}", {}, async (request) => {
  const actor = requirePrincipal(request);
  const { a, b } = parseOrThrow(Versions, request.params, "Ugyldige versjonsnumre");
  const pilot = await pilots.require(pathParam(request, "id"));
  if (!seesWorkingCopy(pilot, actor)) throw new ForbiddenError("Bare kontoret som eier utprøvingen og kuratorer kan se versjonene");
  const [from, to] = await Promise.all([pilots.getRevision(pilot.id, a), pilots.getRevision(pilot.id, b)]);
  if (!from || !to) throw new NotFoundError(`Fant ikke versjon ${!from ? a : b}`);
  return {
    status: 200,
    body: { id: pilot.id, from: a, to: b, changes: diffContent(from.snapshot.content, to.snapshot.content) },
  };
});
