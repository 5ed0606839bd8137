import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import "./aggregates_Ij4fX8Et.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { i as toSitemapIndex, n as pilotParts } from "./sitemap_CJvxuX2-.mjs";
// site/src/pages/sitemap.xml.ts
var sitemap_xml_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/** The sitemap index: one file for the site's pages, and the trials in parts of at most 45,000 URLs. */
var GET = async ({ site }) => {
	const data = await siteData();
	const lastmod = data.updatedAt.slice(0, 10);
	const files = ["/sitemap-sider.xml", ...pilotParts(data).map((_, i) => `/sitemap-utprovinger-${i + 1}.xml`)];
	return new Response(toSitemapIndex(files.map((path) => ({
		loc: new URL(path, site).href,
		lastmod
	}))), { headers: { "content-type": "application/xml; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/sitemap.xml@_@ts
var page = () => sitemap_xml_exports;
export { page };
