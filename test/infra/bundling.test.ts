import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CfnElement } from "aws-cdk-lib";
import { describe, expect, it } from "vitest";
import { DEPLOYED_ROUTES } from "../../functions/routes.ts";
import type { HubFunction } from "../../infra/constructs/hub-function.ts";
import { prop, synthesizeHub } from "./synth.ts";

// Prepare: the one real bundling in the suite (esbuild for every function, as `cdk synth` does).
const hub = synthesizeHub({}, { bundle: true });

interface Bundle {
  readonly code: string;
  readonly sources: string[];
}

/** The staged asset directory of a function: `asset.<hash>` for the code's S3 key `<hash>.zip`. */
function assetDirOf(fn: HubFunction): string {
  const stack = fn.function.stack;
  const logicalId = stack.getLogicalId(fn.function.node.defaultChild as CfnElement);
  const key = String(prop(hub.template(stack).toJSON(), "Resources", logicalId, "Properties", "Code", "S3Key"));
  return join(hub.outdir, `asset.${key.replace(/\.zip$/, "")}`);
}

function bundleOf(fn: HubFunction): Bundle {
  const dir = assetDirOf(fn);
  const code = readFileSync(join(dir, "index.mjs"), "utf8");
  const map = JSON.parse(readFileSync(join(dir, "index.mjs.map"), "utf8")) as { sources: string[] };
  return { code, sources: map.sources };
}

/** Modules of the AWS SDK the bundle would load at run time instead of carrying them. */
function externalSdkModules(code: string): string[] {
  const found = [...code.matchAll(/(?:from\s*|require\(\s*|import\(\s*)"(@aws-sdk\/[^"]+)"/g)].map((m) => m[1] ?? "");
  return [...new Set(found)].filter((name) => name !== "@aws-sdk/signature-v4-crt");
}

const functions: [string, HubFunction][] = [
  ...DEPLOYED_ROUTES.map((route) => [route.key, hub.stacks.api.functions.get(route.key)] as [string, HubFunction]),
  ["rebuild-site", hub.stacks.site.rebuildFunction],
];

describe("bundling: every function is bundled by esbuild from its own handler file", () => {
  it.each(functions)("%s: minified ESM with a source map, built from its entry, AWS SDK included", (_name, fn) => {
    expect(fn).toBeDefined();
    const { code, sources } = bundleOf(fn);
    // Built from functions/<entry>.ts
    expect(sources.some((source) => source.endsWith(`functions/${fn.entry}.ts`))).toBe(true);
    // ESM exporting the handler, with a linked source map
    expect(code).toMatch(/export\s*\{[^}]*\bas handler\b[^}]*\}/);
    expect(code.trimEnd()).toMatch(/\/\/# sourceMappingURL=index\.mjs\.map$/);
    // Minified: long lines, no indentation
    expect(code.length / code.split("\n").length).toBeGreaterThan(1_000);
    // No AWS SDK left for the runtime to provide (the CRT signer is an optional require inside a try)
    expect(externalSdkModules(code)).toEqual([]);
  });

  it("bundles the CodeBuild client into the rebuild trigger", () => {
    const { sources } = bundleOf(hub.stacks.site.rebuildFunction);
    expect(sources.some((source) => source.includes("node_modules/@aws-sdk/client-codebuild/"))).toBe(true);
  });

  it("bundles the DynamoDB client into a table handler", () => {
    const fn = hub.stacks.api.functions.get("GET /api/pilots");
    expect(fn).toBeDefined();
    const { sources } = bundleOf(fn as HubFunction);
    expect(sources.some((source) => source.includes("node_modules/@aws-sdk/client-dynamodb/"))).toBe(true);
  });

  it("writes each function's bundle to its own asset", () => {
    const dirs = functions.map(([, fn]) => assetDirOf(fn));
    expect(new Set(dirs).size).toBe(functions.length);
    for (const dir of dirs) expect(existsSync(join(dir, "index.mjs"))).toBe(true);
  });
});
