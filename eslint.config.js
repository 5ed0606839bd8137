import js from "@eslint/js";
import { fileURLToPath } from "node:url";
import astro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";
import layers from "./eslint/layer-imports.js";

const ROOT = fileURLToPath(new URL(".", import.meta.url));

/**
 * The layers and what each may not import. `shared/` is the domain and is imported by everyone; the handlers in
 * `functions/` and the pages in `site/` never reach into each other or into the infrastructure; benchmarks and
 * scripts take their fixtures from `fixtures/`, never from the tests.
 */
const SHARED_FORBIDDEN = ["functions", "infra", "site", "test", "bench", "scripts"];

/**
 * Inside `shared/` the arrows point one way: the pure rules in `domain/` import nothing else in `shared/`; the
 * services in `application/`, the route contracts in `contracts/` and the public writers in `public/` import only the
 * domain (and themselves); the adapters in `adapters/` may import the domain, the services and their ports, and the
 * public writers, but never the contracts (a type both need belongs in the domain).
 */
const SHARED_LAYERS = [
  { files: ["shared/domain/**"], forbidden: ["shared/application", "shared/contracts", "shared/adapters", "shared/public"] },
  { files: ["shared/application/**"], forbidden: ["shared/contracts", "shared/adapters", "shared/public"] },
  { files: ["shared/contracts/**"], forbidden: ["shared/application", "shared/adapters", "shared/public"] },
  { files: ["shared/public/**"], forbidden: ["shared/application", "shared/contracts", "shared/adapters"] },
  { files: ["shared/adapters/**"], forbidden: ["shared/contracts"] },
];

const LAYERS = [
  { files: ["shared/**"], forbidden: SHARED_FORBIDDEN },
  ...SHARED_LAYERS.map(({ files, forbidden }) => ({ files, forbidden: [...SHARED_FORBIDDEN, ...forbidden] })),
  { files: ["site/**"], forbidden: ["functions", "infra", "test", "bench", "scripts"] },
  { files: ["functions/**"], forbidden: ["site", "infra", "test", "bench", "scripts"] },
  { files: ["bench/**", "scripts/**", "fixtures/**"], forbidden: ["test"] },
];

/**
 * The domain in `shared/domain/` is pure: no I/O, no AWS SDK, no Lambda or mail libraries. (`node:crypto` for
 * hashing is allowed.) The services, contracts and public writers are held to the same: only `shared/adapters/`
 * talks to AWS, mail or the file system, and the services reach it through their ports.
 */
const PURE_FORBIDDEN_PACKAGES = [
  {
    group: ["@aws-sdk/*", "@smithy/*", "@aws-lambda-powertools/*", "@middy/*", "aws-lambda", "nodemailer"],
    message: "Only shared/adapters/ knows AWS, Lambda or mail libraries; the domain, services, contracts and public writers do not.",
  },
  {
    group: [
      "fs",
      "fs/*",
      "node:fs",
      "node:fs/*",
      "node:net",
      "node:http",
      "node:https",
      "node:http2",
      "node:child_process",
      "node:dgram",
      "node:dns",
      "node:worker_threads",
      "child_process",
      "http",
      "https",
      "net",
    ],
    message: "Only shared/adapters/ does I/O: no files, network or processes in the domain, services, contracts or public writers.",
  },
];

/**
 * Schemas outside the site's own forms are written with `zod/mini`: its functions leave out of a Lambda bundle
 * what a route does not use, where the classic API's methods carry all of zod into every bundle (about 55 KB
 * more per function) and build more at import. The two APIs make the same schemas, so the site's forms may
 * compose the shared ones with the classic API.
 */
const ZOD_CLASSIC = {
  name: "zod",
  message: "Write schemas with zod/mini outside the site's forms, so that a Lambda bundle carries only what its route uses.",
};

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "cdk.out/",
      "site/dist/",
      "site/dist.next/",
      "site/dist.old-*/",
      "site/.astro/",
      ".astro/",
      "test-results/",
      ".data/",
      ".data-*/",
      ".cache/",
      "bench/results/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Astro components are linted too (frontmatter, template expressions and each client <script>), so the layer
  // rules below hold for them as for the TypeScript files.
  ...astro.configs["flat/base"],
  {
    languageOptions: { ecmaVersion: 2023, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
    },
  },
  // Every file type ESLint reads (.ts, .tsx, .mts, .js, .mjs, .astro and the <script> blocks of .astro) is held to
  // the layer rules: a relative import is resolved and the folder it lands in checked.
  { plugins: { layers } },
  ...LAYERS.map(({ files, forbidden }) => ({
    files,
    rules: { "layers/forbidden-layer": ["error", { root: ROOT, forbidden }] },
  })),
  {
    files: ["shared/**", "functions/**", "infra/**", "scripts/**", "bench/**"],
    rules: { "no-restricted-imports": ["error", { paths: [ZOD_CLASSIC] }] },
  },
  {
    files: ["shared/domain/**", "shared/application/**", "shared/contracts/**", "shared/public/**"],
    rules: { "no-restricted-imports": ["error", { paths: [ZOD_CLASSIC], patterns: PURE_FORBIDDEN_PACKAGES }] },
  },
  {
    // Plain JavaScript run by Node (scripts, config files) uses Node's globals.
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { URL: "readonly", console: "readonly", process: "readonly" } },
  },
  {
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
