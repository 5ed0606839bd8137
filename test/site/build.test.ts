import { verdict } from "../../shared/domain/verdict.ts";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evidenceLabel } from "../../shared/domain/evidence.ts";
import { COUNTIES, labelOf, MEASURE_TYPES, OUTCOMES, TARGET_GROUPS } from "../../shared/domain/taxonomy.ts";
import { UTF8_BOM } from "../../shared/public/index.ts";
import type { PublicPilot } from "../../shared/domain/public-trial/public-pilot.ts";
import { parseCsv } from "../support/csv.ts";
import { readFixture, sharedFixtureSite, type BuiltSite } from "./built-site.ts";
import { HEADER_FIT_SCRIPT } from "../../site/src/lib/header-fit.ts";

const fixture = readFixture();
const published = fixture.pilots;
const newestFirst = [...published].sort((a, b) => b.firstPublishedAt.localeCompare(a.firstPublishedAt) || b.id.localeCompare(a.id));
const officeName = (id: string) => fixture.offices.find((o) => o.id === id)?.name ?? id;
const pilotPage = (p: PublicPilot) => join("utproving", p.slug, "index.html");

/** The text of an HTML fragment as a reader sees it: tags dropped, entities for <, >, & and quotes decoded. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

/** Rows of a chart's table on /statistikk/: category code → count. */
function chartTable(html: string, id: string): Map<string, number> {
  const table = new RegExp(`<table[^>]*data-chart-table="${id}"[^>]*>([\\s\\S]*?)</table>`).exec(html)?.[1] ?? "";
  const rows = new Map<string, number>();
  for (const match of table.matchAll(/<tr[^>]*data-code="([^"]+)"[^>]*>[\s\S]*?<td[^>]*>(\d+)<\/td>/g)) rows.set(match[1]!, Number(match[2]));
  return rows;
}

/** The markup without attribute values: text inside a quoted attribute is never a tag, so scans skip it. */
function markupOnly(html: string): string {
  return html.replace(/="[^"]*"/g, '=""');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === "pagefind" ? [] : htmlFiles(full);
    return name.endsWith(".html") ? [full] : [];
  });
}

