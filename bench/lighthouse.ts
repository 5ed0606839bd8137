import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { startFlow, type Config, type Flags, type Result } from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import puppeteer from "puppeteer-core";
import { REPO_ROOT, startHub } from "../infra/local/hub.ts";
import { officeUser } from "../infra/local/oidc/users.ts";
import { TOKENS_KEY, type StoredTokens } from "../site/src/app/session-tokens.ts";
import { fmt, goal, type Goal, type Section } from "./report.ts";
import { CHROMIUM, CHROMIUM_ARGS } from "./site.ts";
import { serveSite } from "./static-server.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** The office whose staff the signed-in pages are measured as (one of the sample data's offices). */
const OFFICE = "nav-kongsvinger";

/**
 * Lighthouse over a page as a signed-in user sees it: a tab of the same origin is given the session a login
 * leaves (`TOKENS_KEY`), the browser's cache is emptied as Lighthouse does before a run, and the page is
 * measured in that tab (a Lighthouse run of its own would open a tab without the session).
 */
export async function signedInRun(port: number, url: string, session: StoredTokens, flags: Flags, config: Config | undefined): Promise<Result | undefined> {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  try {
    const page = await browser.newPage();
    await page.goto(new URL("/404.html", url).href);
    await page.evaluate((key, value) => sessionStorage.setItem(key, value), TOKENS_KEY, JSON.stringify(session));
    const cdp = await page.createCDPSession();
    await cdp.send("Network.clearBrowserCache");
    await cdp.detach();
    const flow = await startFlow(page, { config, flags: { ...flags, disableStorageReset: true } });
    await flow.navigate(url);
    const lhr = (await flow.createFlowResult()).steps[0]?.lhr;
    await page.close();
    return lhr;
  } finally {
    await browser.disconnect();
  }
}

function firstPage(siteDir: string, folder: string): string | undefined {
  const dir = join(siteDir, folder);
  if (!existsSync(dir)) return undefined;
  const entry = readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory() && existsSync(join(dir, e.name, "index.html")));
  return entry ? `/${folder}/${entry.name}/` : undefined;
}

export async function lighthouseSection(options: { siteDir: string | undefined; log: (m: string) => void }): Promise<Section> {
  const siteDir = options.siteDir ?? join(REPO_ROOT, ".cache", "bench-site-sample");
  // [label, path, a reading page (JavaScript budget), measured signed in as office staff]
  const pages: [string, string | undefined, boolean, boolean][] = [
    ["home (search)", "/", false, false],
    ["a trial", firstPage(siteDir, "utproving"), true, false],
    ["a method", firstPage(siteDir, "metode"), true, false],
    ["the gap map", "/kunnskapskart/", true, false],
    ["the statistics", "/statistikk/", true, false],
    ["the form (/registrer/)", existsSync(join(siteDir, "registrer", "index.html")) ? "/registrer/" : undefined, false, true],
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
  // The form needs the API and a login: a hub with the sample data answers the site's API calls.
  const hub = await startHub({ port: 0, seed: true, tableName: "utprovingsbanken-lighthouse" });
  const offices = (await (await fetch(`${hub.url}/api/offices`)).json()) as { items: { id: string; name: string }[] };
  const user = officeUser({ id: OFFICE });
  const session: StoredTokens = {
    idToken: await hub.issuer.signToken(user, { ttlSeconds: 3600 }),
    expiresAt: Date.now() + 3_600_000,
    name: user.name,
    email: user.email,
    role: "kontor",
    office: OFFICE,
    officeName: offices.items.find((o) => o.id === OFFICE)?.name,
  };
  const site = await serveSite(siteDir, { api: hub.url });
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
  const rows: (string | number)[][] = [];
  const goals: Goal[] = [];
  const data: unknown[] = [];
  try {
    for (const width of widths) {
      for (const [label, path, reading, signedIn] of pages) {
        const name = `${label} at ${width.name}`;
        if (!path) {
          rows.push([name, "not measured (no such page in the build)", "", "", "", ""]);
          goals.push(goal(`Lighthouse ${name}`, "perf ≥ 95, others 100", "not measured", undefined));
          continue;
        }
        options.log(`Lighthouse ${path} at ${width.name}`);
        const flags: Flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES], ...width.flags };
        const lhr = signedIn
          ? await signedInRun(chrome.port, `${site.url}${path}`, session, flags, width.config)
          : (await lighthouse(`${site.url}${path}`, flags, width.config))?.lhr;
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
    await hub.stop();
  }
  return {
    title: "Lighthouse",
    note: `Lighthouse driving Debian's Chromium through chrome-launcher, over ${siteDir.endsWith("sample") ? "the sample-data build" : `the build in ${siteDir.split("/").at(-1)}`} served with gzip, its API calls answered by a hub with the sample data; the form is measured signed in as office staff of ${OFFICE}: the mobile profile (simulated slow 4G and CPU) at 390 px, the desktop profile at 1280 px. JavaScript is the transferred size of script requests.`,
    headers: ["page", "performance", "accessibility", "best practices", "SEO", "JS KB (gzip)"],
    rows,
    goals,
    data,
  };
}
