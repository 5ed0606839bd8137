import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { a as pilotsToCsv } from "./aggregates_Ij4fX8Et.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { n as urls } from "./urls_B5rn07oK.mjs";
// site/src/pages/data/utprovinger.csv.ts
var utprovinger_csv_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/** Open data for spreadsheets: one row per trial, UTF-8 with BOM so Excel reads æ, ø and å. */
var GET = async ({ site }) => {
	const data = await siteData();
	const csv = pilotsToCsv(data.pilots, {
		offices: data.offices,
		methods: data.methods,
		pilotUrl: (p) => new URL(urls.pilot(p), site).href
	});
	return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/data/utprovinger.csv@_@ts
var page = () => utprovinger_csv_exports;
export { page };
