import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Writes a file through a temporary name, so a reader sees the old or the new file whole. */
export function writeWhole(path: string, body: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, body);
  renameSync(temporary, path);
}

/** The files under a folder (none when it is missing), as paths relative to it, skipping `node_modules`. */
export function filesUnder(dir: string): Set<string> {
  const files = new Set<string>();
  const walk = (at: string, prefix: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules") walk(join(at, entry.name), relative);
      } else files.add(relative);
    }
  };
  if (existsSync(dir)) walk(dir, "");
  return files;
}
