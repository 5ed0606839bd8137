import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { standardMeasure } from "../../shared/domain/outcome-measures.ts";
import { measureEffects, type PooledDifference } from "../../shared/public/pages/method-effects.ts";
import { runAxe, serveSite, seriousOrCritical, shot, type ServedSite } from "./browser.ts";
import { readFixture, sharedFixtureSite, type BuiltSite } from "./built-site.ts";

const fixture = readFixture();
const COMPARED = ["supported-employment", "ips"] as const;

/** The pooled effect per standard measure of a method, computed here from the snapshot's trials. */
function expectedPools(slug: string): Map<string, PooledDifference> {
  const method = fixture.methods.find((m) => m.slug === slug)!;
  const reports = new Map<string, { pilotId: string; measure: NonNullable<(typeof fixture.pilots)[number]["results"]>["measures"][number] }[]>();
  for (const pilot of fixture.pilots.filter((p) => p.methodId === method.id)) {
    const seen = new Set<string>();
    for (const measure of pilot.results?.measures ?? []) {
      if (!measure.measureCode || seen.has(measure.measureCode)) continue;
      seen.add(measure.measureCode);
      reports.set(measure.measureCode, [...(reports.get(measure.measureCode) ?? []), { pilotId: pilot.id, measure }]);
    }
  }
  const pools = new Map<string, PooledDifference>();
  for (const [code, list] of reports) {
    const standard = standardMeasure(code);
    const pooled = standard && list.length > 1 ? measureEffects(standard, list)?.pooled : undefined;
    if (pooled) pools.set(code, pooled);
  }
  return pools;
}

/** "−5,8" → -5.8 */
function readNumber(text: string): number {
  return Number(
    text
      .replace("\u2212", "-")
      .replace(/[\s\u00a0\u202f]/g, "")
      .replace(",", "."),
  );
}

let site: BuiltSite;
let served: ServedSite;
let origin: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeAll(async () => {
  site = sharedFixtureSite();
  served = await serveSite(site.dir);
  ({ origin, browser } = served);
});

afterAll(async () => {
  await served?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
});

afterEach(async () => {
  await context.close();
  expect(problems).toEqual([]);
});

async function openComparison(query: string): Promise<void> {
  await page.goto(`${origin}/sammenlign/${query}`);
  await page.locator("[data-compare-table]").waitFor({ state: "attached" });
}

async function seriousAxeViolations(): Promise<unknown[]> {
  const { passes, violations } = await runAxe(page);
  expect(passes).toBeGreaterThan(10);
  return seriousOrCritical(violations);
}

