import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { r as createAstro } from "./Base_BmlNalGC.mjs";
import { I as FAILURE_REASONS, U as TARGET_GROUPS, V as OUTCOMES, W as TRIAL_STATUSES, j as COUNTIES, l as NO_RESULTS_CODE, s as evidenceLevel, u as NO_RESULTS_LABEL, x as pilotYear, y as formatPeriod, z as MEASURE_TYPES } from "./aggregates_Ij4fX8Et.mjs";
import { r as label } from "./labels_B5CHuau5.mjs";
import { n as urls } from "./urls_B5rn07oK.mjs";
import { r as $$EvidenceBadge, t as $$VerdictBadge } from "./VerdictBadge_CuyT_Cfq.mjs";
// shared/domain/synonyms.ts
/**
* Words that mean the same in NAV's language: abbreviations and their long forms, old and new names of
* measures, and the everyday words people search with for the taxonomy's labels. Kept as data: add a
* group or a word and the next site build indexes it. The search index adds every word of a group to a
* trial that holds any of them, so either word finds the trial.
*
* A term is matched as a whole word; terms of five letters or more also match longer word forms
* ("sykmeldt" matches "sykmeldte"). Multi-word terms match as a phrase.
*/
var SYNONYM_GROUPS = [
	[
		"ungdom",
		"unge",
		"ungdommer",
		"unge voksne"
	],
	[
		"flyktning",
		"flyktninger",
		"innvandrer",
		"innvandrere",
		"minoritetsspråklige",
		"introduksjonsprogrammet"
	],
	[
		"sykmeldt",
		"sykmeldte",
		"sykemeldt",
		"sykefravær",
		"sykepenger"
	],
	[
		"sosialhjelp",
		"økonomisk sosialhjelp",
		"sosialhjelpsmottakere",
		"økonomisk stønad",
		"sosialstønad"
	],
	[
		"langtidsledige",
		"langtidsledig",
		"langtidsarbeidsledige",
		"langtidsledighet"
	],
	[
		"nedsatt arbeidsevne",
		"redusert arbeidsevne",
		"hindringer for arbeid"
	],
	[
		"psykiske helseproblemer",
		"psykisk helse",
		"psykiske lidelser",
		"psykisk uhelse"
	],
	[
		"rusproblemer",
		"rus",
		"rusavhengighet",
		"ROP"
	],
	[
		"tidligere innsatte",
		"løslatte",
		"straffedømte",
		"domfelte",
		"kriminalomsorgen"
	],
	["hull i CV-en", "hull i CV"],
	[
		"videregående",
		"videregående skole",
		"VGS",
		"frafall",
		"drop-out"
	],
	["AAP", "arbeidsavklaringspenger"],
	[
		"KVP",
		"kvalifiseringsprogrammet",
		"kvalifiseringsprogram",
		"kvalifiseringsstønad"
	],
	[
		"uføretrygd",
		"uføre",
		"uførepensjon",
		"uføretrygdede"
	],
	["tiltakspenger", "individstønad"],
	[
		"IPS",
		"individuell jobbstøtte",
		"individual placement and support",
		"jobbspesialist"
	],
	["supported employment", "arbeid med bistand"],
	[
		"AFT",
		"arbeidsforberedende trening",
		"arbeidspraksis i skjermet virksomhet",
		"APS"
	],
	[
		"VTA",
		"varig tilrettelagt arbeid",
		"skjermet virksomhet",
		"VTO"
	],
	[
		"arbeidstrening",
		"arbeidspraksis",
		"praksisplass"
	],
	[
		"opplæring",
		"AMO",
		"arbeidsmarkedsopplæring",
		"kurs"
	],
	[
		"lønnstilskudd",
		"midlertidig lønnstilskudd",
		"varig lønnstilskudd",
		"LTS"
	],
	[
		"avklaring",
		"arbeidsevnevurdering",
		"kartlegging"
	],
	[
		"oppfølging",
		"oppfølgingstiltak",
		"tett oppfølging"
	],
	[
		"arbeids- og utdanningsreiser",
		"arbeidsreiser",
		"utdanningsreiser"
	],
	[
		"innsatsgruppe",
		"innsatsbehov",
		"standard innsats",
		"situasjonsbestemt innsats",
		"spesielt tilpasset innsats",
		"varig tilpasset innsats"
	],
	[
		"effektkontrakt",
		"velferdsobligasjon",
		"sosial impact bond",
		"SIB"
	],
	["innovativ anskaffelse", "StartOff"],
	[
		"sosial entreprenør",
		"sosialt entreprenørskap",
		"sosiale entreprenører"
	],
	[
		"NAV-kontor",
		"NAV kontor",
		"NAV-kontoret"
	]
];
var WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
var PREFIX_MIN = 5;
function words(text) {
	return text.toLocaleLowerCase("nb").match(WORD) ?? [];
}
function termMatches(term, tokens, at) {
	for (let i = 0; i < term.length; i += 1) {
		const token = tokens[at + i];
		const part = term[i];
		if (token === void 0) return false;
		const last = i === term.length - 1;
		if (token !== part && !(last && part.length >= PREFIX_MIN && token.startsWith(part))) return false;
	}
	return true;
}
/** A matcher over the given groups (the product's list by default), prepared once and used per text. */
function synonymMatcher(groups = SYNONYM_GROUPS) {
	const prepared = groups.map((group) => ({
		terms: group.map(words).filter((t) => t.length > 0),
		text: group
	}));
	const byFirstWord = /* @__PURE__ */ new Map();
	const byPrefix = [];
	prepared.forEach((g, group) => {
		for (const term of g.terms) {
			const first = term[0];
			if (term.length === 1 && first.length >= PREFIX_MIN) byPrefix.push({
				prefix: first,
				group,
				term
			});
			else {
				const list = byFirstWord.get(first) ?? [];
				list.push({
					group,
					term
				});
				byFirstWord.set(first, list);
			}
		}
	});
	const groupsIn = (tokens) => {
		const found = /* @__PURE__ */ new Set();
		tokens.forEach((token, at) => {
			for (const { group, term } of byFirstWord.get(token) ?? []) if (termMatches(term, tokens, at)) found.add(group);
			for (const { prefix, group } of byPrefix) if (token.startsWith(prefix)) found.add(group);
		});
		return found;
	};
	return {
		tokens(text) {
			return [...groupsIn(words(text))].sort((a, b) => a - b).map(groupToken);
		},
		expand(text) {
			const tokens = words(text);
			const found = groupsIn(tokens);
			const present = new Set(tokens);
			const extra = [];
			for (const group of found) for (const term of prepared[group].text) if (!words(term).every((p) => present.has(p))) extra.push(term);
			return extra;
		}
	};
}
var TOKEN_LETTERS = "bcdfghjklmnpqrstvwxz";
/**
* A word that stands for a whole group in the index: "qx" and two consonants, so Norwegian stemming leaves
* it alone and no token is the start of another (Pagefind matches the last word of a query as a prefix).
*/
function groupToken(group) {
	const n = 20;
	return `qx${TOKEN_LETTERS[Math.floor(group / n) % n]}${TOKEN_LETTERS[group % n]}`;
}
// site/src/lib/search-filters.ts
/** The values of each filter for one trial. */
function filterValues(pilot) {
	return {
		malgruppe: [...pilot.targetGroups],
		tiltakstype: [...pilot.measureTypes],
		fylke: [pilot.county],
		kontor: [.../* @__PURE__ */ new Set([pilot.officeId, ...pilot.partnerOfficeIds])],
		resultat: [pilot.results?.outcome ?? "ingen-resultater"],
		kunnskapsgrunnlag: [String(pilot.evidence.strength)],
		status: pilot.trialStatus ? [pilot.trialStatus] : [],
		ar: [pilotYear(pilot)],
		arsak: [...pilot.results?.failureReasons ?? []]
	};
}
var options = (terms) => terms.map((t) => ({
	value: t.code,
	label: t.label
}));
/** The filter groups in the order the search page shows them. */
function filterGroups(pilots, offices) {
	const years = [...new Set(pilots.map(pilotYear))].sort().reverse();
	const officeIds = new Set(pilots.flatMap((p) => [p.officeId, ...p.partnerOfficeIds]));
	return [
		{
			key: "malgruppe",
			legend: "Målgruppe",
			options: options(TARGET_GROUPS),
			control: "checkboxes"
		},
		{
			key: "tiltakstype",
			legend: "Tiltakstype",
			options: options(MEASURE_TYPES),
			control: "checkboxes"
		},
		{
			key: "resultat",
			legend: "Resultat",
			options: [...options(OUTCOMES), {
				value: NO_RESULTS_CODE,
				label: NO_RESULTS_LABEL
			}],
			control: "checkboxes"
		},
		{
			key: "kunnskapsgrunnlag",
			legend: "Kunnskapsgrunnlag",
			options: [
				4,
				3,
				2,
				1
			].map((s) => ({
				value: String(s),
				label: `Nivå ${s}: ${evidenceLevel(s)?.label ?? ""}`
			})),
			control: "checkboxes"
		},
		{
			key: "arsak",
			legend: "Hvorfor det ikke virket",
			hint: "Kodede grunner fra utprøvinger som ikke virket eller ble avbrutt",
			options: options(FAILURE_REASONS),
			control: "checkboxes"
		},
		{
			key: "status",
			legend: "Status",
			options: options(TRIAL_STATUSES),
			control: "checkboxes"
		},
		{
			key: "fylke",
			legend: "Fylke",
			options: options(COUNTIES),
			control: "checkboxes"
		},
		{
			key: "kontor",
			legend: "Kontor",
			options: offices.filter((o) => officeIds.has(o.id)).map((o) => ({
				value: o.id,
				label: o.name
			})),
			control: "select"
		},
		{
			key: "ar",
			legend: "År",
			hint: "Året utprøvingen startet",
			options: years.map((y) => ({
				value: y,
				label: y
			})),
			control: "checkboxes"
		}
	];
}
synonymMatcher();
/** A shortened text ending at a word, with an ellipsis when cut. */
function shorten(text, max) {
	const clean = (text ?? "").replace(/\s+/g, " ").trim();
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max);
	const end = cut.lastIndexOf(" ");
	return `${(end > max * .6 ? cut.slice(0, end) : cut).replace(/[\s,.;:–-]+$/, "")} …`;
}
// site/src/components/PilotCard.astro
createAstro("http://localhost:4321");
var $$PilotCard = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$PilotCard;
	const { pilot, officeName, headingLevel = 3 } = Astro.props;
	const Heading = `h${headingLevel}`;
	return renderTemplate`${maybeRenderHead($$result)}<li class="utp-card"> ${renderComponent($$result, "Heading", Heading, { "class": "aksel-heading aksel-heading--small" }, { "default": ($$result) => renderTemplate`<a class="aksel-link"${addAttribute(urls.pilot(pilot), "href")}>${pilot.title}</a>` })} <p class="utp-card__meta aksel-body-short aksel-body-short--small">${officeName} · ${label.county(pilot.county)} · ${formatPeriod(pilot.period)}${pilot.trialStatus ? ` · ${label.status(pilot.trialStatus)}` : ""}</p> ${pilot.summary && renderTemplate`<p class="aksel-body-short">${shorten(pilot.summary, 220)}</p>`} <div class="utp-badges">${renderComponent($$result, "VerdictBadge", $$VerdictBadge, { "pilot": pilot })}${renderComponent($$result, "EvidenceBadge", $$EvidenceBadge, { "evidence": pilot.evidence })}</div> </li>`;
}, "/work/wt-plan/site/src/components/PilotCard.astro", void 0);
export { filterGroups as n, filterValues as r, $$PilotCard as t };
