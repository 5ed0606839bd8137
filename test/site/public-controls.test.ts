import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PublicPilot } from "../../shared/domain/public-trial/public-pilot.ts";
import { runAxe, serveSite, seriousOrCritical, shot, type ServedSite } from "./browser.ts";
import { sharedFixtureSite } from "./built-site.ts";

/**
 * The reading pages' controls as Aksel draws them (built without hydration, the search script giving them
 * behaviour), the one card of lists, search results and similar trials, and "Last ned treffene", in Chromium
 * at 1280 and 390 px. `npm run screenshots` writes pictures to test-results/screenshots/ (public-*.png).
 */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

let served: ServedSite;
let origin: string;
let pilots: PublicPilot[];
let context: BrowserContext;
let problems: string[];
let requests: string[];

beforeAll(async () => {
  const dir = sharedFixtureSite().dir;
  pilots = (JSON.parse(readFileSync(join(dir, "data", "utprovinger.json"), "utf8")) as { items: PublicPilot[] }).items;
  served = await serveSite(dir);
  origin = served.origin;
});

afterAll(async () => {
  await served?.close();
});

beforeEach(() => {
  problems = [];
  requests = [];
});

afterEach(async () => {
  await context?.close();
  expect(problems).toEqual([]);
});

async function newPage(viewport = DESKTOP): Promise<Page> {
  context = await served.browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  context.on("request", (request) => requests.push(new URL(request.url()).pathname));
  return page;
}

async function settled(page: Page): Promise<void> {
  await page
    .locator("[data-search-status]")
    .filter({ hasText: /funnet|Fant ingen/ })
    .waitFor();
}

async function showAll(page: Page): Promise<void> {
  const more = page.locator("[data-search-more]");
  while (await more.isVisible()) {
    const before = await page.locator("[data-search-results] > li").count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll("[data-search-results] > li").length > n, before);
  }
}

async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function seriousAxe(page: Page): Promise<string[]> {
  return seriousOrCritical((await runAxe(page)).violations).map((v) => `${v.id}: ${v.targets[0]}`);
}

/** A trial that has similar trials listed on its page. */
function trialWithSimilar(page: Page): Promise<string> {
  return (async () => {
    for (const p of pilots) {
      await page.goto(`${origin}/utproving/${p.slug}/`);
      if ((await page.locator("[aria-labelledby=lignende] .utp-card").count()) > 0) return p.slug;
    }
    throw new Error("No trial lists similar trials");
  })();
}

