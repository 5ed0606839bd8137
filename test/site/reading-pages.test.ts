import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RegistryStatisticsSchema } from "../../shared/domain/public-trial/statistics.ts";
import { runAxe, serveSite, seriousOrCritical, SCREENSHOTS, SHOTS, shot, type ServedSite } from "./browser.ts";
import { FIXTURE, readFixture, sharedFixtureSite } from "./built-site.ts";

/**
 * The reading pages drawn at 1280 and 390 px: none wider than the window, no serious axe finding, each
 * screenshot to test-results/; then the pieces that were drawn wrong — wrapped tags, the gap map scrolled
 * sideways, the method tables on a phone, the review-time chart, a trial's "Kopier lenke" and its print view.
 */
const fixture = readFixture();
const registry = RegistryStatisticsSchema.parse((JSON.parse(readFileSync(FIXTURE, "utf8")) as { registry: unknown }).registry);
const trial = fixture.pilots.find((p) => p.results && p.outcomeSwitch.dropped.length === 0 && !p.title.includes("<"))!;
const methodWithForest = "ips";

let served: ServedSite;
let origin: string;
let browser: Browser;
let context: BrowserContext;
let problems: string[];

beforeAll(async () => {
  served = await serveSite(sharedFixtureSite().dir);
  ({ origin, browser } = served);
});

afterAll(async () => {
  for (const page of tourPages.values()) await page.context().close();
  await served?.close();
});

beforeEach(() => {
  problems = [];
});

afterEach(async () => {
  await context?.close();
});

/** Opens `path` in `page`; on the front page, once the search has drawn its count. */
async function goto(page: Page, path: string): Promise<Page> {
  await page.goto(`${origin}${path}`);
  if (path === "/" || path.startsWith("/?"))
    await page
      .locator("[data-search-status]")
      .filter({ hasText: /funnet|Fant ingen/ })
      .waitFor();
  return page;
}

/** `path` in a browser of its own (fresh storage) at `width`; its page errors fail the test. */
async function open(path: string, width: number, permissions: string[] = []): Promise<Page> {
  context = await browser.newContext({ viewport: { width, height: 900 }, permissions });
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return goto(page, path);
}

/**
 * One page per width for the tour of every reading page, going from page to page as a reader does: the browser
 * keeps its renderer and axe's compiled code between pages, which takes about a third off each visit.
 */
const tourPages = new Map<number, Page>();
async function visit(path: string, width: number): Promise<Page> {
  let page = tourPages.get(width);
  if (!page) {
    page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    tourPages.set(width, page);
  }
  return goto(page, path);
}

async function seriousAxe(page: Page): Promise<string[]> {
  return seriousOrCritical((await runAxe(page)).violations).map((v) => `${v.id} (${v.impact}): ${v.targets.join(", ")}`);
}

