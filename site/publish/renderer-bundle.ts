/**
 * Bundles the publish renderer (`entry.ts`) with the site's own Astro and Vite configuration into one
 * self-contained module, `renderer-<digest>.mjs` in the given folder. The digest covers the site's code, the
 * shared code it reads and the lockfile, so a bundle is reused until any of them changes.
 *
 * Run as a script: `tsx site/publish/renderer-bundle.ts <folder>` prints the bundle's path.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { filesUnder } from "./files.ts";

const siteRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(siteRoot, "..");

/** A digest of everything the bundle is made from. */
export function rendererDigest(): string {
  const hash = createHash("sha256");
  const under = (dir: string) => [...filesUnder(dir)].map((file) => join(dir, file));
  const files = [
    ...under(join(siteRoot, "src")),
    ...under(join(siteRoot, "publish")),
    ...under(join(repoRoot, "shared")),
    join(siteRoot, "astro.config.mjs"),
    join(repoRoot, "package-lock.json"),
  ].sort();
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest("base64url").slice(0, 16);
}

/**
 * The manifest a static build writes into its own server bundle. The container renders without routes or
 * assets of its own; the publisher puts the build's asset links in (see `asset-links.ts`).
 */
function manifestFor(): string {
  const at = (path: string) => pathToFileURL(join(siteRoot, path)).href + (path.endsWith("/") || path === "" ? "" : "/");
  return JSON.stringify({
    rootDir: at(""),
    srcDir: at("src/"),
    publicDir: at("public/"),
    outDir: at("dist/"),
    cacheDir: at(".astro/"),
    buildClientDir: at("dist/"),
    buildServerDir: at("dist/server/"),
    routes: [],
    assets: [],
    componentMetadata: [],
    inlinedScripts: [],
    clientDirectives: [],
    key: Buffer.alloc(32).toString("base64"),
  });
}

export async function buildRenderer(folder: string): Promise<string> {
  const out = join(resolve(folder), `renderer-${rendererDigest()}.mjs`);
  if (existsSync(out)) return out;
  const { build } = await import("vite");
  const { getViteConfig } = await import("astro/config");
  const staging = `${out}.dir-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const placeholder = '"@@ASTRO_MANIFEST_REPLACE@@"';
  const config = await getViteConfig(
    {
      logLevel: "warn",
      publicDir: false,
      build: {
        ssr: join(siteRoot, "publish", "entry.ts"),
        outDir: staging,
        emptyOutDir: true,
        minify: false,
        rolldownOptions: { output: { codeSplitting: false, entryFileNames: "renderer.mjs" } },
      },
      // One file: Node resolves no packages when it loads it.
      ssr: { noExternal: true },
      plugins: [
        {
          name: "utp-renderer-manifest",
          renderChunk(code: string) {
            return code.includes(placeholder) ? code.replace(placeholder, manifestFor()) : null;
          },
        },
      ],
    },
    { root: siteRoot, logLevel: "warn" },
  )({ mode: "production", command: "build" });
  await build({ ...config, configFile: false });
  mkdirSync(dirname(out), { recursive: true });
  renameSync(join(staging, "renderer.mjs"), out);
  rmSync(staging, { recursive: true, force: true });
  if (!statSync(out).size) throw new Error(`The renderer bundle ${out} is empty`);
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2];
  if (!folder) throw new Error("usage: renderer-bundle.ts <folder>");
  console.log(await buildRenderer(folder));
}
