import { createOffice } from "../../shared/contracts/catalog.ts";
import { slugify } from "../../shared/domain/slug.ts";
import { catalog } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { jsonBody } from "../lib/json-body.ts";

export const handler = httpHandler(createOffice, jsonBody, async (request) => {
  const { id, ...input } = request.body;
  const office = await catalog.putOffice(id ?? slugify(input.name, 60), input);
  return { body: office, headers: { location: `/api/offices/${office.id}`, etag: etag(office.version) } };
});
