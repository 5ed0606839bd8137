import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { n as renderScript, t as $$Base } from "./Base_BmlNalGC.mjs";
// site/src/pages/varsler/avmeld/index.astro
var avmeld_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": "Meld deg av varsler",
		"noindex": true
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<div id="utp-unsubscribe"> <noscript><p class="aksel-body-long">Denne siden trenger JavaScript for å melde deg av. Du kan også endre varslene under Mine utprøvinger.</p></noscript> <p class="aksel-body-short">Laster …</p> </div> ` })}${renderScript($$result, "/work/wt-plan/site/src/pages/varsler/avmeld/index.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt-plan/site/src/pages/varsler/avmeld/index.astro", void 0);
var $$file = "/work/wt-plan/site/src/pages/varsler/avmeld/index.astro";
var $$url = "/varsler/avmeld";
// \0virtual:astro:page:src/pages/varsler/avmeld/index@_@astro
var page = () => avmeld_exports;
export { page };
