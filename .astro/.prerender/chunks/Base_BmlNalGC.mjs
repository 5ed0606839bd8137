import { _ as renderHead, f as renderSlot, h as renderTemplate, k as ASTRO_GENERATOR, v as addAttribute, y as createRenderInstruction } from "./server_UE8OVB-D.mjs";
import { G as UnavailableAstroGlobal, X as AstroError } from "./errors-data_BblAWxQ4.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { n as urls } from "./urls_B5rn07oK.mjs";
// node_modules/astro/dist/runtime/server/astro-global.js
function createError(name) {
	return new AstroError({
		...UnavailableAstroGlobal,
		message: UnavailableAstroGlobal.message(name)
	});
}
function createAstro(site) {
	return {
		get site() {
			console.warn(`Astro.site inside getStaticPaths is deprecated and will be removed in a future major version of Astro. Use import.meta.env.SITE instead`);
			return site ? new URL(site) : void 0;
		},
		get generator() {
			console.warn(`Astro.generator inside getStaticPaths is deprecated and will be removed in a future major version of Astro.`);
			return ASTRO_GENERATOR;
		},
		get callAction() {
			throw createError("callAction");
		},
		get clientAddress() {
			throw createError("clientAddress");
		},
		get cookies() {
			throw createError("cookies");
		},
		get csp() {
			throw createError("csp");
		},
		get currentLocale() {
			throw createError("currentLocale");
		},
		get getActionResult() {
			throw createError("getActionResult");
		},
		get isPrerendered() {
			throw createError("isPrerendered");
		},
		get locals() {
			throw createError("locals");
		},
		get originPathname() {
			throw createError("originPathname");
		},
		get params() {
			throw createError("params");
		},
		get preferredLocale() {
			throw createError("preferredLocale");
		},
		get preferredLocaleList() {
			throw createError("preferredLocaleList");
		},
		get props() {
			throw createError("props");
		},
		get redirect() {
			throw createError("redirect");
		},
		get request() {
			throw createError("request");
		},
		get response() {
			throw createError("response");
		},
		get rewrite() {
			throw createError("rewrite");
		},
		get routePattern() {
			throw createError("routePattern");
		},
		get self() {
			throw createError("self");
		},
		get slots() {
			throw createError("slots");
		},
		get url() {
			throw createError("url");
		},
		get session() {
			throw createError("session");
		},
		get cache() {
			throw createError("cache");
		},
		get logger() {
			throw createError("logger");
		}
	};
}
// node_modules/astro/dist/runtime/server/render/script.js
async function renderScript(result, id) {
	const inlined = result.inlinedScripts.get(id);
	let content = "";
	if (inlined != null) {
		if (inlined) content = `<script type="module">${inlined}<\/script>`;
	} else {
		const resolved = await result.resolve(id);
		content = `<script type="module" src="${result.userAssetsBase ? (result.base === "/" ? "" : result.base) + result.userAssetsBase : ""}${resolved}"><\/script>`;
	}
	return createRenderInstruction({
		type: "script",
		id,
		content
	});
}
var $$Base = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Base;
	const { title, description = "Utprøvingsbanken samler lokale utprøvinger i NAV: hva som er prøvd, for hvem, med hvilket resultat, og hvem du kan spørre.", appSection, noindex = false } = Astro.props;
	const section = Astro.props.section ?? appSection;
	const canonical = new URL(Astro.url.pathname, Astro.site);
	const ROLE_ITEMS = /* @__PURE__ */ new Set([
		"registrer",
		"mine",
		"kurator"
	]);
	const loginHref = `/auth/login/?til=${encodeURIComponent(Astro.url.pathname)}`;
	const nav = [
		{
			key: "sok",
			href: urls.home,
			text: "Søk"
		},
		{
			key: "metoder",
			href: urls.methods,
			text: "Metoder"
		},
		{
			key: "kunnskapskart",
			href: urls.gapMap,
			text: "Kunnskapskart"
		},
		{
			key: "statistikk",
			href: urls.statistics,
			text: "Statistikk"
		},
		{
			key: "fylker",
			href: urls.counties,
			text: "Fylker"
		},
		{
			key: "kontorer",
			href: urls.offices,
			text: "Kontorer"
		},
		{
			key: "registrer",
			href: "/registrer/",
			text: "Registrer"
		},
		{
			key: "mine",
			href: "/mine/",
			text: "Mine utprøvinger"
		},
		{
			key: "kurator",
			href: "/kurator/",
			text: "Kurator"
		}
	];
	return renderTemplate`<html lang="nb"> <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Utprøvingsbanken</title><meta name="description"${addAttribute(description, "content")}>${noindex && renderTemplate`<meta name="robots" content="noindex">`}<link rel="canonical"${addAttribute(canonical.href, "href")}><link rel="alternate" type="application/atom+xml" title="Nye utprøvinger i Utprøvingsbanken"${addAttribute(urls.feed, "href")}><link rel="icon" href="/favicon.svg" type="image/svg+xml">${renderSlot($$result, $$slots["head"])}${renderHead($$result)}</head> <body> <a class="utp-skip aksel-link" href="#innhold">Hopp til innhold</a> <header class="utp-header"> <div class="utp-container utp-header__inner"> <a class="utp-brand"${addAttribute(urls.home, "href")}>Utprøvingsbanken<small>Lokale utprøvinger i NAV</small></a> <nav class="utp-nav" aria-label="Hovedmeny"> <ul> ${nav.map((item) => renderTemplate`<li${addAttribute(ROLE_ITEMS.has(item.key), "hidden")}><a class="aksel-link"${addAttribute(item.href, "href")}${addAttribute(section === item.key ? "page" : void 0, "aria-current")}>${item.text}</a></li>`)} <li data-utp-login><a class="aksel-link"${addAttribute(loginHref, "href")}>Logg inn</a></li> </ul> </nav> <details class="utp-menu"> <summary>Meny</summary> <nav aria-label="Hovedmeny"> <ul> ${nav.map((item) => renderTemplate`<li${addAttribute(ROLE_ITEMS.has(item.key), "hidden")}><a class="aksel-link"${addAttribute(item.href, "href")}${addAttribute(section === item.key ? "page" : void 0, "aria-current")}>${item.text}</a></li>`)} <li data-utp-login><a class="aksel-link"${addAttribute(loginHref, "href")}>Logg inn</a></li> </ul> </nav> </details> </div> </header> <main id="innhold" tabindex="-1"> <div class="utp-container"> ${renderSlot($$result, $$slots["default"])} </div> </main> <footer class="utp-footer"> <div class="utp-container utp-footer__grid"> <div> <h2 class="aksel-heading aksel-heading--xsmall">Om Utprøvingsbanken</h2> <ul> <li><a class="aksel-link"${addAttribute(urls.rubric, "href")}>Slik vurderer vi kunnskapsgrunnlaget</a></li> <li><a class="aksel-link"${addAttribute(urls.accessibility, "href")}>Tilgjengelighetserklæring</a></li> <li><a class="aksel-link"${addAttribute(urls.register(), "href")}>Registrer en utprøving</a></li> </ul> </div> <div> <h2 class="aksel-heading aksel-heading--xsmall">Åpne data</h2> <ul> <li><a class="aksel-link"${addAttribute(urls.openData, "href")}>Om åpne data</a></li> <li><a class="aksel-link"${addAttribute(urls.dataJson, "href")}>Alle utprøvinger (JSON)</a></li> <li><a class="aksel-link"${addAttribute(urls.dataXlsx, "href")}>Alle utprøvinger (Excel-arbeidsbok)</a></li> <li><a class="aksel-link"${addAttribute(urls.dataCsv, "href")}>Alle utprøvinger (CSV)</a></li> <li><a class="aksel-link"${addAttribute(urls.feed, "href")}>Nye utprøvinger (Atom-feed)</a></li> </ul> </div> <div> <h2 class="aksel-heading aksel-heading--xsmall">Bla i banken</h2> <ul> <li><a class="aksel-link"${addAttribute(urls.methods, "href")}>Metoder</a></li> <li><a class="aksel-link"${addAttribute(urls.counties, "href")}>Fylker</a></li> <li><a class="aksel-link" href="/malgruppe/">Målgrupper</a></li> <li><a class="aksel-link"${addAttribute(urls.offices, "href")}>Kontorer</a></li> </ul> </div> </div> </footer>${renderScript($$result, "/work/wt-plan/site/src/layouts/Base.astro?astro&type=script&index=0&lang.ts")}</body> </html>`;
}, "/work/wt-plan/site/src/layouts/Base.astro", void 0);
export { renderScript as n, createAstro as r, $$Base as t };
