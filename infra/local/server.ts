import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { LocalApiGateway } from "./api-gateway.ts";
import type { TokenVerifier } from "./oidc/verify.ts";
import { serveStatic } from "./static-site.ts";

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
    const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
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
