import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PublicPilot } from "../../shared/domain/public-trial/public-pilot.ts";
import { runAxe, serveSite, seriousOrCritical, type ServedSite } from "./browser.ts";
import { sharedFixtureSite } from "./built-site.ts";

/**
 * Search and reading pages as a searcher uses them, in Chromium: words people use, typos, the sort label,
 * what is loaded, phones, the gap map, axe at 1280 and 390 px. Built from the sample fixture; with
 * UTP_SEARCH_SITE_DIR the same tests run against another built site (e.g. the bench's 10,000-trial build
 * in .cache/bench-site-10000), their expectations read from that site's own open data.
 */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

let siteDir: string;
let pilots: PublicPilot[];
let served: ServedSite;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  const given = process.env.UTP_SEARCH_SITE_DIR;
  if (given) siteDir = given;
  else {
    siteDir = sharedFixtureSite().dir;
  }
  pilots = (JSON.parse(readFileSync(join(siteDir, "data", "utprovinger.json"), "utf8")) as { items: PublicPilot[] }).items;
  served = await serveSite(siteDir);
  ({ origin, browser } = served);
});

afterAll(async () => {
  await served?.close();
});

let context: BrowserContext;
let problems: string[];
let requests: string[];

async function newPage(viewport = DESKTOP): Promise<Page> {
  context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  context.on("request", (request) => requests.push(new URL(request.url()).pathname));
  return page;
}

beforeEach(() => {
  problems = [];
  requests = [];
});

afterEach(async () => {
  await context?.close();
  expect(problems).toEqual([]);
});

async function search(page: Page, query: string): Promise<void> {
  await page.goto(`${origin}/?q=${encodeURIComponent(query)}`);
  await page
    .locator("[data-search-status]")
    .filter({ hasText: /utprøving(er)? funnet$|Fant ingen/ })
    .waitFor();
}

