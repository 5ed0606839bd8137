import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { U as TARGET_GROUPS } from "./aggregates_Ij4fX8Et.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { n as pilotFeed, r as targetGroupUrl, t as feedUrls } from "./feeds_FRDi7urj.mjs";
// site/src/pages/malgruppe/[group]/feed.xml.ts
var feed_xml_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = (() => TARGET_GROUPS.map((group) => ({
	params: { group: group.code },
	props: { name: group.label }
})));
/** Atom feed of the newest published trials for one target group. */
var GET = async ({ site, params, props }) => {
	const data = await siteData();
	const { name } = props;
	const code = String(params.group);
	return pilotFeed({
		data,
		site,
		selfPath: feedUrls.targetGroup(code),
		pagePath: targetGroupUrl(code),
		title: `Utprøvingsbanken – ${name}`,
		subtitle: `Nye utprøvinger for målgruppen ${name.toLocaleLowerCase("nb")}`,
		pilots: data.pilots.filter((p) => p.targetGroups.some((g) => g === code))
	});
};
// \0virtual:astro:page:src/pages/malgruppe/[group]/feed.xml@_@ts
var page = () => feed_xml_exports;
export { page };
