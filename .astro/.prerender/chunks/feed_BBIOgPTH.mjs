import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import "./aggregates_Ij4fX8Et.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { r as label } from "./labels_B5CHuau5.mjs";
import { n as toAtom } from "./aggregates-atom_T8iHhHYu.mjs";
import { n as urls } from "./urls_B5rn07oK.mjs";
// site/src/pages/feed.xml.ts
var feed_xml_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var ENTRIES = 50;
/** Atom feed of the newest published trials. */
var GET = async ({ site }) => {
	const data = await siteData();
	const absolute = (path) => new URL(path, site).href;
	const xml = toAtom({
		id: absolute("/"),
		title: "Utprøvingsbanken – nye utprøvinger",
		subtitle: "Nylig publiserte lokale utprøvinger i NAV",
		selfUrl: absolute(urls.feed),
		siteUrl: absolute("/"),
		updated: data.updatedAt,
		author: "Arbeids- og velferdsdirektoratet",
		entries: data.pilots.slice(0, ENTRIES).map((p) => ({
			id: absolute(urls.pilot(p)),
			title: p.title,
			url: absolute(urls.pilot(p)),
			updated: p.publishedAt,
			published: p.firstPublishedAt,
			summary: [p.summary, `Resultat: ${p.results ? label.outcome(p.results.outcome) : "ingen resultater ennå"}. Kunnskapsgrunnlag nivå ${p.evidence.strength}: ${label.evidence(p.evidence.strength, p.evidence.direction)}.`].filter(Boolean).join(" "),
			author: data.officeName(p.officeId),
			categories: p.targetGroups.map(label.targetGroup)
		}))
	});
	return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/feed.xml@_@ts
var page = () => feed_xml_exports;
export { page };
