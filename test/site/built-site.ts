import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { inject } from "vitest";
import { PublicSnapshotSchema, type PublicSnapshot } from "../../shared/public/index.ts";

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

/** The address the test builds give the site (feeds, sitemaps, canonical links). */
export const SITE_URL = "https://utprovingsbanken.test";

/** Runs `npm run site:build`'s script from a snapshot into `<base>/dist`, with its Astro cache in `<base>/cache`. */
function runBuild(base: string, snapshot: string): Promise<string> {
  return new Promise<string>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(REPO_ROOT, "scripts", "build-site.ts")], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        UTP_SNAPSHOT: snapshot,
        UTP_EXPORT_URL: "",
        UTP_SITE_OUT: join(base, "dist"),
        UTP_SITE_CACHE: join(base, "cache"),
        UTP_SITE_URL: SITE_URL,
        // The records the pages were made from, as the publisher goes on from them.
        UTP_BUILD_RECORDS: join(base, "records.json"),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolvePromise(output) : reject(new Error(`site build failed (${code}):\n${output.slice(-4000)}`))));
  });
}

function builtSite(base: string, log: string): BuiltSite {
  const dir = join(base, "dist");
  return {
    dir,
    log,
    read: (path) => readFileSync(join(dir, path), "utf8"),
    remove: () => rmSync(base, { recursive: true, force: true }),
  };
}

/**
 * Builds the site from the fixture snapshot (or another) with `npm run site:build`'s script into a fresh temporary
 * folder (its own Astro cache too, so nothing from another build leaks in).
 */
export async function buildFixtureSite(snapshot: string = FIXTURE): Promise<BuiltSite> {
  const base = mkdtempSync(join(tmpdir(), "utp-site-"));
  return builtSite(base, await runBuild(base, snapshot));
}

/**
 * Builds the same folder again from another snapshot, keeping the previous build's output and Astro cache,
 * as the hub's rebuilder does after a publish.
 */
export async function rebuildSite(site: BuiltSite, snapshot: string): Promise<BuiltSite> {
  const base = dirname(site.dir);
  return builtSite(base, await runBuild(base, snapshot));
}

/** The fixture site the site project built once (test/site/global-setup.ts); it is shared, so it is never removed here. */
export function sharedFixtureSite(): BuiltSite {
  const dir = inject("fixtureSiteDir");
  return { dir, log: "", read: (path) => readFileSync(join(dir, path), "utf8"), remove: () => undefined };
}

/**
 * A copy of that fixture site (its output, Astro cache and records, with their timestamps) in a temporary folder of
 * its own, for a test that changes it: what `buildFixtureSite()` gives, without building the same site again.
 */
export function copyOfFixtureSite(): BuiltSite {
  const base = mkdtempSync(join(tmpdir(), "utp-site-"));
  cpSync(dirname(inject("fixtureSiteDir")), base, { recursive: true, preserveTimestamps: true });
  return builtSite(base, "");
}