async function titles(page: Page): Promise<string[]> {
  return page.locator("[data-search-results] > li h2 a").allTextContents();
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
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe("words people use", () => {
  it("finds every trial for «Unge under 30 år» when searching «ungdom»", async () => {
    // Prepare
    const young = pilots.filter((p) => p.targetGroups.includes("unge-under-30"));
    expect(young.length).toBeGreaterThan(0);
    expect(young.filter((p) => JSON.stringify(p).toLocaleLowerCase("nb").includes("ungdom")).length).toBeLessThan(young.length);
    const page = await newPage();

    // Act: the search narrowed to the group counts every young trial the word finds
    await page.goto(`${origin}/?q=ungdom&malgruppe=unge-under-30`);
    const status = page.locator("[data-search-status]").filter({ hasText: /utprøving(er)? funnet$|Fant ingen/ });
    await status.waitFor();
    const counted = Number(((await status.textContent()) ?? "").replace(/\D/g, ""));

    // Assess
    expect(counted).toBe(young.length);
    if (young.length <= 100) {
      // Small enough to read every hit: each young trial by title
      await search(page, "ungdom");
      await showAll(page);
      const found = new Set(await titles(page));
      for (const p of young) expect(found, p.title).toContain(p.title);
    }
  });

  it.each([
    ["IPS", "individuell jobbstøtte"],
    ["AFT", "arbeidsforberedende trening"],
  ])("gives the same top hits for «%s» and «%s»", async (short, long) => {
    // Prepare
    const page = await newPage();

    // Act
    await search(page, short);
    const shortHits = (await titles(page)).slice(0, 5);
    await search(page, long);
    const longHits = (await titles(page)).slice(0, 5);

    // Assess
    expect(shortHits.length).toBeGreaterThan(0);
    expect(longHits).toEqual(shortHits);
  });
});

describe("typos and empty results", () => {
  it("searches a one-letter typo of a word in the index as that word, with a link to the words as typed that offers «Mente du»", async () => {
    // Prepare: a word the vocabulary knows, with one letter changed
    const words = (JSON.parse(readFileSync(join(siteDir, "sok", "ordliste.json"), "utf8")) as { words: string[] }).words;
    const word = words.find((w) => w.length >= 10 && /^[a-zæøå]+$/.test(w))!;
    const typo = `${word.slice(0, 6)}${word[6] === "x" ? "y" : "x"}${word.slice(7)}`;
    const page = await newPage();
    await search(page, word);
    const forWord = await titles(page);

    // Act
    await search(page, typo);
    const suggestion = page.locator("[data-search-suggest]");
    await suggestion.waitFor();

    // Assess: the hits are the word's, and the note says so
    expect(await suggestion.textContent()).toBe(`Viser treff for «${word}». Søk i stedet for «${typo}»`);
    expect(await titles(page)).toEqual(forWord);
    expect(requests.filter((r) => r.endsWith("/sok/ordliste.json"))).toHaveLength(1);
    // The words as typed, uncorrected, with the word offered instead
    await suggestion.locator("a").first().click();
    await page.waitForURL((url) => url.searchParams.get("q") === typo && url.searchParams.get("ordrett") === "1");
    await page.locator("[data-search-suggest]").filter({ hasText: "Mente du" }).waitFor();
    expect(await page.locator("[data-search-suggest] a").first().textContent()).toBe(word);
  });

  it("finds nothing for a word no trial holds and nothing near it, instead of loose partial matches", async () => {
    // Prepare: a word made of the start of a common word and letters no word has
    const words = (JSON.parse(readFileSync(join(siteDir, "sok", "ordliste.json"), "utf8")) as { words: string[] }).words;
    const common = words.find((w) => w.length >= 6 && /^[a-zæøå]+$/.test(w))!;
    const absent = `${common.slice(0, 6)}qyzqwv`;
    const page = await newPage();

    // Act
    await search(page, absent);

    // Assess
    expect(await page.locator("[data-search-status]").textContent()).toBe(`Fant ingen utprøvinger for «${absent}».`);
    expect(await page.locator("[data-search-empty]").isVisible()).toBe(true);
    expect(await page.locator("[data-search-results] > li").count()).toBe(0);
    // The filters' counts say the same once their index is loaded
    await page.locator("input[data-filter='malgruppe']").first().focus();
    await page.waitForFunction(() => [...document.querySelectorAll("[data-count-for]")].every((el) => !(el as HTMLElement).hidden));
    expect(new Set(await page.locator("[data-count-for]").allTextContents())).toEqual(new Set(["(0)"]));
  });

  it("shows help and links to browse when nothing is found", async () => {
    // Prepare
    const page = await newPage();

    // Act
    await search(page, "qqqzzzxxy");

    // Assess
    expect(await page.locator("[data-search-status]").textContent()).toContain("Fant ingen utprøvinger for «qqqzzzxxy»");
    const help = page.locator("[data-search-empty]");
    expect(await help.isVisible()).toBe(true);
    expect(await help.locator("a[href='/metode/']").count()).toBe(1);
    expect(await help.locator("a[href='/fylke/']").count()).toBe(1);
    expect(await help.locator("a[href^='/?malgruppe=']").count()).toBeGreaterThan(5);
  });

  it("does not fetch the vocabulary for a query that finds what was typed", async () => {
    // Prepare
    const page = await newPage();

    // Act
    await search(page, "IPS");

    // Assess
    expect(requests.some((r) => r.endsWith("/sok/ordliste.json"))).toBe(false);
  });
});

describe("results at a glance", () => {
  it("explains the order of the best hits in the help «Slik sorterer vi»", async () => {
    // Prepare
    const page = await newPage();
    await search(page, "oppfølging");
    const help = page.locator(".aksel-read-more", { has: page.locator("button", { hasText: "Slik sorterer vi" }) });

    // Act
    await help.locator("button").click();

    // Assess
    expect(await help.locator(".aksel-read-more__content").isVisible()).toBe(true);
    expect(await help.locator(".aksel-read-more__content").textContent()).toMatch(/tittelen, sammendraget eller problemet/);
  });

  it("shows the order actually used in the sort menu", async () => {
    // Prepare
    const page = await newPage();
    await page.goto(`${origin}/`);
    const sort = page.locator("select[name=sort]");
    expect(await sort.locator("option:checked").textContent()).toBe("Nyeste først");

    // Act
    await page.locator("#sok-q").fill("oppfølging");
    await page.locator("#sok-q").press("Enter");
    await page
      .locator("[data-search-status]")
      .filter({ hasText: /funnet$/ })
      .waitFor();

    // Assess
    expect(await sort.locator("option:checked").textContent()).toBe("Beste treff");
    await sort.selectOption("evidens");
    await page.waitForURL(/sort=evidens/);
    await page
      .locator("[data-search-status]")
      .filter({ hasText: /funnet$/ })
      .waitFor();
    const levels = (await page.locator("[data-search-results] > li .utp-badge").allTextContents()).flatMap((t) => /nivå (\d)/.exec(t)?.[1] ?? []).map(Number);
    expect(levels.length).toBeGreaterThan(1);
    expect([...levels].sort((a, b) => b - a)).toEqual(levels);
    await page.locator("#sok-q").fill("");
    await page.locator("#sok-q").press("Enter");
    await page
      .locator("[data-search-status]")
      .filter({ hasText: /funnet$/ })
      .waitFor();
    expect(await sort.locator("option:checked").textContent()).toBe("Sterkest kunnskapsgrunnlag");
    await sort.selectOption("nyeste");
    await page
      .locator("[data-search-status]")
      .filter({ hasText: /funnet$/ })
      .waitFor();
    expect(await sort.locator("option[value=relevans]").isDisabled()).toBe(true);
  });

  it("shows a snippet from the summary or results, never the title again, and one verdict per card", async () => {
    // Prepare
    const page = await newPage();

    // Act
    await search(page, "oppfølging");

    // Assess
    const cards = page.locator("[data-search-results] > li");
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      const card = cards.nth(i);
      const title = (await card.locator("h2").textContent()) ?? "";
      const snippet = (await card.locator(".utp-excerpt").textContent()) ?? "";
      expect(snippet.startsWith(title)).toBe(false);
      expect(snippet).not.toMatch(/Unge under 30 år\. |Langtidsledige\. /);
      expect(await card.locator("[data-verdict]").count()).toBe(1);
    }
    const firstTitle = (await titles(page))[0];
    const pilot = pilots.find((p) => p.title === firstTitle)!;
    await page.goto(`${origin}/utproving/${pilot.slug}/`);
    expect((await page.locator("header [data-verdict]").textContent())?.trim()).toBe(await cardVerdict(pilot));
  });

  async function cardVerdict(pilot: PublicPilot): Promise<string> {
    const page = await context.newPage();
    await page.goto(`${origin}/?q=${encodeURIComponent(pilot.title)}`);
    await page
      .locator("[data-search-status]")
      .filter({ hasText: /funnet$/ })
      .waitFor();
    const card = page.locator("[data-search-results] > li", { has: page.locator("h2 a", { hasText: pilot.title }) }).first();
    return (await card.locator("[data-verdict]").textContent()) ?? "";
  }
});

