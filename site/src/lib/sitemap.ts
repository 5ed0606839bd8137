import { COUNTIES } from "../../../shared/domain/taxonomy.ts";
import { SITEMAP_MAX_URLS } from "../../../shared/public/index.ts";
import type { SiteData } from "./data.ts";
import { urls } from "./urls.ts";

export interface SitemapEntry {
  readonly path: string;
  readonly lastmod?: string;
}

/** The site's own pages besides the trials: fixed pages, methods, offices with trials, counties. */
export function pageEntries(data: SiteData): SitemapEntry[] {
  const lastmod = data.updatedAt.slice(0, 10);
  const fixed = [urls.home, urls.methods, urls.gapMap, urls.statistics, urls.counties, urls.offices, urls.rubric, urls.accessibility];
  return [
    ...fixed.map((path) => ({ path, lastmod })),
    ...data.liveMethods.map((m) => ({ path: urls.method(m.slug) })),
    ...data.offices.filter((o) => data.pilotsOfOffice(o.id).length > 0).map((o) => ({ path: urls.office(o.id) })),
    ...COUNTIES.map((c) => ({ path: urls.county(c.code) })),
  ];
}

/** The trials in sitemap-sized parts (1-based part numbers). */
export function pilotParts(data: SiteData): SitemapEntry[][] {
  const parts: SitemapEntry[][] = [];
  for (let i = 0; i < data.pilots.length; i += SITEMAP_MAX_URLS) {
    parts.push(data.pilots.slice(i, i + SITEMAP_MAX_URLS).map((p) => ({ path: urls.pilot(p), lastmod: p.updatedAt.slice(0, 10) })));
  }
  return parts.length ? parts : [[]];
}
