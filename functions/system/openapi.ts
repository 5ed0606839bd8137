import { openApi } from "../../shared/api/system.ts";
import { httpHandler } from "../lib/http.ts";
import { openApiDocument } from "../lib/openapi.ts";

let document: ReturnType<typeof openApiDocument> | undefined;

export const handler = httpHandler(openApi, async () => {
  document ??= openApiDocument();
  return { headers: { "cache-control": "public, max-age=300" }, body: document };
});
