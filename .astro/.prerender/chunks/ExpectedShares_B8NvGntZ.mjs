import { E as unescapeHTML, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import "./Base_BmlNalGC.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { q as standardMeasure } from "./aggregates_Ij4fX8Et.mjs";
// shared/forms/expected-share.ts
var EXPECTED_SHARES_ELEMENT_ID = "utp-expected-shares";
function add(sums, code, value, n) {
	const s = sums.get(code) ?? {
		weighted: 0,
		n: 0,
		trials: 0
	};
	sums.set(code, {
		weighted: s.weighted + value * n,
		n: s.n + n,
		trials: s.trials + 1
	});
}
function toRecord(sums) {
	return Object.fromEntries([...sums].map(([code, s]) => [code, {
		value: Math.round(10 * s.weighted / s.n) / 10,
		trials: s.trials,
		n: s.n
	}]));
}
function expectedShareDefaults(pilots, methodOf) {
	const bank = /* @__PURE__ */ new Map();
	const byMethod = /* @__PURE__ */ new Map();
	for (const pilot of pilots) {
		const seen = /* @__PURE__ */ new Set();
		for (const m of pilot.results?.measures ?? []) {
			const code = m.measureCode;
			if (!code || seen.has(code) || standardMeasure(code)?.pooling !== "share") continue;
			const c = m.comparison;
			if (!c || typeof c.value !== "number" || typeof c.n !== "number" || c.n < 5) continue;
			seen.add(code);
			add(bank, code, c.value, c.n);
			const method = methodOf(pilot);
			if (method) {
				const sums = byMethod.get(method) ?? /* @__PURE__ */ new Map();
				add(sums, code, c.value, c.n);
				byMethod.set(method, sums);
			}
		}
	}
	return {
		bank: toRecord(bank),
		byMethod: Object.fromEntries([...byMethod].map(([id, sums]) => [id, toRecord(sums)]))
	};
}
// site/src/components/ExpectedShares.astro
var $$ExpectedShares = createComponent(async ($$result, $$props, $$slots) => {
	const data = await siteData();
	const defaults = expectedShareDefaults(data.pilots, (pilot) => data.methodOf(pilot)?.id);
	return renderTemplate`<script type="application/json"${addAttribute(EXPECTED_SHARES_ELEMENT_ID, "id")}>${unescapeHTML(JSON.stringify(defaults).replaceAll("<", "\\u003c"))}<\/script>`;
}, "/work/wt-plan/site/src/components/ExpectedShares.astro", void 0);
export { $$ExpectedShares as t };
