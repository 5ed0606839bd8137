/**
 * The site's file-based routes as the publish renderer needs them: which output file a page or endpoint
 * module writes for a set of parameters, the address it is rendered at, and the `paginate` helper its
 * `getStaticPaths` is given. Written for the routes this site has (`[name]` and `[...name]` parameters,
 * `index` pages, endpoints named by their extension, the directory build format), and checked against a
 * full Astro build by `test/site/publish.test.ts`.
 */

export type Params = Record<string, string | undefined>;

export interface Route {
  /** The module's path under `src/pages/`, e.g. `kontor/[id]/[...page].astro`. */
  readonly module: string;
  /** An endpoint (`.ts`) writes its response as it is; a page (`.astro`) writes HTML. */
  readonly kind: "page" | "endpoint";
  /** The route's segments without the extension, e.g. `["kontor", "[id]", "[...page]"]`. */
  readonly segments: readonly string[];
  /** Whether the module has parameters (and so a `getStaticPaths`). */
  readonly dynamic: boolean;
}

export function routeOf(module: string): Route {
  const kind = module.endsWith(".astro") ? "page" : "endpoint";
  const withoutExtension = module.replace(/\.(astro|ts)$/, "");
  const segments = withoutExtension.split("/");
  if (kind === "page" && segments.at(-1) === "index") segments.pop();
  return { module, kind, segments, dynamic: /\[/.test(withoutExtension) };
}

/** The route's address with these parameters; a rest parameter that is absent leaves its segment out. */
export function pathOf(route: Route, params: Params): string {
  const parts = route.segments
    .map((segment) =>
      segment.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_, _rest: string | undefined, name: string) => {
        const value = params[name];
        if (value === undefined && !_rest) throw new Error(`${route.module}: the parameter ${name} has no value`);
        return value ?? "";
      }),
    )
    .filter((part) => part !== "");
  return `/${parts.join("/")}`;
}

/** The file a route writes (directory format: a page `a/b` is `a/b/index.html`; `404` is `404.html`). */
export function outputFileOf(route: Route, params: Params): string {
  const path = pathOf(route, params);
  if (route.kind === "endpoint") return path;
  if (path === "/404") return "/404.html";
  return path === "/" ? "/index.html" : `${path}/index.html`;
}

/** The address a page is rendered at (`Astro.url`): as the build gives it, with a trailing slash. */
export function requestPathOf(route: Route, params: Params): string {
  const path = pathOf(route, params);
  return route.kind === "page" && path !== "/" ? `${path}/` : path;
}

export interface PageOf<T> {
  data: T[];
  start: number;
  end: number;
  size: number;
  total: number;
  currentPage: number;
  lastPage: number;
  url: { current: string; next?: string; prev?: string; first?: string; last?: string };
}

/** `paginate` as Astro gives it to `getStaticPaths` of a route with a `[...page]` parameter. */
export function paginateFor(route: Route) {
  return function paginate<T>(data: readonly T[], args: { pageSize?: number; params?: Params; props?: Record<string, unknown> } = {}) {
    const pageSize = args.pageSize ?? 10;
    const lastPage = Math.max(1, Math.ceil(data.length / pageSize));
    const at = (page: number) => pathOf(route, { ...args.params, page: page > 1 ? String(page) : undefined });
    return Array.from({ length: lastPage }, (_, i) => {
      const currentPage = i + 1;
      const start = (currentPage - 1) * pageSize;
      const end = Math.min(start + pageSize, data.length);
      const url: PageOf<T>["url"] = { current: at(currentPage) };
      if (currentPage < lastPage) url.next = at(currentPage + 1);
      if (currentPage > 1) url.prev = at(currentPage - 1);
      if (currentPage > 1) url.first = at(1);
      if (currentPage < lastPage) url.last = at(lastPage);
      const page: PageOf<T> = { data: data.slice(start, end), start, end: end - 1, size: pageSize, total: data.length, currentPage, lastPage, url };
      return { params: { ...args.params, page: page.currentPage > 1 ? String(currentPage) : undefined }, props: { ...args.props, page } };
    });
  };
}