describe("loads only what is needed", () => {
  it("opens without Pagefind, searches without the filters' index, and fetches it once the filters are used", async () => {
    // Prepare
    const page = await newPage();

    // Act
    await page.goto(`${origin}/`);
    await page.waitForLoadState("load");
    const onOpen = [...requests];
    await page.locator("#sok-q").fill("oppfølging");
    await page.locator("#sok-q").press("Enter");
    await page
      .locator("[data-search-status]")
      .filter({ hasText: /funnet$/ })
      .waitFor();
    const afterQuery = [...requests];
    await page.locator("input[data-filter='malgruppe']").first().check();
    await page
      .locator("[data-search-status]")
      .filter({ hasText: /funnet$|Fant ingen/ })
      .waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll("[data-count-for]")].every((el) => !(el as HTMLElement).hidden));

    // Assess
    expect(onOpen.some((r) => r.startsWith("/pagefind/"))).toBe(false);
    expect(afterQuery.some((r) => r.startsWith("/pagefind/index/"))).toBe(true);
    expect(afterQuery.some((r) => r.startsWith("/pagefind/filter/"))).toBe(false);
    expect(afterQuery.filter((r) => r.startsWith("/pagefind/fragment/")).length).toBeLessThanOrEqual(10);
    expect(requests.some((r) => r.startsWith("/pagefind/filter/"))).toBe(true);
  });

  it("has the counts for the whole bank in the page from the build", async () => {
    // Prepare
    const expected = pilots.filter((p) => p.targetGroups.includes("sykmeldte")).length;
    const page = await newPage();

    // Act
    await page.goto(`${origin}/`);

    // Assess
    expect(await page.locator("[data-count-for='malgruppe'][data-value='sykmeldte']").textContent()).toBe(`(${expected.toLocaleString("nb-NO")})`);
  });
});

