import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { t as $$Base } from "./Base_BmlNalGC.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { n as urls } from "./urls_B5rn07oK.mjs";
import { j as COUNTIES } from "./aggregates_Ij4fX8Et.mjs";
// site/src/pages/kontor/index.astro
var kontor_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const data = await siteData();
	const byCounty = COUNTIES.map((c) => ({
		county: c,
		offices: data.offices.filter((o) => o.county === c.code)
	})).filter((g) => g.offices.length > 0);
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": "Kontorer",
		"section": "kontorer",
		"description": "NAV-kontorer og utprøvingene deres, fylke for fylke."
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1 class="aksel-heading aksel-heading--xlarge">Kontorer</h1> <p class="utp-lead">NAV-kontorene og hvor mange publiserte utprøvinger hvert kontor har vært med på.</p> ${byCounty.map(({ county, offices }) => renderTemplate`<section class="utp-section"${addAttribute(`fylke-${county.code}`, "aria-labelledby")}> <h2${addAttribute(`fylke-${county.code}`, "id")} class="aksel-heading aksel-heading--medium"><a class="aksel-link"${addAttribute(urls.county(county.code), "href")}>${county.label}</a></h2> <ul class="utp-columns"> ${offices.map((o) => {
		const n = data.pilotsOfOffice(o.id).length;
		return renderTemplate`<li><a class="aksel-link"${addAttribute(urls.office(o.id), "href")}>${o.name}</a> <span class="utp-muted">(${n})</span></li>`;
	})} </ul> </section>`)}` })}`;
}, "/work/wt-plan/site/src/pages/kontor/index.astro", void 0);
var $$file = "/work/wt-plan/site/src/pages/kontor/index.astro";
var $$url = "/kontor";
// \0virtual:astro:page:src/pages/kontor/index@_@astro
var page = () => kontor_exports;
export { page };
