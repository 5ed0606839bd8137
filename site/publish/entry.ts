/**
 * The publish renderer: every page and endpoint of the site, bundled once by `renderer-bundle.ts` into one
 * module that renders a single output file in milliseconds with Astro's container, from records the caller
 * gives (`useExportRecords`) instead of the content collections. A full `astro build` stays the deploy's way
 * to make the site; this renders what one publish changes.
 */
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import reactRenderer from "@astrojs/react/server.js";
import { keptPageKeys, useExportRecords, type ExportRecords } from "../src/lib/data.ts";
import { outputFileOf, paginateFor, requestPathOf, routeOf, type Params, type Route } from "./routes.ts";

interface PageModule {
  default?: unknown;
  getStaticPaths?: (options: { paginate: ReturnType<typeof paginateFor>; routePattern: string }) => Promise<StaticPath[]> | StaticPath[];
  GET?: (context: { params: Params; props: Record<string, unknown>; site: URL; url: URL; request: Request }) => Promise<Response> | Response;
}

interface StaticPath {
  params: Params;
  props?: Record<string, unknown>;
  cacheKey?: string;
}

/** One file of the site as the renderer can make it. */
export interface OutputPath {
  /** The route module under `src/pages/`. */
  readonly module: string;
  /** The output file, e.g. `/utproving/x/index.html`. */
  readonly file: string;
  /** The page's incremental-build key: equal keys, equal output. Absent: render it each time. */
  readonly cacheKey?: string | undefined;
  readonly params: Params;
  readonly props: Record<string, unknown>;
}

const modules = (import.meta as unknown as { glob: (patterns: string[], options: { eager: true }) => Record<string, PageModule> }).glob(
  ["../src/pages/**/*.astro", "../src/pages/**/*.ts"],
  { eager: true },
);

const routes = new Map<string, { route: Route; mod: PageModule }>(
  Object.entries(modules).map(([path, mod]) => {
    const route = routeOf(path.replace(/^\.\.\/src\/pages\//, ""));
    return [route.module, { route, mod }];
  }),
);

export interface Renderer {
  /** Every file the site is made of for the records last given, with its cache key. */
  paths(): Promise<OutputPath[]>;
  /** One file's contents. */
  render(path: OutputPath): Promise<string | Uint8Array>;
}

export { keptPageKeys, useExportRecords, type ExportRecords };

export async function createRenderer(options: { site: string }): Promise<Renderer> {
  const site = new URL(options.site);
  const container = await AstroContainer.create({
    astroConfig: { site: options.site, compressHTML: true, trailingSlash: "ignore", build: { format: "directory" } },
  } as Parameters<typeof AstroContainer.create>[0]);
  container.addServerRenderer({ name: "@astrojs/react", renderer: reactRenderer });

  return {
    async paths() {
      const all: OutputPath[] = [];
      for (const { route, mod } of routes.values()) {
        if (!route.dynamic) {
          all.push({ module: route.module, file: outputFileOf(route, {}), params: {}, props: {} });
          continue;
        }
        if (!mod.getStaticPaths) throw new Error(`${route.module} has parameters but no getStaticPaths`);
        const found = await mod.getStaticPaths({ paginate: paginateFor(route), routePattern: `/${route.segments.join("/")}` });
        for (const path of found) {
          all.push({ module: route.module, file: outputFileOf(route, path.params), cacheKey: path.cacheKey, params: path.params, props: path.props ?? {} });
        }
      }
      return all;
    },
    async render(path) {
      const entry = routes.get(path.module);
      if (!entry) throw new Error(`No route ${path.module}`);
      const url = new URL(requestPathOf(entry.route, path.params), site);
      const request = new Request(url);
      if (entry.route.kind === "endpoint") {
        if (!entry.mod.GET) throw new Error(`${path.module} has no GET`);
        const response = await entry.mod.GET({ params: path.params, props: path.props, site, url, request });
        return new Uint8Array(await response.arrayBuffer());
      }
      return container.renderToString(entry.mod.default as Parameters<typeof container.renderToString>[0], {
        params: path.params as Record<string, string>,
        props: path.props,
        request,
        partial: false,
      });
    },
  };
}
