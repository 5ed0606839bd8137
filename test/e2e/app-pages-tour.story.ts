import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, type Hub } from "../../infra/local/hub.ts";
import { launchChromium, logIn, seriousAxeViolations, sharedHub, shot } from "./harness.ts";

/**
 * Every app page once, at 1280 and 390 px, against the whole local hub: no sideways scrolling, no serious or
 * critical axe findings, and the axe findings per page and width in `test-results/app-pages-tour.json`
 * (git-ignored); `npm run screenshots` adds a full-page screenshot of each in `test-results/screenshots/tour-*.png`. Then what the curators'
 * shared queue and the review promise: the answer date, taking a trial, the boxes' padding, and the rating with
 * the public page after publishing, in the review and on Mine utprøvinger.
 */
const CURATOR = "kurator";
const WIDTHS = [1280, 390] as const;

let hub: Hub | undefined;
let browser: Browser;
let base = "";
const contexts: BrowserContext[] = [];
const findings: Record<string, string[]> = {};

beforeAll(async () => {
  if (process.env.UTP_E2E_URL) {
    base = process.env.UTP_E2E_URL;
  } else {
    hub = (await sharedHub()).hub;
    base = hub.url;
  }
  browser = await launchChromium();
});

afterAll(async () => {
  mkdirSync(join(REPO_ROOT, "test-results"), { recursive: true });
  writeFileSync(join(REPO_ROOT, "test-results", "app-pages-tour.json"), `${JSON.stringify(findings, null, 2)}\n`);
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
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
  await shot(page, `tour-${name.replaceAll("/", "-").replace(/^-|-$/g, "") || "root"}-${width}`);
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  const violations = await seriousAxeViolations(page);
  findings[`${name} (${width})`] = violations;
  expect(widths.scroll, `${name} at ${width} px is ${widths.scroll} px wide`).toBeLessThanOrEqual(widths.inner);
  expect(violations, `${name} at ${width} px`).toEqual([]);
}

/** The oldest trial in the review queue as the queue page shows it. */
async function oldestInQueue(page: Page): Promise<{ id: string; officeId: string; title: string }> {
  const first = page.locator("[data-queue-item]").first();
  await first.waitFor();
  return {
    id: (await first.getAttribute("data-queue-item")) ?? "",
    officeId: (await first.getAttribute("data-office")) ?? "",
    title: ((await first.getByRole("link").first().textContent()) ?? "").trim(),
  };
}

describe("every app page at 1280 and 390 px", () => {
  it.each(WIDTHS)("is drawn without sideways scrolling and with no serious axe findings at %i px", async (width) => {
    const { page: curator, problems } = await newPage(width);
    await logIn(curator, base, "/kurator/", CURATOR);
    await settled(curator);
    const oldest = await oldestInQueue(curator);
    await check(curator, "kurator", width);
    for (const path of [
      `/kurator/vurder/?id=${oldest.id}`,
      "/kurator/metoder/",
      "/kurator/resultater/",
      "/kurator/kandidater/",
      "/kurator/varsler/",
      "/mine/",
    ]) {
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

describe("the curators' shared queue", () => {
  it("lists the oldest first, each against its answer date with «Over fristen» once past it, and «Tildel meg» puts the curator's name on it and under Mine", async () => {
    const { page, problems } = await newPage(1280);
    await logIn(page, base, "/kurator/", CURATOR);
    await settled(page);
    const rows = page.locator("[data-queue-item]");
    const submitted = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-submitted") ?? ""));
    expect(submitted.length).toBeGreaterThan(1);
    expect([...submitted].sort()).toEqual(submitted);

    // Every waiting time is told against the promised date; the sample's oldest trials are years past it.
    const deadlines = await page.locator("[data-deadline]").allTextContents();
    for (const text of deadlines)
      expect(text).toMatch(/^Svar innen \d{1,2}\. \p{L}+ \d{4}(Over fristen\d+ dag(er)? over fristen|\d+ dag(er)? igjen|Fristen er i dag)$/u);
    const overdue = page.locator('[data-deadline="over"]');
    await expect.poll(() => overdue.count()).toBeGreaterThan(0);
    await expect.poll(() => overdue.first().locator(".aksel-tag").textContent()).toBe("Over fristen");

    const first = rows.first();
    const id = await first.getAttribute("data-queue-item");
    await first.getByRole("button", { name: /^Tildel meg/ }).click();
    await expect.poll(() => first.locator("[data-assignee]").getAttribute("data-assignee")).toBe("Kari Kurator");
    await expect.poll(() => first.locator("[data-assignee]").textContent()).toBe("Deg (Kari Kurator)");

    await page.getByRole("radio", { name: /^Mine \(\d+\)$/ }).click();
    await expect.poll(() => rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-queue-item")))).toContain(id);
    expect(await page.locator("[data-queue-item] [data-assignee]").evaluateAll((els) => els.map((e) => e.textContent))).toEqual(
      expect.arrayContaining(["Deg (Kari Kurator)"]),
    );
    for (const text of await page.locator("[data-queue-item] [data-assignee]").allTextContents()) expect(text).toBe("Deg (Kari Kurator)");
    await page.getByRole("radio", { name: /^Ufordelte/ }).click();
    await expect.poll(() => rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-queue-item")))).not.toContain(id);

    // Kept: after a reload another look at the queue shows the same assignee.
    await page.reload();
    await settled(page);
    await expect.poll(() => page.locator(`[data-queue-item="${id}"] [data-assignee]`).getAttribute("data-assignee")).toBe("Kari Kurator");
    expect(problems).toEqual([]);
  });
});

describe("the review page", () => {
  it("pads the Publiser and Be om endringer boxes at 390 px, and after publishing shows the rating and the public page, in the review and on Mine utprøvinger", async () => {
    const { page, problems } = await newPage(390);
    await logIn(page, base, "/kurator/", CURATOR);
    const trial = await oldestInQueue(page);
    await page.goto(`${base}/kurator/vurder/?id=${trial.id}`);
    await settled(page);
    for (const id of ["publiser", "be-om-endringer"]) {
      const box = page.locator(`section[aria-labelledby="${id}"]`);
      const style = await box.evaluate((el) => ({ left: parseFloat(getComputedStyle(el).paddingLeft), right: parseFloat(getComputedStyle(el).paddingRight) }));
      expect(style.left, id).toBeGreaterThanOrEqual(16);
      expect(style.right, id).toBeGreaterThanOrEqual(16);
      const outer = (await box.boundingBox())!;
      const heading = (await page.locator(`#${id}`).boundingBox())!;
      expect(heading.x - outer.x, id).toBeGreaterThanOrEqual(16);
      expect(outer.x + outer.width).toBeLessThanOrEqual(390);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    await page.getByRole("radio", { name: /^2 Lovende/ }).check();
    await page.getByLabel("Retning på resultatet").selectOption("positiv");
    const method = page.getByLabel("Metode", { exact: true });
    if (!(await method.inputValue())) await method.selectOption({ index: 1 });
    await page.getByRole("button", { name: "Publiser utprøvingen" }).click();
    const rating = page.locator('[data-published-rating="2:positiv"]');
    await rating.waitFor();
    expect(await rating.textContent()).toContain("Kunnskapsgrunnlag: nivå 2, lovende");
    const link = rating.getByRole("link", { name: "Se utprøvingen på nettstedet" });
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/utproving\/[a-z0-9-]+\/$/);
    await shot(page, "tour-kurator-vurder-publisert-390");

    // The review opened again says the same, and so does the office's own list.
    await page.reload();
    await settled(page);
    await expect.poll(() => page.locator('[data-published-rating="2:positiv"] a').getAttribute("href")).toBe(href);
    const { page: office } = await newPage(390);
    await logIn(office, base, "/mine/", `kontor-${trial.officeId}`);
    await settled(office);
    const card = office.locator("li").filter({ has: office.getByRole("heading", { name: trial.title }) });
    await expect.poll(() => card.locator("[data-published-rating]").getAttribute("data-published-rating")).toBe("2:positiv");
    expect(await card.getByRole("link", { name: "Se utprøvingen på nettstedet" }).getAttribute("href")).toBe(href);
    await shot(office, "tour-mine-publisert-390");
    expect(await office.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // Once the site is rebuilt, the link leads to the trial's public page.
    await hub?.rebuilder?.idle();
    if (hub) expect((await fetch(`${base}${href}`)).status).toBe(200);
    expect(problems).toEqual([]);
  });
});
