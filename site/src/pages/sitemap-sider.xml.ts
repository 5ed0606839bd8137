import type { APIRoute } from "astro";
import { toSitemap } from "../../../shared/public/index.ts";
import { siteData } from "../lib/data.ts";
import { pageEntries } from "../lib/sitemap.ts";

export const GET: APIRoute = async ({ site }) => {
  const entries = pageEntries(await siteData()).map((e) => ({ loc: new URL(e.path, site).href, ...(e.lastmod ? { lastmod: e.lastmod } : {}) }));
  return new Response(toSitemap(entries), { headers: { "content-type": "application/xml; charset=utf-8" } });
};
