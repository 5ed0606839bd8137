import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import "./aggregates_Ij4fX8Et.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { n as pilotParts, r as toSitemap } from "./sitemap_CJvxuX2-.mjs";
// site/src/pages/sitemap-utprovinger-[part].xml.ts
var sitemap_utprovinger__part__xml_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = (async () => {
	return pilotParts(await siteData()).map((entries, i) => ({
		params: { part: String(i + 1) },
		props: { entries }
	}));
});
var GET = async ({ site, props }) => {
	const entries = props.entries.map((e) => ({
		loc: new URL(e.path, site).href,
		...e.lastmod ? { lastmod: e.lastmod } : {}
	}));
	return new Response(toSitemap(entries), { headers: { "content-type": "application/xml; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/sitemap-utprovinger-[part].xml@_@ts
var page = () => sitemap_utprovinger__part__xml_exports;
export { page };
