import { mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { serveStatic } from "../../infra/local/static-site.ts";
import { REPO_ROOT } from "./built-site.ts";

/**
 * The browser the tests drive: Debian's headless build of Chromium (`chromium-headless-shell`, built from the same
 * source and version as its `chromium`), the build Playwright itself runs headless tests in. It draws with the same
 * Blink and runs the same V8; opening the same pages with axe, it took about a third less processor time than the
 * full browser started headless, side by side. The bench's Lighthouse runs use the full browser.
 */
export const CHROMIUM = "/usr/bin/chromium-headless-shell";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
/** A new headless browser for one test file. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Where the pictures of the pages go, for people to look at (git-ignored). */
export const SHOTS = join(REPO_ROOT, "test-results", "screenshots");
/**
 * Whether the browser tests write their pictures: only when `UTP_SCREENSHOTS` is set (`npm run screenshots`).
 * The tests assert on the pages themselves (layout, axe, text), never on a picture, so `npm test` skips them.
 */
export const SCREENSHOTS = Boolean(process.env.UTP_SCREENSHOTS);

/** A picture of the page (the whole page unless `fullPage: false`) or of one element, as `<name>.png` in SHOTS. */
export async function shot(target: Page | Locator, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  if ("goto" in target) await target.screenshot({ path, fullPage: options.fullPage ?? true });
  else await target.screenshot({ path });
}
const AXE_SOURCE = readFileSync(join(REPO_ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");

export interface AxeViolation {
  readonly id: string;
  readonly impact: string;
  /** The first three elements it was found on. */
  readonly targets: string[];
}

/**
 * axe-core over the page as it is now: its violations, and how many rules passed. By default by the rules of WCAG
 * 2.1 A and AA and best practice; `rules: "all"` runs every rule axe runs by default (the browser stories' check).
 * Only violations are collected in full (`resultTypes`), which is all the tests read.
 */
export async function runAxe(page: Page, options: { rules?: "wcag21aa" | "all" } = {}): Promise<{ passes: number; violations: AxeViolation[] }> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (allRules) => {
    type AxeResult = { passes: unknown[]; violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(options: object): Promise<AxeResult> } }).axe;
    const result = await axe.run({
      resultTypes: ["violations"],
      ...(allRules ? {} : { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } }),
    });
    return {
      passes: result.passes.length,
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) })),
    };
  }, options.rules === "all");
}

/** The serious and critical ones among axe's violations. */
export function seriousOrCritical(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** The layout shifts of the page's life so far, summed as the browser reports them (without those after input); run in the page. */
export function layoutShift(): Promise<number> {
  return new Promise((resolve) => {
    let sum = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) sum += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
    setTimeout(() => resolve(sum), 100);
  });
}

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
  const server = createServer((req, res) => serveStatic(dir, req, res, new URL(req.url ?? "/", "http://localhost")));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  return {
    origin,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
