/**
 * `tsx bench/publish-once.ts publisher|whole [snapshot.json]`: one publish through a hub of its own (see
 * `publishOnce` in `publish.ts`), holding the sample data or the snapshot's trials, printed as one
 * `PUBLISH_TIMING=` line for the publish part of the benchmark.
 */
import { publishOnce } from "./publish.ts";

const mode = process.argv[2];
if (mode !== "publisher" && mode !== "whole") throw new Error("usage: publish-once.ts publisher|whole [snapshot.json]");
const timing = await publishOnce(mode === "publisher", process.argv[3]);
process.stdout.write(`\nPUBLISH_TIMING=${JSON.stringify(timing)}\n`, () => process.exit(0));
