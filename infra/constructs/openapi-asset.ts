import { REPO_ROOT } from "./hub-function.ts";

/** The function that serves the OpenAPI document. */
export const OPENAPI_ENTRY = "system/openapi";

const quote = (value: string) => `"${value.replace(/(["\\$`])/g, "\\$1")}"`;

/**
 * Writes the OpenAPI document beside the `system/openapi` bundle when it is bundled (a deploy-time file the
 * function serves as it is). Runs the repository's TypeScript script with the Node that runs the CDK app.
 */
export function writeOpenApiCommand(outputDir: string): string[] {
  return [[process.execPath, `${REPO_ROOT}node_modules/tsx/dist/cli.mjs`, `${REPO_ROOT}scripts/write-openapi.ts`, outputDir].map(quote).join(" ")];
}
