import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { LocalApiGateway } from "./api-gateway.ts";
import type { TokenVerifier } from "./oidc/verify.ts";
import { SECURITY_HEADERS, serveStatic } from "./static-site.ts";
import { GONE_PAGE_HTML, TRIAL_PATH } from "../../shared/public/pages/gone-page.ts";

export interface RequestHandlerPlugin {
  /** Returns true when it answered the request. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

export interface HubServerOptions {
  readonly port: number;
  readonly host?: string;
  readonly functionsDir: string;
  /** The built site's folder; a function is asked on every request (the site is rebuilt while running). */
  readonly siteDir: string | (() => string);
  readonly verifier: TokenVerifier;
  /** The local OpenID Connect issuer, mounted under `/oidc`. */
  readonly issuer?: RequestHandlerPlugin;
  /** Whether a trial's address was taken away by a redaction (answered 410 Gone). */
  readonly isGoneSlug?: (slug: string) => Promise<boolean>;
}

/** A Host header as RFC 9110 allows it: a host name or IP literal and an optional port. */
const VALID_HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

function badRequest(res: ServerResponse, detail: string): void {
  res
    .writeHead(400, { "content-type": "application/problem+json; charset=utf-8", "cache-control": "no-store" })
    .end(JSON.stringify({ type: "about:blank", title: "Ugyldig forespørsel", status: 400, detail }));
}

/** The request's URL, or why it cannot be read: a missing or malformed Host, a path that does not decode. */
function requestUrl(req: IncomingMessage): URL | string {
  const host = req.headers.host ?? "localhost";
  if (host.length > 300 || !VALID_HOST.test(host)) return "Ugyldig Host-felt i forespørselen";
  const raw = req.url ?? "/";
  if (raw.length > 16_384) return "Adressen er for lang";
  let url: URL;
  try {
    url = new URL(raw, `http://${host}`);
  } catch {
    return "Ugyldig adresse";
  }
  try {
    // URLSearchParams decodes leniently; the path and the query must be well-formed percent-encoding.
    decodeURIComponent(url.pathname);
    decodeURIComponent(url.search);
  } catch {
    return "Adressen har ugyldig prosentkoding";
  }
  return url;
}

export interface HubServer {
  readonly server: Server;
  readonly url: string;
  readonly gateway: LocalApiGateway;
  close(): Promise<void>;
}

/** One origin, as CloudFront gives in AWS: the API under `/api/`, the issuer under `/oidc/`, the site at `/`. */
export async function startHubServer(options: HubServerOptions): Promise<HubServer> {
  const gateway = new LocalApiGateway(options.verifier, options.functionsDir);
  await gateway.warm();
  const server = createServer((req, res) => {
    void route(req, res).catch((error: unknown) => {
      console.error("Request failed:", error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Noe gikk galt");
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = requestUrl(req);
    if (typeof url === "string") {
      badRequest(res, url);
      return;
    }
    if (url.pathname === "/api" || url.pathname.startsWith("/api/")) {
      const response = await gateway.handle(req, url);
      res.writeHead(response.status, response.headers).end(response.body);
      return;
    }
    if (options.issuer && (url.pathname === "/oidc" || url.pathname.startsWith("/oidc/"))) {
      if (await options.issuer.handle(req, res)) return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("Metoden er ikke tillatt");
      return;
    }
    const trial = TRIAL_PATH.exec(url.pathname);
    if (trial?.[1] && options.isGoneSlug && (await options.isGoneSlug(trial[1]))) {
      res
        .writeHead(410, { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache", "x-robots-tag": "noindex", ...SECURITY_HEADERS })
        .end(GONE_PAGE_HTML);
      return;
    }
    serveStatic(typeof options.siteDir === "function" ? options.siteDir() : options.siteDir, req, res, url);
  }

  // Keep-alive sockets must not hold up a clean stop.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    gateway,
    url: `http://localhost:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
