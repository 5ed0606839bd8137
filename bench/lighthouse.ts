import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
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
    ["the form (/registrer/)", existsSync(join(siteDir, "registrer", "index.html")) ? "/registrer/" : undefined, false],
  ];
  const site = await serveSite(siteDir);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
  const rows: (string | number)[][] = [];
  const goals: Goal[] = [];
  const data: unknown[] = [];
  try {
    for (const [label, path, reading] of pages) {
      if (!path) {
        rows.push([label, "not measured (no such page in the build)", "", "", "", ""]);
        goals.push(goal(`Lighthouse ${label}`, "perf ≥ 95, others 100", "not measured", undefined));
        continue;
      }
      options.log(`Lighthouse ${path}`);
      const result = await lighthouse(`${site.url}${path}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse gave no result for ${path}`);
      const score = (c: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const requests = ((lhr.audits["network-requests"]?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? []);
      const jsBytes = requests.filter((r) => r.resourceType === "Script").reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, score(c)]));
      rows.push([`${label} ${path}`, ...CATEGORIES.map((c) => scores[c] ?? 0), fmt.kb(jsBytes)]);
      data.push({ label, path, scores, jsBytes });
      const ok = (scores.performance ?? 0) >= 95 && scores.accessibility === 100 && scores["best-practices"] === 100 && scores.seo === 100;
      goals.push(goal(`Lighthouse ${label}: performance ≥ 95, the other three 100`, "≥ 95 / 100 / 100 / 100", CATEGORIES.map((c) => scores[c]).join(" / "), ok));
      if (reading) goals.push(goal(`At most 50 KB JavaScript on ${label}`, "≤ 50 KB", `${fmt.kb(jsBytes)} KB`, jsBytes <= 50 * 1024));
    }
  } finally {
    await chrome.kill();
    await site.close();
  }
  return {
    title: "Lighthouse",
    note: "Lighthouse (default mobile profile, simulated throttling) driving Debian's Chromium through chrome-launcher, over the sample-data build served with gzip. JavaScript is the transferred size of script requests.",
    headers: ["page", "performance", "accessibility", "best practices", "SEO", "JS KB (gzip)"],
    rows,
    goals,
    data,
  };
}
