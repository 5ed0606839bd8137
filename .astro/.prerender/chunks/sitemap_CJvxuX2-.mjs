import { n as urls } from "./urls_B5rn07oK.mjs";
import { j as COUNTIES } from "./aggregates_Ij4fX8Et.mjs";
import { t as escapeXml } from "./aggregates-atom_T8iHhHYu.mjs";
// shared/public/sitemap.ts
/** A sitemap (sitemaps.org 0.9) for absolute URLs. */
function toSitemap(urls) {
	const x = escapeXml;
	return [
		"<?xml version=\"1.0\" encoding=\"utf-8\"?>",
		"<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
		...urls.map((u) => `  <url><loc>${x(u.loc)}</loc>${u.lastmod ? `<lastmod>${x(u.lastmod)}</lastmod>` : ""}</url>`),
		"</urlset>",
		""
	].join("\n");
}
/** The most URLs one sitemap file may hold (sitemaps.org allows 50,000; we keep a margin). */
var SITEMAP_MAX_URLS = 45e3;
/** A sitemap index (sitemaps.org 0.9) listing sitemap files by absolute URL. */
function toSitemapIndex(sitemaps) {
	const x = escapeXml;
	return [
		"<?xml version=\"1.0\" encoding=\"utf-8\"?>",
		"<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
		...sitemaps.map((s) => `  <sitemap><loc>${x(s.loc)}</loc>${s.lastmod ? `<lastmod>${x(s.lastmod)}</lastmod>` : ""}</sitemap>`),
		"</sitemapindex>",
		""
	].join("\n");
}
// site/src/lib/sitemap.ts
/** The site's own pages besides the trials: fixed pages, methods, offices with trials, counties. */
function pageEntries(data) {
	const lastmod = data.updatedAt.slice(0, 10);
	return [
		...[
			urls.home,
			urls.methods,
			urls.gapMap,
			urls.statistics,
			urls.counties,
			urls.offices,
			urls.rubric,
			urls.accessibility
		].map((path) => ({
			path,
			lastmod
		})),
		...data.liveMethods.map((m) => ({ path: urls.method(m.slug) })),
		...data.offices.filter((o) => data.pilotsOfOffice(o.id).length > 0).map((o) => ({ path: urls.office(o.id) })),
		...COUNTIES.map((c) => ({ path: urls.county(c.code) }))
	];
}
/** The trials in sitemap-sized parts (1-based part numbers). */
function pilotParts(data) {
	const parts = [];
	for (let i = 0; i < data.pilots.length; i += SITEMAP_MAX_URLS) parts.push(data.pilots.slice(i, i + SITEMAP_MAX_URLS).map((p) => ({
		path: urls.pilot(p),
		lastmod: p.updatedAt.slice(0, 10)
	})));
	return parts.length ? parts : [[]];
}
export { toSitemapIndex as i, pilotParts as n, toSitemap as r, pageEntries as t };
