import { existsSync, readFileSync } from "node:fs";
import { openApi } from "../../shared/contracts/system.ts";
import { httpHandler } from "../lib/http.ts";
import { OPENAPI_FILE } from "../lib/openapi-file.ts";
import type * as Generator from "../lib/openapi.ts";

/** Where the deployment puts the document: beside the bundle (`/var/task/openapi.json`). */
const DEPLOYED_DOCUMENT = new URL(`./${OPENAPI_FILE}`, import.meta.url);
/**
 * Run from the sources (the local hub, the tests) there is no deployed file, and the document is generated from
 * the route contracts. The module is named by a variable so that the bundle does not carry the generator (a
 * deployed function always has the file, so its bundle never reaches this import).
 */
const GENERATOR = new URL("../lib/openapi.ts", import.meta.url).href;

type OpenApiDocument = ReturnType<typeof Generator.openApiDocument>;

let document: OpenApiDocument | undefined;

async function load(): Promise<OpenApiDocument> {
  if (existsSync(DEPLOYED_DOCUMENT)) return JSON.parse(readFileSync(DEPLOYED_DOCUMENT, "utf8")) as OpenApiDocument;
  const generator = (await import(GENERATOR)) as typeof Generator;
  return generator.openApiDocument();
}

export const handler = httpHandler(openApi, async () => {
  document ??= await load();
  return { headers: { "cache-control": "public, max-age=300" }, body: document };
});
