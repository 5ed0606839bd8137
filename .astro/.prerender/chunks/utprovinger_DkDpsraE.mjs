import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
// site/src/pages/data/utprovinger.json.ts
var utprovinger_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/**
* Open data: every published trial exactly as the public projection gives it, with the offices and
* methods its ids refer to. The site's search index is built from this file too.
*/
var GET = async () => {
	const data = await siteData();
	const body = {
		description: "Publiserte utprøvinger i Utprøvingsbanken. Antall under 5 vises som «færre enn 5».",
		generatedAt: data.updatedAt,
		count: data.pilots.length,
		items: data.pilots,
		offices: data.offices,
		methods: data.methods
	};
	return new Response(JSON.stringify(body), { headers: { "content-type": "application/json; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/data/utprovinger.json@_@ts
var page = () => utprovinger_json_exports;
export { page };
