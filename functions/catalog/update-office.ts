import { updateOffice } from "../../shared/contracts/catalog.ts";
import { catalog } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { jsonBody } from "../lib/json-body.ts";

export const handler = httpHandler(updateOffice, jsonBody, async (request) => {
  const office = await catalog.putOffice(request.params.id, request.body, request.ifMatch);
  return { body: office, headers: { etag: etag(office.version) } };
});
