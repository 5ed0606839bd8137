import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { t as $$Base } from "./Base_BmlNalGC.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { n as urls } from "./urls_B5rn07oK.mjs";
import { k as methodSummaryText } from "./aggregates_Ij4fX8Et.mjs";
// site/src/pages/metode/index.astro
var metode_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const data = await siteData();
	const methods = data.liveMethods.map((method) => ({
		method,
		aggregate: data.methodAggregate(method.id)
	}));
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": "Metoder",
		"section": "metoder",
		"description": "Metoder og arbeidsmåter som NAV-kontorer har prøvd, med resultatene samlet på tvers av kontorer."
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1 class="aksel-heading aksel-heading--xlarge">Metoder</h1> <p class="utp-lead">En metode samler alle kontorers utprøvinger av samme arbeidsmåte, slik at resultatene kan sammenlignes og legges sammen.</p> <ul class="utp-cards"> ${methods.map(({ method, aggregate }) => renderTemplate`<li class="utp-card"> <h2 class="aksel-heading aksel-heading--small"><a class="aksel-link"${addAttribute(urls.method(method.slug), "href")}>${method.name}</a></h2> ${aggregate.recommended && renderTemplate`<p><span class="aksel-tag aksel-tag--small" data-color="success" data-variant="strong">Anbefalt for spredning</span></p>`} <p class="aksel-body-short">${methodSummaryText(aggregate)}</p> </li>`)} </ul> ` })}`;
}, "/work/wt-plan/site/src/pages/metode/index.astro", void 0);
var $$file = "/work/wt-plan/site/src/pages/metode/index.astro";
var $$url = "/metode";
// \0virtual:astro:page:src/pages/metode/index@_@astro
var page = () => metode_exports;
export { page };
