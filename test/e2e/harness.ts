import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { startHub, type Hub } from "../../infra/local/hub.ts";
import { REPO_ROOT } from "../site/built-site.ts";

export { SCREENSHOTS, launchChromium, shot } from "../site/browser.ts";

const AXE_PATH = join(REPO_ROOT, "node_modules", "axe-core", "axe.min.js");

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

/** axe-core's serious and critical violations on the page as it is now (the context must bypass the CSP to inject it). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 3) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.targets.join(", ")}`);
}
