import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { r as createAstro, t as $$Base } from "./Base_BmlNalGC.mjs";
import { t as $$PilotCard } from "./PilotCard_HWHZqoCi.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { t as feedUrls } from "./feeds_FRDi7urj.mjs";
import { n as urls } from "./urls_B5rn07oK.mjs";
import { U as TARGET_GROUPS } from "./aggregates_Ij4fX8Et.mjs";
// site/src/pages/malgruppe/[group]/index.astro
var _group__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
var getStaticPaths = (() => TARGET_GROUPS.map((group) => ({
	params: { group: group.code },
	props: { group }
})));
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { group } = Astro.props;
	const data = await siteData();
	const trials = data.pilots.filter((p) => p.targetGroups.includes(group.code)).sort((a, b) => b.firstPublishedAt.localeCompare(a.firstPublishedAt));
	const shown = trials.slice(0, 50);
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": group.label,
		"section": "sok",
		"description": `Publiserte utprøvinger for målgruppen ${group.label.toLocaleLowerCase("nb")}`
	}, {
		"default": ($$result) => renderTemplate`  ${maybeRenderHead($$result)}<p class="aksel-body-short utp-muted"><a class="aksel-link"${addAttribute(urls.home, "href")}>Søk</a> · Målgruppe</p> <h1 class="aksel-heading aksel-heading--xlarge">${group.label}</h1> <p class="utp-lead">${trials.length === 0 ? "Ingen publiserte utprøvinger for målgruppen ennå." : `${trials.length} publiserte ${trials.length === 1 ? "utprøving" : "utprøvinger"} for målgruppen.`}</p> <p> ${trials.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<a class="aksel-link"${addAttribute(urls.search({ malgruppe: group.code }), "href")}>Søk og filtrer i utprøvingene for målgruppen</a>${" · "}` })}`} <a class="aksel-link"${addAttribute(feedUrls.targetGroup(group.code), "href")}>Følg nye utprøvinger for målgruppen (Atom-feed)</a> </p> ${shown.length > 0 && renderTemplate`<section class="utp-section" aria-labelledby="nyeste"> <h2 id="nyeste" class="aksel-heading aksel-heading--medium">${trials.length > shown.length ? `De ${shown.length} nyeste` : "Utprøvinger"}</h2> <ul class="utp-cards">${shown.map((p) => renderTemplate`${renderComponent($$result, "PilotCard", $$PilotCard, {
			"pilot": p,
			"officeName": data.officeName(p.officeId),
			"headingLevel": 3
		})}`)}</ul> </section>`}`,
		"head": ($$result) => renderTemplate`<link rel="alternate" type="application/atom+xml"${addAttribute(`Nye utprøvinger: ${group.label}`, "title")}${addAttribute(feedUrls.targetGroup(group.code), "href")}>`
	})}`;
}, "/work/wt-plan/site/src/pages/malgruppe/[group]/index.astro", void 0);
var $$file = "/work/wt-plan/site/src/pages/malgruppe/[group]/index.astro";
var $$url = "/malgruppe/[group]";
// \0virtual:astro:page:src/pages/malgruppe/[group]/index@_@astro
var page = () => _group__exports;
export { page };
