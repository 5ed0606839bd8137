import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { standardMeasure } from "../../shared/domain/outcome-measures.ts";
import { measureEffects, type MeasureEffects } from "../../shared/public/pages/method-effects.ts";
import { effectWithInterval } from "../../site/src/lib/forest-plot.ts";
import { runAxe, serveSite, seriousOrCritical, shot, type ServedSite } from "./browser.ts";
import { readFixture, sharedFixtureSite, type BuiltSite } from "./built-site.ts";

const fixture = readFixture();

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

/** The expected effects, computed straight from the snapshot: each trial's first report of the measure. */
function expectedEffects(methodId: string, code: string): MeasureEffects {
  const reports = fixture.pilots
    .filter((p) => p.methodId === methodId)
    .flatMap((p) => {
      const measure = p.results?.measures.find((m) => m.measureCode === code);
      return measure ? [{ pilotId: p.id, measure }] : [];
    });
  const effects = measureEffects(standardMeasure(code)!, reports);
  if (!effects) throw new Error(`No effects for ${methodId} ${code}`);
  return effects;
}

async function withPage<T>(width: number, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  try {
    const result = await run(page);
    expect(problems).toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}

const number = (text: string | null) => Number(text);

describe("forest plot on the method page", () => {
  it.each([
    ["supported-employment", "arbeid-utdanning-6m"],
    ["ips", "arbeid-utdanning-6m"],
  ])("shows %s's pooled estimate, intervals and every trial as measureEffects computes them (%s)", async (methodId, code) => {
    // Prepare
    const method = fixture.methods.find((m) => m.id === methodId)!;
    const expected = expectedEffects(methodId, code);

    await withPage(1280, async (page) => {
      // Act
      await page.goto(`${origin}/metode/${method.slug}/`);
      const figure = page.locator(`[data-forest="${code}"]`);
      const summary = figure.locator("[data-forest-summary]");
      const read = async (name: string) => number(await summary.getAttribute(name));
      const trials = await figure
        .locator("[data-trial-effect]")
        .evaluateAll((rows) =>
          rows.map((r) => ({ id: r.getAttribute("data-pilot-id"), effect: Number(r.getAttribute("data-trial-effect")), text: r.textContent ?? "" })),
        );

      // Assess
      const pooled = expected.pooled!;
      expect(await read("data-pooled-estimate")).toBeCloseTo(pooled.estimate, 1);
      expect(await read("data-ci-lower")).toBeCloseTo(pooled.ciLower, 1);
      expect(await read("data-ci-upper")).toBeCloseTo(pooled.ciUpper, 1);
      if (pooled.prediction) {
        expect(await read("data-pi-lower")).toBeCloseTo(pooled.prediction.lower, 1);
        expect(await read("data-pi-upper")).toBeCloseTo(pooled.prediction.upper, 1);
        expect(await figure.locator("[data-prediction-row]").textContent()).toContain("I et nytt kontor");
      } else {
        expect(await summary.getAttribute("data-pi-lower")).toBeNull();
        expect(await figure.locator("[data-prediction-row]").count()).toBe(0);
      }
      expect(trials.map((t) => t.id).sort()).toEqual(expected.trials.map((t) => t.pilotId).sort());
      for (const t of expected.trials) {
        const shown = trials.find((row) => row.id === t.pilotId)!;
        expect(shown.effect).toBeCloseTo(t.difference, 1);
        expect(shown.text).toContain(effectWithInterval(t.difference, t.lower, t.upper));
      }
      expect(await summary.textContent()).toMatch(/Samlet var andelen .* prosentpoeng (høyere|lavere) enn i sammenligningsgruppene \(95 % KI /);
      expect(await figure.locator("svg[role='img'] title").textContent()).toContain("Forest plot");
      expect(await figure.locator("script").count()).toBe(0);
      const tableRows = await figure.locator("table[data-forest-table] tbody tr").count();
      expect(tableRows).toBe(expected.trials.length + 1 + (pooled.prediction ? 1 : 0));
    });
  });

  it("says «vi vet ikke» where the pooled interval spans zero, gives the prediction and names the trials left out", async () => {
    await withPage(1280, async (page) => {
      // Act
      await page.goto(`${origin}/metode/supported-employment/`);
      const summary = await page.locator("[data-forest='arbeid-utdanning-6m'] [data-forest-summary]").textContent();
      await page.goto(`${origin}/metode/arbeidsgiverledet-inkludering/`);
      const single = page.locator("[data-forest] [data-forest-summary]");

      // Assess
      expect(summary).toContain("vi vet ikke om metoden virker bedre");
      expect(summary).toMatch(/I et nytt kontor vil effekten trolig ligge mellom −\d+,\d og \d+,\d prosentpoeng\./);
      expect(summary).toMatch(/τ = \d+,\d prosentpoeng, I² = \d+ %/);
      expect(await single.textContent()).toContain("ikke noe samlet tall ennå");
      expect(await single.getAttribute("data-pooled-estimate")).toBeNull();
      expect(await single.locator("[data-forest-left-out]").textContent()).toContain("uten sammenligningsgruppe");
    });
  });

  it.each([
    ["supported-employment", "/metode/supported-employment/"],
    ["ips", "/metode/ips/"],
  ])("has no serious axe violations, no sideways scroll at 390 px (table open or not), and is screenshot at 1280 and 390 px (%s)", async (name, path) => {
    for (const width of [1280, 390]) {
      await withPage(width, async (page) => {
        // Act
        await page.goto(`${origin}${path}`);
        await page.locator("[data-forest]").first().scrollIntoViewIfNeeded();
        await shot(page.locator("section:has(> #samlet)"), `metode-${name}-forest-${width}`);
        const before = await page.evaluate(() => document.scrollingElement!.scrollWidth);
        for (const summary of await page.locator("[data-forest] details > summary").all()) await summary.click();
        await shot(page.locator("[data-forest] details[open] table").first(), `metode-${name}-forest-tabell-${width}`);
        const scrollWidth = Math.max(before, await page.evaluate(() => document.scrollingElement!.scrollWidth));
        const { violations } = await runAxe(page);

        // Assess
        expect(scrollWidth).toBeLessThanOrEqual(width);
        expect(seriousOrCritical(violations)).toEqual([]);
      });
    }
  });
});
