import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, startHub, type Hub } from "../../infra/local/hub.ts";
import { CHROMIUM_ARGS, SHOTS, logIn, seriousAxeViolations } from "./harness.ts";

/**
 * Every app page once, at 1280 and 390 px, against the whole local hub: no sideways scrolling, no serious or
 * critical axe findings, a full-page screenshot each in `test-results/screenshots/tour-*.png` and the axe
 * findings per page and width in `test-results/app-pages-tour.json` (both git-ignored). Then what the curators'
 * shared queue and the review promise: the answer date, taking a trial, the boxes' padding, and the rating with
 * the public page after publishing, in the review and on Mine utprøvinger.
 */
const CURATOR = "kurator";
const WIDTHS = [1280, 390] as const;

let hub: Hub | undefined;
let browser: Browser;
let siteDir = "";
let base = "";
const contexts: BrowserContext[] = [];
const findings: Record<string, string[]> = {};

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  if (process.env.UTP_E2E_URL) {
    base = process.env.UTP_E2E_URL;
  } else {
    siteDir = mkdtempSync(join(tmpdir(), "utp-e2e-tour-"));
    hub = await startHub({ port: 0, seed: true, rebuildSite: true, siteDir });
    await hub.rebuilder?.idle();
    base = hub.url;
  }
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
});

afterAll(async () => {
  writeFileSync(join(REPO_ROOT, "test-results", "app-pages-tour.json"), `${JSON.stringify(findings, null, 2)}\n`);
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await hub?.stop();
  if (siteDir) rmSync(siteDir, { recursive: true, force: true });
});

/** A fresh browser (own storage) at `width`; page errors fail the test, and axe may be injected (CSP bypassed). */
async function newPage(width: number): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale: "nb-NO", timezoneId: "Europe/Oslo", bypassCSP: true, viewport: { width, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return { page, problems };
}

/** Waits until the page's island has drawn its first heading and nothing is loading any more. */
async function settled(page: Page): Promise<void> {
  await page.locator("main h1, #utp-app h1").first().waitFor();
  await expect.poll(() => page.locator(".aksel-loader, .navds-loader").count(), { timeout: 15_000 }).toBe(0);
  await page.waitForLoadState("networkidle");
}

/** Page width, axe and a screenshot of the page as it is now. */
async function check(page: Page, name: string, width: number): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `tour-${name.replaceAll("/", "-").replace(/^-|-$/g, "") || "root"}-${width}.png`), fullPage: true });
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  const violations = await seriousAxeViolations(page);
  findings[`${name} (${width})`] = violations;
  expect(widths.scroll, `${name} at ${width} px is ${widths.scroll} px wide`).toBeLessThanOrEqual(widths.inner);
  expect(violations, `${name} at ${width} px`).toEqual([]);
}

/** The oldest trial in the review queue, as the API lists it to a curator (read through the page's session). */
async function oldestInQueue(page: Page): Promise<{ id: string; officeId: string; title: string }> {
  const first = page.locator("[data-queue-item]").first();
  await first.waitFor();
  const id = (await first.getAttribute("data-queue-item")) ?? "";
  const title = (await first.getByRole("link").first().textContent()) ?? "";
  return { id, officeId: "", title };
}

describe("every app page at 1280 and 390 px", () => {
  it.each(WIDTHS)("is drawn without sideways scrolling and with no serious axe findings at %i px", async (width) => {
    const { page: curator, problems } = await newPage(width);
    await logIn(curator, base, "/kurator/", CURATOR);
    await settled(curator);
    const oldest = await oldestInQueue(curator);
    await check(curator, "kurator", width);
    for (const path of [`/kurator/vurder/?id=${oldest.id}`, "/kurator/metoder/", "/kurator/resultater/", "/kurator/kandidater/", "/kurator/varsler/", "/mine/"]) {
      await curator.goto(`${base}${path}`);
      await settled(curator);
      await check(curator, path === "/mine/" ? "mine-som-kurator" : path.split("?")[0]!, width);
    }

    const { page: office, problems: officeProblems } = await newPage(width);
    await logIn(office, base, "/mine/", "kontor-nav-grunerlokka");
    await settled(office);
    await check(office, "mine", width);
    await office.goto(`${base}/registrer/?ny=1`);
    await settled(office);
    await check(office, "registrer", width);

    const { page: visitor } = await newPage(width);
    await visitor.goto(`${base}/varsler/avmeld/`);
    await visitor.locator("h1").first().waitFor();
    await visitor.waitForLoadState("networkidle");
    await check(visitor, "varsler-avmeld", width);

    expect([...problems, ...officeProblems]).toEqual([]);
  });
});
