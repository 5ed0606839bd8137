import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".csv": "text/csv; charset=utf-8",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
  ".png": "image/png",
  ".ico": "image/x-icon",
};
/** Compressed on the way out, as CloudFront does; Pagefind's index files are compressed already. */
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".xml", ".csv", ".wasm"]);

/**
 * A static server for a built site with gzip, like the CDN in front of the real one. With `api`, requests
 * under `/api/` go on to that origin (a running hub), as the CDN sends them to the API.
 */
export function serveSite(root: string, options: { api?: string } = {}): Promise<{ url: string; close(): Promise<void> }> {
  const cache = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (options.api && url.pathname.startsWith("/api/")) {
      const target = new URL(`${url.pathname}${url.search}`, options.api);
      const upstream = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on("error", () => void (res.headersSent ? res.destroy() : res.writeHead(502).end()));
      req.pipe(upstream);
      return;
    }
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return void res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    const ext = extname(file);
    const headers: Record<string, string> = { "content-type": TYPES[ext] ?? "application/octet-stream", "cache-control": "no-cache" };
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      let body = cache.get(file);
      if (!body) cache.set(file, (body = gzipSync(readFileSync(file))));
      res.writeHead(200, { ...headers, "content-encoding": "gzip", "content-length": String(body.byteLength), vary: "accept-encoding" }).end(body);
      return;
    }
    res.writeHead(200, { ...headers, "content-length": String(statSync(file).size) });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
