import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { t as $$Base } from "./Base_BmlNalGC.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { n as urls } from "./urls_B5rn07oK.mjs";
import { j as COUNTIES } from "./aggregates_Ij4fX8Et.mjs";
// site/src/pages/fylke/index.astro
var fylke_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const data = await siteData();
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": "Fylker",
		"section": "fylker",
		"description": "Utprøvinger fra NAV-kontorer i hvert fylke."
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1 class="aksel-heading aksel-heading--xlarge">Fylker</h1> <p class="utp-lead">Utprøvinger fra NAV-kontorene i hvert av de 15 fylkene.</p> <ul class="utp-columns"> ${COUNTIES.map((c) => renderTemplate`<li><a class="aksel-link"${addAttribute(urls.county(c.code), "href")}>${c.label}</a> <span class="utp-muted">(${data.pilotsOfCounty(c.code).length} utprøvinger)</span></li>`)} </ul> ` })}`;
}, "/work/wt-plan/site/src/pages/fylke/index.astro", void 0);
var $$file = "/work/wt-plan/site/src/pages/fylke/index.astro";
var $$url = "/fylke";
// \0virtual:astro:page:src/pages/fylke/index@_@astro
var page = () => fylke_exports;
export { page };
