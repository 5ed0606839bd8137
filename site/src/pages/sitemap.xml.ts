import type { APIRoute } from "astro";
import { toSitemapIndex } from "../../../shared/public/index.ts";
import { siteData } from "../lib/data.ts";
import { pilotParts } from "../lib/sitemap.ts";

/** The sitemap index: one file for the site's pages, and the trials in parts of at most 45,000 URLs. */
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const lastmod = data.updatedAt.slice(0, 10);
  const files = ["/sitemap-sider.xml", ...pilotParts(data).map((_, i) => `/sitemap-utprovinger-${i + 1}.xml`)];
  return new Response(toSitemapIndex(files.map((path) => ({ loc: new URL(path, site).href, lastmod }))), {
    headers: { "content-type": "application/xml; charset=utf-8" },
  });
};
