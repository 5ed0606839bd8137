import { createHash } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INLINE_SCRIPT_SOURCES } from "../../infra/constructs/inline-scripts.ts";
import { SECURITY_HEADERS } from "../../infra/local/static-site.ts";
import { TOKENS_KEY, type StoredTokens } from "../../site/src/app/session-tokens.ts";
import { layoutShift, serveSite, type ServedSite } from "./browser.ts";
import { sharedFixtureSite } from "./built-site.ts";

/**
 * The header of every page, fitted to who is signed in: office staff see Registrer and Mine utprøvinger and
 * their name with their office, curators Kurator and their name, anonymous visitors «Logg inn». It has its
 * final size when the page is first drawn, so a signed-in user's page does not move down under them.
 */
let served: ServedSite;

beforeAll(async () => {
  served = await serveSite(sharedFixtureSite().dir);
});

afterAll(async () => {
  await served?.close();
});

const OFFICE_STAFF: StoredTokens = {
  idToken: "x.y.z",
  expiresAt: Date.now() + 3_600_000,
  name: "Sigrid Andersen",
  role: "kontor",
  office: "nav-nordre-aasen-og-sondre-follo",
  officeName: "NAV Nordre Åsen og Søndre Follo",
};
const CURATOR: StoredTokens = { idToken: "x.y.z", expiresAt: Date.now() + 3_600_000, name: "Kari Kurator", role: "kurator", office: undefined };

/** A page opened in a tab that holds the session a login leaves (none for an anonymous visitor). */
async function openAs(session: StoredTokens | undefined, path: string, width: number, height: number): Promise<Page> {
  const context = await served.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => void (message.type() === "error" && problems.push(message.text())));
  // Scripts arrive late, as on a slow connection: the page is drawn before any of them has run.
  await page.route("**/*.js", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  if (session) {
    await page.goto(`${served.origin}/404.html`);
    await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [TOKENS_KEY, JSON.stringify(session)] as const);
  }
  await page.goto(`${served.origin}${path}`, { waitUntil: "load" });
  await page.waitForTimeout(600);
  // A script the page's own policy blocked would leave the header as it was drawn for anyone.
  expect(problems.filter((p) => p.includes("Content Security Policy"))).toEqual([]);
  return page;
}

describe("the header", () => {
  for (const [width, height] of [
    [1280, 800],
    [1024, 768],
    [390, 844],
  ] as const) {
    it(`moves nothing on a signed-in user's page at ${width} px, and names the user`, async () => {
      for (const [session, name, shown, hidden] of [
        [OFFICE_STAFF, "Sigrid Andersen, NAV Nordre Åsen og Søndre Follo", ["Registrer", "Mine utprøvinger"], ["Kurator"]],
        [CURATOR, "Kari Kurator (kurator)", ["Kurator"], ["Registrer", "Mine utprøvinger"]],
      ] as const) {
        const page = await openAs(session, "/statistikk/", width, height);
        try {
          expect(await page.evaluate(layoutShift)).toBeLessThan(0.01);
          const menu = page.locator(".utp-header nav").first();
          expect(await menu.getByRole("link", { name, includeHidden: true }).getAttribute("href")).toBe(session.role === "kurator" ? "/kurator/" : "/mine/");
          for (const text of shown) expect(await menu.getByRole("link", { name: text, exact: true, includeHidden: true }).count()).toBe(1);
          for (const text of hidden) expect(await menu.getByRole("link", { name: text, exact: true }).count()).toBe(0);
        } finally {
          await page.context().close();
        }
      }
    });
  }

  it("is the only inline script of a page, and the Content-Security-Policy allows it by its hash", () => {
    for (const path of ["index.html", "statistikk/index.html", "registrer/index.html", "404.html"]) {
      const html = sharedFixtureSite().read(path);
      // Scripts the browser runs: no `src`, and no type but JavaScript's (JSON data blocks are not run)
      const inline = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
        .filter(([, attributes = ""]) => !/\bsrc=/.test(attributes) && !/\btype="(?!module"|text\/javascript")/.test(attributes))
        .map(([, , text = ""]) => text);
      expect(inline).toHaveLength(1);
      const source = `'sha256-${createHash("sha256")
        .update(inline[0] ?? "", "utf8")
        .digest("base64")}'`;
      expect(INLINE_SCRIPT_SOURCES).toContain(source);
      expect(SECURITY_HEADERS["content-security-policy"]).toContain(source);
    }
  });

  it("offers an anonymous visitor «Logg inn», back to the very page and its search", async () => {
    const page = await openAs(undefined, "/?q=jobb", 1280, 800);
    try {
      const login = page.locator(".utp-header nav").first().getByRole("link", { name: "Logg inn" });
      expect(await login.getAttribute("href")).toBe(`/auth/login/?til=${encodeURIComponent("/?q=jobb")}`);
      for (const text of ["Registrer", "Mine utprøvinger", "Kurator"]) {
        expect(await page.locator(".utp-header nav").first().getByRole("link", { name: text, exact: true }).count()).toBe(0);
      }
    } finally {
      await page.context().close();
    }
  });
});
