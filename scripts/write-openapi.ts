/**
 * Writes the OpenAPI document into a folder: `tsx scripts/write-openapi.ts <folder>`. The deployment runs it
 * after bundling `system/openapi`, which serves the file it finds beside its bundle.
 */
import { writeOpenApiFile } from "../functions/lib/openapi.ts";

const dir = process.argv[2];
if (!dir) {
  process.stderr.write("Usage: tsx scripts/write-openapi.ts <folder>\n");
  process.exit(2);
}
process.stdout.write(`${writeOpenApiFile(dir)}\n`);
