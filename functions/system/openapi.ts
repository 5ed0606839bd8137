import { httpHandler } from "../lib/http.ts";
import { openApiDocument } from "../lib/openapi.ts";

let document: ReturnType<typeof openApiDocument> | undefined;

export const handler = httpHandler("GET /api/openapi.json", {}, async () => {
  document ??= openApiDocument();
  return { status: 200, headers: { "cache-control": "public, max-age=300" }, body: document };
});
