import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PublicPilot } from "../../shared/domain/public-trial/public-pilot.ts";
import { buildRenderer } from "../../site/publish/renderer-bundle.ts";
import type { ExportRecords } from "../../site/publish/entry.ts";
import { startSitePublisher, type PublisherState, type PublishReport, type SitePublisher } from "../../site/publish/publisher.ts";
import { RECENT_MANIFEST } from "../../site/src/lib/search-recent.ts";
import { serveSite, type ServedSite } from "./browser.ts";
import { FIXTURE, REPO_ROOT, SITE_URL, buildFixtureSite, copyOfFixtureSite, readFixture, type BuiltSite } from "./built-site.ts";

/**
 * The publisher (`site/publish/`) against Astro: after a publish of a changed trial, a withdrawal and a new
 * trial, the site it leaves must be the site a whole build of the same records makes, file for file, and
 * search must find what that site's search finds, first through the index's recent part and then after
 * the main index is built again.
 */
const fixture = readFixture();
const NEW_WORD = "zebrafinkemåling";
const ADDED_WORD = "kolibritelling";

const changed = fixture.pilots.find((p) => p.methodId && fixture.pilots.some((q) => q.methodId === p.methodId && q.officeId !== p.officeId))!;
const withdrawn = fixture.pilots.find((p) => p.id !== changed.id && p.officeId !== changed.officeId)!;
const now = new Date().toISOString();
const updated: PublicPilot = { ...changed, title: `${changed.title} ${NEW_WORD}`, updatedAt: now, publishedAt: now };
const added: PublicPilot = {
  ...withdrawn,
  id: "01KZZZZZZZZZZZZZZZZZZZZZZZ",
  slug: `${ADDED_WORD}-ved-kontoret-zzzzzz`,
  title: `Ny utprøving om ${ADDED_WORD}`,
  firstPublishedAt: now,
  publishedAt: now,
  updatedAt: now,
};

/** Every file of a site outside the search index and the bundled assets, relative to it. */
function pagesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((f) => !/^(pagefind|pagefind-nytt|_astro)\//.test(f))
    .sort();
}

let site: BuiltSite;
let bundle: string;
let full: BuiltSite;
let publisher: SitePublisher;
let report: PublishReport;
let served: ServedSite;
let servedFull: ServedSite;
let browser: Browser;

beforeAll(async () => {
  site = copyOfFixtureSite();
  bundle = await buildRenderer(join(REPO_ROOT, ".cache", "renderer"));
  const records = JSON.parse(readFileSync(join(site.dir, "..", "records.json"), "utf8")) as ExportRecords;
  expect(records.pilots).toHaveLength(fixture.pilots.length);
  publisher = await startSitePublisher({ bundle, siteDir: site.dir, records, site: SITE_URL });
  report = await publisher.publish({ upserted: [updated, added], deleted: [withdrawn.id] });
  const snapshot = join(site.dir, "..", "after.json");
  const pilots = [added, ...fixture.pilots.filter((p) => p.id !== withdrawn.id).map((p) => (p.id === changed.id ? updated : p))];
  // The snapshot file as it is (the registry's counts included), with the trials as published.
  const raw = JSON.parse(readFileSync(FIXTURE, "utf8")) as Record<string, unknown>;
  writeFileSync(snapshot, JSON.stringify({ ...raw, generatedAt: now, pilots }));
  full = await buildFixtureSite(snapshot);
  served = await serveSite(site.dir);
  servedFull = await serveSite(full.dir);
  browser = served.browser;
}, 600_000);

afterAll(async () => {
  await served?.close();
  await servedFull?.close();
  site?.remove();
  full?.remove();
});

/** One tab per site, reused from search to search within a test; each test starts with new ones (an empty cache). */
const pages = new Map<string, Page>();
beforeEach(async () => {
  for (const page of pages.values()) await page.context().close();
  pages.clear();
});

/** A search as a reader opens it: the count the page gives and every title it lists. */
async function view(origin: string, query: string): Promise<{ status: string; titles: string[] }> {
  let page = pages.get(origin);
  if (!page) pages.set(origin, (page = await browser.newPage()));
  await page.goto(`${origin}/?${query}`);
  const status = page.locator("[data-search-status]").filter({ hasText: /utprøving(er)? funnet$|Fant ingen/ });
  await status.waitFor();
  const more = page.locator("[data-search-more]");
  while (await more.isVisible()) {
    const before = await page.locator("[data-search-results] > li").count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll("[data-search-results] > li").length > n, before);
  }
  return { status: (await status.textContent()) ?? "", titles: (await page.locator("[data-search-results] > li h2 a").allTextContents()).sort() };
}

const QUERIES = [
  `q=${NEW_WORD}`,
  `q=${ADDED_WORD}`,
  `q=${encodeURIComponent(withdrawn.title)}`,
  `q=${encodeURIComponent(changed.title)}`,
  `fylke=${changed.county}`,
  `fylke=${withdrawn.county}`,
  `malgruppe=${withdrawn.targetGroups[0] ?? ""}`,
];

