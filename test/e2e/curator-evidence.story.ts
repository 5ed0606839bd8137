import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RECOMMENDATION_CRITERIA } from "../../shared/domain/recommendation.ts";
import { launchChromium, logIn, seriousAxeViolations, sharedHub, shot } from "./harness.ts";

/**
 * The curators' list of methods to evaluate next and the criteria for spreading, in a real browser against
 * the local hub (seeded with the sample data, the site built from its export). `npm run screenshots`
 * writes screenshots at 1280 and 390 px to `test-results/screenshots/` (git-ignored).
 */
const CURATOR = "kurator";
const OFFICE_USER = "kontor-nav-grunerlokka";
const WIDTHS = [1280, 390] as const;

let browser: Browser;
let base = "";
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  // UTP_E2E_URL: against a hub already running (`npm start`) with the sample data, to try a change quickly.
  base = process.env.UTP_E2E_URL ?? (await sharedHub()).hub.url;
  browser = await launchChromium();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
});

/** A fresh browser whose page errors and console errors fail the test; axe needs the CSP bypassed to be injected. */
async function newPage(width: number, forAxe = false): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale: "nb-NO", timezoneId: "Europe/Oslo", bypassCSP: forAxe, viewport: { width, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    // The local issuer's login page has no icon, so the browser asks for /favicon.ico there and gets a 404.
    const favicon = message.location().url.endsWith("/favicon.ico");
    if (message.type() === "error" && !favicon && !/status of 401/.test(message.text()))
      problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  return { page, problems };
}

/** Logs in on the local issuer's page and comes back to `path`. */
const loginAt = (page: Page, path: string, sub: string) => logIn(page, base, path, sub);

const axe = seriousAxeViolations;

describe("what the directorate should evaluate next", () => {
  it("lists fagbrev på jobb (positive at two offices, no comparison group) for a curator, with the joint evaluation, and passes axe at 1280 and 390 px", async () => {
    for (const width of WIDTHS) {
      const { page, problems } = await newPage(width, true);
      await loginAt(page, "/kurator/", CURATOR);
      await page.getByRole("navigation", { name: "Kuratorsider" }).getByRole("link", { name: "Hva bør evalueres?" }).click();
      await page.getByRole("heading", { level: 1, name: "Hva bør evalueres?" }).waitFor();
      const items = page.locator("[data-candidate]");
      await expect.poll(() => items.count()).toBeGreaterThan(0);
      const fagbrev = page.locator('[data-candidate="fagbrev-pa-jobb"]');
      await expect.poll(() => fagbrev.textContent()).toContain("NAV Kristiansund, NAV Molde");
      // Methods with level 3–4 evidence are not on the list, however many offices found them positive.
      expect(await page.locator('[data-candidate="ips"], [data-candidate="arbeidsgiverledet-inkludering"]').count()).toBe(0);
      const sentence = (await fagbrev.locator("[data-joint-evaluation]").textContent()) ?? "";
      expect(sentence).toMatch(
        /^En felles evaluering ved de 2 kontorene som har prøvd metoden, med 44 deltakere og en like stor sammenligningsgruppe, kan påvise en forskjell på \d+,\d prosentpoeng eller mer, regnet fra 50\u00a0% uten metoden fordi ingen utprøving har en sammenligningsgruppe/,
      );
      expect(await fagbrev.getByRole("link", { name: "Fagbrev på jobb" }).getAttribute("href")).toBe("/metode/fagbrev-pa-jobb/");
      // The card's text keeps clear of its border on every side (a box, not a line).
      const inset = await fagbrev.evaluate((card) => {
        const box = card.getBoundingClientRect();
        const heading = card.querySelector("h2, h3")!.getBoundingClientRect();
        const style = getComputedStyle(card);
        return { left: heading.left - box.left, top: heading.top - box.top, border: style.borderLeftWidth };
      });
      expect(inset.left).toBeGreaterThanOrEqual(12);
      expect(inset.top).toBeGreaterThanOrEqual(12);
      expect(inset.border).not.toBe("0px");
      await shot(page, `kurator-kandidater-${width}`);
      expect(await axe(page), `/kurator/kandidater/ (${width})`).toEqual([]);
      if (width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(problems).toEqual([]);
    }
  });

  it("refuses an office user", async () => {
    const { page } = await newPage(1280);
    await loginAt(page, "/kurator/kandidater/", OFFICE_USER);
    await page.getByText("Denne siden er for kuratorer i Arbeids- og velferdsdirektoratet.").waitFor();
    expect(await page.locator("[data-candidate]").count()).toBe(0);
  });
});

describe("the criteria for spreading", () => {
  it("shows on a recommended method's page which criteria it meets, linked to the rubric that lists them", async () => {
    for (const width of WIDTHS) {
      const { page, problems } = await newPage(width, true);
      await page.goto(`${base}/metode/ips/`);
      const checklist = page.locator("[data-recommendation-checklist]");
      await checklist.waitFor();
      expect(await checklist.locator("[data-criterion]").evaluateAll((items) => items.map((li) => li.getAttribute("data-criterion")))).toEqual(
        RECOMMENDATION_CRITERIA.map((c) => c.code),
      );
      expect(await checklist.textContent()).toContain("Prøvd ved 5 kontorer.");
      await shot(page, `metode-ips-anbefalt-${width}`);
      expect(await axe(page), `/metode/ips/ (${width})`).toEqual([]);
      await checklist.getByRole("link", { name: "les kriteriene" }).click();
      await page.waitForURL(/\/om\/kunnskapsgrunnlag\/#spredning$/);
      for (const criterion of RECOMMENDATION_CRITERIA) await page.locator("[data-recommendation-criteria]").getByText(criterion.label).waitFor();
      expect(problems).toEqual([]);
    }
  });

  it("shows the same checklist to a curator setting the recommendation", async () => {
    for (const width of WIDTHS) {
      const { page, problems } = await newPage(width, true);
      await loginAt(page, "/kurator/metoder/", CURATOR);
      const card = page.getByRole("region", { name: "Fagbrev på jobb" });
      await card.getByRole("button", { name: "Vis mer" }).click();
      const checklist = page.locator('[data-recommendation-checklist][aria-label="Kriterier for spredning: Fagbrev på jobb"]');
      await checklist.waitFor();
      expect(await checklist.locator('[data-criterion="effekt"]').getAttribute("data-met")).toBe("false");
      expect(await checklist.locator('[data-criterion="flere-kontorer"]').getAttribute("data-met")).toBe("true");
      expect(await checklist.textContent()).toContain("Oppfyller 3 av 4 kriterier for spredning");
      await checklist.scrollIntoViewIfNeeded();
      await shot(page, `kurator-metoder-kriterier-${width}`);
      expect(await axe(page), `/kurator/metoder/ (${width})`).toEqual([]);
      if (width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(problems).toEqual([]);
    }
  });
});
