import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { t as $$Base } from "./Base_BmlNalGC.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { r as label } from "./labels_B5CHuau5.mjs";
// site/src/pages/om/kunnskapsgrunnlag.astro
var kunnskapsgrunnlag_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Kunnskapsgrunnlag,
	file: () => $$file,
	url: () => $$url
});
var $$Kunnskapsgrunnlag = createComponent(async ($$result, $$props, $$slots) => {
	const { rubric } = await siteData();
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": rubric.title,
		"description": "Kriteriene kuratorene bruker når de vurderer kunnskapsgrunnlaget i en utprøving."
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1 class="aksel-heading aksel-heading--xlarge">${rubric.title}</h1> <p class="utp-lead">${rubric.introduction}</p> <section class="utp-section" aria-labelledby="slik"> <h2 id="slik" class="aksel-heading aksel-heading--medium">Slik går vi fram</h2> <ul class="utp-text">${rubric.howWeDecide.map((line) => renderTemplate`<li>${line}</li>`)}</ul> </section> <section class="utp-section" aria-labelledby="nivaer"> <h2 id="nivaer" class="aksel-heading aksel-heading--medium">De fire nivåene</h2> ${rubric.levels.map((level) => renderTemplate`<section class="utp-panel utp-section utp-stack"${addAttribute(`niva-${level.strength}`, "aria-labelledby")}> <h3${addAttribute(`niva-${level.strength}`, "id")} class="aksel-heading aksel-heading--small">Nivå ${level.strength}: ${level.label}${level.labelNoEffect !== level.label && ` / ${level.labelNoEffect}`}</h3> <p>${level.summary}</p> ${level.labelNoEffect !== level.label && renderTemplate`<p class="utp-muted">Når utprøvingen ikke viste effekt, kaller vi nivået «${level.labelNoEffect}». Det er like sterk kunnskap.</p>`} <h4 class="aksel-heading aksel-heading--xsmall">Kriterier</h4> <ul>${level.criteria.map((c) => renderTemplate`<li>${c}</li>`)}</ul> <p class="utp-muted">Typiske evalueringsdesign: ${level.typicalDesigns.map(label.evaluationDesign).join(", ")}.</p> </section>`)} </section> <section class="utp-section" aria-labelledby="retning"> <h2 id="retning" class="aksel-heading aksel-heading--medium">Retning på resultatet</h2> <p class="utp-text">Ved siden av nivået setter kuratoren retningen: positiv effekt, blandet effekt, ingen effekt, negativ effekt eller uavklart. Nivået sier hvor mye vi kan stole på resultatet; retningen sier hva resultatet var.</p> </section> ` })}`;
}, "/work/wt-plan/site/src/pages/om/kunnskapsgrunnlag.astro", void 0);
var $$file = "/work/wt-plan/site/src/pages/om/kunnskapsgrunnlag.astro";
var $$url = "/om/kunnskapsgrunnlag";
// \0virtual:astro:page:src/pages/om/kunnskapsgrunnlag@_@astro
var page = () => kunnskapsgrunnlag_exports;
export { page };
