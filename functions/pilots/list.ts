import { listPilots } from "../../shared/contracts/pilots.ts";
import { BadRequestError, ForbiddenError } from "../../shared/domain/errors.ts";
import { pilots } from "../lib/clients.ts";
import { httpHandler } from "../lib/http.ts";

export const handler = httpHandler(listPilots, async (request) => {
  const actor = request.principal;
  const { query } = request;
  const officeId = query.office ?? actor.office;
  if (!officeId) throw new BadRequestError("Oppgi kontoret (office)", [{ pointer: "/office", message: "Mangler kontor" }]);
  if (actor.role !== "kurator" && officeId !== actor.office) {
    throw new ForbiddenError("Du kan bare liste utprøvinger fra ditt eget kontor");
  }
  const page = await pilots.listByOffice(officeId, { limit: query.limit ?? 100, cursor: query.cursor });
  return { body: { items: page.items, ...(page.cursor ? { cursor: page.cursor } : {}) } };
});