describe("Aksel's controls on the search page", () => {
  it("draws the filters as Aksel checkbox groups in accordion items, the sort menu as Aksel's select, and opens a closed group", async () => {
    // Prepare
    const page = await newPage();
    await page.goto(`${origin}/`);

    // Act
    const closed = page.locator(".utp-filters .aksel-accordion__item[data-filter-group=status]");
    expect(await closed.getAttribute("data-expanded")).toBe("false");
    const header = closed.locator(".aksel-accordion__header");
    const firstBox = closed.locator("input[type=checkbox], select").first();
    const hiddenBefore = await firstBox.isVisible();
    await header.click();

    // Assess
    expect(await page.locator(".utp-filters details, .utp-filters summary").count()).toBe(0);
    expect(await page.locator(".utp-filters .aksel-checkbox-group").count()).toBeGreaterThan(5);
    const checkbox = page.locator("input[data-filter=malgruppe]").first();
    expect(await checkbox.getAttribute("class")).toContain("aksel-checkbox__input");
    const box = (await checkbox.boundingBox())!;
    expect(box.width).toBeGreaterThan(16);
    expect(box.height).toBeGreaterThan(16);
    expect(await page.locator("select[name=sort]").getAttribute("class")).toContain("aksel-select__input");
    expect(await page.locator("label[for=sok-sort]").getAttribute("class")).toContain("aksel-form-field__label");
    expect(hiddenBefore).toBe(false);
    expect(await header.getAttribute("aria-expanded")).toBe("true");
    expect(await firstBox.isVisible()).toBe(true);
    await header.click();
    expect(await header.getAttribute("aria-expanded")).toBe("false");
    await expect.poll(() => firstBox.isVisible()).toBe(false);
    // The script still reads the Aksel checkboxes: ticking one filters the list.
    await checkbox.check();
    await page.waitForURL(/malgruppe=/);
    await settled(page);
    expect(await page.locator("[data-search-status]").textContent()).toMatch(/funnet/);
  });

  it("keeps the phone menu's Aksel button in the header's corner when the menu opens", async () => {
    // Prepare
    const page = await newPage(PHONE);
    await page.goto(`${origin}/`);
    const button = page.locator(".utp-menu > summary");
    expect(await button.getAttribute("class")).toContain("aksel-button");
    const before = (await button.boundingBox())!;

    // Act
    await button.click();
    await page.locator(".utp-menu a[href='/kunnskapskart/']").waitFor();
    const after = (await button.boundingBox())!;
    await shot(page, "public-menu-open-390", { fullPage: false });

    // Assess
    expect(Math.abs(after.x - before.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(after.y - before.y)).toBeLessThanOrEqual(1);
    expect(Math.abs(after.width - before.width)).toBeLessThanOrEqual(1);
    expect(after.width).toBeLessThan(PHONE.width / 2);
    expect(after.x + after.width).toBeGreaterThan(PHONE.width - 40);
    expect(await page.locator(".utp-menu").getAttribute("open")).not.toBeNull();
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect(await seriousAxe(page)).toEqual([]);
  });
});

describe("one card", () => {
  /** What a card says and how its tags are drawn, without the marks of a query. */
  function cardFacts(page: Page, card: string) {
    return page.locator(card).evaluate((li) => ({
      title: li.querySelector("[data-card-link]")?.textContent,
      href: li.querySelector("[data-card-link]")?.getAttribute("href"),
      facts: li.querySelector("[data-card-facts]")?.textContent,
      snippet: li.querySelector("[data-card-snippet]")?.textContent,
      tags: [...li.querySelectorAll(".aksel-tag")].map((t) => ({
        text: t.textContent,
        className: t.className,
        color: t.getAttribute("data-color"),
        variant: t.getAttribute("data-variant"),
        meter: t.querySelectorAll(".utp-badge__meter .is-on").length,
      })),
      compare: li.querySelector("[data-card-compare]")?.textContent ?? null,
    }));
  }

  it("shows the same card for a trial on the front page, in the search results and among similar trials", async () => {
    // Prepare
    const page = await newPage();
    const slug = await trialWithSimilar(page);
    const similarHref = (await page.locator("[aria-labelledby=lignende] .utp-card [data-card-link]").first().getAttribute("href"))!;
    const onTrialPage = await cardFacts(page, `[aria-labelledby=lignende] .utp-card:has(a[href="${similarHref}"])`);
    await page.goto(`${origin}/`);
    const hrefs = await page.locator("[data-search-results] > li [data-card-link]").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    const built = await Promise.all(hrefs.map((href) => cardFacts(page, `[data-search-results] > li:has(a[href="${href}"])`)));

    // Act: the same list drawn by the search script from the index (the newest first, as the build lists them)
    await page.goto(`${origin}/?sort=nyeste`);
    await settled(page);
    await showAll(page);
    const drawn = await Promise.all(hrefs.map((href) => cardFacts(page, `[data-search-results] > li:has(a[href="${href}"])`)));
    const drawnSimilar = await cardFacts(page, `[data-search-results] > li:has(a[href="${similarHref}"])`);

    // Assess
    expect(slug).toBeTruthy();
    expect(hrefs.length).toBeGreaterThan(5);
    expect(drawn).toEqual(built);
    expect(built.every((card) => card.tags.length === 2 && card.tags[1]!.meter > 0)).toBe(true);
    expect({ ...drawnSimilar, compare: null }).toEqual({ ...onTrialPage, compare: null });
    await shot(page, "public-search-cards-1280");
  });

  it("wraps a long word in a similar trial's title and summary instead of widening the trial page at 390 px", async () => {
    // Prepare
    const page = await newPage(PHONE);
    await trialWithSimilar(page);
    const long = "Arbeidsmarkedstiltaksgjennomføringsevalueringsrapporteringsrutinebeskrivelsene";

    // Act
    await page
      .locator("[aria-labelledby=lignende] .utp-card")
      .first()
      .evaluate((card, word) => {
        card.querySelector("[data-card-link]")!.textContent = `${word} ${word}`;
        const snippet = card.querySelector("[data-card-snippet]");
        if (snippet) snippet.textContent = word;
      }, long);

    // Assess
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    const card = (await page.locator("[aria-labelledby=lignende] .utp-card").first().boundingBox())!;
    expect(card.x + card.width).toBeLessThanOrEqual(PHONE.width);
    await shot(page, "public-trial-390");
    expect(await seriousAxe(page)).toEqual([]);
  });
});

describe("Last ned treffene", () => {
  async function downloaded(page: Page, format: "xlsx" | "csv"): Promise<Buffer> {
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(`[data-download-format=${format}]`).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^utprovinger-treff-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
    return readFileSync((await download.path())!);
  }

  async function visibleTitles(page: Page): Promise<string[]> {
    await showAll(page);
    return page.locator("[data-search-results] > li [data-card-link]").allTextContents();
  }

  it("gives the hits of a filtered search as a CSV and a workbook whose rows are the hits, the writer loaded only on the click", async () => {
    // Prepare
    const group = "unge-under-30";
    const expected = pilots.filter((p) => p.targetGroups.includes(group)).length;
    const page = await newPage();
    await page.goto(`${origin}/?malgruppe=${group}&sort=evidens`);
    await settled(page);
    const titles = await visibleTitles(page);
    const beforeClick = [...requests];

    // Act
    const csv = await downloaded(page, "csv");
    const xlsx = await downloaded(page, "xlsx");

    // Assess
    expect(titles).toHaveLength(expected);
    expect(beforeClick.some((r) => r.includes("download-hits"))).toBe(false);
    expect(beforeClick.some((r) => r === "/data/utprovinger.json")).toBe(false);
    expect(requests.some((r) => r.includes("download-hits"))).toBe(true);
    const rows = parse(csv.toString("utf8").replace(/^\uFEFF/, ""), { delimiter: ";", columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.tittel?.replace(/^'/, ""))).toEqual(titles);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const titleColumn = header.indexOf(header.find((h) => /^tittel$/i.test(h)) ?? "") + 1;
    expect(titleColumn).toBeGreaterThan(0);
    const sheetTitles = Array.from({ length: sheet.rowCount - 1 }, (_, i) => String(sheet.getRow(i + 2).getCell(titleColumn).value ?? "").replace(/^'/, ""));
    expect(sheetTitles).toEqual(titles);
  });
});

describe("screenshots and axe", () => {
  it.each([
    ["1280", DESKTOP],
    ["390", PHONE],
  ] as const)("shows the search page with its filters open at %s px, without serious axe findings", async (width, viewport) => {
    // Prepare
    const page = await newPage(viewport);
    await page.goto(`${origin}/?q=oppf%C3%B8lging`);
    await settled(page);

    // Act
    if (width === "390") await page.locator("[data-filter-toggle]").click();
    await page.locator(".aksel-accordion__item[data-filter-group=fylke] .aksel-accordion__header").click();
    await page.locator("[data-read-more-toggle]").click();
    await shot(page, `public-search-filters-${width}`);

    // Assess
    expect(await page.locator("[data-search-filters]").isVisible()).toBe(true);
    expect(await page.locator("input[data-filter=fylke]").first().isVisible()).toBe(true);
    expect(await page.locator(".aksel-read-more__content").first().isVisible()).toBe(true);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect(await seriousAxe(page)).toEqual([]);
  });

  it.each([
    ["1280", DESKTOP],
    ["390", PHONE],
  ] as const)("shows the front page and a trial page at %s px without serious axe findings", async (width, viewport) => {
    // Prepare
    const page = await newPage(viewport);
    const slug = await trialWithSimilar(page);

    // Act
    await shot(page, `public-trial-${slug}-${width}`);
    const onTrial = await seriousAxe(page);
    await page.goto(`${origin}/`);
    await page.waitForLoadState("load");
    await shot(page, `public-front-${width}`);

    // Assess
    expect(onTrial).toEqual([]);
    expect(await seriousAxe(page)).toEqual([]);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });
});
