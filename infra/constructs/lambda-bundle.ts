/** Lets bundled CommonJS dependencies `require` Node built-ins from the ESM bundle. */
export const ESM_REQUIRE_BANNER = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/** The packages' ES module builds first: they tree-shake, their CommonJS builds do not. */
export const LAMBDA_MAIN_FIELDS: readonly string[] = ["module", "main"];

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
