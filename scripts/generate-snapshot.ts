/**
 * Writes a snapshot of N synthetic published trials for scale measurements:
 *   npx tsx scripts/generate-snapshot.ts --count 10000 --out .cache/snapshot-10000.json [--seed 42]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateSnapshot } from "./snapshot/synthetic.ts";
import { writeSnapshot } from "./snapshot/write.ts";

const { values } = parseArgs({
  options: { count: { type: "string", default: "1000" }, out: { type: "string" }, seed: { type: "string", default: "20210601" } },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) throw new Error("--count must be a positive whole number");
if (!values.out) throw new Error("--out <file> is required");

const started = performance.now();
const snapshot = generateSnapshot({ count, seed: Number(values.seed) });
const out = resolve(values.out);
mkdirSync(dirname(out), { recursive: true });
const bytes = writeSnapshot(out, snapshot, writeFileSync);
console.log(`Wrote ${count} trials to ${out} (${(bytes / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
