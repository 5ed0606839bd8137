import type { writeFileSync } from "node:fs";
import type { PublicSnapshot, RegistryStatistics } from "../../shared/public/index.ts";

/**
 * Writes a snapshot with one trial per line: diffs of the committed fixture stay readable, and a 50,000-trial
 * file is built piece by piece instead of as one giant string. Returns the number of bytes written.
 */
export function writeSnapshot(path: string, snapshot: PublicSnapshot, write: typeof writeFileSync, registry?: RegistryStatistics): number {
  const lines = (items: readonly unknown[]) => items.map((item) => `    ${JSON.stringify(item)}`).join(",\n");
  const parts = [
    "{\n",
    `  "generatedAt": ${JSON.stringify(snapshot.generatedAt)},\n`,
    `  "rubric": ${JSON.stringify(snapshot.rubric)},\n`,
    ...(registry ? [`  "registry": ${JSON.stringify(registry)},\n`] : []),
    `  "offices": [\n${lines(snapshot.offices)}\n  ],\n`,
    `  "methods": [\n${lines(snapshot.methods)}\n  ],\n`,
    `  "pilots": [\n${lines(snapshot.pilots)}\n  ]\n`,
    "}\n",
  ];
  const buffer = Buffer.from(parts.join(""), "utf8");
  write(path, buffer);
  return buffer.byteLength;
}
