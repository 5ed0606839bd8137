/**
 * Prints the JavaScript each app page loads (gzip), following the module graph from the page's own
 * scripts: static imports load at once; dynamic imports (the register form, the login callback's error view,
 * Pagefind) are counted apart as loaded later. Run after a site build:  npx tsx scripts/app-bundle-size.ts [site/dist]
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const dist = resolve(process.argv[2] ?? "site/dist");
const PAGES = [
  "registrer",
  "mine",
  "kurator",
  "kurator/vurder",
  "kurator/metoder",
  "kurator/resultater",
  "kurator/kandidater",
  "kurator/varsler",
  "sammenlign",
  "varsler/avmeld",
  "auth/callback",
  "auth/login",
  "metode",
  "kunnskapskart",
  "",
];

function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? "");
}

function graph(entry: string, seen: Set<string>, dynamic: Set<string>): void {
  if (seen.has(entry) || !existsSync(entry)) return;
  seen.add(entry);
  const code = readFileSync(entry, "utf8");
  for (const m of code.matchAll(/(?:import|export)\s*(?:[^"'();]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g))
    graph(join(dirname(entry), m[1] ?? ""), seen, dynamic);
  // The bundler writes dynamic imports with template literals too: import(`./chunk.js`).
  for (const m of code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)) dynamic.add(join(dirname(entry), m[1] ?? ""));
}

const gz = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);

console.log("page | JavaScript at load (gzip) | files | loaded later (gzip)");
for (const page of PAGES) {
  const file = join(dist, page, "index.html");
  if (!existsSync(file)) continue;
  const seen = new Set<string>();
  const dynamic = new Set<string>();
  for (const src of scriptsOf(readFileSync(file, "utf8"))) if (src.startsWith("/")) graph(join(dist, src), seen, dynamic);
  const later = new Set<string>();
  for (const d of dynamic) if (!seen.has(d)) graph(d, later, new Set());
  for (const s of seen) later.delete(s);
  console.log(`/${page}${page ? "/" : ""} | ${(gz(seen) / 1024).toFixed(1)} KB | ${seen.size} | ${(gz(later) / 1024).toFixed(1)} KB`);
}
