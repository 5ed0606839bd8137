import { join } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { REPO_ROOT, type Hub } from "../../infra/local/hub.ts";
import { officeUser } from "../../infra/local/oidc/users.ts";
import { STEPS } from "../../shared/domain/forms/pilot-form.ts";
import type { PublicPilot } from "../../shared/domain/public-trial/public-pilot.ts";
import { launchChromium, logIn, sharedHub } from "./harness.ts";

/**
 * What the stories of an office's forms share (register-and-publish, registration-form and building-on-others):
 * the office and curator they act as, the hub and browser they use, and the steps of the registration form.
 */
export const OFFICE = "nav-grunerlokka";
export const OFFICE_NAME = "NAV Grünerløkka";
export const OFFICE_USER = `kontor-${OFFICE}`;
/** The office user's name and e-mail as the local issuer puts them in the ID token. */
export const OFFICE_LOGIN = officeUser({ id: OFFICE });
export const CURATOR = "kurator";
export const WIDTHS = [1280, 390] as const;
export const ALL_STEPS = [...STEPS.map((s) => s.title), "Se over og send inn"];

/** The hub the stories run against and the folder its site is built to; set before the first story runs. */
export const forms: { base: string; siteDir: string; hub: Hub | undefined } = { base: "", siteDir: "", hub: undefined };

let browser: Browser;
const contexts: BrowserContext[] = [];
let used = false;

/** Sets up the stories' hub and browser once, however many story files ask, and closes the browser after them. */
export function useFormStories(): void {
  if (used) return;
  used = true;
  beforeAll(async () => {
    if (process.env.UTP_E2E_URL) {
      // Against a hub already running (`npm start`), to try a change quickly: its site is in site/dist.
      forms.base = process.env.UTP_E2E_URL;
      forms.siteDir = join(REPO_ROOT, "site", "dist");
    } else {
      const shared = await sharedHub();
      forms.hub = shared.hub;
      forms.siteDir = shared.siteDir;
      forms.base = shared.hub.url;
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
  });
}

export interface Watched {
  page: Page;
  problems: string[];
}

export async function newPage(options: { forAxe?: boolean; width?: number } = {}): Promise<Watched> {
  // axe-core is injected as a script: only the accessibility test lets the browser bypass the CSP for it.
  const context = await browser.newContext({
    locale: "nb-NO",
    timezoneId: "Europe/Oslo",
    bypassCSP: options.forAxe ?? false,
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  contexts.push(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    const text = message.text();
    // A 409, 412 or 422 answer is part of the story; the browser logs every non-2xx fetch.
    if (message.type() === "error" && !/status of (409|412|422|401)/.test(text)) problems.push(`console: ${text}`);
  });
  return { page, problems };
}

/** Logs in on the local issuer's page and comes back to `path`. */
export const loginAt = (page: Page, path: string, sub: string) => logIn(page, forms.base, path, sub);

export async function savedStatus(page: Page): Promise<void> {
  await page
    .locator("#utp-save-status")
    .filter({ hasText: /Lagret kl\. \d\d[:.]\d\d/ })
    .waitFor({ timeout: 15_000 });
}

export const visible = (page: Page) => page.locator("form#utp-form > section:not([hidden])");
export const focused = (page: Page) =>
  page.evaluate(() => ({
    id: document.activeElement?.id ?? "",
    text: document.activeElement?.textContent?.trim() ?? "",
    type: document.activeElement?.getAttribute("type") ?? "",
    inSummary: Boolean(document.activeElement?.closest("#utp-error-summary")),
  }));

/** "Neste: <title>" on the current step; focus lands on the next step's heading. */
export async function nextStep(page: Page, title: string): Promise<void> {
  await visible(page)
    .getByRole("button", { name: `Neste: ${title}` })
    .click();
  await expect.poll(async () => (await focused(page)).text).toContain(title);
}

/** Jumps to a step through Aksel's FormProgress ("Vis alle steg"). */
export async function openStep(page: Page, title: string): Promise<void> {
  const progress = page.getByRole("navigation", { name: "Steg i skjemaet" });
  const show = progress.getByRole("button", { name: "Vis alle steg" });
  // The form is its own chunk and may still be loading: wait for its step list before asking whether it is folded.
  await progress.waitFor();
  if (await show.isVisible()) await show.click();
  await progress.getByRole("button", { name: new RegExp(`${title}$`) }).click();
  await expect.poll(async () => (await focused(page)).text).toContain(title);
}

/** The text of what a field's `aria-describedby` names (its description and its error message), as a screen reader reads it. */
export async function describedText(field: Locator): Promise<string> {
  const ids = (await field.getAttribute("aria-describedby")) ?? "";
  return field.page().evaluate(
    (list) =>
      list
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" "),
    ids,
  );
}

export function pilotIdFrom(page: Page): string {
  const id = new URL(page.url()).searchParams.get("id");
  if (!id) throw new Error(`No pilot id in ${page.url()}`);
  return id;
}

export type PublishedTrial = Pick<PublicPilot, "id" | "slug" | "officeId" | "title" | "results" | "evidence">;
export async function publishedTrials(): Promise<PublishedTrial[]> {
  return ((await (await fetch(`${forms.base}/data/utprovinger.json`)).json()) as { items?: PublishedTrial[] }).items ?? [];
}
