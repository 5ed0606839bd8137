import { createMethod } from "../../shared/contracts/catalog.ts";
import { slugify } from "../../shared/domain/slug.ts";
import { catalog } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { jsonBody } from "../lib/json-body.ts";

export const handler = httpHandler(createMethod, jsonBody, async (request) => {
  const { id, ...input } = request.body;
  const method = await catalog.putMethod(id ?? slugify(input.name, 60), input);
  return { body: method, headers: { location: `/api/methods/${method.id}`, etag: etag(method.version) } };
});
