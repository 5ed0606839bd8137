import { MethodInputSchema } from "../../shared/domain/method.ts";
import { ConflictError } from "../../shared/errors.ts";
import { catalog } from "../lib/clients.ts";
import { etag, httpHandler, pathParam, requireIfMatch } from "../lib/http.ts";

export const handler = httpHandler("PUT /api/methods/{id}", { body: MethodInputSchema }, async (request) => {
  const expected = requireIfMatch(request);
  const id = pathParam(request, "id");
  const current = await catalog.getMethod(id);
  if (current?.mergedInto) throw new ConflictError(`Metoden er slått sammen med ${current.mergedInto}; endre den i stedet`);
  const method = await catalog.putMethod(id, request.body, expected);
  return { status: 200, body: method, headers: { etag: etag(method.version) } };
});
