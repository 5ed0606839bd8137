import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

// Every handler module is loaded below; each reads its settings once at start-up.
process.env.TABLE_NAME ??= "utprovingsbanken-test";
process.env.SITE_BUILD_PROJECT ??= "utprovingsbanken-test-site";
process.env.SITE_URL ??= "https://utprovingsbanken.example";
process.env.MAIL_FROM ??= "utprovingsbanken@nav.example";
process.env.SES_CONFIGURATION_SET ??= "utprovingsbanken-test";
process.env.CURATOR_EMAILS ??= "kurator@nav.example";
process.env.OIDC_CLIENT_ID ??= "utprovingsbanken-test";
process.env.OIDC_TOKEN_USE ??= "id";

const FUNCTIONS_DIR = join(import.meta.dirname, "../../functions");

/** Every TypeScript file under functions/, as a path relative to it without the extension (`notices/on-stream`). */
function functionFiles(): string[] {
  return (readdirSync(FUNCTIONS_DIR, { recursive: true, encoding: "utf8" }) as string[])
    .filter((file) => file.endsWith(".ts"))
    .map((file) => relative(FUNCTIONS_DIR, join(FUNCTIONS_DIR, file)).replaceAll("\\", "/").replace(/\.ts$/, ""))
    .sort();
}

const source = (entry: string) => readFileSync(join(FUNCTIONS_DIR, `${entry}.ts`), "utf8");

/** The lines of a file that mention `console.` at all (in code or in a comment: neither belongs in functions/). */
export function consoleUses(text: string): string[] {
  return text.split("\n").flatMap((line, index) => (/\bconsole\s*\./.test(line) ? [`line ${index + 1}`] : []));
}

/** The handler files deployed as Lambda functions: one per route, the stream consumers and the daily job. */
async function deployedEntries(): Promise<string[]> {
  const { DEPLOYED_ROUTES } = await import("../../functions/routes.ts");
  const { STREAM_NOTICES_ENTRY, DAILY_REMINDERS_ENTRY } = await import("../../infra/stacks/notifications-stack.ts");
  const { PUBLIC_CHANGES_ENTRY } = await import("../../infra/stacks/figures-stack.ts");
  return [...new Set([...DEPLOYED_ROUTES.map((route) => route.entry), STREAM_NOTICES_ENTRY, DAILY_REMINDERS_ENTRY, PUBLIC_CHANGES_ENTRY])].sort();
}

describe("logging in functions/ goes through the shared Logger", () => {
  it("finds a console call where there is one", () => {
    expect(consoleUses('const a = 1;\n  console.info(JSON.stringify({ a }));\nlogger.info("b");\n')).toEqual(["line 2"]);
    expect(consoleUses('logger.info("consoles");\n')).toEqual([]);
  });

  it("no file under functions/ writes to the console", () => {
    // Act
    const files = functionFiles();
    const offenders = files.flatMap((entry) => consoleUses(source(entry)).map((where) => `functions/${entry}.ts ${where}`));

    // Assess
    expect(files.length).toBeGreaterThan(40);
    expect(offenders).toEqual([]);
  });
});

describe("every deployed function applies Powertools' middlewares", () => {
  it("every file exporting a handler is deployed, and every deployed entry is a file", async () => {
    // Act
    const entries = await deployedEntries();
    const withHandler = functionFiles().filter((entry) => /export const handler\b/.test(source(entry)));

    // Assess
    expect(withHandler).toEqual(entries);
    expect(entries).toEqual(expect.arrayContaining(["notices/on-stream", "notices/daily-reminders", "stream/public-changes", "system/me"]));
  });

  it("each deployed handler is built with the shared injectLambdaContext and logMetrics", async () => {
    // Prepare
    const { usesPowertools } = await import("../../functions/lib/observability.ts");
    const entries = await deployedEntries();

    // Act
    const without: string[] = [];
    for (const entry of entries) {
      const module = (await import(/* @vite-ignore */ pathToFileURL(join(FUNCTIONS_DIR, `${entry}.ts`)).href)) as { handler?: unknown };
      if (!usesPowertools(module.handler)) without.push(entry);
    }

    // Assess
    expect(without).toEqual([]);
    expect(usesPowertools(async () => undefined)).toBe(false);
  });
});
