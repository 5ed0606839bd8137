import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { REPO_ROOT } from "../infra/local/hub.ts";
import { fmt, goal, type Goal, type Section } from "./report.ts";
import { CHROMIUM, CHROMIUM_ARGS } from "./site.ts";
import { serveSite } from "./static-server.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

function firstPage(siteDir: string, folder: string): string | undefined {
  const dir = join(siteDir, folder);
  if (!existsSync(dir)) return undefined;
  const entry = readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory() && existsSync(join(dir, e.name, "index.html")));
  return entry ? `/${folder}/${entry.name}/` : undefined;
}

export async function lighthouseSection(options: { siteDir: string | undefined; log: (m: string) => void }): Promise<Section> {
  const siteDir = options.siteDir ?? join(REPO_ROOT, ".cache", "bench-site-sample");
  const pages: [string, string | undefined, boolean][] = [
    ["home (search)", "/", false],
    ["a trial", firstPage(siteDir, "utproving"), true],
    ["a method", firstPage(siteDir, "metode"), true],
    ["the gap map", "/kunnskapskart/", true],
    ["the statistics", "/statistikk/", true],
    ["the form (/registrer/)", existsSync(join(siteDir, "registrer", "index.html")) ? "/registrer/" : undefined, false],
  ];
  // Lighthouse's mobile profile (simulated slow 4G, 4× CPU) at a 390 px phone, and its desktop profile at 1280 px.
  const widths = [
    {
      name: "390 px",
      flags: { formFactor: "mobile" as const, screenEmulation: { mobile: true, width: 390, height: 844, deviceScaleFactor: 3, disabled: false } },
      config: undefined,
    },
    {
      name: "1280 px",
      flags: { formFactor: "desktop" as const, screenEmulation: { mobile: false, width: 1280, height: 800, deviceScaleFactor: 1, disabled: false } },
      config: desktopConfig,
    },
  ];
  const site = await serveSite(siteDir);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
  const rows: (string | number)[][] = [];
  const goals: Goal[] = [];
  const data: unknown[] = [];
  try {
    for (const width of widths) {
      for (const [label, path, reading] of pages) {
        const name = `${label} at ${width.name}`;
        if (!path) {
          rows.push([name, "not measured (no such page in the build)", "", "", "", ""]);
          goals.push(goal(`Lighthouse ${name}`, "perf ≥ 95, others 100", "not measured", undefined));
          continue;
        }
        options.log(`Lighthouse ${path} at ${width.name}`);
        const result = await lighthouse(
          `${site.url}${path}`,
          { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES], ...width.flags },
          width.config,
        );
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse gave no result for ${path}`);
        const score = (c: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
        const requests = (lhr.audits["network-requests"]?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
        const jsBytes = requests.filter((r) => r.resourceType === "Script").reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, score(c)]));
        rows.push([`${label} ${path} (${width.name})`, ...CATEGORIES.map((c) => scores[c] ?? 0), fmt.kb(jsBytes)]);
        data.push({ label, path, width: width.name, scores, jsBytes });
        const ok = (scores.performance ?? 0) >= 95 && scores.accessibility === 100 && scores["best-practices"] === 100 && scores.seo === 100;
        goals.push(
          goal(`Lighthouse ${name}: performance ≥ 95, the other three 100`, "≥ 95 / 100 / 100 / 100", CATEGORIES.map((c) => scores[c]).join(" / "), ok),
        );
        if (reading) goals.push(goal(`At most 50 KB JavaScript on ${name}`, "≤ 50 KB", `${fmt.kb(jsBytes)} KB`, jsBytes <= 50 * 1024));
      }
    }
  } finally {
    await chrome.kill();
    await site.close();
  }
  return {
    title: "Lighthouse",
    note: `Lighthouse driving Debian's Chromium through chrome-launcher, over ${siteDir.endsWith("sample") ? "the sample-data build" : `the build in ${siteDir.split("/").at(-1)}`} served with gzip: the mobile profile (simulated slow 4G and CPU) at 390 px, the desktop profile at 1280 px. JavaScript is the transferred size of script requests.`,
    headers: ["page", "performance", "accessibility", "best practices", "SEO", "JS KB (gzip)"],
    rows,
    goals,
    data,
  };
}
