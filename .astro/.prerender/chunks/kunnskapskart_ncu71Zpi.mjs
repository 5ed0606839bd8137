import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { t as $$Base } from "./Base_BmlNalGC.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { r as label } from "./labels_B5CHuau5.mjs";
import { n as urls } from "./urls_B5rn07oK.mjs";
import { C as gapMap, S as GAP_MAP_FINDINGS, V as OUTCOMES } from "./aggregates_Ij4fX8Et.mjs";
// site/src/pages/kunnskapskart.astro
var kunnskapskart_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Kunnskapskart,
	file: () => $$file,
	url: () => $$url
});
var $$Kunnskapskart = createComponent(async ($$result, $$props, $$slots) => {
	const data = await siteData();
	const map = gapMap(data.pilots);
	const findingLabel = new Map(GAP_MAP_FINDINGS.map((f) => [f.code, f.label]));
	const outcomeText = (cell) => [...OUTCOMES.filter((o) => cell.outcomes[o.code] > 0).map((o) => `${cell.outcomes[o.code]} ${o.label.toLocaleLowerCase("nb")}`), ...cell.withoutResults > 0 ? [`${cell.withoutResults} uten resultater`] : []].join(", ");
	const trialsText = (n) => n === 1 ? "1 utprøving" : `${n} utprøvinger`;
	const cellLink = (cell) => urls.search({
		malgruppe: cell.targetGroup,
		tiltakstype: cell.measureType
	});
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": "Kunnskapskart",
		"section": "kunnskapskart",
		"description": "Hvor er det prøvd noe, hva ble funnet, hvor sterkt er kunnskapsgrunnlaget, og hvor har ingen prøvd ennå? Målgrupper mot tiltakstyper."
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1 class="aksel-heading aksel-heading--xlarge">Kunnskapskart</h1> <p class="utp-lead">Målgrupper mot tiltakstyper: hva som er prøvd, hva som ble funnet, og hvor sterkt kunnskapsgrunnlaget er. Tomme ruter er ikke prøvd ennå – der kan en ny utprøving gi mest ny kunnskap.</p> <p class="utp-text">Velg en rute for å se utprøvingene i søket. ${map.untried} av ${map.rows.length * map.measureTypes.length} kombinasjoner er ikke prøvd.</p> <section class="utp-section" aria-labelledby="tegnforklaring"> <h2 id="tegnforklaring" class="aksel-heading aksel-heading--small">Tegnforklaring</h2> <ul class="utp-legend" data-gap-legend> ${GAP_MAP_FINDINGS.map((f) => renderTemplate`<li><span${addAttribute(`utp-swatch utp-finding--${f.code}`, "class")} aria-hidden="true"></span><span><strong>${f.label}</strong>: ${f.description.toLocaleLowerCase("nb")}</span></li>`)} <li><span class="utp-level" aria-hidden="true">N3</span><span><strong>N1–N4</strong>: det sterkeste kunnskapsgrunnlaget i ruta (nivå 1–4), uansett retning på resultatet (<a class="aksel-link"${addAttribute(urls.rubric, "href")}>slik vurderer vi</a>)</span></li> </ul> </section> <div class="utp-table-wrap utp-section utp-gapmap-wide" tabindex="0" role="region" aria-labelledby="kart-tittel"> <table class="utp-gapmap" data-gap-map> <caption id="kart-tittel">Utprøvinger etter målgruppe (rader) og tiltakstype (kolonner)</caption> <thead> <tr> <td></td> ${map.measureTypes.map((mt) => renderTemplate`<th scope="col">${label.measureType(mt)}</th>`)} </tr> </thead> <tbody> ${map.rows.map((row) => renderTemplate`<tr> <th scope="row">${label.targetGroup(row.targetGroup)}</th> ${row.cells.map((cell) => cell.trials === 0 ? renderTemplate`<td class="utp-finding--untried"${addAttribute(`${cell.targetGroup}|${cell.measureType}`, "data-cell")} data-finding="untried">Ikke prøvd</td>` : renderTemplate`<td${addAttribute(`utp-finding--${cell.finding}`, "class")}${addAttribute(`${cell.targetGroup}|${cell.measureType}`, "data-cell")}${addAttribute(cell.finding, "data-finding")}> <a class="aksel-link"${addAttribute(cellLink(cell), "href")}>${trialsText(cell.trials)}</a> <span class="utp-cell__finding">${findingLabel.get(cell.finding)}</span> ${cell.strongestEvidence && renderTemplate`<span class="utp-level"${addAttribute(`Sterkeste kunnskapsgrunnlag: nivå ${cell.strongestEvidence.strength}`, "title")}><span class="aksel-sr-only">Sterkeste kunnskapsgrunnlag: nivå </span><span aria-hidden="true">N</span>${cell.strongestEvidence.strength}</span>`} ${outcomeText(cell) && renderTemplate`<span class="utp-cell__detail">${outcomeText(cell)}</span>`} </td>`)} </tr>`)} </tbody> </table> </div> <div class="utp-section utp-gapmap-narrow" data-gap-cards> ${map.rows.map((row, i) => {
		const tried = row.cells.filter((c) => c.trials > 0);
		const untried = row.cells.filter((c) => c.trials === 0);
		return renderTemplate`<details class="utp-gapcard"${addAttribute(i === 0, "open")}> <summary>${label.targetGroup(row.targetGroup)} <span class="utp-muted">(${tried.length} av ${row.cells.length} tiltakstyper prøvd)</span></summary> ${tried.length > 0 && renderTemplate`<ul class="utp-gapcard__list"> ${tried.map((cell) => renderTemplate`<li${addAttribute(`utp-finding--${cell.finding}`, "class")}${addAttribute(cell.finding, "data-finding")}> <span class="utp-gapcard__name">${label.measureType(cell.measureType)}</span> <a class="aksel-link"${addAttribute(cellLink(cell), "href")}>${trialsText(cell.trials)}</a> ${" · "}<span class="utp-cell__finding">${findingLabel.get(cell.finding)}</span> ${cell.strongestEvidence && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${" · "}<span class="utp-level"><span class="aksel-sr-only">Sterkeste kunnskapsgrunnlag: nivå </span><span aria-hidden="true">N</span>${cell.strongestEvidence.strength}</span>` })}`} </li>`)} </ul>`} ${untried.length > 0 && renderTemplate`<p class="utp-muted aksel-body-short aksel-body-short--small">Ikke prøvd: ${untried.map((c) => label.measureType(c.measureType)).join(", ")}.</p>`} </details>`;
	})} </div> <p class="utp-section utp-muted">En utprøving telles i hver rute den hører til: en utprøving for to målgrupper med én tiltakstype står i to ruter. Nivåene er forklart i <a class="aksel-link"${addAttribute(urls.rubric, "href")}>Slik vurderer vi kunnskapsgrunnlaget</a>.</p> ` })}`;
}, "/work/wt-plan/site/src/pages/kunnskapskart.astro", void 0);
var $$file = "/work/wt-plan/site/src/pages/kunnskapskart.astro";
var $$url = "/kunnskapskart";
// \0virtual:astro:page:src/pages/kunnskapskart@_@astro
var page = () => kunnskapskart_exports;
export { page };