describe("every reading page at 1280 and 390 px", () => {
  const pages: [string, string][] = [
    ["forside", "/"],
    ["sok", "/?q=oppfølging"],
    ["utproving", `/utproving/${trial.slug}/`],
    ["metode", `/metode/${methodWithForest}/`],
    ["metoder", "/metode/"],
    ["kunnskapskart", "/kunnskapskart/"],
    ["statistikk", "/statistikk/"],
    ["fylker", "/fylke/"],
    ["fylke", `/fylke/${trial.county}/`],
    ["kontorer", "/kontor/"],
    ["kontor", `/kontor/${trial.officeId}/`],
    ["malgrupper", "/malgruppe/"],
    ["malgruppe", `/malgruppe/${trial.targetGroups[0]}/`],
    ["om-kunnskapsgrunnlag", "/om/kunnskapsgrunnlag/"],
    ["data", "/data/"],
    ["sammenlign", "/sammenlign/"],
    ["tilgjengelighet", "/tilgjengelighet/"],
    ["404", "/finnes-ikke/"],
  ];
  const cases = pages.flatMap(([name, path]) => [1280, 390].map((width) => [name, path, width] as const));

  it.each(cases)("%s (%s) at %i px: no sideways scroll, no serious axe finding, screenshot", async (name, path, width) => {
    // Act
    const page = await visit(path, width);
    const overflow = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    await shot(page, `lesesider-${name}-${width}`);
    const axe = await seriousAxe(page);

    // Assess
    expect(overflow.scroll, `${path} at ${width}`).toBeLessThanOrEqual(overflow.inner);
    expect(axe).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe("evidence and verdict tags on a phone", () => {
  it("have a line height above their font size, and wrapped lines that do not touch", async () => {
    // Act
    const page = await open(`/utproving/${trial.slug}/`, 390);
    const tags = await page.locator(".utp-badge").evaluateAll((els) =>
      els.map((el) => {
        const style = getComputedStyle(el);
        const range = document.createRange();
        range.selectNodeContents(el.firstElementChild ?? el);
        const lines = [...range.getClientRects()].map((r) => ({ top: r.top, bottom: r.bottom })).sort((a, b) => a.top - b.top);
        const distinct = lines.filter((l, i) => i === 0 || Math.abs(l.top - lines[i - 1]!.top) > 1);
        return { fontSize: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight), lines: distinct };
      }),
    );

    // Assess
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.some((t) => t.lines.length > 1)).toBe(true);
    for (const tag of tags) {
      expect(tag.lineHeight).toBeGreaterThan(tag.fontSize * 1.2);
      for (let i = 1; i < tag.lines.length; i++) expect(tag.lines[i]!.top - tag.lines[i - 1]!.bottom).toBeGreaterThanOrEqual(0);
    }
  });
});

describe("gap map at 1280 px", () => {
  it("scrolls in its own box, with the headings over their columns and the row labels at the left edge", async () => {
    // Prepare
    const page = await open("/kunnskapskart/", 1280);
    const box = page.locator(".utp-gapmap-wide");

    // Act
    await box.evaluate((el) => {
      el.scrollLeft = 450;
      el.scrollTop = 300;
    });
    const layout = await page.evaluate(() => {
      const wrap = document.querySelector(".utp-gapmap-wide")!.getBoundingClientRect();
      const table = document.querySelector("table[data-gap-map]")!;
      const headers = [...table.querySelectorAll("thead th")].map((th) => th.getBoundingClientRect());
      const rows = [...table.querySelectorAll("tbody tr")];
      const columns = headers.map((_, i) => rows.map((tr) => tr.querySelectorAll("td")[i]!.getBoundingClientRect()));
      const corner = table.querySelector(".utp-gapmap__corner")!.getBoundingClientRect();
      const rowLabel = rows[0]!.querySelector("th")!.getBoundingClientRect();
      // What lies on top where a heading has slid under the corner.
      const atCorner = document.elementFromPoint(corner.left + corner.width / 2, corner.top + corner.height / 2);
      const box = document.querySelector(".utp-gapmap-wide")!;
      return {
        wrap: { left: wrap.left, top: wrap.top },
        headers: headers.map((h) => ({ left: h.left, right: h.right, top: h.top })),
        columns: columns.map((cells) => cells.map((c) => ({ left: c.left, right: c.right }))),
        corner: { left: corner.left, top: corner.top, right: corner.right },
        rowLabelLeft: rowLabel.left,
        cornerOnTop: atCorner?.classList.contains("utp-gapmap__corner") ?? false,
        scrolled: { left: box.scrollLeft, top: box.scrollTop, width: box.scrollWidth, client: box.clientWidth },
        page: { scroll: document.documentElement.scrollWidth, inner: window.innerWidth },
      };
    });
    await shot(box, "lesesider-kunnskapskart-rullet-1280");

    // Assess
    expect(layout.page.scroll).toBeLessThanOrEqual(layout.page.inner);
    expect(layout.scrolled.left).toBeGreaterThan(0);
    expect(layout.scrolled.top).toBeGreaterThan(0);
    layout.headers.forEach((header, i) => {
      for (const cell of layout.columns[i]!) {
        expect(Math.abs(cell.left - header.left)).toBeLessThan(1);
        expect(Math.abs(cell.right - header.right)).toBeLessThan(1);
      }
      expect(Math.abs(header.top - layout.wrap.top)).toBeLessThan(2);
    });
    expect(Math.abs(layout.rowLabelLeft - layout.wrap.left)).toBeLessThan(2);
    expect(Math.abs(layout.corner.left - layout.wrap.left)).toBeLessThan(2);
    expect(layout.cornerOnTop).toBe(true);
  });
});

describe("a method page at 390 px", () => {
  it("shows every figure of its tables inside the window", async () => {
    // Act
    const page = await open(`/metode/${methodWithForest}/`, 390);
    for (const summary of await page.locator("[data-chart] summary, .utp-forest summary, figure summary").all()) await summary.click();
    const cells = await page.locator("table.utp-table--stack td, table.utp-table--stack tbody th").evaluateAll((els) =>
      els
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({
          text: el.textContent ?? "",
          label: el.getAttribute("data-label"),
          right: el.getBoundingClientRect().right,
          left: el.getBoundingClientRect().left,
        })),
    );
    const tables = await page.locator("table.utp-table--stack").count();

    // Assess
    expect(tables).toBeGreaterThanOrEqual(2);
    expect(cells.filter((c) => c.label === "Resultat").length).toBeGreaterThan(0);
    expect(cells.filter((c) => c.label === "Kunnskapsgrunnlag").length).toBeGreaterThan(0);
    expect(cells.filter((c) => c.label === "I utprøvingene").length).toBeGreaterThan(0);
    for (const cell of cells) {
      expect(cell.left, cell.text).toBeGreaterThanOrEqual(0);
      expect(cell.right, cell.text).toBeLessThanOrEqual(390);
    }
  });
});

describe("statistics: review time", () => {
  it("has a bar with its median for every quarter from the first publication to the last", async () => {
    // Prepare: the fixture's counts over all registered trials
    const medians = new Map(registry.publicationDays.map((q) => [q.quarter, q.medianDays]));
    expect([...medians.values()].some((d) => d > 0)).toBe(true);
    const index = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(-1)) - 1;
    const quarters = registry.publicationDays.map((q) => index(q.quarter));
    const expected = Array.from({ length: Math.max(...quarters) - Math.min(...quarters) + 1 }, (_, i) => {
      const n = Math.min(...quarters) + i;
      return `${Math.floor(n / 4)} K${(n % 4) + 1}`;
    });

    // Act
    const page = await open("/statistikk/", 1280);
    const rows = await page
      .locator("[data-chart-table=behandlingstid] tbody tr")
      .evaluateAll((trs) => trs.map((tr) => ({ quarter: tr.getAttribute("data-code")!, text: tr.querySelector("td")!.textContent ?? "" })));
    const bars = await page.locator("[data-chart=behandlingstid] rect.bar").evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().width));

    // Assess
    expect(rows.map((r) => r.quarter)).toEqual(expected);
    rows.forEach((row, i) => {
      const median = medians.get(row.quarter);
      if (median === undefined) expect(row.text).toBe("ingen publisert");
      else {
        expect(row.text).toBe(median.toLocaleString("nb-NO", { maximumFractionDigits: 1 }));
        if (median > 0) expect(bars[i]).toBeGreaterThan(0);
      }
    });
  });
});

