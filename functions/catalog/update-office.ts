import { OfficeInputSchema } from "../../shared/domain/office.ts";
import { catalog } from "../lib/clients.ts";
import { etag, httpHandler, pathParam, requireIfMatch } from "../lib/http.ts";

export const handler = httpHandler("PUT /api/offices/{id}", { body: OfficeInputSchema }, async (request) => {
  const expected = requireIfMatch(request);
  const office = await catalog.putOffice(pathParam(request, "id"), request.body, expected);
  return { status: 200, body: office, headers: { etag: etag(office.version) } };
});
