import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublicPilot } from "../../shared/domain/public-trial/public-pilot.ts";
import { FIXTURE, buildFixtureSite, copyOfFixtureSite, readFixture, rebuildSite, type BuiltSite } from "./built-site.ts";

/**
 * The rebuild after a publish reuses the trial pages whose cache key is unchanged (Astro's incremental
 * build). What the changed trial touches must be fresh all the same: its own page, the pages that list it,
 * the open data and the search vocabulary.
 */
const fixture = readFixture();
const NEW_TITLE = "Zebrafinkemåling i Nav-kontoret";
const pilotPage = (p: Pick<PublicPilot, "slug">) => join("utproving", p.slug, "index.html");

// A trial with a method that other offices have tried too, so their pages list it.
const changed = fixture.pilots.find((p) => p.methodId && fixture.pilots.some((q) => q.methodId === p.methodId && q.officeId !== p.officeId))!;
const sibling = fixture.pilots.find((q) => q.methodId === changed.methodId && q.officeId !== changed.officeId)!;
const method = fixture.methods.find((m) => m.id === changed.methodId)!;
// A trial withdrawn in the same rebuild, from another office: its page and its place in the lists must go.
const withdrawn = fixture.pilots.find((p) => p.id !== changed.id && p.id !== sibling.id && p.officeId !== changed.officeId)!;

/** Every file of a built site, relative to it. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

let site: BuiltSite;
let full: BuiltSite;
let before: Map<string, string>;
let unrelated: PublicPilot[];

beforeAll(async () => {
  site = copyOfFixtureSite();
  before = new Map(fixture.pilots.map((p) => [p.id, site.read(pilotPage(p))]));
  unrelated = fixture.pilots.filter(
    (p) => p.id !== changed.id && p.id !== withdrawn.id && !before.get(p.id)!.includes(changed.slug) && !before.get(p.id)!.includes(withdrawn.slug),
  );
  const snapshot = join(site.dir, "..", "after.json");
  const now = new Date().toISOString();
  writeFileSync(
    snapshot,
    JSON.stringify({
      ...fixture,
      generatedAt: now,
      pilots: fixture.pilots.filter((p) => p.id !== withdrawn.id).map((p) => (p.id === changed.id ? { ...p, title: NEW_TITLE, updatedAt: now } : p)),
    }),
  );
  site = await rebuildSite(site, snapshot);
  // The oracle: a build from nothing of the same data.
  full = await buildFixtureSite(snapshot);
}, 600_000);

afterAll(() => {
  site?.remove();
  full?.remove();
});

describe("rebuild after one trial changed", () => {
  it("starts from the fixture", () => {
    expect(FIXTURE).toContain("public-snapshot.json");
    expect(sibling.id).not.toBe(changed.id);
    expect(unrelated.length).toBeGreaterThan(0);
    expect(withdrawn).toBeDefined();
  });

  it("renders the changed trial's page again", () => {
    const html = site.read(pilotPage(changed));
    expect(html).toContain(NEW_TITLE);
    expect(html).not.toContain(`<h1 class="aksel-heading aksel-heading--xlarge">${changed.title}</h1>`);
  });

  it("renews the pages that list it: another office's trial of the same method, the method, office and county pages", () => {
    expect(site.read(pilotPage(sibling))).toContain(NEW_TITLE);
    expect(site.read(join("metode", method.slug, "index.html"))).toContain(NEW_TITLE);
    expect(site.read(join("kontor", changed.officeId, "index.html"))).toContain(NEW_TITLE);
    expect(site.read(join("fylke", changed.county, "index.html"))).toContain(NEW_TITLE);
  });

  it("keeps every page that does not show the trial exactly as it was", () => {
    for (const p of unrelated) expect(site.read(pilotPage(p)), p.slug).toBe(before.get(p.id));
  });

  it("gives every trial page exactly as a build from nothing of the same data does", () => {
    for (const p of fixture.pilots.filter((q) => q.id !== withdrawn.id)) expect(site.read(pilotPage(p)), p.slug).toBe(full.read(pilotPage(p)));
  });

  it("removes the page of the trial withdrawn since, and its place in its office's list", () => {
    expect(existsSync(join(site.dir, pilotPage(withdrawn)))).toBe(false);
    expect(site.read(join("kontor", withdrawn.officeId, "index.html"))).not.toContain(withdrawn.slug);
  });

  it("holds exactly the files a build from nothing of the same data holds", () => {
    expect(filesOf(site.dir)).toEqual(filesOf(full.dir));
  });

  it("writes the open data and the search vocabulary from the new data", () => {
    const data = JSON.parse(site.read(join("data", "utprovinger.json"))) as { items: PublicPilot[] };
    expect(data.items.find((p) => p.id === changed.id)?.title).toBe(NEW_TITLE);
    expect(site.read(join("sok", "ordliste.json"))).toContain("zebrafinkemåling");
  });
});
