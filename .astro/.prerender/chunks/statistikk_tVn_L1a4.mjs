import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { r as createAstro, t as $$Base } from "./Base_BmlNalGC.mjs";
import { O as methodResolver, b as formatShare, d as RegistryStatisticsSchema, f as statistics, g as formatInteger } from "./aggregates_Ij4fX8Et.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { n as urls } from "./urls_B5rn07oK.mjs";
import { readFileSync } from "node:fs";
// site/src/components/BarChart.astro
createAstro("http://localhost:4321");
var $$BarChart = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$BarChart;
	const { id, title, rows, unit = "utprøvinger" } = Astro.props;
	const LABEL = Math.max(120, Math.ceil(Math.max(...rows.map((r) => r.label.length)) * 7.5) + 12);
	const BAR = 340;
	const ROW = 26;
	const max = Math.max(1, ...rows.map((r) => r.count));
	const height = rows.length * ROW + 8;
	const sorted = [...rows].sort((a, b) => b.count - a.count);
	const most = sorted[0];
	const least = sorted[sorted.length - 1];
	const desc = most && least ? `Stolpediagram. Flest: ${most.label} med ${most.count}. Færrest: ${least.label} med ${least.count}. Alle tallene står i tabellen under.` : "Ingen data.";
	return renderTemplate`${maybeRenderHead($$result)}<figure class="utp-figure utp-section"${addAttribute(id, "data-chart")}> <svg class="utp-chart" role="img"${addAttribute(`${id}-title ${id}-desc`, "aria-labelledby")}${addAttribute(`0 0 ${LABEL + BAR + 70} ${height}`, "viewBox")}${addAttribute(LABEL + BAR + 70, "width")}${addAttribute(height, "height")} xmlns="http://www.w3.org/2000/svg"> <title${addAttribute(`${id}-title`, "id")}>${title}</title> <desc${addAttribute(`${id}-desc`, "id")}>${desc}</desc> ${rows.map((row, i) => {
		const y = i * ROW + 4;
		const width = Math.round(row.count / max * BAR);
		return renderTemplate`<g> <text${addAttribute(LABEL - 8, "x")}${addAttribute(y + 17, "y")} text-anchor="end">${row.label}</text> <rect class="bar"${addAttribute(LABEL, "x")}${addAttribute(y + 3, "y")}${addAttribute(Math.max(width, row.count > 0 ? 2 : 0), "width")}${addAttribute(18, "height")} rx="2"></rect> <text${addAttribute(LABEL + width + 6, "x")}${addAttribute(y + 17, "y")}>${formatInteger(row.count)}</text> </g>`;
	})} </svg> <figcaption> <details> <summary class="aksel-link">${title}: vis tallene som tabell</summary> <div class="utp-table-wrap"> <table class="aksel-table aksel-table--small utp-table"${addAttribute(id, "data-chart-table")}> <caption>${title}</caption> <thead class="aksel-table__header"> <tr class="aksel-table__row"><th scope="col" class="aksel-table__header-cell">Kategori</th><th scope="col" class="aksel-table__header-cell utp-num">Antall ${unit}</th></tr> </thead> <tbody class="aksel-table__body"> ${rows.map((row) => renderTemplate`<tr class="aksel-table__row"${addAttribute(row.code, "data-code")}><th scope="row" class="aksel-table__header-cell">${row.label}</th><td class="aksel-table__data-cell utp-num">${row.count}</td></tr>`)} </tbody> </table> </div> </details> </figcaption> </figure>`;
}, "/work/wt-plan/site/src/components/BarChart.astro", void 0);
// site/src/components/ShareChart.astro
createAstro("http://localhost:4321");
var $$ShareChart = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ShareChart;
	const { id, title, rows } = Astro.props;
	const LABEL = Math.max(120, Math.ceil(Math.max(...rows.map((r) => r.label.length)) * 7.5) + 12);
	const BAR = 300;
	const ROW = 30;
	const height = rows.length * ROW + 8;
	const desc = `Andeler. ${rows.map((r) => `${r.label}: ${formatShare(r.part, r.whole)} (${r.part} av ${r.whole} ${r.of})`).join(". ")}.`;
	return renderTemplate`${maybeRenderHead($$result)}<figure class="utp-figure utp-section"${addAttribute(id, "data-chart")}> <svg class="utp-chart" role="img"${addAttribute(`${id}-title ${id}-desc`, "aria-labelledby")}${addAttribute(`0 0 ${LABEL + BAR + 150} ${height}`, "viewBox")}${addAttribute(LABEL + BAR + 150, "width")}${addAttribute(height, "height")} xmlns="http://www.w3.org/2000/svg"> <title${addAttribute(`${id}-title`, "id")}>${title}</title> <desc${addAttribute(`${id}-desc`, "id")}>${desc}</desc> ${rows.map((row, i) => {
		const y = i * ROW + 4;
		const width = row.whole > 0 ? Math.round(row.part / row.whole * BAR) : 0;
		return renderTemplate`<g> <text${addAttribute(LABEL - 8, "x")}${addAttribute(y + 19, "y")} text-anchor="end">${row.label}</text> <rect class="track"${addAttribute(LABEL, "x")}${addAttribute(y + 4, "y")}${addAttribute(BAR, "width")}${addAttribute(20, "height")} rx="2"></rect> <rect class="bar"${addAttribute(LABEL, "x")}${addAttribute(y + 4, "y")}${addAttribute(width, "width")}${addAttribute(20, "height")} rx="2"></rect> <text${addAttribute(LABEL + BAR + 8, "x")}${addAttribute(y + 19, "y")}>${formatShare(row.part, row.whole)} (${formatInteger(row.part)} av ${formatInteger(row.whole)})</text> </g>`;
	})} </svg> <figcaption> <details> <summary class="aksel-link">${title}: vis tallene som tabell</summary> <div class="utp-table-wrap"> <table class="aksel-table aksel-table--small utp-table"${addAttribute(id, "data-chart-table")}> <caption>${title}</caption> <thead class="aksel-table__header"> <tr class="aksel-table__row"><th scope="col" class="aksel-table__header-cell">Hva</th><th scope="col" class="aksel-table__header-cell utp-num">Andel</th><th scope="col" class="aksel-table__header-cell utp-num">Antall</th><th scope="col" class="aksel-table__header-cell">Av</th></tr> </thead> <tbody class="aksel-table__body"> ${rows.map((row) => renderTemplate`<tr class="aksel-table__row"${addAttribute(row.code, "data-code")}><th scope="row" class="aksel-table__header-cell">${row.label}</th><td class="aksel-table__data-cell utp-num">${formatShare(row.part, row.whole)}</td><td class="aksel-table__data-cell utp-num">${row.part}</td><td class="aksel-table__data-cell">${formatInteger(row.whole)} ${row.of}</td></tr>`)} </tbody> </table> </div> </details> </figcaption> </figure>`;
}, "/work/wt-plan/site/src/components/ShareChart.astro", void 0);
// site/src/lib/registry-statistics.ts
/**
* The counts over every registered trial (`GET /api/public/statistics`), read once at build time from
* the running API, or from a snapshot file's `registry` field. Undefined when the source has none (an
* older snapshot): the statistics page then says so instead of showing published-only figures as if they
* were all.
*/
var cached;
function registryStatistics(env = process.env) {
	cached ??= load(env);
	return cached;
}
async function load(env) {
	const snapshot = env.UTP_SNAPSHOT?.trim();
	if (snapshot) {
		const registry = JSON.parse(readFileSync(snapshot, "utf8")).registry;
		return registry === void 0 ? void 0 : RegistryStatisticsSchema.parse(registry);
	}
	const url = env.UTP_EXPORT_URL?.trim();
	if (!url) return void 0;
	const response = await fetch(`${url.replace(/\/$/, "")}/statistics`);
	if (!response.ok) throw new Error(`GET ${url}/statistics answered ${response.status}`);
	return RegistryStatisticsSchema.parse(await response.json());
}
// site/src/pages/statistikk.astro
var statistikk_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Statistikk,
	file: () => $$file,
	url: () => $$url
});
var $$Statistikk = createComponent(async ($$result, $$props, $$slots) => {
	const data = await siteData();
	const stats = statistics(data.pilots, methodResolver(data.methods));
	const registry = await registryStatistics();
	const reviewRows = (registry?.publicationDays ?? []).map((q) => ({
		code: q.quarter,
		label: q.quarter,
		count: q.medianDays
	}));
	const learning = [
		{
			code: "rapportert",
			label: "Avsluttede med resultater",
			part: stats.endedWithResults,
			whole: stats.ended,
			of: "avsluttede eller avbrutte"
		},
		{
			code: "ingen-effekt",
			label: "Resultater uten effekt",
			part: stats.noEffect,
			whole: stats.withResults,
			of: "publiserte resultater"
		},
		{
			code: "replikasjoner",
			label: "Kopier av en annen",
			part: stats.replications,
			whole: stats.published,
			of: "publiserte utprøvinger"
		},
		{
			code: "spredning",
			label: "Metoder ved 3+ kontorer",
			part: stats.methodsAtThreeOffices,
			whole: stats.methodsTried,
			of: "metoder som er prøvd"
		}
	];
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": "Statistikk",
		"section": "statistikk",
		"description": "Hvor mange utprøvinger som er publisert, hvor, for hvem, med hvilket resultat – og hvor mange som rapporterer resultater."
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1 class="aksel-heading aksel-heading--xlarge">Statistikk</h1> <p class="utp-lead">Tall for alle ${formatInteger(stats.published)} publiserte utprøvinger. En utprøving kan ha flere målgrupper og tiltakstyper, og telles da i hver av dem.</p> <section class="utp-section" aria-labelledby="rapportering"> <h2 id="rapportering" class="aksel-heading aksel-heading--medium">Rapportering av resultater</h2> <ul class="utp-kpis"> <li class="utp-panel" data-kpi="published"><span class="utp-kpi__value">${formatInteger(stats.published)}</span> publiserte utprøvinger</li> <li class="utp-panel" data-kpi="reported"><span class="utp-kpi__value">${formatShare(stats.endedWithResults, stats.ended)}</span> av ${formatInteger(stats.ended)} avsluttede eller avbrutte utprøvinger har rapportert resultater (${formatInteger(stats.endedWithResults)})</li> <li class="utp-panel" data-kpi="no-effect"><span class="utp-kpi__value">${formatShare(stats.noEffect, stats.withResults)}</span> av ${formatInteger(stats.withResults)} publiserte resultater viste ingen eller negativ effekt (${formatInteger(stats.noEffect)})</li> </ul> <p class="utp-text">Utprøvinger som ikke virket, er like viktige å dele som de som virket. <a class="aksel-link"${addAttribute(urls.search({ resultat: ["virket-ikke", "negativ"] }), "href")}>Se utprøvingene som ikke virket</a>.</p> </section> <section class="utp-section" aria-labelledby="alle"> <h2 id="alle" class="aksel-heading aksel-heading--medium">Alle registrerte utprøvinger</h2> ${registry ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <p class="utp-text">Tall for alle ${formatInteger(registry.registered)} registrerte utprøvinger, også utkast og de som ikke er publisert (bare antall, ikke innhold).</p> ${renderComponent($$result, "ShareChart", $$ShareChart, {
		"id": "alle-andeler",
		"title": "Avsluttede utprøvinger med rapporterte resultater, av alle registrerte",
		"rows": [{
			code: "alle-rapportert",
			label: "Avsluttede med resultater",
			part: registry.endedWithResults,
			whole: registry.ended,
			of: "avsluttede eller avbrutte, alle registrerte"
		}]
	})} ${reviewRows.length > 0 && renderTemplate`${renderComponent($$result, "BarChart", $$BarChart, {
		"id": "behandlingstid",
		"title": "Median dager fra innsending til publisering, etter kvartal",
		"rows": reviewRows,
		"unit": "dager (median)"
	})}`} ` })}` : renderTemplate`<p class="utp-text utp-muted">Tallene for alle registrerte utprøvinger er ikke med i dette bygget.</p>`} </section> <section class="utp-section" aria-labelledby="laering"> <h2 id="laering" class="aksel-heading aksel-heading--medium">Læring mellom kontorene</h2> <ul class="utp-kpis"> <li class="utp-panel" data-kpi="replications"><span class="utp-kpi__value">${formatInteger(stats.replications)}</span> utprøvinger er kopier av en annen utprøving</li> <li class="utp-panel" data-kpi="spread"><span class="utp-kpi__value">${formatInteger(stats.methodsAtThreeOffices)}</span> av ${formatInteger(stats.methodsTried)} metoder er prøvd ved tre kontorer eller flere</li> </ul> ${renderComponent($$result, "ShareChart", $$ShareChart, {
		"id": "laering-andeler",
		"title": "Rapportering, resultater uten effekt, kopier og spredning",
		"rows": learning
	})} </section> <section class="utp-section" aria-labelledby="resultat"> <h2 id="resultat" class="aksel-heading aksel-heading--medium">Resultat</h2> ${renderComponent($$result, "BarChart", $$BarChart, {
		"id": "resultat",
		"title": "Utprøvinger etter resultat",
		"rows": stats.byOutcome
	})} </section> <section class="utp-section" aria-labelledby="fylke"> <h2 id="fylke" class="aksel-heading aksel-heading--medium">Fylke</h2> ${renderComponent($$result, "BarChart", $$BarChart, {
		"id": "fylke",
		"title": "Utprøvinger etter fylke",
		"rows": stats.byCounty
	})} </section> <section class="utp-section" aria-labelledby="malgruppe"> <h2 id="malgruppe" class="aksel-heading aksel-heading--medium">Målgruppe</h2> ${renderComponent($$result, "BarChart", $$BarChart, {
		"id": "malgruppe",
		"title": "Utprøvinger etter målgruppe",
		"rows": stats.byTargetGroup
	})} </section> <section class="utp-section" aria-labelledby="tiltakstype"> <h2 id="tiltakstype" class="aksel-heading aksel-heading--medium">Tiltakstype</h2> ${renderComponent($$result, "BarChart", $$BarChart, {
		"id": "tiltakstype",
		"title": "Utprøvinger etter tiltakstype",
		"rows": stats.byMeasureType
	})} </section> <section class="utp-section" aria-labelledby="kunnskap"> <h2 id="kunnskap" class="aksel-heading aksel-heading--medium">Kunnskapsgrunnlag</h2> ${renderComponent($$result, "BarChart", $$BarChart, {
		"id": "kunnskap",
		"title": "Utprøvinger etter nivå på kunnskapsgrunnlaget",
		"rows": stats.byEvidenceStrength
	})} </section> <section class="utp-section" aria-labelledby="status"> <h2 id="status" class="aksel-heading aksel-heading--medium">Status</h2> ${renderComponent($$result, "BarChart", $$BarChart, {
		"id": "status",
		"title": "Utprøvinger etter status",
		"rows": stats.byStatus
	})} </section> <section class="utp-section" aria-labelledby="ar"> <h2 id="ar" class="aksel-heading aksel-heading--medium">Startår</h2> ${renderComponent($$result, "BarChart", $$BarChart, {
		"id": "ar",
		"title": "Utprøvinger etter året de startet",
		"rows": stats.byYear
	})} </section> ` })}`;
}, "/work/wt-plan/site/src/pages/statistikk.astro", void 0);
var $$file = "/work/wt-plan/site/src/pages/statistikk.astro";
var $$url = "/statistikk";
// \0virtual:astro:page:src/pages/statistikk@_@astro
var page = () => statistikk_exports;
export { page };
