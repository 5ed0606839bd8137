import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { riskDifference } from "../../shared/domain/effect-size.ts";
import { PublicSnapshotSchema } from "../../shared/public/index.ts";
import { failedResults } from "../../fixtures/pilots.ts";
import { api, tokenFor } from "../support/api.ts";
import { endedContent, publishedPilot, wholeExport } from "../support/lifecycle.ts";
import { buildFixtureSite, type BuiltSite } from "../site/built-site.ts";

interface MetaforCase {
  name: string;
  ai: number[];
  n1: number[];
  ci: number[];
  n2: number[];
  estimate: number;
  ciLower: number;
  ciUpper: number;
  piLower: number;
  piUpper: number;
}

/** A case R's metafor pooled (`rma(yi, vi, method = "REML", test = "knha")`, `predict()`): seven trials whose effects vary. */
const CASE = (
  JSON.parse(readFileSync(new URL("../fixtures/metafor/cases.json", import.meta.url), "utf8")) as { pooling: (MetaforCase & { measure: string })[] }
).pooling.find((c) => c.name === "random 4 (k = 7, tau = 0.02)")!;
const OFFICES = ["nav-grunerlokka", "nav-stovner", "nav-alna", "nav-baerum", "nav-asker", "nav-lillestrom", "nav-lorenskog"];
const METHOD = `evidens-${Date.now().toString(36)}`;
const share = (count: number, n: number) => Math.round((10_000 * count) / n) / 100;

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

/** The numbers a data attribute holds, in the page's order. */
function attributeNumbers(html: string, attribute: string): number[] {
  return [...html.matchAll(new RegExp(`${attribute}="(-?[0-9.e+-]+)"`, "g"))].map((m) => Number(m[1]));
}

describe("trials published through the API reach their method page pooled as metafor pools them", () => {
  let site: BuiltSite | undefined;
  const titles: string[] = [];

  beforeAll(async () => {
    expect(CASE.ai.length).toBe(OFFICES.length);
    const curator = await tokenFor("kurator");
    const created = await api("POST", "/api/methods", { token: curator, body: { id: METHOD, name: `Evidens ${METHOD}` } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    for (const [i, n1] of CASE.n1.entries()) {
      const title = `Sammenlignet utprøving ${i + 1} av ${METHOD}`;
      titles.push(title);
      const results = failedResults();
      await publishedPilot(
        OFFICES[i]!,
        endedContent({
          title,
          participants: { count: n1 },
          results: {
            ...results,
            outcome: "virket",
            failureReasons: [],
            measures: [
              {
                ...results.measures![0]!,
                value: share(CASE.ai[i]!, n1),
                n: n1,
                comparison: { value: share(CASE.ci[i]!, CASE.n2[i]!), n: CASE.n2[i]!, description: "Nabokontorer" },
              },
            ],
          },
        }),
        METHOD,
      );
    }
    const snapshot = join(mkdtempSync(join(tmpdir(), "utp-evidence-")), "snapshot.json");
    await exportSnapshot(snapshot);
    site = await buildFixtureSite(snapshot);
  }, 300_000);

  afterAll(() => site?.remove());

  it("shows the pooled difference, its confidence interval and its prediction interval as R's metafor gives them, to 0.1 percentage point", () => {
    const html = site!.read(`metode/${METHOD}/index.html`);
    const [estimate] = attributeNumbers(html, "data-pooled-estimate");
    const [ciLower] = attributeNumbers(html, "data-ci-lower");
    const [ciUpper] = attributeNumbers(html, "data-ci-upper");
    const [piLower] = attributeNumbers(html, "data-pi-lower");
    const [piUpper] = attributeNumbers(html, "data-pi-upper");
    expect(Math.abs(estimate! - 100 * CASE.estimate)).toBeLessThan(0.1);
    expect(Math.abs(ciLower! - 100 * CASE.ciLower)).toBeLessThan(0.1);
    expect(Math.abs(ciUpper! - 100 * CASE.ciUpper)).toBeLessThan(0.1);
    expect(Math.abs(piLower! - 100 * CASE.piLower)).toBeLessThan(0.1);
    expect(Math.abs(piUpper! - 100 * CASE.piUpper)).toBeLessThan(0.1);
    // What a reader sees: the figures with one decimal and a decimal comma
    const shown = (value: number) => (Math.round(value * 10) / 10).toFixed(1).replace(".", ",").replace(/^-/, "\u2212");
    for (const value of [CASE.estimate, CASE.ciLower, CASE.ciUpper, CASE.piLower, CASE.piUpper]) expect(html).toContain(shown(100 * value));
  });

  it("gives the compare page the same pooled difference and intervals for the method", () => {
    const summary = JSON.parse(site!.read(`data/metoder/${METHOD}.json`)) as {
      effects: { measureCode: string; k: number; estimate: number; ciLower: number; ciUpper: number; prediction?: { lower: number; upper: number } }[];
    };
    const effect = summary.effects.find((e) => e.measureCode === "arbeid-utdanning-6m")!;
    expect(effect.k).toBe(CASE.ai.length);
    expect(Math.abs(effect.estimate - 100 * CASE.estimate)).toBeLessThan(0.1);
    expect(Math.abs(effect.ciLower - 100 * CASE.ciLower)).toBeLessThan(0.1);
    expect(Math.abs(effect.ciUpper - 100 * CASE.ciUpper)).toBeLessThan(0.1);
    expect(Math.abs(effect.prediction!.lower - 100 * CASE.piLower)).toBeLessThan(0.1);
    expect(Math.abs(effect.prediction!.upper - 100 * CASE.piUpper)).toBeLessThan(0.1);
  });

  it("shows each trial's own difference with its interval", () => {
    const html = site!.read(`metode/${METHOD}/index.html`);
    const differences = attributeNumbers(html, "data-trial-effect");
    for (const [i, n1] of CASE.n1.entries()) {
      const own = riskDifference({ value: share(CASE.ai[i]!, n1), n: n1 }, { value: share(CASE.ci[i]!, CASE.n2[i]!), n: CASE.n2[i]! });
      expect(
        differences.some((d) => Math.abs(d - own.difference) < 0.1),
        `${titles[i]}: ${own.difference}`,
      ).toBe(true);
      expect(Math.abs(own.difference - 100 * (CASE.ai[i]! / n1 - CASE.ci[i]! / CASE.n2[i]!))).toBeLessThan(0.01);
    }
  });
});
