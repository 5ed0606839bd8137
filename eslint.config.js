import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * The layers and what each may not import. `shared/` is the domain and is imported by everyone; the handlers in
 * `functions/` and the pages in `site/` never reach into each other or into the infrastructure; benchmarks and
 * scripts take their fixtures from `fixtures/`, never from the tests.
 */
const LAYERS = [
  { files: ["shared/**"], forbidden: ["functions", "infra", "site", "test", "bench", "scripts"] },
  { files: ["site/**"], forbidden: ["functions", "infra", "test", "bench", "scripts"] },
  { files: ["functions/**"], forbidden: ["site", "infra", "test", "bench", "scripts"] },
  { files: ["bench/**", "scripts/**", "fixtures/**"], forbidden: ["test"] },
];

/** An import of `<folder>/...` by a relative path that climbs to the repository root (`../../functions/lib/x.ts`). */
function layerPattern(folder) {
  return {
    regex: `^(\\.\\./)+${folder}(/|$)`,
    message: `This layer must not import from ${folder}/ (see the layer rules in eslint.config.js).`,
  };
}

export default tseslint.config(
  { ignores: ["node_modules/", "cdk.out/", "site/dist/", "site/dist.next/", "site/dist.old-*/", "site/.astro/", "test-results/", ".data/", ".data-*/", ".cache/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
    },
  },
  ...LAYERS.map(({ files, forbidden }) => ({
    files,
    rules: { "no-restricted-imports": ["error", { patterns: forbidden.map(layerPattern) }] },
  })),
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
