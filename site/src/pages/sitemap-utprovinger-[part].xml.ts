import type { APIRoute, GetStaticPaths } from "astro";
import { toSitemap } from "../../../shared/public/index.ts";
import { siteData } from "../lib/data.ts";
import { pilotParts, type SitemapEntry } from "../lib/sitemap.ts";

export const getStaticPaths = (async () => {
  const parts = pilotParts(await siteData());
  return parts.map((entries, i) => ({ params: { part: String(i + 1) }, props: { entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: SitemapEntry[] }> = async ({ site, props }) => {
  const entries = props.entries.map((e) => ({ loc: new URL(e.path, site).href, ...(e.lastmod ? { lastmod: e.lastmod } : {}) }));
  return new Response(toSitemap(entries), { headers: { "content-type": "application/xml; charset=utf-8" } });
};
