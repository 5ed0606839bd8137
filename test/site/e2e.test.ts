import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runAxe, serveSite, seriousOrCritical, shot, type ServedSite } from "./browser.ts";
import { HEADER_FIT_SCRIPT } from "../../site/src/lib/header-fit.ts";
import { readFixture, sharedFixtureSite, type BuiltSite } from "./built-site.ts";

const fixture = readFixture();
const published = fixture.pilots;

let site: BuiltSite;
let served: ServedSite;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  site = sharedFixtureSite();
  served = await serveSite(site.dir);
  ({ origin, browser } = served);
});

afterAll(async () => {
  await served?.close();
});

/** A fresh page that records dialogs, page errors and CSP violations; a test fails if any happen. */
interface Watched {
  page: Page;
  dialogs: string[];
  problems: string[];
  /** Set by a test that opens a missing page on purpose: the browser then logs the 404. */
  expectNotFound?: boolean;
}

let context: BrowserContext;
let watched: Watched;

beforeEach(async () => {
  context = await browser.newContext();
  const page = await context.newPage();
  watched = { page, dialogs: [], problems: [] };
  page.on("dialog", (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => watched.problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") watched.problems.push(`console: ${message.text()}`);
  });
});

afterEach(async () => {
  await context.close();
  expect(watched.dialogs).toEqual([]);
  const notFound = /Failed to load resource: the server responded with a status of 404/;
  expect(watched.problems.filter((p) => !(watched.expectNotFound && notFound.test(p)))).toEqual([]);
});

async function openSearch(page: Page, query = ""): Promise<void> {
  await page.goto(`${origin}/${query}`);
  await page
    .locator("[data-search-status]")
    .filter({ hasText: /funnet|Fant ingen/ })
    .waitFor();
}

async function hitCount(page: Page): Promise<number> {
  const status = (await page.locator("[data-search-status]").textContent()) ?? "";
  if (status.startsWith("Fant ingen")) return 0;
  const match = /^([\d\s\u00a0]+) utprøving/.exec(status);
  if (!match) throw new Error(`Unexpected status: ${status}`);
  return Number(match[1]!.replace(/\D/g, ""));
}

async function showAllResults(page: Page): Promise<void> {
  const more = page.locator("[data-search-more]");
  while (await more.isVisible()) {
    const before = await page.locator("[data-search-results] > li").count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll("[data-search-results] > li").length > n, before);
  }
}

