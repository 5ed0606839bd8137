import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PublicSnapshotSchema, type PublicSnapshot } from "../../shared/public/aggregates.ts";

export const REPO_ROOT = resolve(import.meta.dirname, "..", "..");
export const FIXTURE = join(REPO_ROOT, "fixtures", "public-snapshot.json");

/** The fixture the site is built from, read through the same schema as the site's loader. */
export function readFixture(): PublicSnapshot {
  return PublicSnapshotSchema.parse(JSON.parse(readFileSync(FIXTURE, "utf8")));
}

export interface BuiltSite {
  readonly dir: string;
  readonly log: string;
  read(path: string): string;
  remove(): void;
}

/**
 * Builds the site from the fixture snapshot with `npm run site:build`'s script into a fresh temporary
 * folder (its own Astro cache too, so nothing from another build leaks in).
 */
export async function buildFixtureSite(): Promise<BuiltSite> {
  const base = mkdtempSync(join(tmpdir(), "utp-site-"));
  const dir = join(base, "dist");
  const log = await new Promise<string>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(REPO_ROOT, "scripts", "build-site.ts")], {
      cwd: REPO_ROOT,
      env: { ...process.env, UTP_SNAPSHOT: FIXTURE, UTP_EXPORT_URL: "", UTP_SITE_OUT: dir, UTP_SITE_CACHE: join(base, "cache"), UTP_SITE_URL: "https://utprovingsbanken.test" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolvePromise(output) : reject(new Error(`site build failed (${code}):\n${output.slice(-4000)}`))));
  });
  return {
    dir,
    log,
    read: (path) => readFileSync(join(dir, path), "utf8"),
    remove: () => rmSync(base, { recursive: true, force: true }),
  };
}
