import { CreateOfficeBodySchema } from "../../shared/domain/review.ts";
import { slugify } from "../../shared/domain/slug.ts";
import { catalog } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";

export const handler = httpHandler("POST /api/offices", { body: CreateOfficeBodySchema }, async (request) => {
  const { id, ...input } = request.body;
  const office = await catalog.putOffice(id ?? slugify(input.name, 60), input);
  return { status: 201, body: office, headers: { location: `/api/offices/${office.id}`, etag: etag(office.version) } };
});
