// @ts-check
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import react from "@astrojs/react";
import { pruneOutput } from "./integrations/prune-output.ts";

/**
 * The open data's CSV writer in the browser ("Last ned treffene" on the search page): csv-stringify's Node
 * build needs Node's Buffer, so pages get its browser build; the build itself keeps the Node one.
 */
const browserCsv = {
  name: "utp-browser-csv",
  enforce: "pre",
  /** @param {string} source @param {string | undefined} importer @param {{ ssr?: boolean }} [options] */
  resolveId(source, importer, options) {
    const client = this.environment ? this.environment.name === "client" : !options?.ssr;
    if (source === "csv-stringify/sync" && client) return this.resolve("csv-stringify/browser/esm/sync", importer, { skipSelf: true });
    return null;
  },
};

const root = fileURLToPath(new URL(".", import.meta.url));

/** Prints the build's peak memory for scripts/build-site.ts's report. */
const reportMemory = {
  name: "utp-report-memory",
  hooks: {
    "astro:build:done": () => {
      if (process.env.UTP_REPORT_MEMORY) console.log(`UTP_MAX_RSS_KB=${process.resourceUsage().maxRSS}`);
    },
  },
};

/**
 * The public site. Built by `npm run site:build` (scripts/build-site.ts), which also writes the search
 * index. `UTP_SITE_OUT` moves the output (tests build into a temporary folder); `UTP_SITE_URL` is the
 * address the feed and the sitemap use.
 */
export default defineConfig({
  root,
  srcDir: "./src",
  publicDir: "./public",
  outDir: process.env.UTP_SITE_OUT ?? "./dist",
  cacheDir: process.env.UTP_SITE_CACHE ?? "./.astro/cache",
  site: process.env.UTP_SITE_URL ?? "http://localhost:4321",
  trailingSlash: "ignore",
  compressHTML: true,
  devToolbar: { enabled: false },
  // The search index and its vocabulary are written beside the build by scripts/build-site.ts.
  integrations: [react(), reportMemory, pruneOutput({ keep: ["pagefind", "pagefind-nytt", "sok"] })],
  build: {
    format: "directory",
    // The CSP allows styles from 'self' only: never inline a stylesheet.
    inlineStylesheets: "never",
  },
  experimental: {
    // Pages whose getStaticPaths gives a cacheKey (the trial pages) are reused from the cache folder when
    // the key and their code are unchanged, so a rebuild after one publish renders only what it touched.
    incrementalBuild: true,
  },
  vite: {
    plugins: [browserCsv],
    build: {
      // The CSP allows scripts from 'self' only: never inline a script or an asset as a data URL script.
      assetsInlineLimit: 0,
      // An incremental build keeps unchanged pages where they are; what it did not write is pruned after.
      emptyOutDir: false,
    },
    server: { fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] } },
  },
});