describe("the site built from the fixture snapshot", () => {
  let site: BuiltSite;

  beforeAll(async () => {
    // Act (once for every test below): build the site and its search index into a temporary folder.
    site = sharedFixtureSite();
  });
  afterAll(() => site?.remove());

  it("has a fixture that exercises what the pages must show", () => {
    // Assess: the fixture holds what the checks below rely on, so they cannot pass vacuously.
    expect(published.length).toBeGreaterThan(20);
    expect(published.some((p) => p.outcomeSwitch.dropped.length > 0 && p.outcomeSwitch.added.length > 0)).toBe(true);
    expect(published.some((p) => p.evidence.strength >= 3 && p.evidence.direction === "ingen")).toBe(true);
    expect(fixture.methods.some((m) => m.mergedInto)).toBe(true);
  });

  it("writes a page for every published trial with its title, office, method and a copy link", () => {
    for (const pilot of published) {
      // Act
      const html = site.read(pilotPage(pilot));

      // Assess
      const body = text(html);
      expect(body).toContain(pilot.title);
      expect(body).toContain(officeName(pilot.officeId));
      expect(html).toContain(`href="/registrer/?kopi=${pilot.id}"`);
      const method = fixture.methods.find((m) => m.id === pilot.methodId);
      if (method) expect(html).toContain(`href="/metode/${method.slug}/"`);
      expect(body).toContain(`Kunnskapsgrunnlag nivå ${pilot.evidence.strength}: ${evidenceLabel(pilot.evidence.strength, pilot.evidence.direction)}`);
      expect(body).toContain(verdict({ outcome: pilot.results?.outcome, evidence: pilot.evidence }).label);
      if (pilot.results) expect(body).toContain(`Resultat: ${labelOf(OUTCOMES, pilot.results.outcome)}`);
    }
  });

  it("marks a planned outcome that was not reported and a measure that was not planned", () => {
    // Prepare
    const switched = published.find((p) => p.outcomeSwitch.dropped.length > 0 && p.outcomeSwitch.added.length > 0)!;
    const faithful = published.find((p) => p.results && p.outcomeSwitch.dropped.length === 0 && p.outcomeSwitch.added.length === 0)!;

    // Act
    const switchedText = text(site.read(pilotPage(switched)));
    const faithfulText = text(site.read(pilotPage(faithful)));

    // Assess
    expect(switchedText).toContain("Ikke rapportert (planlagt mål falt bort)");
    expect(switchedText).toContain("Ikke planlagt på forhånd");
    expect(faithfulText).not.toContain("Ikke rapportert (planlagt mål falt bort)");
    expect(faithfulText).not.toContain("Ikke planlagt på forhånd");
  });

  it("labels a well-run trial without effect as strong knowledge, in words", () => {
    // Prepare
    const noEffect = published.find((p) => p.evidence.strength >= 3 && p.evidence.direction === "ingen")!;

    // Act
    const body = text(site.read(pilotPage(noEffect)));

    // Assess
    expect(body).toContain(
      `Kunnskapsgrunnlag nivå ${noEffect.evidence.strength}: ${noEffect.evidence.strength === 4 ? "Dokumentert uten effekt" : "Ingen effekt påvist"}`,
    );
    expect(body).toContain("Retning: Ingen effekt");
  });

  it("renders hostile user text as text on the trial page", () => {
    // Prepare
    const hostile = published.find((p) => p.title.includes("<script>"))!;

    // Act
    const html = site.read(pilotPage(hostile));

    // Assess
    const markup = markupOnly(html);
    expect(markup).not.toContain("<script>alert");
    expect(markup).not.toMatch(/<img[^>]*onerror/i);
    expect(markup).not.toMatch(/<svg[^>]*onload/i);
    expect(html).toContain("&lt;script&gt;alert");
    expect(text(html)).toContain(hostile.title);
  });

  it("writes a method page per method with every trial, a summary and pooled figures; merged slugs redirect", () => {
    // Prepare
    const ips = fixture.methods.find((m) => m.id === "ips")!;
    const ipsTrials = published.filter((p) => p.methodId === "ips");
    const merged = fixture.methods.find((m) => m.mergedInto)!;
    const kept = fixture.methods.find((m) => m.id === merged.mergedInto)!;

    // Act
    const html = site.read(join("metode", ips.slug, "index.html"));
    const redirect = site.read(join("metode", merged.slug, "index.html"));

    // Assess
    const table = /<table[^>]*data-method-trials[^>]*>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? "";
    for (const pilot of ipsTrials) expect(text(table)).toContain(pilot.title);
    const offices = new Set(ipsTrials.map((p) => p.officeId));
    expect(text(html)).toContain(`Prøvd ved ${offices.size} kontorer (${ipsTrials.length} utprøvinger)`);
    expect(text(html)).toContain("Anbefalt for spredning");
    expect(text(html)).toMatch(/Oppfyller \d av 4 kriterier for spredning/);
    expect(html).toContain("data-pooled");
    expect(redirect).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=/metode/${kept.slug}/"`));
    expect(redirect).toContain(`href="/metode/${kept.slug}/"`);
  });

  it("writes the gap map as a table with headers, a caption, untried cells and links to a filtered search", () => {
    // Prepare
    const pilot = published.find((p) => p.targetGroups.length > 0 && p.measureTypes.length > 0)!;
    const tg = pilot.targetGroups[0]!;
    const mt = pilot.measureTypes[0]!;
    const expected = published.filter((p) => p.targetGroups.includes(tg) && p.measureTypes.includes(mt)).length;

    // Act
    const html = site.read(join("kunnskapskart", "index.html"));

    // Assess
    expect(html).toMatch(/<caption[^>]*>/);
    expect((html.match(/<th scope="col">/g) ?? []).length).toBe(MEASURE_TYPES.length);
    expect((html.match(/<th scope="row">/g) ?? []).length).toBe(TARGET_GROUPS.length);
    expect(html).toContain("Ikke prøvd");
    const cell = new RegExp(`data-cell="${tg}\\|${mt}"[^>]*>([\\s\\S]*?)</td>`).exec(html)?.[1] ?? "";
    expect(cell).toContain(`href="/?malgruppe=${tg}&amp;tiltakstype=${mt}"`);
    expect(text(cell)).toContain(expected === 1 ? "1 utprøving" : `${expected} utprøvinger`);
  });

  it("writes the rubric, browse pages, the accessibility statement and a useful 404", () => {
    // Act
    const rubric = text(site.read(join("om", "kunnskapsgrunnlag", "index.html")));
    const counties = site.read(join("fylke", "index.html"));
    const offices = site.read(join("kontor", "index.html"));
    const statement = text(site.read(join("tilgjengelighet", "index.html")));
    const notFound = site.read("404.html");

    // Assess
    for (const level of fixture.rubric.levels) expect(rubric).toContain(level.summary);
    for (const criterion of fixture.rubric.recommendation?.criteria ?? []) expect(rubric).toContain(criterion.description);
    expect(fixture.rubric.recommendation?.criteria.length).toBe(4);
    for (const county of COUNTIES) {
      expect(counties).toContain(`href="/fylke/${county.code}/"`);
      const page = text(site.read(join("fylke", county.code, "index.html")));
      const inCounty = published.filter((p) => p.county === county.code);
      for (const p of inCounty.slice(0, 50)) expect(page).toContain(p.title);
    }
    for (const office of fixture.offices) expect(offices).toContain(`href="/kontor/${office.id}/"`);
    const someTrial = newestFirst[0]!;
    expect(text(site.read(join("kontor", someTrial.officeId, "index.html")))).toContain(someTrial.title);
    expect(statement).toContain("Kjente avvik");
    expect(statement).toContain("Gi tilbakemelding");
    expect(notFound).toContain('role="search"');
  });

  it("lists the newest trials on the front page for readers without JavaScript", () => {
    // Act
    const html = site.read("index.html");

    // Assess
    const titles = [...html.matchAll(/<li class="utp-card">[\s\S]*?<a[^>]*>([\s\S]*?)<\/a>/g)].map((m) => text(m[1]!).trim());
    expect(titles).toEqual(newestFirst.slice(0, 20).map((p) => p.title));
    expect(html).toContain("<noscript>");
    expect(html).toContain('href="/kunnskapskart/"');
  });

  it("makes the header for an anonymous visitor, so it does not move when the header script runs for one", () => {
    // Act
    const html = site.read(join("metode", "index.html"));
    const menus = [...html.matchAll(/<nav[^>]*aria-label="Hovedmeny"[^>]*>([\s\S]*?)<\/nav>/g)].map((m) => m[1]!);

    // Assess
    expect(menus).toHaveLength(2);
    for (const menu of menus) {
      for (const href of ["/registrer/", "/mine/", "/kurator/"]) expect(menu).toMatch(new RegExp(`<li hidden[^>]*><a[^>]*href="${href}"`));
      expect(menu).toMatch(/<li data-utp-login[^>]*><a class="aksel-link" href="\/auth\/login\/\?til=%2Fmetode%2F">Logg inn<\/a><\/li>/);
      expect(menu).not.toMatch(/<li hidden[^>]*><a[^>]*href="\/metode\/"/);
    }
  });

  it("shows counts on /statistikk/ that match the fixture", () => {
    // Prepare: count straight from the fixture, without the code under test.
    const count = (has: (p: PublicPilot) => boolean) => published.filter(has).length;
    const ended = published.filter((p) => p.trialStatus === "avsluttet" || p.trialStatus === "avbrutt");
    const withResults = published.filter((p) => p.results);
    const noEffect = withResults.filter((p) => p.results!.outcome === "virket-ikke" || p.results!.outcome === "negativ");

    // Act
    const html = site.read(join("statistikk", "index.html"));

    // Assess
    const byCounty = chartTable(html, "fylke");
    for (const c of COUNTIES) expect(byCounty.get(c.code), c.code).toBe(count((p) => p.county === c.code));
    const byGroup = chartTable(html, "malgruppe");
    for (const g of TARGET_GROUPS) expect(byGroup.get(g.code), g.code).toBe(count((p) => p.targetGroups.includes(g.code)));
    const byType = chartTable(html, "tiltakstype");
    for (const t of MEASURE_TYPES) expect(byType.get(t.code), t.code).toBe(count((p) => p.measureTypes.includes(t.code)));
    const byOutcome = chartTable(html, "resultat");
    for (const o of OUTCOMES) expect(byOutcome.get(o.code), o.code).toBe(count((p) => p.results?.outcome === o.code));
    expect(byOutcome.get("ingen-resultater")).toBe(published.length - withResults.length);
    const kpi = (name: string) => text(new RegExp(`<li[^>]*data-kpi="${name}"[^>]*>([\\s\\S]*?)</li>`).exec(html)?.[1] ?? "");
    expect(kpi("published")).toContain(String(published.length));
    expect(kpi("reported")).toContain(`av ${ended.length} avsluttede`);
    expect(kpi("reported")).toContain(`(${ended.filter((p) => p.results).length})`);
    expect(kpi("no-effect")).toContain(`av ${withResults.length} publiserte resultater`);
    expect(kpi("no-effect")).toContain(`(${noEffect.length})`);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="fylke-title fylke-desc"/);
  });

  it("exports every published trial as JSON, exactly as the projection gives it", () => {
    // Act
    const data = JSON.parse(site.read(join("data", "utprovinger.json"))) as { count: number; items: PublicPilot[] };

    // Assess
    expect(data.count).toBe(published.length);
    expect(new Set(data.items.map((p) => p.id))).toEqual(new Set(published.map((p) => p.id)));
    const first = data.items.find((p) => p.id === published[0]!.id);
    expect(first).toEqual(published[0]);
  });

  it("exports a CSV with a BOM, a header and one row per trial, separated by semicolons", () => {
    // Act
    const raw = readFileSync(join(site.dir, "data", "utprovinger.csv"));
    const csv = raw.toString("utf8");

    // Assess
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const rows = parseCsv(csv.slice(1), ";");
    const header = rows[0]!;
    expect(rows).toHaveLength(published.length + 1);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    const ids = rows.slice(1).map((r) => r[header.indexOf("id")]);
    expect(new Set(ids)).toEqual(new Set(published.map((p) => p.id)));
    const hostile = rows.find((r) => r[header.indexOf("tittel")]?.includes("<script>"))!;
    expect(hostile[header.indexOf("tittel")]).toBe(published.find((p) => p.title.includes("<script>"))!.title);
  });

  it("writes a valid Atom feed of the newest trials", () => {
    // Act
    const xml = site.read("feed.xml");

    // Assess
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    const entries = [feed.entry].flat();
    expect(entries).toHaveLength(Math.min(50, published.length));
    expect(entries[0].title["#text"]).toBe(newestFirst[0]!.title);
    expect(entries[0].link["@_href"]).toBe(`https://utprovingsbanken.test/utproving/${newestFirst[0]!.slug}/`);
  });

  it("writes a valid sitemap that lists every trial page", () => {
    // Act
    const index = site.read("sitemap.xml");
    const parser = new XMLParser();
    const files = [parser.parse(index).sitemapindex.sitemap].flat().map((s: { loc: string }) => new URL(s.loc).pathname);
    const urls = files.flatMap((file) => {
      const xml = site.read(file.slice(1));
      expect(XMLValidator.validate(xml)).toBe(true);
      return [parser.parse(xml).urlset.url].flat().map((u: { loc: string }) => u.loc);
    });

    // Assess
    expect(XMLValidator.validate(index)).toBe(true);
    for (const p of published) expect(urls).toContain(`https://utprovingsbanken.test/utproving/${p.slug}/`);
    expect(urls).toContain("https://utprovingsbanken.test/kunnskapskart/");
  });

  it("writes a Norwegian search index with one record per trial", () => {
    // Act
    const entry = JSON.parse(site.read(join("pagefind", "pagefind-entry.json"))) as { languages: Record<string, { page_count: number }> };

    // Assess
    expect(Object.keys(entry.languages)).toEqual(["nb"]);
    expect(entry.languages.nb?.page_count).toBe(published.length);
  });

  it("has no inline script or style but the header's fitting anywhere, so the pages work under the site's CSP", () => {
    for (const file of htmlFiles(site.dir)) {
      const html = readFileSync(file, "utf8");
      expect(html, file).toMatch(/^<!DOCTYPE html><html lang="nb">/);
      // A JSON data block (`type="application/json"`) is never run, so the CSP does not concern it. The header's
      // fitting is the one inline script, once in every page, allowed by its hash; any other script must have a src.
      expect(html.split(`<script>${HEADER_FIT_SCRIPT}</script>`), file).toHaveLength(2);
      const withoutData = html.replace(/<script type="application\/json" id="[a-z-]+">/g, "").replace(`<script>${HEADER_FIT_SCRIPT}</script>`, "");
      expect(markupOnly(withoutData), file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(markupOnly(html), file).not.toMatch(/<style[\s>]/);
      expect(html, file).not.toMatch(/\sstyle="/);
    }
  });
});
