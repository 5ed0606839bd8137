import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { t as $$Base } from "./Base_BmlNalGC.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { r as targetGroupUrl, t as feedUrls } from "./feeds_FRDi7urj.mjs";
import { U as TARGET_GROUPS } from "./aggregates_Ij4fX8Et.mjs";
// site/src/pages/malgruppe/index.astro
var malgruppe_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const data = await siteData();
	const count = (code) => data.pilots.filter((p) => p.targetGroups.includes(code)).length;
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": "Målgrupper",
		"section": "sok",
		"description": "Publiserte utprøvinger etter målgruppe"
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1 class="aksel-heading aksel-heading--xlarge">Målgrupper</h1> <p class="utp-lead">Utprøvinger etter hvem de er for. Hver målgruppe har en egen Atom-feed med nye utprøvinger.</p> <ul class="aksel-body-long"> ${TARGET_GROUPS.map((g) => renderTemplate`<li><a class="aksel-link"${addAttribute(targetGroupUrl(g.code), "href")}>${g.label}</a> (${count(g.code)}) · <a class="aksel-link"${addAttribute(feedUrls.targetGroup(g.code), "href")}>feed<span class="aksel-sr-only"> for ${g.label}</span></a></li>`)} </ul> ` })}`;
}, "/work/wt-plan/site/src/pages/malgruppe/index.astro", void 0);
var $$file = "/work/wt-plan/site/src/pages/malgruppe/index.astro";
var $$url = "/malgruppe";
// \0virtual:astro:page:src/pages/malgruppe/index@_@astro
var page = () => malgruppe_exports;
export { page };
