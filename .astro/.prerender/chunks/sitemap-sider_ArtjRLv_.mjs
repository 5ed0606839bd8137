import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import "./aggregates_Ij4fX8Et.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { r as toSitemap, t as pageEntries } from "./sitemap_CJvxuX2-.mjs";
// site/src/pages/sitemap-sider.xml.ts
var sitemap_sider_xml_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = async ({ site }) => {
	const entries = pageEntries(await siteData()).map((e) => ({
		loc: new URL(e.path, site).href,
		...e.lastmod ? { lastmod: e.lastmod } : {}
	}));
	return new Response(toSitemap(entries), { headers: { "content-type": "application/xml; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/sitemap-sider.xml@_@ts
var page = () => sitemap_sider_xml_exports;
export { page };