describe("search", () => {
  it("finds a trial that only says «utplasseringen» when searching «utplassering» (Norwegian stemming)", async () => {
    // Prepare
    const target = published.find((p) => p.title === "Språkpraksis i dagligvarehandelen for nyankomne")!;
    const allText = JSON.stringify(target);
    expect(allText).toContain("utplasseringen");
    expect(allText).not.toMatch(/utplassering(?![a-zæøå])/i);
    const { page } = watched;

    // Act
    await openSearch(page, "?q=utplassering");
    await showAllResults(page);

    // Assess
    const titles = await page.locator("[data-search-results] > li h2 a").allTextContents();
    expect(titles).toContain(target.title);
    expect(await page.locator("[data-search-results] mark").count()).toBeGreaterThan(0);
  });

  it("finds it by another inflection too, «utplasseringer», which no prefix of the text matches", async () => {
    // Prepare: Pagefind also matches prefixes, so only a form that is not a prefix proves the stemming.
    const target = published.find((p) => p.title === "Språkpraksis i dagligvarehandelen for nyankomne")!;
    expect(JSON.stringify(target)).not.toContain("utplasseringer");
    const { page } = watched;

    // Act
    await openSearch(page, "?q=utplasseringer");
    await showAllResults(page);

    // Assess
    expect(await page.locator("[data-search-results] > li h2 a").allTextContents()).toContain(target.title);
  });

  it("narrows the hits with a target-group filter, and the filter's count matches the results", async () => {
    // Prepare
    const { page } = watched;
    await openSearch(page);
    const total = await hitCount(page);
    const group = "psykisk-helse-rus";
    const expected = published.filter((p) => p.targetGroups.includes(group)).length;
    const count = page.locator(`[data-count-for="malgruppe"][data-value="${group}"]`);
    expect(await count.textContent()).toBe(`(${expected})`);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(total);

    // Act
    await page.locator(`input[data-filter="malgruppe"][value="${group}"]`).check();
    await page
      .locator("[data-search-status]")
      .filter({ hasText: `${expected} utprøving` })
      .waitFor();
    await showAllResults(page);

    // Assess
    expect(await hitCount(page)).toBe(expected);
    expect(await page.locator("[data-search-results] > li").count()).toBe(expected);
    expect(new URL(page.url()).searchParams.getAll("malgruppe")).toEqual([group]);
    expect(await page.locator("[data-search-status]").getAttribute("aria-live")).toBe("polite");
  });

  it("opens with the filters in the URL, as the gap map links to it", async () => {
    // Prepare
    const pilot = published.find((p) => p.targetGroups.length && p.measureTypes.length)!;
    const [tg, mt] = [pilot.targetGroups[0]!, pilot.measureTypes[0]!];
    const expected = published.filter((p) => p.targetGroups.includes(tg) && p.measureTypes.includes(mt)).length;
    const { page } = watched;

    // Act
    await openSearch(page, `?malgruppe=${tg}&tiltakstype=${mt}`);

    // Assess
    expect(await hitCount(page)).toBe(expected);
    expect(await page.locator(`input[data-filter="malgruppe"][value="${tg}"]`).isChecked()).toBe(true);
    expect(await page.locator(`input[data-filter="tiltakstype"][value="${mt}"]`).isChecked()).toBe(true);
  });

  it("sorts by strongest evidence", async () => {
    // Prepare
    const { page } = watched;
    await openSearch(page);

    // Act
    await page.locator("select[name=sort]").selectOption("evidens");
    await page.waitForURL(/sort=evidens/);
    await page.locator("[data-search-status]").filter({ hasText: "funnet" }).waitFor();

    // Assess
    const levels = (await page.locator("[data-search-results] > li .utp-badge").allTextContents()).flatMap((t) => /nivå (\d)/.exec(t)?.[1] ?? []).map(Number);
    expect(levels.length).toBeGreaterThan(1);
    expect([...levels].sort((a, b) => b - a)).toEqual(levels);
    expect(levels[0]).toBe(Math.max(...published.map((p) => p.evidence.strength)));
  });

  it("shows hostile text in search results as text", async () => {
    // Prepare
    const { page } = watched;

    // Act
    await openSearch(page, "?q=Sammendrag");

    // Assess
    const results = page.locator("[data-search-results]");
    expect(await results.textContent()).toContain("<script>");
    expect(await results.locator("script, img, svg, iframe").count()).toBe(0);
    expect(await results.locator("[onerror], [onload]").count()).toBe(0);
  });

  it("lists the newest trials and the browse links without JavaScript", async () => {
    // Prepare
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();

    // Act
    await page.goto(`${origin}/`);

    // Assess
    expect(await page.locator("[data-search-results] > li").count()).toBe(Math.min(20, published.length));
    expect(await page.locator("form[data-search-form]").isVisible()).toBe(false);
    expect(await page.locator("a[href='/kunnskapskart/']").count()).toBeGreaterThan(0);
    await noJs.close();
  });
});

