import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { r as createAstro, t as $$Base } from "./Base_BmlNalGC.mjs";
import { t as $$PilotListPage } from "./PilotListPage_DEC8n-U4.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { n as urls } from "./urls_B5rn07oK.mjs";
import { t as feedUrls } from "./feeds_FRDi7urj.mjs";
import { j as COUNTIES } from "./aggregates_Ij4fX8Et.mjs";
// site/src/pages/fylke/[county]/[...page].astro
var ____page__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Component,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
var getStaticPaths = (async ({ paginate }) => {
	const data = await siteData();
	return COUNTIES.flatMap((county) => {
		const offices = data.offices.filter((o) => o.county === county.code).map((o) => [
			o.id,
			o.name,
			data.pilotsOfOffice(o.id).length
		]);
		return paginate([...data.pilotsOfCounty(county.code)], {
			params: { county: county.code },
			props: { county },
			pageSize: 50
		}).map((path) => {
			const { data: listed, ...position } = path.props.page;
			return {
				...path,
				cacheKey: data.listPageKey([
					county,
					offices,
					position
				], listed)
			};
		});
	});
});
var $$Component = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Component;
	const { county, page } = Astro.props;
	const data = await siteData();
	const offices = data.offices.filter((o) => o.county === county.code);
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": page.currentPage > 1 ? `${county.label} (side ${page.currentPage})` : county.label,
		"section": "fylker"
	}, {
		"default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<p class="aksel-body-short utp-muted"><a class="aksel-link"${addAttribute(urls.counties, "href")}>Fylker</a></p> <h1 class="aksel-heading aksel-heading--xlarge">${county.label}</h1> <p class="utp-lead">${page.total === 0 ? "Ingen publiserte utprøvinger fra kontorer i fylket ennå." : `${page.total} publiserte ${page.total === 1 ? "utprøving" : "utprøvinger"} fra kontorer i ${county.label}.`}</p>  ${page.total > 0 && renderTemplate`<p><a class="aksel-link"${addAttribute(urls.search({ fylke: county.code }), "href")}>Søk og filtrer i utprøvingene i ${county.label}</a></p>`}<p><a class="aksel-link"${addAttribute(feedUrls.county(county.code), "href")}>Følg nye utprøvinger fra ${county.label} (Atom-feed)</a></p> ${page.currentPage === 1 && offices.length > 0 && renderTemplate`<section class="utp-section" aria-labelledby="kontorer"> <h2 id="kontorer" class="aksel-heading aksel-heading--medium">Kontorer i ${county.label}</h2> <ul class="utp-columns">${offices.map((o) => renderTemplate`<li><a class="aksel-link"${addAttribute(urls.office(o.id), "href")}>${o.name}</a> <span class="utp-muted">(${data.pilotsOfOffice(o.id).length})</span></li>`)}</ul> </section>`}${page.total > 0 && renderTemplate`<section class="utp-section" aria-labelledby="utprovinger"> <h2 id="utprovinger" class="aksel-heading aksel-heading--medium">Utprøvinger</h2> ${renderComponent($$result, "PilotListPage", $$PilotListPage, {
			"page": page,
			"officeName": data.officeName
		})} </section>`}`,
		"head": ($$result) => renderTemplate`<link rel="alternate" type="application/atom+xml"${addAttribute(`Nye utprøvinger: ${county.label}`, "title")}${addAttribute(feedUrls.county(county.code), "href")}>`
	})}`;
}, "/work/wt-plan/site/src/pages/fylke/[county]/[...page].astro", void 0);
var $$file = "/work/wt-plan/site/src/pages/fylke/[county]/[...page].astro";
var $$url = "/fylke/[county]/[...page]";
// \0virtual:astro:page:src/pages/fylke/[county]/[...page]@_@astro
var page = () => ____page__exports;
export { page };