describe("comparing methods", () => {
  it("shows each method's pooled effect as measureEffects gives it from the snapshot, with its intervals, in a table at 1280 px", async () => {
    // Prepare
    const pools = COMPARED.map((slug) => [slug, expectedPools(slug)] as const);
    expect(pools.every(([, p]) => p.size > 0)).toBe(true);

    // Act
    await openComparison(`?metoder=${COMPARED.join(",")}`);

    // Assess
    await expect
      .poll(() => page.locator("[data-compare-table] thead th").allTextContents())
      .toEqual(COMPARED.map((slug) => fixture.methods.find((m) => m.slug === slug)!.name));
    for (const [slug, expected] of pools) {
      for (const [code, pooled] of expected) {
        const cell = page.locator(`[data-compare-table] td[data-method="${slug}"][data-measure="${code}"]`);
        const shown = (await cell.locator(".utp-compare__estimate").textContent()) ?? "";
        expect(Math.abs(readNumber(/^(\S+)/.exec(shown)![1]!) - pooled.estimate)).toBeLessThanOrEqual(0.051);
        const text = (await cell.textContent()) ?? "";
        const ci = /95 % KI: mellom (\S+) og (\S+?)Prediksjonsintervall/.exec(text)!;
        expect(Math.abs(readNumber(ci[1]!) - pooled.ciLower)).toBeLessThanOrEqual(0.051);
        expect(Math.abs(readNumber(ci[2]!) - pooled.ciUpper)).toBeLessThanOrEqual(0.051);
        if (pooled.prediction) {
          const pi = /Prediksjonsintervall: mellom (\S+) og (\S+?)Bygger/.exec(text)!;
          expect(Math.abs(readNumber(pi[1]!) - pooled.prediction.lower)).toBeLessThanOrEqual(0.051);
          expect(Math.abs(readNumber(pi[2]!) - pooled.prediction.upper)).toBeLessThanOrEqual(0.051);
        } else {
          expect(text).toContain("for få utprøvinger");
        }
        expect(text).toContain(`Bygger på ${pooled.k} utprøvinger.`);
        expect(text.includes("vi vet ikke")).toBe(pooled.ciLower <= 0 && pooled.ciUpper >= 0);
      }
    }
    expect(await page.locator("[data-compare-table] tbody th").allTextContents()).toEqual(
      expect.arrayContaining([
        "Utprøvinger",
        "Kontorer",
        "Resultater",
        "Sterkeste kunnskapsgrunnlag",
        "Kostnad per deltaker",
        "Målgrupper",
        "Tiltakstyper",
        "Kuratorenes anbefaling",
      ]),
    );
    expect(await page.locator("[data-compare-table] caption").textContent()).toMatch(/^Sammenligning av /);
    expect(await page.locator(".utp-compare__cards").isVisible()).toBe(false);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => resolve(list.getEntries().reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0))).observe({
            type: "layout-shift",
            buffered: true,
          });
          setTimeout(() => resolve(0), 500);
        }),
    );
    // The comparison is filled in by the page's script; the space it takes is reserved, so the
    // page stays within Core Web Vitals' "good" cumulative layout shift.
    expect(shift).toBeLessThanOrEqual(0.1);
    expect(await seriousAxeViolations()).toEqual([]);
    await shot(page, "sammenlign-1280");
  });

  it("stacks one card per method at 390 px, with no horizontal scroll", async () => {
    // Prepare
    await page.setViewportSize({ width: 390, height: 844 });

    // Act
    await openComparison(`?metoder=${COMPARED.join(",")}`);

    // Assess
    const cards = page.locator("[data-compare-card]");
    await expect.poll(() => cards.count()).toBe(2);
    for (const slug of COMPARED) expect(await page.locator(`[data-compare-card="${slug}"]`).isVisible()).toBe(true);
    expect(await page.locator("[data-compare-table]").isVisible()).toBe(false);
    const first = await cards.nth(0).boundingBox();
    const second = await cards.nth(1).boundingBox();
    expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    expect(await seriousAxeViolations()).toEqual([]);
    await shot(page, "sammenlign-390");
  });

  it("names unknown slugs, asks for a second method, and keeps at most four", async () => {
    // Act
    await page.goto(`${origin}/sammenlign/?metoder=ips,finnes-ikke`);

    // Assess
    const messages = page.locator("[data-compare-messages]");
    await expect.poll(() => messages.textContent()).toContain("«finnes-ikke»");
    expect(await messages.textContent()).toContain("Velg minst én til");
    expect(await page.locator("[data-compare-table]").count()).toBe(0);
    expect(page.url()).toBe(`${origin}/sammenlign/?metoder=ips`);

    // Act: five known methods
    const five = fixture.methods.filter((m) => !m.mergedInto).slice(0, 5);
    await openComparison(`?metoder=${five.map((m) => m.slug).join(",")}`);

    // Assess
    await expect.poll(() => page.locator("[data-compare-table] thead th").count()).toBe(4);
    expect(await messages.textContent()).toContain(`høyst fire metoder om gangen. Disse ble ikke tatt med: ${five[4]!.name}.`);
  });

  it("adds and removes methods with the chooser, keeping the address shareable", async () => {
    // Prepare
    await openComparison(`?metoder=${COMPARED.join(",")}`);
    const third = fixture.methods.find((m) => !m.mergedInto && !COMPARED.includes(m.slug as (typeof COMPARED)[number]))!;

    // Act
    await page.locator("[data-compare-select]").selectOption(third.slug);
    await page.getByRole("button", { name: "Legg til" }).click();

    // Assess
    await expect.poll(() => page.locator("[data-compare-table] thead th").count()).toBe(3);
    expect(new URL(page.url()).search).toBe(`?metoder=${[...COMPARED, third.slug].join(",")}`);

    // Act
    await page.getByRole("button", { name: `Fjern ${third.name}` }).click();

    // Assess
    await expect.poll(() => new URL(page.url()).search).toBe(`?metoder=${COMPARED.join(",")}`);
    expect(await page.locator("[data-compare-table] thead th").count()).toBe(2);
  });

  it("collects methods from their pages with «Legg til i sammenligning»", async () => {
    // Act
    for (const slug of COMPARED) {
      await page.goto(`${origin}/metode/${slug}/`);
      await page.getByRole("link", { name: "Legg til i sammenligning" }).click();
      await page.waitForURL(/\/sammenlign\//);
      const name = fixture.methods.find((m) => m.slug === slug)!.name;
      await expect.poll(() => page.locator("[data-compare-chosen]").textContent()).toContain(name);
    }

    // Assess
    await expect.poll(() => page.locator("[data-compare-table] thead th").count()).toBe(2);
    expect(new URL(page.url()).search).toBe(`?metoder=${COMPARED.join(",")}`);
  });

  it("collects a trial's method from a search result with «Legg til … i sammenligning»", async () => {
    // Prepare: a search for IPS finds trials of the method
    const ips = fixture.methods.find((m) => m.slug === "ips")!;
    await page.goto(`${origin}/?q=IPS`);
    const add = page.getByRole("link", { name: `Legg til ${ips.name} i sammenligning` }).first();

    // Act
    await add.click();
    await page.waitForURL(/\/sammenlign\//);

    // Assess
    await expect.poll(() => page.locator("[data-compare-chosen]").textContent()).toContain(ips.name);
  });

  it("prints the table without the navigation or the chooser, within the page's width", async () => {
    // Prepare
    await page.setViewportSize({ width: 700, height: 1000 });
    await openComparison(`?metoder=${COMPARED.join(",")}`);

    // Act
    await page.emulateMedia({ media: "print" });

    // Assess
    expect(await page.locator("[data-compare-table]").isVisible()).toBe(true);
    expect(await page.locator(".utp-header nav").first().isVisible()).toBe(false);
    expect(await page.locator("[data-compare-form]").isVisible()).toBe(false);
    const box = await page.locator("[data-compare-table]").boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(700);
    await shot(page, "sammenlign-utskrift");
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.length).toBeGreaterThan(1000);
  });

  it("keeps the page's script small and each method's file small", () => {
    // Prepare
    const html = site.read("sammenlign/index.html");
    const scripts = [...html.matchAll(/src="(\/_astro\/index\.astro[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);

    // Act
    const script = readFileSync(join(site.dir, scripts[0]!));
    const summary = join(site.dir, "data", "metoder", "supported-employment.json");

    // Assess
    expect(gzipSync(script).length).toBeLessThan(20 * 1024);
    expect(statSync(summary).size).toBeLessThan(2048);
  });
});
