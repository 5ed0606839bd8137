import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { r as createAstro, t as $$Base } from "./Base_BmlNalGC.mjs";
import { r as label } from "./labels_B5CHuau5.mjs";
import { n as urls } from "./urls_B5rn07oK.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { t as feedUrls } from "./feeds_FRDi7urj.mjs";
import { O as methodResolver, V as OUTCOMES, _ as formatMeasureValue, g as formatInteger, k as methodSummaryText, p as formatCount, y as formatPeriod } from "./aggregates_Ij4fX8Et.mjs";
// site/src/components/ReplicationTree.astro
createAstro("http://localhost:4321");
var $$ReplicationTree = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ReplicationTree;
	const { nodes, pilotById, officeName } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<ul class="utp-tree"> ${nodes.map((node) => {
		const p = pilotById.get(node.pilotId);
		if (!p) return null;
		return renderTemplate`<li> <a class="aksel-link"${addAttribute(urls.pilot(p), "href")}>${p.title}</a> <span class="utp-muted">– ${officeName(p.officeId)}, ${p.period?.start?.slice(0, 4) ?? p.firstPublishedAt.slice(0, 4)}. Resultat: ${p.results ? label.outcome(p.results.outcome).toLocaleLowerCase("nb") : "ingen resultater ennå"}.</span> ${node.children.length > 0 && renderTemplate`${renderComponent($$result, "Astro.self", Astro.self, {
			"nodes": node.children,
			"pilotById": pilotById,
			"officeName": officeName
		})}`} </li>`;
	})} </ul>`;
}, "/work/wt-plan/site/src/components/ReplicationTree.astro", void 0);
// site/src/pages/metode/[slug].astro
var _slug__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Slug,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
async function getStaticPaths() {
	const data = await siteData();
	const resolve = methodResolver(data.methods);
	return data.methods.map((method) => {
		const kept = method.mergedInto ? data.methodById.get(resolve(method.id)) : void 0;
		const redirectTo = kept && kept.id !== method.id ? kept : void 0;
		const trials = data.pilotsOfMethod(method.id);
		const originals = trials.flatMap((p) => p.replicatesPilotId ? [data.pilotById.get(p.replicatesPilotId)].filter((o) => o !== void 0) : []);
		return {
			params: { slug: method.slug },
			props: {
				method,
				redirectTo
			},
			cacheKey: data.listPageKey([method, redirectTo ?? null], [...trials, ...originals])
		};
	});
}
var $$Slug = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Slug;
	const { method, redirectTo } = Astro.props;
	const data = await siteData();
	const aggregate = data.methodAggregate(method.id);
	const trials = [...data.pilotsOfMethod(method.id)].sort((a, b) => (a.period?.start ?? a.firstPublishedAt).localeCompare(b.period?.start ?? b.firstPublishedAt));
	const branches = aggregate.replicationTree.filter((node) => node.children.length > 0);
	const standalone = aggregate.replicationTree.length - branches.length;
	const headline = (p) => p.results?.measures.find((m) => m.measureCode) ?? p.results?.measures[0];
	return renderTemplate`${redirectTo ? renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": `${method.name} (flyttet)`,
		"noindex": true
	}, {
		"default": ($$result) => renderTemplate`  ${maybeRenderHead($$result)}<h1 class="aksel-heading aksel-heading--xlarge">${method.name}</h1> <p class="utp-lead">Metoden er slått sammen med <a class="aksel-link"${addAttribute(urls.method(redirectTo.slug), "href")}>${redirectTo.name}</a>. Du sendes videre dit.</p> `,
		"head": ($$result) => renderTemplate`<meta http-equiv="refresh"${addAttribute(`0; url=${urls.method(redirectTo.slug)}`, "content")}>`
	})}` : renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": method.name,
		"section": "metoder",
		"description": method.description
	}, {
		"default": ($$result) => renderTemplate` <p class="aksel-body-short utp-muted"><a class="aksel-link"${addAttribute(urls.methods, "href")}>Metoder</a></p> <h1 class="aksel-heading aksel-heading--xlarge">${method.name}</h1> ${aggregate.recommended && renderTemplate`<div class="utp-panel utp-panel--accent utp-stack"> <p><span class="aksel-tag" data-color="success" data-variant="strong">Anbefalt for spredning</span></p> ${method.recommendationNote && renderTemplate`<p class="utp-text">${method.recommendationNote}</p>`} </div>`}${method.description && renderTemplate`<p class="utp-lead utp-prewrap">${method.description}</p>`}${method.aliases && method.aliases.length > 0 && renderTemplate`<p class="utp-muted">Også kalt: ${method.aliases.join(", ")}</p>`} <p><a class="aksel-link"${addAttribute(feedUrls.method(method.slug), "href")}>Følg nye utprøvinger av metoden (Atom-feed)</a></p> <section class="utp-section" aria-labelledby="oppsummert"> <h2 id="oppsummert" class="aksel-heading aksel-heading--medium">Oppsummert</h2> <p class="utp-lead" data-method-summary>${methodSummaryText(aggregate)}</p> <ul class="utp-kpis"> <li class="utp-panel"><span class="utp-kpi__value">${formatInteger(aggregate.trials)}</span> utprøvinger</li> <li class="utp-panel"><span class="utp-kpi__value">${formatInteger(aggregate.offices)}</span> kontorer</li> <li class="utp-panel"><span class="utp-kpi__value">${aggregate.strongestEvidence ? `Nivå ${aggregate.strongestEvidence.strength}` : "–"}</span> sterkeste kunnskapsgrunnlag${aggregate.strongestEvidence && `: ${label.evidence(aggregate.strongestEvidence.strength, aggregate.strongestEvidence.direction)}`}</li> ${OUTCOMES.filter((o) => aggregate.outcomes[o.code] > 0).map((o) => renderTemplate`<li class="utp-panel"><span class="utp-kpi__value">${formatInteger(aggregate.outcomes[o.code])}</span> ${o.label.toLocaleLowerCase("nb")}</li>`)} </ul> </section> <section class="utp-section" aria-labelledby="alle"> <h2 id="alle" class="aksel-heading aksel-heading--medium">Alle utprøvinger av metoden</h2> ${trials.length === 0 ? renderTemplate`<p class="utp-muted">Ingen publiserte utprøvinger ennå.</p>` : renderTemplate`<div class="utp-table-wrap" tabindex="0" role="region" aria-labelledby="alle-tabell"> <table class="aksel-table aksel-table--small utp-table" data-method-trials> <caption id="alle-tabell">${method.name}: ${trials.length} utprøvinger ved ${aggregate.offices} kontorer, eldste først</caption> <thead class="aksel-table__header"> <tr class="aksel-table__row"> <th scope="col" class="aksel-table__header-cell">Utprøving</th> <th scope="col" class="aksel-table__header-cell">Kontor</th> <th scope="col" class="aksel-table__header-cell">Periode</th> <th scope="col" class="aksel-table__header-cell utp-num">Deltakere</th> <th scope="col" class="aksel-table__header-cell">Resultat</th> <th scope="col" class="aksel-table__header-cell">Kunnskapsgrunnlag</th> <th scope="col" class="aksel-table__header-cell">Hovedmål</th> </tr> </thead> <tbody class="aksel-table__body"> ${trials.map((p) => {
			const m = headline(p);
			return renderTemplate`<tr class="aksel-table__row"> <th scope="row" class="aksel-table__header-cell"><a class="aksel-link"${addAttribute(urls.pilot(p), "href")}>${p.title}</a></th> <td class="aksel-table__data-cell">${data.officeName(p.officeId)}</td> <td class="aksel-table__data-cell">${formatPeriod(p.period)}</td> <td class="aksel-table__data-cell utp-num">${formatCount(p.participants?.count)}</td> <td class="aksel-table__data-cell" data-outcome>${p.results ? label.outcome(p.results.outcome) : "Ingen resultater ennå"}</td> <td class="aksel-table__data-cell">Nivå ${p.evidence.strength}: ${label.evidence(p.evidence.strength, p.evidence.direction)}</td> <td class="aksel-table__data-cell">${m ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${m.name}: ${formatMeasureValue(m.value, m.unit)} (n = ${formatCount(m.n)})${m.comparison && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`, mot ${formatMeasureValue(m.comparison.value, m.unit)}` })}`}` })}` : "–"}</td> </tr>`;
		})} </tbody> </table> </div>`} </section> <section class="utp-section" aria-labelledby="samlet"> <h2 id="samlet" class="aksel-heading aksel-heading--medium">Samlede resultater</h2> ${aggregate.pooled.length === 0 ? renderTemplate`<p class="utp-muted">Ingen standard resultatmål er rapportert av mer enn én utprøving ennå, så resultatene kan ikke legges sammen.</p>` : renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <p class="utp-text">Når flere utprøvinger rapporterer det samme standardmålet, legger vi tallene sammen. Hver utprøving teller i forhold til antall deltakere. Utprøvinger med færre enn 5 deltakere holdes utenfor, så ingen kan kjennes igjen.</p> <div class="utp-table-wrap" tabindex="0" role="region" aria-labelledby="samlet-tabell"> <table class="aksel-table aksel-table--small utp-table" data-pooled> <caption id="samlet-tabell">Samlede tall per standard resultatmål</caption> <thead class="aksel-table__header"> <tr class="aksel-table__row"> <th scope="col" class="aksel-table__header-cell">Resultatmål</th> <th scope="col" class="aksel-table__header-cell utp-num">Utprøvinger med</th> <th scope="col" class="aksel-table__header-cell utp-num">Deltakere</th> <th scope="col" class="aksel-table__header-cell utp-num">Samlet resultat</th> <th scope="col" class="aksel-table__header-cell">Sammenligning</th> <th scope="col" class="aksel-table__header-cell">Holdt utenfor</th> </tr> </thead> <tbody class="aksel-table__body"> ${aggregate.pooled.map((m) => renderTemplate`<tr class="aksel-table__row"> <th scope="row" class="aksel-table__header-cell">${m.label}</th> <td class="aksel-table__data-cell utp-num">${m.included.length} av ${m.reportedBy}</td> <td class="aksel-table__data-cell utp-num">${formatInteger(m.participants)}</td> <td class="aksel-table__data-cell utp-num">${m.value !== void 0 ? formatMeasureValue(m.value, m.unit) : "–"}</td> <td class="aksel-table__data-cell">${m.comparison ? `${formatMeasureValue(m.comparison.value, m.unit)} (${formatInteger(m.comparison.n)} i sammenligningsgruppene, ${m.comparison.trials} ${m.comparison.trials === 1 ? "utprøving" : "utprøvinger"})` : "Ingen sammenligning med oppgitt antall"}</td> <td class="aksel-table__data-cell">${m.excluded.length === 0 ? "Ingen" : `${m.excluded.length} med færre enn 5 deltakere eller uten deltakere`}</td> </tr>`)} </tbody> </table> </div> ` })}`} </section> <section class="utp-section" aria-labelledby="slektstre"> <h2 id="slektstre" class="aksel-heading aksel-heading--medium">Slektstre</h2> <p class="utp-text">Når et kontor starter en utprøving som kopi av en annen, vises den under originalen. Slik ser du hvem som har prøvd metoden etter hvem, og hvordan det gikk.</p> ${branches.length > 0 ? renderTemplate`${renderComponent($$result, "ReplicationTree", $$ReplicationTree, {
			"nodes": branches,
			"pilotById": data.pilotById,
			"officeName": data.officeName
		})}` : renderTemplate`<p class="utp-muted">Ingen utprøvinger av metoden er registrert som kopi av en annen ennå.</p>`} ${branches.length > 0 && standalone > 0 && renderTemplate`<p class="utp-muted">${standalone} ${standalone === 1 ? "utprøving er verken kopi eller kopiert" : "utprøvinger er verken kopier eller kopiert"}, og står bare i tabellen over.</p>`} </section> `,
		"head": ($$result) => renderTemplate`<link rel="alternate" type="application/atom+xml"${addAttribute(`Nye utprøvinger: ${method.name}`, "title")}${addAttribute(feedUrls.method(method.slug), "href")}>`
	})}`}`;
}, "/work/wt-plan/site/src/pages/metode/[slug].astro", void 0);
var $$file = "/work/wt-plan/site/src/pages/metode/[slug].astro";
var $$url = "/metode/[slug]";
// \0virtual:astro:page:src/pages/metode/[slug]@_@astro
var page = () => _slug__exports;
export { page };
