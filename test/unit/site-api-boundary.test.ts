import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The site talks to the API through one module, `site/src/lib/api-client.ts`: it adds the login, If-Match,
 * Idempotency-Key, canonical text and the Norwegian Problem Details. Any other file under `site/src/` that
 * calls `fetch` towards `/api/` would skip all of that, so this test reads every source file as text and
 * names the ones that do.
 */
const SITE_SRC = fileURLToPath(new URL("../../site/src", import.meta.url));
const CLIENT_MODULE = "lib/api-client.ts";
const SOURCE = /\.(ts|tsx|js|mjs|jsx|astro)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/** The text without its comments (block comments, and line comments that start a line or follow code after a space). */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/.*$/gm, "$1");

/** A call of `fetch` (also `window.fetch`, `globalThis.fetch`, `self.fetch`), with the text of its first argument. */
const FETCH_CALL = /(?<![\w$])(?:(?:window|globalThis|self)\s*\.\s*)?fetch\s*\(([^)]{0,300})/g;
/** A path of the API written as a string or template literal anywhere in the file. */
const API_PATH_LITERAL = /["'`]\/api(\/|["'`?])/;

/**
 * True when the source text calls `fetch` towards the API: a `fetch(` whose argument names `/api`, or a
 * `fetch(` in a file that writes an API path as a literal (the path kept in a variable first).
 */
function fetchesApi(source: string): boolean {
  const code = withoutComments(source);
  const calls = [...code.matchAll(FETCH_CALL)];
  if (calls.length === 0) return false;
  return calls.some((call) => (call[1] ?? "").includes("/api")) || API_PATH_LITERAL.test(code);
}

describe("the site calls the API only through its client module", () => {
  it("recognises a fetch towards the API, however it is written", () => {
    expect(fetchesApi(`await fetch("/api/pilots");`)).toBe(true);
    expect(fetchesApi("const res = await fetch(`/api/pilots/${id}`, { method: 'PUT' });")).toBe(true);
    expect(fetchesApi(`const res = await window.fetch('/api/notices/preferences', { headers });`)).toBe(true);
    expect(fetchesApi(`const url = "/api/me";\nconst res = await globalThis.fetch(url);`)).toBe(true);
    expect(fetchesApi("const base = `/api`;\nfetch(base + '/me')")).toBe(true);
    expect(fetchesApi("fetch(`${origin}/api/methods`)")).toBe(true);
  });

  it("leaves alone fetches of other things and mere mentions of the API", () => {
    expect(fetchesApi("pending = fetch(`/data/metoder/${encodeURIComponent(slug)}.json`);")).toBe(false);
    expect(fetchesApi("/** Reads `GET /api/public/statistics` at build time. */\nconst response = await fetch(`${url}/statistics`);")).toBe(false);
    expect(fetchesApi(`// fetch("/api/pilots") is done by the client\nexport const x = 1;`)).toBe(false);
    expect(fetchesApi(`import { api } from "../lib/api-client.ts";\nawait api.call("GET /api/methods");`)).toBe(false);
    expect(fetchesApi(`const prefetch = (x) => x;\nprefetch("/api/pilots");`)).toBe(false);
  });

  it("finds the site's sources, the client module among them", () => {
    const files = sourceFiles(SITE_SRC).map((file) => relative(SITE_SRC, file).split("\\").join("/"));
    expect(files).toContain(CLIENT_MODULE);
    expect(files.filter((file) => file.startsWith("islands/")).length).toBeGreaterThan(10);
    expect(readFileSync(join(SITE_SRC, CLIENT_MODULE), "utf8")).toMatch(new RegExp(FETCH_CALL.source));
  });

  it("no file under site/src but lib/api-client.ts fetches /api/", () => {
    const offenders = sourceFiles(SITE_SRC)
      .map((file) => relative(SITE_SRC, file).split("\\").join("/"))
      .filter((file) => file !== CLIENT_MODULE)
      .filter((file) => fetchesApi(readFileSync(join(SITE_SRC, file), "utf8")));
    expect(offenders).toEqual([]);
  });
});
