import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { slugify } from "../../shared/domain/slug.ts";
import { PublicSnapshotSchema } from "../../shared/public/index.ts";
import { api, tokenFor } from "../support/api.ts";
import { endedContent, publishedPilot, wholeExport } from "../support/lifecycle.ts";
import { aggregateAfter } from "../support/figures.ts";
import { buildFixtureSite, rebuildSite, type BuiltSite } from "../site/built-site.ts";

const OFFICE = "nav-porsgrunn";
const TITLE = "Jobbsøk sammen med Torleif Kvåle-Brennhovd";
const NAME = "Torleif Kvåle-Brennhovd";
const EMAIL = "torleif.kvale@nav.example";

const FORMS = [TITLE, NAME, EMAIL, "torleif.kvale"]
  .flatMap((text) => [text, slugify(text), encodeURIComponent(text), encodeURIComponent(text).replaceAll("%20", "+")])
  .map((form) => form.toLocaleLowerCase("nb"));

/** The public export as one snapshot file, as the site build reads it. */
async function exportSnapshot(path: string): Promise<void> {
  const json = async (route: string) => (await api("GET", `/api/public/${route}`)).body;
  const pilots = (await wholeExport()).filter((p) => p.deleted !== true);
  const snapshot = PublicSnapshotSchema.parse({
    generatedAt: new Date().toISOString(),
    pilots,
    methods: (await json("methods")).items,
    offices: (await json("offices")).items,
    rubric: await json("rubric"),
  });
  writeFileSync(path, JSON.stringify(snapshot));
}

/** Every cell of the open-data workbook as text, links included. */
async function workbookText(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path).buffer as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(JSON.stringify(cell.value)))));
  return cells.join("\n");
}

/** The built site's files that hold any form of the redacted texts, with the forms. */
async function filesHolding(dir: string): Promise<{ file: string; forms: string[] }[]> {
  const hits: { file: string; forms: string[] }[] = [];
  const files = [...siteFiles(dir), { path: join(dir, "data", "utprovinger.xlsx"), text: await workbookText(join(dir, "data", "utprovinger.xlsx")) }];
  for (const { path, text } of files) {
    const lower = text.toLocaleLowerCase("nb");
    const found = FORMS.filter((form) => lower.includes(form));
    if (found.length > 0) hits.push({ file: relative(dir, path), forms: found });
  }
  return hits;
}

/** Every file of a built site as text: Pagefind's index files are gzip; the workbook (a zip) is read apart. */
function* siteFiles(dir: string): Generator<{ path: string; text: string }> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      yield* siteFiles(path);
      continue;
    }
    if (/\.(wasm|png|svg|ico|woff2?|xlsx)$/.test(name)) continue;
    const bytes = readFileSync(path);
    const text = /\.pf_(fragment|index|meta|filter)$/.test(name) ? gunzipSync(bytes).toString("utf8") : bytes.toString("utf8");
    yield { path, text };
  }
}

describe("a redaction reaches the built site", () => {
  let site: BuiltSite | undefined;
  let id = "";
  let oldSlug = "";
  const exportDir = mkdtempSync(join(tmpdir(), "utp-export-"));
  const snapshot = join(exportDir, "snapshot.json");

  beforeAll(async () => {
    // Prepare: a published trial in the site as built before the redaction
    const published = await publishedPilot(OFFICE, endedContent({ title: TITLE, summary: `Ledet av ${NAME}.`, contact: { name: NAME, email: EMAIL } }));
    id = published.id;
    oldSlug = (await api("GET", `/api/pilots/${id}`, { token: await tokenFor("kurator") })).body.slug;
    await exportSnapshot(snapshot);
    site = await buildFixtureSite(snapshot);
    expect(existsSync(join(site.dir, "utproving", oldSlug, "index.html"))).toBe(true);
    // The scan finds the texts before the redaction: the trial's page, the front, office and method pages,
    // the feeds, the sitemap, the open data and the search index
    const before = (await filesHolding(site.dir)).map((hit) => hit.file);
    console.log(`before the redaction, ${before.length} files of the built site hold the texts:\n${before.join("\n")}`);
    for (const file of [`utproving/${oldSlug}/index.html`, "index.html", "feed.xml", "data/utprovinger.json", "data/utprovinger.csv", "data/utprovinger.xlsx"])
      expect(before).toContain(file);
    expect(before.some((file) => file.startsWith("kontor/"))).toBe(true);
    expect(before.some((file) => file.startsWith("metode/"))).toBe(true);
    expect(before.some((file) => /sitemap/.test(file))).toBe(true);
    expect(before.some((file) => file.endsWith(".pf_fragment"))).toBe(true);
  }, 300_000);

  afterAll(() => {
    site?.remove();
    rmSync(exportDir, { recursive: true, force: true });
  });

  it("leaves no redacted text in any page, feed, sitemap, open-data file or search index after the rebuild, and builds the new address", {
    timeout: 300_000,
  }, async () => {
    // Act: redact, then rebuild the same folder from the export, as the rebuild after the stream does
    const curator = await tokenFor("kurator");
    const current = await api("GET", `/api/pilots/${id}`, { token: curator });
    const res = await api("POST", `/api/pilots/${id}/redact`, {
      token: curator,
      body: { fields: ["/title", "/contact/name", "/contact/email"], reason: "Navn i tittelen." },
      headers: { "if-match": `"${current.body.version}"` },
    });
    expect(res.status, res.text).toBe(200);
    // The method's figures follow the redacted public record through the table's stream, before the export
    await aggregateAfter(res.body.pilot.methodId, String(res.body.pilot.updatedAt));
    await exportSnapshot(snapshot);
    if (!site) throw new Error("The site was not built before the redaction");
    site = await rebuildSite(site, snapshot);

    // Assess
    expect([...siteFiles(site.dir)].length).toBeGreaterThan(100);
    expect(await filesHolding(site.dir)).toEqual([]);
    expect(existsSync(join(site.dir, "utproving", oldSlug))).toBe(false);
    expect(site.read(`utproving/${res.body.pilot.slug}/index.html`)).toContain("[fjernet]");
    const gone = await fetch(`${inject("hubUrl")}/utproving/${oldSlug}/`);
    expect(gone.status).toBe(410);
  });
});
