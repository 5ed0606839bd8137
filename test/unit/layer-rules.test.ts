import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const eslint = new ESLint({ cwd: REPO_ROOT });

/** The rule ids ESLint reports for a file with this text at this path (the file need not exist). */
async function lint(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}${filePath}` });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const LAYER_RULE = "layers/forbidden-layer";

// Loading the configuration and its parsers takes seconds on a busy machine: once, before the first case.
beforeAll(() => lint("shared/domain/warm-up.ts", "export const z = 1;\n"), 120_000);

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
    expect(await lint(file, importOf(target))).toEqual([LAYER_RULE]);
  });

  it("catches type-only imports, re-exports and dynamic imports as well", async () => {
    expect(await lint("shared/probe.ts", `import type { X } from "../functions/lib/http.ts";\nexport type Y = X;\n`)).toEqual([LAYER_RULE]);
    expect(await lint("shared/probe.ts", `export { x } from "../functions/lib/http.ts";\n`)).toEqual([LAYER_RULE]);
    expect(await lint("shared/probe.ts", `export const y = () => import("../functions/lib/http.ts");\n`)).toEqual([LAYER_RULE]);
  });

  it("an Astro page may not import a handler, neither in its frontmatter nor in a client script", async () => {
    const frontmatter = `---\nimport { x } from "../../../../functions/lib/http.ts";\nconst y = x;\n---\n<p>{y}</p>\n`;
    expect(await lint("site/src/pages/probe/index.astro", frontmatter)).toEqual([LAYER_RULE]);
    const script = `---\n---\n<p>Hei</p>\n<script>\n  import { x } from "../../../../infra/local/hub.ts";\n  console.log(x);\n</script>\n`;
    expect(await lint("site/src/pages/probe/index.astro", script)).toEqual([LAYER_RULE]);
  });

  it.each([["@aws-sdk/lib-dynamodb"], ["@aws-sdk/client-dynamodb"], ["node:fs"], ["node:fs/promises"], ["@middy/core"]])(
    "the domain in shared/domain may not import %s",
    async (target) => {
      expect(await lint("shared/domain/probe.ts", importOf(target))).toEqual(["no-restricted-imports"]);
    },
  );
});

describe("schemas that reach a Lambda bundle are written with zod/mini", () => {
  it.each([["shared/domain/probe.ts"], ["shared/adapters/dynamodb/probe.ts"], ["functions/pilots/probe.ts"], ["infra/local/probe.ts"]])(
    "%s may not import the classic zod API, but may import zod/mini",
    async (file) => {
      expect(await lint(file, importOf("zod"))).toEqual(["no-restricted-imports"]);
      expect(await lint(file, importOf("zod/mini"))).toEqual([]);
    },
  );

  it("the site's own forms may compose with the classic API", async () => {
    expect(await lint("site/src/islands/probe/Probe.tsx", importOf("zod"))).toEqual([]);
  });
});

describe("layer rules: inside shared/ the arrows point one way", () => {
  it.each([
    ["shared/domain/probe.ts", "../application/pilot-workflow.ts"],
    ["shared/domain/probe.ts", "../contracts/responses.ts"],
    ["shared/domain/probe.ts", "../adapters/dynamodb/keys.ts"],
    ["shared/domain/forms/probe.ts", "../../public/open-data/csv.ts"],
    ["shared/application/probe.ts", "../adapters/dynamodb/pilot-repository.ts"],
    ["shared/application/notices/probe.ts", "../../adapters/mail/ses-mailer.ts"],
    ["shared/application/probe.ts", "../contracts/responses.ts"],
    ["shared/application/probe.ts", "../public/pages/method.ts"],
    ["shared/contracts/probe.ts", "../adapters/dynamodb/keys.ts"],
    ["shared/contracts/probe.ts", "../application/pilot-workflow.ts"],
    ["shared/contracts/probe.ts", "../public/pages/method.ts"],
    ["shared/public/probe.ts", "../adapters/dynamodb/public-repository.ts"],
    ["shared/public/open-data/probe.ts", "../../application/pilot-workflow.ts"],
    ["shared/public/probe.ts", "../contracts/public.ts"],
    ["shared/adapters/dynamodb/probe.ts", "../../contracts/responses.ts"],
  ])("%s may not import %s", async (file, target) => {
    expect(await lint(file, importOf(target))).toEqual([LAYER_RULE]);
  });

  it("a type-only import against the arrows fails too", async () => {
    const code = `import type { X } from "../adapters/dynamodb/notice-repository.ts";\nexport type Y = X;\n`;
    expect(await lint("shared/application/probe.ts", code)).toEqual([LAYER_RULE]);
  });

  it("the top-level rules still hold inside each part of shared/", async () => {
    expect(await lint("shared/adapters/dynamodb/probe.ts", importOf("../../../functions/lib/http.ts"))).toEqual([LAYER_RULE]);
    expect(await lint("shared/public/pages/probe.ts", importOf("../../../site/src/lib/x.ts"))).toEqual([LAYER_RULE]);
  });

  it.each([["shared/application/probe.ts"], ["shared/contracts/probe.ts"], ["shared/public/probe.ts"]])(
    "%s may not import the AWS SDK or do I/O itself",
    async (file) => {
      expect(await lint(file, importOf("@aws-sdk/lib-dynamodb"))).toEqual(["no-restricted-imports"]);
      expect(await lint(file, importOf("node:fs"))).toEqual(["no-restricted-imports"]);
    },
  );
});

describe("layer rules: the allowed arrows pass", () => {
  it.each([
    ["functions/pilots/probe.ts", "../../shared/domain/pilot.ts"],
    ["site/src/app/probe.ts", "../../../shared/domain/pilot.ts"],
    ["shared/adapters/dynamodb/probe.ts", "../../domain/pilot.ts"],
    ["shared/adapters/dynamodb/probe.ts", "../../application/ports/stores.ts"],
    ["shared/adapters/stream/probe.ts", "../../public/pages/method.ts"],
    ["shared/application/probe.ts", "../domain/pilot.ts"],
    ["shared/application/notices/probe.ts", "../ports/mailer.ts"],
    ["shared/contracts/probe.ts", "../domain/public-trial/public-pilot.ts"],
    ["shared/public/pages/probe.ts", "../../domain/public-trial/projection.ts"],
    ["functions/pilots/probe.ts", "../../shared/adapters/dynamodb/pilot-repository.ts"],
    ["bench/probe.ts", "../../fixtures/pilots.ts"],
    ["bench/probe.ts", "../infra/local/hub.ts"],
    ["test/unit/probe.ts", "../../functions/lib/http.ts"],
  ])("%s may import %s", async (file, target) => {
    expect(await lint(file, importOf(target))).toEqual([]);
  });

  it("an Astro component may import the site's own scripts and the shared domain", async () => {
    const page = `---\nimport { x } from "../../../shared/domain/pilot.ts";\nconst y = x;\n---\n<p>{y}</p>\n<script>\n  import "../scripts/search.ts";\n</script>\n`;
    expect(await lint("site/src/pages/probe.astro", page)).toEqual([]);
  });

  it("the data layer, outside the pure domain, may use the AWS SDK", async () => {
    expect(await lint("shared/adapters/dynamodb/probe.ts", importOf("@aws-sdk/lib-dynamodb"))).toEqual([]);
  });
});
