import { mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { serveStatic } from "../../infra/local/static-site.ts";
import { REPO_ROOT } from "./built-site.ts";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
/** Screenshots the tests write, for people to look at (git-ignored). */
export const SHOTS = join(REPO_ROOT, "test-results", "screenshots");
export const AXE_SOURCE = readFileSync(join(REPO_ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");

export interface ServedSite {
  readonly origin: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * A built site served as CloudFront serves it (`/path/` → index.html, 404.html, the same CSP headers) on a free
 * port, with a headless Chromium to open it.
 */
export async function serveSite(dir: string): Promise<ServedSite> {
  mkdirSync(SHOTS, { recursive: true });
  const server = createServer((req, res) => serveStatic(dir, req, res, new URL(req.url ?? "/", "http://localhost")));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  return {
    origin,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
