/**
 * `tsx bench/publish-once.ts publisher|whole`: one publish through a hub of its own (see `publishOnce` in
 * `publish.ts`), printed as one `PUBLISH_TIMING=` line for the publish part of the benchmark.
 */
import { publishOnce } from "./publish.ts";

const mode = process.argv[2];
if (mode !== "publisher" && mode !== "whole") throw new Error("usage: publish-once.ts publisher|whole");
const timing = await publishOnce(mode === "publisher");
process.stdout.write(`\nPUBLISH_TIMING=${JSON.stringify(timing)}\n`, () => process.exit(0));
