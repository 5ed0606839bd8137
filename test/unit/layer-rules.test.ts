import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const eslint = new ESLint({ cwd: REPO_ROOT });

/** The rule ids ESLint reports for a file with this text at this path (the file need not exist). */
async function lint(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}${filePath}` });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const importOf = (path: string) => `import { x } from "${path}";\nexport const y = x;\n`;

describe("layer rules: a wrong arrow fails the lint", () => {
  it.each([
    ["shared/domain/probe.ts", "../../functions/lib/http.ts"],
    ["shared/domain/probe.ts", "../../infra/config.ts"],
    ["shared/probe.ts", "../site/src/lib/x.ts"],
    ["site/src/app/probe.ts", "../../../functions/routes.ts"],
    ["site/src/lib/probe.ts", "../../../infra/local/oidc/users.ts"],
    ["functions/pilots/probe.ts", "../../site/src/app/auth.ts"],
    ["functions/lib/probe.ts", "../../infra/local/hub.ts"],
    ["bench/probe.ts", "../test/support/lifecycle.ts"],
    ["scripts/snapshot/probe.ts", "../../test/site/built-site.ts"],
  ])("%s may not import %s", async (file, target) => {
    expect(await lint(file, importOf(target))).toEqual(["no-restricted-imports"]);
  });

  it("catches type-only imports and re-exports as well", async () => {
    expect(await lint("shared/probe.ts", `import type { X } from "../functions/lib/http.ts";\nexport type Y = X;\n`)).toEqual(["no-restricted-imports"]);
    expect(await lint("shared/probe.ts", `export { x } from "../functions/lib/http.ts";\n`)).toEqual(["no-restricted-imports"]);
  });
});

describe("layer rules: the allowed arrows pass", () => {
  it.each([
    ["functions/pilots/probe.ts", "../../shared/domain/pilot.ts"],
    ["site/src/app/probe.ts", "../../../shared/domain/pilot.ts"],
    ["shared/domain/probe.ts", "../data/keys.ts"],
    ["bench/probe.ts", "../../fixtures/pilots.ts"],
    ["bench/probe.ts", "../infra/local/hub.ts"],
    ["test/unit/probe.ts", "../../functions/lib/http.ts"],
  ])("%s may import %s", async (file, target) => {
    expect(await lint(file, importOf(target))).toEqual([]);
  });
});
