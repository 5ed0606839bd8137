import "./aggregates_Ij4fX8Et.mjs";
import { r as label } from "./labels_B5CHuau5.mjs";
import { n as toAtom } from "./aggregates-atom_T8iHhHYu.mjs";
import { n as urls } from "./urls_B5rn07oK.mjs";
/** Feeds of one method, target group or county: `/<section>/<id>/feed.xml`, beside the page they belong to. */
var feedUrls = {
	method: (slug) => `/metode/${slug}/feed.xml`,
	targetGroup: (code) => `/malgruppe/${code}/feed.xml`,
	county: (code) => `/fylke/${code}/feed.xml`
};
var targetGroupUrl = (code) => `/malgruppe/${code}/`;
/**
* An Atom feed of the newest published trials of a selection, newest first, with the same entries as the
* site's main feed. Static: written at build time, readable without login.
*/
function pilotFeed(options) {
	const absolute = (path) => new URL(path, options.site).href;
	const newest = [...options.pilots].sort((a, b) => b.firstPublishedAt.localeCompare(a.firstPublishedAt)).slice(0, 50);
	const xml = toAtom({
		id: absolute(options.selfPath),
		title: options.title,
		subtitle: options.subtitle,
		selfUrl: absolute(options.selfPath),
		siteUrl: absolute(options.pagePath),
		updated: newest.reduce((latest, p) => p.publishedAt > latest ? p.publishedAt : latest, newest[0]?.publishedAt ?? options.data.updatedAt),
		author: "Arbeids- og velferdsdirektoratet",
		entries: newest.map((p) => ({
			id: absolute(urls.pilot(p)),
			title: p.title,
			url: absolute(urls.pilot(p)),
			updated: p.publishedAt,
			published: p.firstPublishedAt,
			summary: [p.summary, `Resultat: ${p.results ? label.outcome(p.results.outcome) : "ingen resultater ennå"}. Kunnskapsgrunnlag nivå ${p.evidence.strength}: ${label.evidence(p.evidence.strength, p.evidence.direction)}.`].filter(Boolean).join(" "),
			author: options.data.officeName(p.officeId),
			categories: p.targetGroups.map(label.targetGroup)
		}))
	});
	return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
export { pilotFeed as n, targetGroupUrl as r, feedUrls as t };
