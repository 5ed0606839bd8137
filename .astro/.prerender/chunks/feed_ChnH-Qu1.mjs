import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { j as COUNTIES } from "./aggregates_Ij4fX8Et.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { n as pilotFeed, t as feedUrls } from "./feeds_FRDi7urj.mjs";
import { n as urls } from "./urls_B5rn07oK.mjs";
// site/src/pages/fylke/[county]/feed.xml.ts
var feed_xml_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = (() => COUNTIES.map((county) => ({
	params: { county: county.code },
	props: { name: county.label }
})));
/** Atom feed of the newest published trials from offices in one county. */
var GET = async ({ site, params, props }) => {
	const data = await siteData();
	const { name } = props;
	const code = String(params.county);
	return pilotFeed({
		data,
		site,
		selfPath: feedUrls.county(code),
		pagePath: urls.county(code),
		title: `Utprøvingsbanken – ${name}`,
		subtitle: `Nye utprøvinger fra NAV-kontorer i ${name}`,
		pilots: data.pilotsOfCounty(code)
	});
};
// \0virtual:astro:page:src/pages/fylke/[county]/feed.xml@_@ts
var page = () => feed_xml_exports;
export { page };