describe("reading pages", () => {
  it("shows a method's trials from several offices with their outcomes", async () => {
    // Prepare
    const { page } = watched;

    // Act
    await page.goto(`${origin}/metode/ips/`);

    // Assess
    const rows = page.locator("table[data-method-trials] tbody tr");
    const offices = await rows.locator("td:nth-of-type(1)").allTextContents();
    const outcomes = await rows.locator("td[data-outcome]").allTextContents();
    expect(new Set(offices).size).toBeGreaterThanOrEqual(2);
    expect(outcomes.every((o) => o.trim().length > 0)).toBe(true);
    expect(outcomes).toContain("Virket");
    expect(await page.locator("[data-method-summary]").textContent()).toMatch(/^Prøvd ved \d+ kontorer/);
  });

  it("renders a trial with hostile text in every field inert", async () => {
    // Prepare
    const hostile = published.find((p) => p.title.includes("<script>"))!;
    const { page } = watched;

    // Act
    await page.goto(`${origin}/utproving/${hostile.slug}/`);
    await page.waitForLoadState("load");

    // Assess
    const main = page.locator("main");
    expect(await page.locator("h1").textContent()).toBe(hostile.title);
    // No element the text could have made: the page's own script is a file from /_astro/.
    expect(await main.locator("script:not([src^='/_astro/']), iframe, img").count()).toBe(0);
    expect(await main.locator("svg[onload], [onerror], [onload]").count()).toBe(0);
    // The only scripts are the header's fitting, inline and exactly as the site's policy allows it by its hash,
    // and «Kopier lenke»'s, loaded from a file
    expect(
      await page.evaluate(() => [...document.querySelectorAll("script")].map((s) => (s.src ? new URL(s.src).pathname.startsWith("/_astro/") : s.textContent))),
    ).toEqual([HEADER_FIT_SCRIPT, true]);
    expect(await main.textContent()).toContain(hostile.need);
  });

  it("flags the departures from the plan on a trial page, as tags beside what was planned, and screenshots it", async () => {
    // Prepare
    const offPlan = published.find((p) => p.slug.startsWith("effektkontrakt-for-a-forebygge"))!;
    const { page } = watched;

    // Act
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${origin}/utproving/${offPlan.slug}/`);
    const report = page.locator("[data-plan-report]");
    const flags = await report.locator("[data-plan-flags] [data-plan-flag]").evaluateAll((tags) => tags.map((t) => t.getAttribute("data-plan-flag")));
    const rowTags = await report.locator("table [data-plan-flag]").allTextContents();
    await report.scrollIntoViewIfNeeded();
    await shot(page, "utproving-planlagt-mot-rapportert-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, "utproving-planlagt-mot-rapportert-390");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

    // Assess
    expect(flags).toEqual(["dropped", "not-planned", "participants", "cost"]);
    expect(rowTags).toEqual(["Falt bort uten forklaring", "Ikke planlagt", "Deltakere avviker fra plan", "Kostnad avviker fra plan"]);
    expect(await report.textContent()).toContain("Antall deltakere avviker fra planen: 48 mot planlagt 80 (40 % mindre enn planlagt).");
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it("shows a trial that kept to its plan without flags", async () => {
    // Prepare
    const faithful = published.find((p) => p.slug.startsWith("individuell-jobbstotte-i-bodo"))!;
    const { page } = watched;

    // Act
    await page.goto(`${origin}/utproving/${faithful.slug}/`);
    const report = page.locator("[data-plan-report]");

    // Assess
    expect(await report.locator("[data-plan-flag]").count()).toBe(0);
    expect(await report.textContent()).toContain("Innenfor en tredjedel av planen");
  });

  it("sends an old method slug on to the method it was merged into", async () => {
    // Prepare
    const merged = fixture.methods.find((m) => m.mergedInto)!;
    const { page } = watched;

    // Act
    await page.goto(`${origin}/metode/${merged.slug}/`);
    await page.waitForURL(`${origin}/metode/${merged.mergedInto}/`);

    // Assess
    expect(new URL(page.url()).pathname).toBe(`/metode/${merged.mergedInto}/`);
  });
});

describe("accessibility", () => {
  const hostile = published.find((p) => p.title.includes("<script>"))!;
  const aTrial = published.find((p) => p.results && p.outcomeSwitch.dropped.length === 0)!;
  const pages: [string, string][] = [
    ["søk", "/"],
    ["søk med treff og filtre", "/?q=oppfølging&malgruppe=unge-under-30"],
    ["utprøving", `/utproving/${aTrial.slug}/`],
    ["utprøving med fiendtlig tekst", `/utproving/${hostile.slug}/`],
    ["utprøving med avvik fra planen", `/utproving/${published.find((p) => p.slug.startsWith("effektkontrakt-for-a-forebygge"))!.slug}/`],
    ["metoder", "/metode/"],
    ["metode", "/metode/ips/"],
    ["kunnskapskart", "/kunnskapskart/"],
    ["kunnskapsgrunnlag", "/om/kunnskapsgrunnlag/"],
    ["kontorer", "/kontor/"],
    ["kontor", `/kontor/${aTrial.officeId}/`],
    ["fylker", "/fylke/"],
    ["fylke", `/fylke/${aTrial.county}/`],
    ["statistikk", "/statistikk/"],
    ["tilgjengelighet", "/tilgjengelighet/"],
    ["404", "/finnes-ikke/"],
  ];

  it.each(pages)("finds no serious or critical axe violations on %s (%s)", async (_name, path) => {
    // Prepare
    const { page } = watched;
    watched.expectNotFound = path === "/finnes-ikke/";
    await page.goto(`${origin}${path}`);
    if (path.startsWith("/?") || path === "/")
      await page
        .locator("[data-search-status]")
        .filter({ hasText: /funnet|Fant ingen/ })
        .waitFor();

    // Act
    const { passes, violations } = await runAxe(page);

    // Assess
    expect(passes).toBeGreaterThan(10);
    expect(seriousOrCritical(violations)).toEqual([]);
  });
});
