import { updateMethod } from "../../shared/contracts/catalog.ts";
import { ConflictError } from "../../shared/domain/errors.ts";
import { catalog } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { jsonBody } from "../lib/json-body.ts";

export const handler = httpHandler(updateMethod, jsonBody, async (request) => {
  const expected = request.ifMatch;
  const id = request.params.id;
  const current = await catalog.getMethod(id);
  if (current?.mergedInto) throw new ConflictError(`Metoden er slått sammen med ${current.mergedInto}; endre den i stedet`);
  const method = await catalog.putMethod(id, request.body, expected);
  return { body: method, headers: { etag: etag(method.version) } };
});
