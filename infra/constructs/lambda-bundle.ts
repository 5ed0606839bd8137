import type { BuildOptions } from "esbuild";

/**
 * Every function is bundled as CommonJS (`index.js`), which the Lambda runtime loads with `require`. An ES module
 * reaches a Node built-in through an ES module facade, and Node builds that facade by reading every export, which
 * runs the lazy getters a `require` never touches: `node:http`'s load the whole bundled fetch implementation
 * (undici, for `WebSocket`), `node:crypto`'s the Web Crypto API, `node:process`'s the standard streams. As an
 * ES module, a function paid about 30 ms of its first request for the SDK's `import("node:http")` alone.
 */
const LAMBDA_BUNDLE_FORMAT = "cjs" as const;

/** The bundle's file, which the Lambda runtime loads with `require` (no `package.json` beside it sets a type). */
export const LAMBDA_BUNDLE_FILE = "index.js";

/**
 * Dynamic `import()`s are bundled as `require`s too: the SDK imports `node:http` that way on its first request,
 * and the facade it would build is the costliest of all.
 */
const LAMBDA_BUNDLE_SUPPORTED: Readonly<Record<string, boolean>> = { "dynamic-import": false };

/**
 * The sources are ES modules: `import.meta.url` in a CommonJS bundle is the bundle file's URL, as it is the
 * module's own in the sources (`system/openapi` finds the document written beside it so). The banner comes
 * before esbuild's own "use strict", which then no longer counts, so it begins with one: a module is strict.
 */
export const LAMBDA_BUNDLE_BANNER = `"use strict";const __import_meta_url = require("node:url").pathToFileURL(__filename).href;`;
const LAMBDA_BUNDLE_DEFINE: Readonly<Record<string, string>> = { "import.meta.url": "__import_meta_url" };

/** Any other use of `import.meta`, which a CommonJS bundle would leave empty, fails the build. */
const LAMBDA_BUNDLE_LOG_OVERRIDE: Readonly<Record<string, "error">> = { "empty-import-meta": "error" };

/** The packages' ES module builds first: they tree-shake, their CommonJS builds do not. */
const LAMBDA_MAIN_FIELDS: readonly string[] = ["module", "main"];

/**
 * Modules the bundler replaces in every function: inside Lambda the SDK reads the role's credentials from the
 * environment the runtime sets, so the default credential chain is left out (replacements are paths from the
 * repository root, where the bundler runs).
 */
export const LAMBDA_BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  "@aws-sdk/credential-provider-node": "./functions/lib/lambda-credentials.ts",
};

/**
 * Modules left out of every bundle because no function ever loads them: the SDK imports its event-stream codec
 * only when an operation streams events, and neither DynamoDB, SES nor CodeBuild has such an operation.
 */
export const LAMBDA_BUNDLE_EXTERNALS: readonly string[] = ["@smithy/core/event-streams"];

/**
 * The same settings as esbuild's own options, for a build outside the CDK (the bench, the tests), which then
 * bundles exactly as a deployment does; `alias` replaces the aliases above (the bench leaves them out once).
 */
export function lambdaBuildOptions(alias: Readonly<Record<string, string>> = LAMBDA_BUNDLE_ALIASES) {
  return {
    bundle: true,
    format: LAMBDA_BUNDLE_FORMAT,
    platform: "node",
    target: "node24",
    minify: true,
    supported: { ...LAMBDA_BUNDLE_SUPPORTED },
    banner: { js: LAMBDA_BUNDLE_BANNER },
    define: { ...LAMBDA_BUNDLE_DEFINE },
    logOverride: { ...LAMBDA_BUNDLE_LOG_OVERRIDE },
    mainFields: [...LAMBDA_MAIN_FIELDS],
    alias: { ...alias },
    external: [...LAMBDA_BUNDLE_EXTERNALS],
  } satisfies BuildOptions;
}
