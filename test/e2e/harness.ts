import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import type { Page } from "playwright-core";
import { startHub, type Hub } from "../../infra/local/hub.ts";
import { runAxe, seriousOrCritical } from "../site/browser.ts";

export { SCREENSHOTS, launchChromium, shot } from "../site/browser.ts";

export interface StoriesHub {
  readonly hub: Hub;
  /** The folder the hub's rebuilder writes the site to. */
  readonly siteDir: string;
}

let shared: Promise<StoriesHub> | undefined;

/**
 * The one local hub every browser story shares (`stories.test.ts` runs them in one file, one after another):
 * DynamoDB Local seeded with the sample data, the mail catcher, and the site built from the export and rebuilt
 * after each change. Started by the first story that asks for it; `stopSharedHub` stops it.
 */
export function sharedHub(): Promise<StoriesHub> {
  shared ??= (async () => {
    const siteDir = mkdtempSync(join(tmpdir(), "utp-e2e-site-"));
    const hub = await startHub({ port: 0, seed: true, rebuildSite: true, siteDir, mail: { smtpPort: 0, webPort: 0 } });
    await hub.rebuilder?.idle();
    return { hub, siteDir };
  })();
  return shared;
}

export async function stopSharedHub(): Promise<void> {
  const started = await shared?.catch(() => undefined);
  shared = undefined;
  if (!started) return;
  await started.hub.stop();
  rmSync(started.siteDir, { recursive: true, force: true });
  // A stopped hub leaves nothing of its site builds behind: no copy made for a next build, no records, no cache.
  const name = basename(started.siteDir);
  const left = readdirSync(dirname(started.siteDir)).filter((entry) => entry.startsWith(`${name}.`));
  if (left.length > 0) throw new Error(`The stopped hub left ${left.join(", ")} beside its site`);
}

/**
 * Opens `path` on the hub at `origin`, logs in on the local issuer's page as `sub` and waits until the page is
 * back, with the header's «Logg ut» when the page shows who is logged in.
 */
export async function logIn(page: Page, origin: string, path: string, sub: string, options: { header?: boolean } = {}): Promise<void> {
  await page.goto(`${origin}${path}`);
  await page.waitForURL(/\/oidc\/authorize/);
  await page.selectOption("#sub", sub);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL((url) => url.pathname === path.split("?")[0]);
  if (options.header ?? true) await page.locator("#utp-user").getByRole("button", { name: "Logg ut" }).waitFor();
}

/** axe-core's serious and critical violations on the page as it is now, by every rule axe runs by default, one line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const { violations } = await runAxe(page, { rules: "all" });
  return seriousOrCritical(violations).map((v) => `${v.id} (${v.impact}): ${v.targets.join(", ")}`);
}