describe("a trial page", () => {
  it("copies its absolute address with Kopier lenke and says so in a live region", async () => {
    // Prepare
    const page = await open(`/utproving/${trial.slug}/?fra=sok#fakta`, 1280, ["clipboard-read", "clipboard-write"]);
    const status = page.locator("[data-copy-status]");
    expect(await status.getAttribute("role")).toBe("status");

    // Act
    await page.getByRole("button", { name: "Kopier lenke" }).click();

    // Assess
    await expect.poll(() => status.textContent()).toBe("Lenken er kopiert");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/utproving/${trial.slug}/`);
  });

  it("prints without navigation, header, footer or buttons, and with each link's absolute address", async () => {
    // Prepare
    const page = await open(`/utproving/${trial.slug}/`, 1280);

    // Act
    await page.emulateMedia({ media: "print" });
    const shown = await page.evaluate(() => {
      const display = (selector: string) => [...document.querySelectorAll(selector)].map((el) => getComputedStyle(el).display);
      const officeLink = document.querySelector<HTMLAnchorElement>("main article header a[href^='/kontor/']")!;
      return {
        header: display("body > header"),
        footer: display("body > footer"),
        nav: display("nav"),
        menu: display(".utp-menu"),
        buttons: display("main button, main .aksel-button"),
        title: getComputedStyle(document.querySelector("main h1")!).display,
        after: getComputedStyle(officeLink, "::after").content,
      };
    });
    if (SCREENSHOTS) await page.pdf({ path: join(SHOTS, "lesesider-utproving-utskrift.pdf") });

    // Assess
    for (const display of [...shown.header, ...shown.footer, ...shown.nav, ...shown.menu, ...shown.buttons]) expect(display).toBe("none");
    expect(shown.buttons.length).toBeGreaterThan(0);
    expect(shown.title).not.toBe("none");
    expect(shown.after).toBe(`" (${origin}/kontor/${trial.officeId}/)"`);
  });
});