describe("phones", () => {
  it("puts the first result above the fold and opens the filters from a «Filtrer» button", async () => {
    // Prepare
    const page = await newPage(PHONE);

    // Act
    await search(page, "oppfølging");

    // Assess
    const first = await page.locator("[data-search-results] > li").first().boundingBox();
    expect(first!.y).toBeLessThan(PHONE.height - 60);
    expect(await page.locator("[data-search-filters]").isVisible()).toBe(false);
    const toggle = page.locator("[data-filter-toggle]");
    expect(await toggle.textContent()).toBe("Filtrer");
    await toggle.click();
    expect(await page.locator("[data-search-filters]").isVisible()).toBe(true);
    await page.locator("input[data-filter='resultat'][value='virket']").check();
    await page
      .locator("[data-search-status]")
      .filter({ hasText: /funnet$|Fant ingen/ })
      .waitFor();
    expect(await toggle.textContent()).toBe("Filtrer (1 valgt)");
    await page.locator("[data-filter-close]").click();
    expect(await page.locator("[data-search-filters]").isVisible()).toBe(false);
  });

  it("has a compact menu and never scrolls sideways, long titles included", async () => {
    // Prepare
    const longest = [...pilots].sort((a, b) => b.title.length - a.title.length)[0]!;
    const paths = ["/", "/?q=oppfølging", "/kunnskapskart/", "/statistikk/", `/utproving/${longest.slug}/`, "/metode/"];
    const page = await newPage(PHONE);

    for (const path of paths) {
      // Act
      await page.goto(`${origin}${path}`);
      await page.waitForLoadState("load");

      // Assess
      expect(await sideways(page), path).toBeLessThanOrEqual(0);
      expect((await page.locator(".utp-header").boundingBox())!.height, path).toBeLessThan(80);
    }
    await page.locator(".utp-menu summary").click();
    expect(await page.locator(".utp-menu a[href='/kunnskapskart/']").isVisible()).toBe(true);
  });

  it("shows the gap map one target group at a time", async () => {
    // Prepare
    const page = await newPage(PHONE);

    // Act
    await page.goto(`${origin}/kunnskapskart/`);

    // Assess
    expect(await page.locator("table[data-gap-map]").isVisible()).toBe(false);
    const cards = page.locator("[data-gap-cards] details");
    expect(await cards.count()).toBe(10);
    expect(await cards.first().getAttribute("open")).not.toBeNull();
  });
});

describe("gap map", () => {
  it("colours worked and did-not-work cells differently, with a legend", async () => {
    // Prepare
    const page = await newPage();

    // Act
    await page.goto(`${origin}/kunnskapskart/`);

    // Assess: the legend's colours differ, and every cell has its finding's colour
    const swatch = (finding: string) => page.locator(`[data-gap-legend] .utp-finding--${finding}`).evaluate((el) => getComputedStyle(el).backgroundColor);
    const worked = await swatch("worked");
    const notWorked = await swatch("not-worked");
    expect(worked).not.toBe(notWorked);
    expect(await page.locator("[data-gap-legend] li").count()).toBeGreaterThanOrEqual(6);
    const cells = await page
      .locator("table[data-gap-map] td[data-finding]")
      .evaluateAll((tds) => tds.map((td) => ({ finding: td.getAttribute("data-finding")!, colour: getComputedStyle(td).backgroundColor })));
    const findings = new Set(cells.map((c) => c.finding));
    for (const finding of findings) {
      const colour = await swatch(finding);
      for (const cell of cells.filter((c) => c.finding === finding)) expect(cell.colour, finding).toBe(colour);
    }
    // A cell whose trials with results all showed no or negative effect never looks like success
    const byCell = new Map<string, PublicPilot[]>();
    for (const p of pilots) for (const g of p.targetGroups) for (const m of p.measureTypes) byCell.set(`${g}|${m}`, [...(byCell.get(`${g}|${m}`) ?? []), p]);
    const failedOnly = [...byCell].filter(
      ([, ps]) => ps.some((p) => p.results) && ps.every((p) => !p.results || ["virket-ikke", "negativ"].includes(p.results.outcome)),
    );
    for (const [key] of failedOnly)
      expect(await page.locator(`table[data-gap-map] td[data-cell="${key}"]`).getAttribute("data-finding"), key).not.toBe("worked");
  });
});

describe("accessibility at both widths", () => {
  const cases = ["/", "/?q=oppfølging", "/?q=qqqzzzxxy", "/kunnskapskart/", "/statistikk/"].flatMap((path) => [
    [path, "1280"],
    [path, "390"],
  ]);

  it.each(cases)("finds no serious or critical axe violations on %s at %s px", async (path, width) => {
    // Prepare
    const page = await newPage(width === "390" ? PHONE : DESKTOP);
    await page.goto(`${origin}${path}`);
    if (path.startsWith("/?"))
      await page
        .locator("[data-search-status]")
        .filter({ hasText: /funnet$|Fant ingen/ })
        .waitFor();

    // Act
    const { violations } = await runAxe(page);

    // Assess
    expect(seriousOrCritical(violations)).toEqual([]);
  });
});
