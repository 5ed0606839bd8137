import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { layoutShift, serveSite, type ServedSite } from "./browser.ts";
import { sharedFixtureSite } from "./built-site.ts";

/**
 * The frame of the pages that need a login, as the site serves it: while the page's island loads and finds its
 * state, nothing on the page moves (the island fills the window, so the footer under it stays out of view).
 */
let served: ServedSite;

beforeAll(async () => {
  served = await serveSite(sharedFixtureSite().dir);
});

afterAll(async () => {
  await served?.close();
});

describe("an app page while its island loads", () => {
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    it(`moves nothing on the page at ${width} px: the footer stays below the window`, async () => {
      const context = await served.browser.newContext({ viewport: { width, height } });
      try {
        const page = await context.newPage();
        await page.goto(`${served.origin}/registrer/`, { waitUntil: "load" });
        // The island has replaced «Laster …» with what it shows without a login service (the site alone).
        await page.locator("#utp-app").filter({ hasNotText: "Laster …" }).waitFor();
        await page.waitForTimeout(500);
        expect(await page.evaluate(layoutShift)).toBeLessThan(0.01);
        const footerTop = await page.locator("body > footer").evaluate((footer) => footer.getBoundingClientRect().top);
        expect(footerTop).toBeGreaterThanOrEqual(height);
      } finally {
        await context.close();
      }
    });
  }
});
