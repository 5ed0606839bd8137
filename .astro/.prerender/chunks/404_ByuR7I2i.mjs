import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { t as $$Base } from "./Base_BmlNalGC.mjs";
import { n as urls } from "./urls_B5rn07oK.mjs";
// site/src/pages/404.astro
var _404_exports = /* @__PURE__ */ __exportAll({
	default: () => $$404,
	file: () => $$file,
	url: () => $$url
});
var $$404 = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": "Fant ikke siden",
		"noindex": true
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1 class="aksel-heading aksel-heading--xlarge">Fant ikke siden</h1> <p class="utp-lead">Siden finnes ikke, eller utprøvingen er trukket tilbake. Prøv å søke etter den:</p> <form class="utp-search-form" role="search" action="/" method="get"> <div class="utp-field"> <label class="utp-label" for="ikke-funnet-q">Søk i utprøvinger</label> <input class="utp-input" id="ikke-funnet-q" name="q" type="search"> </div> <button class="aksel-button" data-variant="primary" data-color="accent" type="submit"><span class="aksel-label">Søk</span></button> </form> <h2 class="aksel-heading aksel-heading--medium utp-section">Eller bla videre</h2> <ul class="utp-text"> <li><a class="aksel-link"${addAttribute(urls.home, "href")}>Forsiden med de nyeste utprøvingene</a></li> <li><a class="aksel-link"${addAttribute(urls.methods, "href")}>Metoder</a></li> <li><a class="aksel-link"${addAttribute(urls.gapMap, "href")}>Kunnskapskart</a></li> <li><a class="aksel-link"${addAttribute(urls.counties, "href")}>Fylker</a> og <a class="aksel-link"${addAttribute(urls.offices, "href")}>kontorer</a></li> </ul> ` })}`;
}, "/work/wt-plan/site/src/pages/404.astro", void 0);
var $$file = "/work/wt-plan/site/src/pages/404.astro";
var $$url = "/404";
// \0virtual:astro:page:src/pages/404@_@astro
var page = () => _404_exports;
export { page };
