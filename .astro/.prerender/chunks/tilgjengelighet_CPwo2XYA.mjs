import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { t as $$Base } from "./Base_BmlNalGC.mjs";
// site/src/pages/tilgjengelighet.astro
var tilgjengelighet_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Tilgjengelighet,
	file: () => $$file,
	url: () => $$url
});
var $$Tilgjengelighet = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": "Tilgjengelighetserklæring",
		"description": "Tilgjengelighetserklæring for Utprøvingsbanken etter modellen fra uustatus.no."
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1 class="aksel-heading aksel-heading--xlarge">Tilgjengelighetserklæring for Utprøvingsbanken</h1> <p class="utp-lead">Arbeids- og velferdsdirektoratet vil at alle skal kunne bruke Utprøvingsbanken. Offentlige nettsteder skal følge kravene i forskrift om universell utforming av IKT-løsninger, som viser til WCAG 2.1 på nivå AA. Her er status for dette nettstedet.</p> <section class="utp-section" aria-labelledby="status"> <h2 id="status" class="aksel-heading aksel-heading--medium">Status</h2> <p class="utp-text">Nettstedet oppfyller de fleste kravene. Kjente avvik står under, med hva vi gjør med dem.</p> <p class="utp-text">Vi har vurdert nettstedet selv. Hver side er testet med automatisk testverktøy (axe-core) og med tastatur, og søket er testet med skjermleser og uten JavaScript.</p> </section> <section class="utp-section" aria-labelledby="avvik"> <h2 id="avvik" class="aksel-heading aksel-heading--medium">Kjente avvik</h2> <ul class="utp-text"> <li><strong>Søk og filtre krever JavaScript</strong> (WCAG 4.1.2 er oppfylt når JavaScript er på). Uten JavaScript viser forsiden de nyeste utprøvingene, og du kan bla etter fylke, kontor, metode og i kunnskapskartet.</li> <li><strong>Dokumenter fra kontorene</strong> (rapporter og presentasjoner) ligger utenfor nettstedet og er ikke nødvendigvis universelt utformet. Kontakt kontoret for en tilgjengelig versjon.</li> <li><strong>Kunnskapskartet er en stor tabell</strong> som må rulles sideveis på små skjermer (WCAG 1.4.10). Det samme innholdet finnes i søket med filtrene «Målgruppe» og «Tiltakstype».</li> </ul> </section> <section class="utp-section" aria-labelledby="tilbakemelding"> <h2 id="tilbakemelding" class="aksel-heading aksel-heading--medium">Gi tilbakemelding</h2> <p class="utp-text">Opplever du problemer med å bruke nettstedet, eller finner du innhold som ikke er tilgjengelig? Skriv til oss på <a class="aksel-link" href="mailto:utprovingsbanken@nav.no">utprovingsbanken@nav.no</a>. Fortell hvilken side det gjelder og hva som ikke virket. Vi svarer så raskt vi kan, og senest innen fem virkedager.</p> <p class="utp-text">Du kan også varsle Tilsynet for universell utforming av IKT (Digitaliseringsdirektoratet) på <a class="aksel-link" href="https://www.uutilsynet.no/">uutilsynet.no</a> hvis du mener nettstedet ikke er universelt utformet.</p> </section> <section class="utp-section" aria-labelledby="dato"> <h2 id="dato" class="aksel-heading aksel-heading--medium">Om erklæringen</h2> <dl class="utp-facts"> <dt>Ansvarlig</dt> <dd>Arbeids- og velferdsdirektoratet</dd> <dt>Erklæringen er laget</dt> <dd>23. november 2026</dd> <dt>Sist oppdatert</dt> <dd>23. november 2026</dd> <dt>Standard</dt> <dd>WCAG 2.1, nivå A og AA</dd> </dl> </section> ` })}`;
}, "/work/wt-plan/site/src/pages/tilgjengelighet.astro", void 0);
var $$file = "/work/wt-plan/site/src/pages/tilgjengelighet.astro";
var $$url = "/tilgjengelighet";
// \0virtual:astro:page:src/pages/tilgjengelighet@_@astro
var page = () => tilgjengelighet_exports;
export { page };
