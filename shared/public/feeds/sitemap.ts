import { escapeXml } from "./atom.ts";

/** A sitemap (sitemaps.org 0.9) for absolute URLs. */
export function toSitemap(urls: readonly { readonly loc: string; readonly lastmod?: string }[]): string {
  const x = escapeXml;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${x(u.loc)}</loc>${u.lastmod ? `<lastmod>${x(u.lastmod)}</lastmod>` : ""}</url>`),
    "</urlset>",
    "",
  ].join("\n");
}

/** The most URLs one sitemap file may hold (sitemaps.org allows 50,000; we keep a margin). */
export const SITEMAP_MAX_URLS = 45_000;

/** A sitemap index (sitemaps.org 0.9) listing sitemap files by absolute URL. */
export function toSitemapIndex(sitemaps: readonly { readonly loc: string; readonly lastmod?: string }[]): string {
  const x = escapeXml;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemaps.map((s) => `  <sitemap><loc>${x(s.loc)}</loc>${s.lastmod ? `<lastmod>${x(s.lastmod)}</lastmod>` : ""}</sitemap>`),
    "</sitemapindex>",
    "",
  ].join("\n");
}
