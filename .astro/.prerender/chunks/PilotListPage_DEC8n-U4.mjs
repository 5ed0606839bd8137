import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { r as createAstro } from "./Base_BmlNalGC.mjs";
import { t as $$PilotCard } from "./PilotCard_HWHZqoCi.mjs";
// site/src/components/PilotListPage.astro
createAstro("http://localhost:4321");
var $$PilotListPage = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$PilotListPage;
	const { page, officeName } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<p class="aksel-body-short" data-list-range>Viser ${page.start + 1}–${page.end + 1} av ${page.total} utprøvinger, nyeste først.</p> <ul class="utp-cards">${page.data.map((p) => renderTemplate`${renderComponent($$result, "PilotCard", $$PilotCard, {
		"pilot": p,
		"officeName": officeName(p.officeId),
		"headingLevel": 3
	})}`)}</ul> ${page.lastPage > 1 && renderTemplate`<nav class="utp-section" aria-label="Sider"> <p class="utp-results-head"> ${page.url.prev ? renderTemplate`<a class="aksel-link"${addAttribute(page.url.prev, "href")} rel="prev">Forrige side</a>` : renderTemplate`<span></span>`} <span>Side ${page.currentPage} av ${page.lastPage}</span> ${page.url.next ? renderTemplate`<a class="aksel-link"${addAttribute(page.url.next, "href")} rel="next">Neste side</a>` : renderTemplate`<span></span>`} </p> </nav>`}`;
}, "/work/wt-plan/site/src/components/PilotListPage.astro", void 0);
export { $$PilotListPage as t };
