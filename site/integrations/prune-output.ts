import { readdirSync, rmdirSync, rmSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/**
 * The output folder is not emptied before a build (`vite.build.emptyOutDir: false`), so an incremental
 * build finds the previous build's pages in place and keeps the unchanged ones where they are instead of
 * copying ten thousand files from its cache. What this build did not write is then stale (a withdrawn
 * trial's page, a list page past the new last page) and is removed here, once the build is done.
 *
 * Kept: every file a route wrote or kept (Astro's `assets`), the public folder's files, the folders another
 * step owns (`keep`, e.g. the search index written beside the build), and the bundled scripts and styles
 * (`_astro/`) that this build wrote, which Vite writes afresh each time (older ones are left to whoever
 * serves the folder: the local rebuilder keeps the previous build's beside the new).
 */
export function staleFiles(options: {
  files: readonly { path: string; modifiedMs: number }[];
  written: ReadonlySet<string>;
  publicFiles: ReadonlySet<string>;
  keep: readonly string[];
  assetsDir: string;
  startedMs: number;
}): string[] {
  const inside = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`);
  return options.files
    .filter(({ path, modifiedMs }) => {
      if (options.written.has(path) || options.publicFiles.has(path)) return false;
      if (options.keep.some((dir) => inside(path, dir))) return false;
      if (inside(path, options.assetsDir)) return modifiedMs < options.startedMs;
      return true;
    })
    .map(({ path }) => path);
}

/** Every file under `root`, as a path relative to it with forward slashes. */
function listFiles(root: string): { path: string; modifiedMs: number }[] {
  const out: { path: string; modifiedMs: number }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push({ path: relative(root, full).split(sep).join("/"), modifiedMs: statSync(full).mtimeMs });
    }
  };
  try {
    walk(root);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  return out;
}

/** Removes the folders under `root` (not `root` itself) that are empty once stale files are gone. */
function removeEmptyFolders(root: string, dir = root): boolean {
  let empty = true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && removeEmptyFolders(root, join(dir, entry.name))) continue;
    empty = false;
  }
  if (empty && dir !== root) rmdirSync(dir);
  return empty;
}

export function pruneOutput(options: { keep: readonly string[] }): AstroIntegration {
  let publicDir = "";
  let assetsDir = "_astro";
  const startedMs = Date.now();
  return {
    name: "utp-prune-output",
    hooks: {
      "astro:config:done": ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
        assetsDir = config.build.assets;
      },
      "astro:build:done": ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const written = new Set([...assets.values()].flat().map((url) => relative(root, fileURLToPath(url)).split(sep).join("/")));
        const publicFiles = new Set(listFiles(publicDir).map((f) => f.path));
        const stale = staleFiles({ files: listFiles(root), written, publicFiles, keep: options.keep, assetsDir, startedMs });
        for (const path of stale) rmSync(join(root, path), { force: true });
        removeEmptyFolders(root);
        if (stale.length > 0) logger.info(`Fjernet ${stale.length} filer som ikke lenger hører til nettstedet`);
      },
    },
  };
}
