import { createReadStream, existsSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { INLINE_SCRIPT_SOURCES } from "../constructs/inline-scripts.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** The headers CloudFront adds in AWS (see the site stack), so local pages behave the same. */
export const SECURITY_HEADERS: Record<string, string> = {
  "content-security-policy": `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${INLINE_SCRIPT_SOURCES.join(" ")}; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'`,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
};

/**
 * Serves a built static site from a folder the way the CloudFront function does: `/path/` maps to
 * `/path/index.html`, unknown paths get `404.html`. The folder is read on every request, so a rebuild
 * shows without a restart.
 */
export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, url: URL): void {
  const base = resolve(root);
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = "/";
  }
  if (pathname.endsWith("/")) pathname += "index.html";
  const file = normalize(join(base, pathname));
  const inside = file === base || file.startsWith(base + sep);
  if (inside && existsSync(file) && statSync(file).isDirectory()) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const found = inside ? [file, `${file}.html`].find((f) => existsSync(f) && statSync(f).isFile()) : undefined;
  const target = found ?? join(base, "404.html");
  const status = found ? 200 : 404;
  if (!existsSync(target)) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8", ...SECURITY_HEADERS }).end("Finnes ikke");
    return;
  }
  const type = TYPES[extname(target)] ?? "application/octet-stream";
  const immutable = /\/_astro\/|\/pagefind\//.test(target);
  res.writeHead(status, {
    "content-type": type,
    "cache-control": immutable ? "public, max-age=300" : "no-cache",
    ...SECURITY_HEADERS,
  });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  createReadStream(target).pipe(res);
}
