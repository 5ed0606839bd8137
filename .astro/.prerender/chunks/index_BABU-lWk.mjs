import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { t as $$Base } from "./Base_BmlNalGC.mjs";
import { n as CSV_COLUMNS } from "./aggregates_Ij4fX8Et.mjs";
import { n as urls } from "./urls_B5rn07oK.mjs";
// site/src/pages/data/index.astro
var data_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": "Åpne data",
		"description": "Alle publiserte utprøvinger som JSON, Excel-arbeidsbok, CSV og Atom-feed."
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1 class="aksel-heading aksel-heading--xlarge">Åpne data</h1> <p class="utp-lead">Alle publiserte utprøvinger kan lastes ned og brukes fritt. Filene lages på nytt hver gang noe publiseres.</p> <section class="utp-section" aria-labelledby="filer"> <h2 id="filer" class="aksel-heading aksel-heading--medium">Filer</h2> <ul class="utp-text"> <li><a class="aksel-link"${addAttribute(urls.dataXlsx, "href")}>Alle utprøvinger som Excel-arbeidsbok (.xlsx)</a>: åpnes rett i Excel, med tall som tall og datoer som datoer.</li> <li><a class="aksel-link"${addAttribute(urls.dataCsv, "href")}>Alle utprøvinger som CSV</a>: kommaseparert etter RFC 4180, UTF-8. Norsk Excel venter semikolon, så bruk arbeidsboken eller «Data → Fra tekst/CSV» med komma som skilletegn.</li> <li><a class="aksel-link"${addAttribute(urls.dataJson, "href")}>Alle utprøvinger som JSON</a>, med alle feltene.</li> <li><a class="aksel-link"${addAttribute(urls.feed, "href")}>Nye utprøvinger som Atom-feed</a>.</li> </ul> </section> <section class="utp-section" aria-labelledby="personvern"> <h2 id="personvern" class="aksel-heading aksel-heading--medium">Personvern og små tall</h2> <p class="utp-text">Utprøvingsbanken har ingen opplysninger om enkeltpersoner som får hjelp fra NAV. Antall personer under 5 vises som «færre enn 5», og det samme gjelder andeler og gjennomsnitt som bygger på færre enn 5 personer, slik at ingen i en liten gruppe kan kjennes igjen.</p> <p class="utp-text">En celle som begynner med =, +, -, @ eller et tabulatortegn får en apostrof foran, slik at et regneark aldri leser teksten som en formel.</p> </section> <section class="utp-section" aria-labelledby="kolonner"> <h2 id="kolonner" class="aksel-heading aksel-heading--medium">Kolonner i CSV og arbeidsbok</h2> <p class="utp-text">Begge filene har de samme ${CSV_COLUMNS.length} kolonnene i denne rekkefølgen. Lister står i én celle, skilt med semikolon.</p> <p class="utp-text"><code>${CSV_COLUMNS.join(", ")}</code></p> </section> ` })}`;
}, "/work/wt-plan/site/src/pages/data/index.astro", void 0);
var $$file = "/work/wt-plan/site/src/pages/data/index.astro";
var $$url = "/data";
// \0virtual:astro:page:src/pages/data/index@_@astro
var page = () => data_exports;
export { page };
