import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { n as renderScript } from "./Base_BmlNalGC.mjs";
import { t as $$App } from "./App_BB39LJQP.mjs";
// site/src/pages/kurator/resultater/index.astro
var resultater_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "App", $$App, {
		"title": "Utprøvinger som mangler resultater",
		"section": "kurator"
	})}${renderScript($$result, "/work/wt-plan/site/src/pages/kurator/resultater/index.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt-plan/site/src/pages/kurator/resultater/index.astro", void 0);
var $$file = "/work/wt-plan/site/src/pages/kurator/resultater/index.astro";
var $$url = "/kurator/resultater";
// \0virtual:astro:page:src/pages/kurator/resultater/index@_@astro
var page = () => resultater_exports;
export { page };
