import { c as renderComponent, f as renderSlot, g as maybeRenderHead, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { r as createAstro, t as $$Base } from "./Base_BmlNalGC.mjs";
// site/src/layouts/App.astro
createAstro("http://localhost:4321");
var $$App = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$App;
	const { title, section } = Astro.props;
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": title,
		"noindex": true,
		"appSection": section
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<div id="utp-app" class="utp-app"> <noscript><p class="aksel-body-long">Denne siden trenger JavaScript for å logge inn og lagre.</p></noscript> <p class="aksel-body-short">Laster …</p> </div> ${renderSlot($$result, $$slots["default"])} ` })}`;
}, "/work/wt-plan/site/src/layouts/App.astro", void 0);
export { $$App as t };
