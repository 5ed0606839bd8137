import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { r as createAstro, t as $$Base } from "./Base_BmlNalGC.mjs";
import { t as $$PilotListPage } from "./PilotListPage_DEC8n-U4.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { r as label } from "./labels_B5CHuau5.mjs";
import { n as urls } from "./urls_B5rn07oK.mjs";
// site/src/pages/kontor/[id]/[...page].astro
var ____page__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Component,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
var getStaticPaths = (async ({ paginate }) => {
	const data = await siteData();
	return data.offices.flatMap((office) => paginate([...data.pilotsOfOffice(office.id)], {
		params: { id: office.id },
		props: { office },
		pageSize: 50
	}).map((path) => {
		const { data: listed, ...position } = path.props.page;
		return {
			...path,
			cacheKey: data.listPageKey([office, position], listed)
		};
	}));
});
var $$Component = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Component;
	const { office, page } = Astro.props;
	const data = await siteData();
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": page.currentPage > 1 ? `${office.name} (side ${page.currentPage})` : office.name,
		"section": "kontorer"
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<p class="aksel-body-short utp-muted"><a class="aksel-link"${addAttribute(urls.offices, "href")}>Kontorer</a> · <a class="aksel-link"${addAttribute(urls.county(office.county), "href")}>${label.county(office.county)}</a></p> <h1 class="aksel-heading aksel-heading--xlarge">${office.name}</h1> <p class="utp-lead">${office.municipality ? `${office.municipality} kommune, ${label.county(office.county)}.` : `${label.county(office.county)}.`} ${page.total === 0 ? "Kontoret har ingen publiserte utprøvinger ennå." : `${page.total} publiserte ${page.total === 1 ? "utprøving" : "utprøvinger"}, også de kontoret har vært med på sammen med andre.`}</p> ${page.total > 0 && renderTemplate`<p><a class="aksel-link"${addAttribute(urls.search({ kontor: office.id }), "href")}>Søk og filtrer i utprøvingene til ${office.name}</a></p>`}${page.total > 0 && renderTemplate`<section class="utp-section" aria-labelledby="utprovinger"> <h2 id="utprovinger" class="aksel-heading aksel-heading--medium">Utprøvinger</h2> ${renderComponent($$result, "PilotListPage", $$PilotListPage, {
		"page": page,
		"officeName": data.officeName
	})} </section>`}` })}`;
}, "/work/wt-plan/site/src/pages/kontor/[id]/[...page].astro", void 0);
var $$file = "/work/wt-plan/site/src/pages/kontor/[id]/[...page].astro";
var $$url = "/kontor/[id]/[...page]";
// \0virtual:astro:page:src/pages/kontor/[id]/[...page]@_@astro
var page = () => ____page__exports;
export { page };