describe("a publish by the publisher", () => {
  it("checked every route's render against the whole build before publishing", () => {
    expect([...publisher.unchecked.keys()]).toEqual([]);
    expect(report.written).toBeGreaterThan(0);
    expect(report.removed).toBeGreaterThan(0);
  });

  it("keeps one trial page key per trial it holds, none for the withdrawn", () => {
    // One withdrawn and one added: as many trials as before.
    expect(report.keptPageKeys).toBe(fixture.pilots.length);
  });

  it("writes the changed trials' own pages first, before the search index and the other pages the change touched", () => {
    const own = [updated, added].map((p) => `/utproving/${p.slug}/index.html`).sort();
    expect(report.files.written.slice(0, 2).toSorted()).toEqual(own);
    expect(report.files.written.slice(2).filter((f) => f.endsWith(".html")).length).toBeGreaterThan(0);
  });

  it("leaves the files a whole build of the same records makes, byte for byte (the workbook by its sheets)", () => {
    expect(pagesOf(site.dir)).toEqual(pagesOf(full.dir));
    for (const file of pagesOf(full.dir)) {
      // The workbook records when it was written; its sheets are compared below.
      if (file.endsWith(".xlsx")) continue;
      expect(site.read(file), file).toBe(full.read(file));
    }
  });

  it("writes the search index's recent part: the changed and the new trial, hiding the replaced and the withdrawn", () => {
    const manifest = JSON.parse(site.read(RECENT_MANIFEST)) as { index: string | null; hidden: Record<string, unknown>; first: string[] };
    expect(manifest.index).toMatch(/^\/pagefind-nytt\/\d+\/$/);
    expect(manifest.first).toHaveLength(2);
    expect(Object.keys(manifest.hidden)).toHaveLength(2);
  });

  it("finds in Chromium what the whole build's search finds, with the same counts", async () => {
    for (const query of QUERIES) expect(await view(served.origin, query), query).toEqual(await view(servedFull.origin, query));
    expect((await view(served.origin, `q=${ADDED_WORD}`)).titles).toEqual([added.title]);
  });

  it("finds the same after the main index is built again, with the recent part empty", async () => {
    await publisher.compactSearchIndex();
    expect(JSON.parse(site.read(RECENT_MANIFEST))).toMatchObject({ index: null });
    for (const query of QUERIES) expect(await view(served.origin, query), query).toEqual(await view(servedFull.origin, query));
  });

  it("writes the same workbook sheets, cell for cell", async () => {
    const sheets = async (dir: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(join(dir, "data", "utprovinger.xlsx")).buffer as ArrayBuffer);
      return workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: sheet.getSheetValues() }));
    };
    const published = await sheets(site.dir);
    expect(published.map((s) => s.name)).toContain("Effekter");
    expect(JSON.stringify(published)).toContain(added.title);
    expect(published).toEqual(await sheets(full.dir));
  });

  it("goes on in another process from its state as it would have itself: the same files for the next change", async () => {
    // Prepare: the state as the job in AWS keeps it, and a folder holding nothing of the site
    const state = JSON.parse(JSON.stringify(publisher.state())) as PublisherState;
    const elsewhere = mkdtempSync(join(tmpdir(), "utp-publish-elsewhere-"));
    try {
      const restored = await startSitePublisher({ bundle, siteDir: join(elsewhere, "out"), records: state.records, state, site: SITE_URL });
      const next = fixture.pilots.find((p) => p.id !== changed.id && p.id !== withdrawn.id)!;
      const change = { upserted: [{ ...next, summary: `${next.summary} Oppdatert etter publisering.`, updatedAt: new Date().toISOString() }] };

      // Act: the same change to both
      const here = await publisher.publish(change);
      const there = await restored.publish(change);

      // Assess: the same files rendered; every file written here written there too (there, with nothing of the
      // site to compare with, every rendered file is written), byte for byte; the same search index manifest
      expect(there.rendered).toBe(here.rendered);
      expect(there.files.written).toEqual(expect.arrayContaining([...here.files.written]));
      expect(here.files.written).toContain(`/utproving/${next.slug}/index.html`);
      // (The workbook records when it was written.)
      for (const file of there.files.written.filter((f) => !f.endsWith(".xlsx"))) {
        expect(readFileSync(join(elsewhere, "out", file), "utf8"), file).toBe(site.read(file));
      }
      const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, RECENT_MANIFEST), "utf8")) as { hidden: unknown; first: string[] };
      expect(manifest(join(elsewhere, "out")).hidden).toEqual(manifest(site.dir).hidden);
      expect(readFileSync(join(elsewhere, "out", "sok", "ordliste.json"), "utf8")).toBe(site.read(join("sok", "ordliste.json")));
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
