import * as z from "zod";
import { Slug } from "../../shared/domain/fields.ts";
import { BadRequestError, ForbiddenError } from "../../shared/errors.ts";
import { pilots } from "../lib/clients.ts";
import { httpHandler, parseOrThrow, requirePrincipal } from "../lib/http.ts";

const QuerySchema = z.object({
  office: Slug.optional(),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const handler = httpHandler("GET /api/pilots", {}, async (request) => {
  const actor = requirePrincipal(request);
  const query = parseOrThrow(QuerySchema, request.query, "Ugyldige søkeparametere");
  const officeId = query.office ?? actor.office;
  if (!officeId) throw new BadRequestError("Oppgi kontoret (office)", [{ pointer: "/office", message: "Mangler kontor" }]);
  if (actor.role !== "kurator" && officeId !== actor.office) {
    throw new ForbiddenError("Du kan bare liste utprøvinger fra ditt eget kontor");
  }
  const page = await pilots.listByOffice(officeId, { limit: query.limit ?? 100, cursor: query.cursor });
  return { status: 200, body: { items: page.items, ...(page.cursor ? { cursor: page.cursor } : {}) } };
});
