import { defineConfig } from "vitest/config";

// The handlers' request logs and metrics stay out of the test output (the hubs of the integration tests run in
// this process); test/unit/observability.test.ts turns them on for itself.
process.env.POWERTOOLS_LOG_LEVEL ??= "SILENT";
process.env.POWERTOOLS_METRICS_DISABLED ??= "true";

/** Unit test files that need modules loaded afresh (see the unit project). */
const ISOLATED_UNIT_FILES = ["test/unit/observability.test.ts", "test/unit/search-index-tune.test.ts"];

export default defineConfig({
  test: {
    // A hub started in this process (the integration tests' global set-up) marks it as taking several invocations
    // at a time (infra/local/invoke-contexts.ts) and installs the invoke store that goes with it; a worker inherits
    // the mark but not the store, and Powertools then refuses to load. A hub started in a worker marks it again.
    env: { AWS_LAMBDA_MAX_CONCURRENCY: "" },
    // The publisher's page renderer (site/publish/renderer-bundle.ts) is one built module of several MB: Node loads
    // it as the publisher does in production, in well under a second, where Vite's transform took 8–9 s for it.
    server: { deps: { external: [/\/renderer-[\w-]+\.mjs$/] } },
    // One test file at a time in each run, whatever the machine: the integration files share one hub and its table.
    // `npm test` (scripts/run-tests.ts) runs the browser tests in a second vitest run beside the rest.
    maxWorkers: 1,
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          // Pure logic, so the files share one worker's modules: each file importing the domain and its schemas
          // again took half of this project's time. Two files run in a module registry of their own: the
          // observability tests configure Powertools through the environment before its modules load, and the
          // search index test loads Pagefind's own client, which keeps its state in the module.
          isolate: false,
          exclude: ISOLATED_UNIT_FILES,
          // Some cases compile a schema validator or load the linter: seconds on a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "unit-isolated",
          include: ISOLATED_UNIT_FILES,
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/integration/global-setup.ts"],
          // The files share one worker's modules (the API client, the SDK, the domain) instead of loading them again per
          // file. Their state is in the shared hub's table. None starts a hub in the worker: a handler's clients keep
          // the database address of the first hub that loaded them, so such files (e2e, reliability) stay isolated.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "reliability",
          include: ["test/reliability/**/*.test.ts"],
          // Its own hub (DynamoDB Local in memory), so fuzzed writes never reach the integration tests' data.
          globalSetup: ["test/integration/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "infra",
          // The files share one worker's modules, so the hub is synthesized once (test/infra/synth.ts memoizes it)
          // and aws-cdk-lib is loaded once per worker instead of once per file. No infra file changes global state.
          isolate: false,
          include: ["test/infra/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: "site",
          include: ["test/site/**/*.test.ts"],
          // The fixture site is built once for every file that only reads it (astro build + search index).
          globalSetup: ["test/site/global-setup.ts"],
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One build at a time: two at once only compete for the same two cores.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          // A page that loads its island and its data can take a few seconds on a busy machine.
          expect: { poll: { timeout: 30_000, interval: 100 } },
          // One file (stories.test.ts) runs every story against one shared hub; a story may wait for a rebuild.
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
