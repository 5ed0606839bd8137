import { CreateMethodBodySchema } from "../../shared/domain/review.ts";
import { slugify } from "../../shared/domain/slug.ts";
import { catalog } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";

export const handler = httpHandler("POST /api/methods", { body: CreateMethodBodySchema }, async (request) => {
  const { id, ...input } = request.body;
  const method = await catalog.putMethod(id ?? slugify(input.name, 60), input);
  return { status: 201, body: method, headers: { location: `/api/methods/${method.id}`, etag: etag(method.version) } };
});
