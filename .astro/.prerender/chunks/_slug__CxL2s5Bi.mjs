import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createComponent } from "./astro-component_fNV_zsZ4.mjs";
import { r as createAstro, t as $$Base } from "./Base_BmlNalGC.mjs";
import { n as $$Icon, r as $$EvidenceBadge, t as $$VerdictBadge } from "./VerdictBadge_CuyT_Cfq.mjs";
import { n as OUTCOME_COLOR, r as label, t as DIRECTION_COLOR } from "./labels_B5CHuau5.mjs";
import { n as urls, t as safeHref } from "./urls_B5rn07oK.mjs";
import { B as MEASURE_UNITS, H as PARTNER_TYPES, I as FAILURE_REASONS, K as STANDARD_MEASURES, L as FUNDING_SOURCES, M as DOCUMENT_KINDS, N as EVALUATION_DESIGNS, P as EVALUATORS, R as INNSATSGRUPPER, U as TARGET_GROUPS, V as OUTCOMES, W as TRIAL_STATUSES, _ as formatMeasureValue, h as formatDecimal, m as formatDate, p as formatCount, v as formatNok, y as formatPeriod, z as MEASURE_TYPES } from "./aggregates_Ij4fX8Et.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
/** The range a count can lie in: a suppressed public count ("færre enn 5") lies between 1 and 4. */
function countRange(value) {
	if (typeof value === "number") return Number.isFinite(value) ? [value, value] : void 0;
	if (typeof value === "string" && value.length > 0) return [1, 4];
}
var FIGURE_TEXT = {
	participants: {
		label: "Antall deltakere",
		unit: (n) => `${format(n)}`
	},
	"staff-years": {
		label: "Innsatsen",
		unit: (n) => `${format(n)} årsverk`
	},
	cost: {
		label: "Kostnaden",
		unit: (n) => `${format(n)} kr`
	}
};
function format(n) {
	return new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 1 }).format(n).replace(/\u00a0/g, " ");
}
function figureFlag(kind, planned, reported) {
	const plan = countRange(planned);
	const got = countRange(reported);
	if (!plan || !got || planned === void 0 || reported === void 0) return void 0;
	const [planLow, planHigh] = plan;
	if (planLow <= 0) return void 0;
	const [low, high] = got;
	const above = (low - planHigh) / planHigh;
	const below = (planLow - high) / planLow;
	if (above <= .3333333333333333 && below <= .3333333333333333) return void 0;
	const changePercent = typeof planned === "number" && typeof reported === "number" ? 100 * (reported - planned) / planned : void 0;
	const { label, unit } = FIGURE_TEXT[kind];
	const shown = (v) => typeof v === "number" ? unit(v) : v;
	const direction = above > .3333333333333333 ? "mer" : "mindre";
	const amount = changePercent !== void 0 ? `${format(Math.round(Math.abs(changePercent)))} % ${direction}` : `mer enn en tredjedel ${direction}`;
	return {
		kind,
		planned,
		reported,
		...changePercent !== void 0 ? { changePercent } : {},
		text: `${label} avviker fra planen: ${shown(reported)} mot planlagt ${shown(planned)} (${amount} enn planlagt).`
	};
}
function planAgainstReport(input) {
	const planned = input.plannedOutcomes ?? [];
	const results = input.results;
	const measures = results?.measures ?? [];
	const notMeasured = new Map((results?.notMeasured ?? []).map((n) => [n.plannedOutcomeId, n.reason]));
	const plannedIds = new Set(planned.map((p) => p.id));
	const plannedCodes = new Set(planned.flatMap((p) => p.measureCode ? [p.measureCode] : []));
	const rows = planned.map((p) => {
		const reported = measures.find((m) => m.plannedOutcomeId === p.id) ?? (p.measureCode ? measures.find((m) => m.measureCode === p.measureCode) : void 0);
		if (reported) return {
			planned: p,
			status: "reported",
			reported
		};
		const reason = notMeasured.get(p.id);
		if (reason !== void 0) return {
			planned: p,
			status: "not-measured",
			reason
		};
		return {
			planned: p,
			status: results ? "dropped" : "pending"
		};
	});
	const added = results ? measures.filter((m) => !(m.plannedOutcomeId && plannedIds.has(m.plannedOutcomeId)) && !(m.measureCode && plannedCodes.has(m.measureCode))) : [];
	const flags = [];
	for (const row of rows) if (row.status === "dropped") flags.push({
		kind: "dropped",
		id: row.planned.id,
		name: row.planned.name,
		text: `«${row.planned.name}» var planlagt, men er verken rapportert eller oppgitt som ikke målt.`
	});
	for (const m of added) flags.push({
		kind: "not-planned",
		name: m.name,
		text: `«${m.name}» er rapportert, men var ikke planlagt før utprøvingen startet.`
	});
	if (results) {
		const figures = [
			figureFlag("participants", input.participants?.planned, input.participants?.count),
			figureFlag("staff-years", input.cost?.plannedStaffYears, input.cost?.staffYears),
			figureFlag("cost", input.cost?.plannedCostNok, input.cost?.costNok)
		];
		for (const flag of figures) if (flag) flags.push(flag);
	}
	return {
		rows,
		added,
		flags,
		outcomeSwitch: {
			dropped: rows.filter((r) => r.status === "dropped").map((r) => ({
				id: r.planned.id,
				name: r.planned.name
			})),
			added: added.map((m) => ({ name: m.name }))
		}
	};
}
/** The short tag text of a flag, for a badge beside the row it concerns. */
function flagTag(flag) {
	switch (flag.kind) {
		case "not-planned": return "Ikke planlagt";
		case "dropped": return "Falt bort uten forklaring";
		case "participants": return "Deltakere avviker fra plan";
		case "staff-years": return "Innsats avviker fra plan";
		case "cost": return "Kostnad avviker fra plan";
	}
}
// site/src/components/DirectionBadge.astro
createAstro("http://localhost:4321");
var $$DirectionBadge = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$DirectionBadge;
	const { evidence } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<span class="aksel-tag aksel-tag--small utp-badge"${addAttribute(DIRECTION_COLOR[evidence.direction], "data-color")} data-variant="outline">Retning: ${label.direction(evidence.direction)}</span>`;
}, "/work/wt-plan/site/src/components/DirectionBadge.astro", void 0);
// site/src/components/OutcomeBadge.astro
createAstro("http://localhost:4321");
var $$OutcomeBadge = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$OutcomeBadge;
	const { results, size = "small" } = Astro.props;
	const ICON = {
		virket: "check",
		delvis: "partial",
		"virket-ikke": "cross",
		negativ: "warning",
		"for-tidlig": "hourglass",
		ingen: "question"
	};
	const code = results?.outcome ?? "ingen";
	const text = results ? label.outcome(results.outcome) : "Ingen resultater ennå";
	return renderTemplate`${maybeRenderHead($$result)}<span${addAttribute([
		"aksel-tag",
		"utp-badge",
		size === "small" && "aksel-tag--small"
	], "class:list")}${addAttribute(OUTCOME_COLOR[code], "data-color")} data-variant="moderate">${size === "medium" && renderTemplate`${renderComponent($$result, "Icon", $$Icon, { "name": ICON[code] ?? "question" })}`}<span>Resultat: ${text}</span></span>`;
}, "/work/wt-plan/site/src/components/OutcomeBadge.astro", void 0);
// site/src/components/PilotLink.astro
createAstro("http://localhost:4321");
var $$PilotLink = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$PilotLink;
	const { pilot, officeName } = Astro.props;
	const outcome = pilot.results ? label.outcome(pilot.results.outcome) : "ingen resultater ennå";
	return renderTemplate`${maybeRenderHead($$result)}<li><a class="aksel-link"${addAttribute(urls.pilot(pilot), "href")}>${pilot.title}</a> <span class="utp-muted">– ${officeName}, ${label.county(pilot.county)}. Resultat: ${outcome.toLocaleLowerCase("nb")}. Kunnskapsgrunnlag nivå ${pilot.evidence.strength}.</span></li>`;
}, "/work/wt-plan/site/src/components/PilotLink.astro", void 0);
// site/src/components/PlanAgainstReport.astro
createAstro("http://localhost:4321");
var $$PlanAgainstReport = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$PlanAgainstReport;
	const { pilot } = Astro.props;
	const report = planAgainstReport(pilot);
	const flagNamed = (kind, name) => report.flags.find((f) => f.kind === kind && "name" in f && f.name === name);
	const figureFlag = (kind) => report.flags.find((f) => f.kind === kind);
	const plannedFigures = [
		{
			kind: "participants",
			label: "Deltakere",
			planned: pilot.participants?.planned !== void 0 ? formatCount(pilot.participants.planned) : void 0,
			reported: pilot.participants?.count !== void 0 ? formatCount(pilot.participants.count) : void 0
		},
		{
			kind: "staff-years",
			label: "Innsats",
			planned: pilot.cost?.plannedStaffYears !== void 0 ? `${formatDecimal(pilot.cost.plannedStaffYears)} årsverk` : void 0,
			reported: pilot.cost?.staffYears !== void 0 ? `${formatDecimal(pilot.cost.staffYears)} årsverk` : void 0
		},
		{
			kind: "cost",
			label: "Kostnad",
			planned: pilot.cost?.plannedCostNok !== void 0 ? formatNok(pilot.cost.plannedCostNok) : void 0,
			reported: pilot.cost?.costNok !== void 0 ? formatNok(pilot.cost.costNok) : void 0
		}
	].filter((f) => f.planned !== void 0);
	const hasResults = Boolean(pilot.results);
	return renderTemplate`${maybeRenderHead($$result)}<section class="utp-section" aria-labelledby="resultatmal" data-plan-report> <h2 id="resultatmal" class="aksel-heading aksel-heading--medium">Planlagt mot rapportert</h2> <p class="utp-text">Resultatmålene, antall deltakere og kostnaden ble registrert før resultatene var kjent. Et planlagt mål som falt bort uten forklaring, et mål som er lagt til etterpå, og tall som avviker mer enn en tredjedel fra planen, er merket.</p> ${report.flags.length > 0 ? renderTemplate`<div class="utp-plan-flags" data-plan-flags> <p class="aksel-body-short"><strong>${report.flags.length === 1 ? "Ett avvik fra planen" : `${report.flags.length} avvik fra planen`}</strong></p> <ul> ${report.flags.map((f) => renderTemplate`<li><span class="aksel-tag aksel-tag--small" data-color="warning" data-variant="moderate"${addAttribute(f.kind, "data-plan-flag")}>${flagTag(f)}</span> ${f.text}</li>`)} </ul> </div>` : hasResults ? renderTemplate`<p class="aksel-body-short" data-plan-flags="0"><span class="aksel-tag aksel-tag--small" data-color="success" data-variant="outline">Som planlagt</span> Resultatene er rapportert slik utprøvingen planla.</p>` : null} ${report.rows.length === 0 && report.added.length === 0 ? renderTemplate`<p class="utp-muted">Ingen resultatmål er registrert.</p>` : renderTemplate`<div class="utp-table-wrap" tabindex="0" role="region" aria-labelledby="resultatmal-tabell"> <table class="aksel-table aksel-table--small utp-table"> <caption id="resultatmal-tabell">Planlagte og rapporterte resultatmål</caption> <thead class="aksel-table__header"> <tr class="aksel-table__row"> <th scope="col" class="aksel-table__header-cell">Planlagt resultatmål</th> <th scope="col" class="aksel-table__header-cell">Rapportert</th> <th scope="col" class="aksel-table__header-cell">Vurdering</th> </tr> </thead> <tbody class="aksel-table__body"> ${report.rows.map((row) => {
		const o = row.planned;
		const flag = flagNamed("dropped", o.name);
		return renderTemplate`<tr class="aksel-table__row"> <th scope="row" class="aksel-table__header-cell">${o.name}${o.followUpMonths !== void 0 && renderTemplate`<span class="utp-muted"> (${o.followUpMonths} mnd.)</span>`}${o.how && renderTemplate`<div class="utp-muted aksel-body-short aksel-body-short--small">${o.how}</div>`}</th> <td class="aksel-table__data-cell"> ${row.reported ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${row.reported.name}: ${formatMeasureValue(row.reported.value, row.reported.unit)}` })}` : row.status === "not-measured" ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`Ikke målt: ${row.reason}` })}` : row.status === "dropped" ? renderTemplate`<span class="utp-mark">Ikke rapportert (planlagt mål falt bort)</span>` : renderTemplate`<span class="utp-muted">Ingen resultater ennå</span>`} </td> <td class="aksel-table__data-cell"> ${flag ? renderTemplate`<span class="aksel-tag aksel-tag--small" data-color="warning" data-variant="moderate"${addAttribute(flag.kind, "data-plan-flag")}>${flagTag(flag)}</span>` : row.status === "reported" ? renderTemplate`<span class="aksel-tag aksel-tag--small" data-color="success" data-variant="outline">Som planlagt</span>` : row.status === "not-measured" ? renderTemplate`<span class="aksel-tag aksel-tag--small" data-color="neutral" data-variant="outline">Ikke målt, med forklaring</span>` : "–"} </td> </tr>`;
	})} ${report.added.map((m) => {
		const flag = flagNamed("not-planned", m.name);
		return renderTemplate`<tr class="aksel-table__row"> <th scope="row" class="aksel-table__header-cell"><span class="utp-mark">Ikke planlagt på forhånd</span></th> <td class="aksel-table__data-cell">${m.name}: ${formatMeasureValue(m.value, m.unit)}</td> <td class="aksel-table__data-cell">${flag && renderTemplate`<span class="aksel-tag aksel-tag--small" data-color="warning" data-variant="moderate"${addAttribute(flag.kind, "data-plan-flag")}>${flagTag(flag)}</span>`}</td> </tr>`;
	})} </tbody> </table> </div>`} ${plannedFigures.length > 0 && renderTemplate`<div class="utp-table-wrap" tabindex="0" role="region" aria-labelledby="omfang-tabell"> <table class="aksel-table aksel-table--small utp-table"> <caption id="omfang-tabell">Planlagt og faktisk omfang</caption> <thead class="aksel-table__header"> <tr class="aksel-table__row"> <th scope="col" class="aksel-table__header-cell"><span class="aksel-sr-only">Hva</span></th> <th scope="col" class="aksel-table__header-cell utp-num">Planlagt</th> <th scope="col" class="aksel-table__header-cell utp-num">Faktisk</th> <th scope="col" class="aksel-table__header-cell">Vurdering</th> </tr> </thead> <tbody class="aksel-table__body"> ${plannedFigures.map((f) => {
		const flag = figureFlag(f.kind);
		return renderTemplate`<tr class="aksel-table__row"> <th scope="row" class="aksel-table__header-cell">${f.label}</th> <td class="aksel-table__data-cell utp-num">${f.planned}</td> <td class="aksel-table__data-cell utp-num">${f.reported ?? "ikke oppgitt"}</td> <td class="aksel-table__data-cell">${flag ? renderTemplate`<span class="aksel-tag aksel-tag--small" data-color="warning" data-variant="moderate"${addAttribute(flag.kind, "data-plan-flag")}>${flagTag(flag)}</span>` : hasResults && f.reported !== void 0 ? "Innenfor en tredjedel av planen" : "–"}</td> </tr>`;
	})} </tbody> </table> </div>`} </section>`;
}, "/work/wt-plan/site/src/components/PlanAgainstReport.astro", void 0);
// shared/forms/pilot-form.ts
var f = (name, kind, label, requirement, extra = {}) => ({
	name,
	kind,
	label,
	requirement,
	...extra
});
var MEASURE_OPTIONS = STANDARD_MEASURES.map((m) => ({
	code: m.code,
	label: m.label
}));
var STEPS = [
	{
		key: "om",
		title: "Om utprøvingen",
		items: [
			f("title", "text", "Tittel", "required", { description: "Et kort navn andre kontorer kjenner igjen." }),
			f("summary", "textarea", "Kort sammendrag", "required", { description: "Hva gjør dere, for hvem, og hvorfor? 2–3 setninger." }),
			f("need", "textarea", "Behov", "required", { description: "Hvilket problem eller behov svarer utprøvingen på?" }),
			f("trialStatus", "radio", "Status for utprøvingen", "required", { options: TRIAL_STATUSES }),
			f("period.start", "date", "Startdato", "required", { width: "short" }),
			f("period.end", "date", "Sluttdato", "when-ended", {
				width: "short",
				description: "Planlagt eller faktisk slutt. Må fylles ut når utprøvingen er avsluttet eller avbrutt."
			}),
			f("partnerOfficeIds", "offices", "Andre NAV-kontorer som er med", "optional", { description: "Skriv navnet på kontoret og velg det fra listen." })
		]
	},
	{
		key: "malgruppe",
		title: "Målgruppe og tiltak",
		items: [
			f("methodDescription", "textarea", "Arbeidsmåten", "required", { description: "Beskriv med egne ord hva dere gjør annerledes." }),
			f("methodId", "method", "Metode i banken", "optional", {
				emptyOption: "Vet ikke / ingen passer",
				description: "Velg metoden du tror dette er. Kuratoren bekrefter eller endrer valget."
			}),
			f("targetGroups", "checkboxes", "Målgrupper", "required", {
				options: TARGET_GROUPS,
				description: "Velg alle som passer."
			}),
			f("innsatsgrupper", "checkboxes", "Innsatsgrupper", "optional", { options: INNSATSGRUPPER }),
			f("measureTypes", "checkboxes", "Tiltakstyper", "required", {
				options: MEASURE_TYPES,
				description: "Velg «Ingen tiltakstype» hvis dette er en ny arbeidsmåte uten et formelt tiltak."
			}),
			f("participants.count", "integer", "Antall deltakere", "when-ended", {
				width: "short",
				description: "Bare et samlet tall, aldri opplysninger om enkeltpersoner. Må fylles ut når utprøvingen er avsluttet."
			}),
			f("participants.description", "textarea", "Om deltakerne", "optional")
		]
	},
	{
		key: "samarbeid",
		title: "Samarbeid",
		items: [{
			name: "partners",
			kind: "list",
			label: "Samarbeidspartnere",
			requirement: "optional",
			addText: "Legg til samarbeidspartner",
			itemLabel: "Samarbeidspartner",
			table: true,
			fields: [
				f("name", "text", "Navn", "required"),
				f("type", "select", "Type", "required", { options: PARTNER_TYPES }),
				f("role", "textarea", "Rolle i utprøvingen", "optional")
			]
		}]
	},
	{
		key: "kostnad",
		title: "Kostnad og finansiering",
		items: [
			{
				name: "funding",
				kind: "list",
				label: "Finansiering",
				requirement: "required",
				description: "Legg til minst én kilde, også når utprøvingen er betalt av eget budsjett.",
				addText: "Legg til finansieringskilde",
				itemLabel: "Finansieringskilde",
				table: true,
				fields: [
					f("source", "select", "Kilde", "required", { options: FUNDING_SOURCES }),
					f("amountNok", "nok", "Beløp i kroner", "optional", { width: "short" }),
					f("note", "text", "Merknad", "optional")
				]
			},
			f("cost.staffYears", "decimal", "Innsats i årsverk for hele perioden", "required", {
				width: "short",
				description: "Omtrent, for eksempel 1,5."
			}),
			f("cost.costNok", "nok", "Kostnad i kroner for hele perioden", "optional", {
				width: "short",
				description: "Med antall deltakere regnes kostnaden per deltaker ut."
			}),
			f("cost.plannedStaffYears", "decimal", "Planlagt innsats i årsverk", "optional", {
				width: "short",
				description: "Det dere regnet med da utprøvingen startet. Holdes opp mot den faktiske innsatsen når resultatene er rapportert."
			}),
			f("cost.plannedCostNok", "nok", "Planlagt kostnad i kroner (budsjett)", "optional", {
				width: "short",
				description: "Det dere regnet med da utprøvingen startet. Holdes opp mot den faktiske kostnaden når resultatene er rapportert."
			}),
			{
				kind: "derived",
				name: "costPerParticipant",
				label: "Kostnad per deltaker",
				description: "Regnes ut av kostnaden for hele perioden og antall deltakere (vises ikke med færre enn 5 deltakere)."
			},
			f("cost.note", "textarea", "Om kostnaden", "optional")
		]
	},
	{
		key: "oppskrift",
		title: "Oppskrift",
		items: [
			{
				name: "recipe.steps",
				kind: "list",
				label: "Steg i oppskriften",
				requirement: "required",
				description: "Stegene et annet kontor følger for å gjøre det samme.",
				addText: "Legg til steg",
				itemLabel: "Steg",
				fields: [f("", "textarea", "Hva gjør dere i dette steget?", "required")]
			},
			f("recipe.requirements", "textarea", "Hva trengs for å gjøre det samme?", "optional"),
			f("preconditions", "textarea", "Rammebetingelser", "optional", { description: "Forutsetninger et annet kontor må ha på plass." })
		]
	},
	{
		key: "planlagt",
		title: "Planlagte resultater",
		items: [
			{
				kind: "intro",
				text: "Skriv hva dere skal måle før resultatene er kjent. Da kan resultatene holdes opp mot det som var planlagt."
			},
			f("participants.planned", "integer", "Planlagt antall deltakere", "optional", {
				width: "short",
				description: "Hvor mange dere regner med skal delta. Brukes til å regne ut hvor stor forskjell utprøvingen kan påvise, og holdes opp mot det faktiske antallet etterpå."
			}),
			{
				name: "plannedOutcomes",
				kind: "list",
				label: "Planlagte resultatmål",
				requirement: "required",
				addText: "Legg til resultatmål",
				itemLabel: "Resultatmål",
				fields: [
					f("id", "hidden", "Id", "optional"),
					f("measureCode", "select", "Standardmål", "optional", {
						options: MEASURE_OPTIONS,
						emptyOption: "Eget mål"
					}),
					f("name", "text", "Hva skal måles", "required"),
					f("how", "textarea", "Hvordan", "optional"),
					f("followUpMonths", "integer", "Oppfølgingstid i måneder", "optional", { width: "short" }),
					f("expectedShare", "decimal", "Forventet andel uten tiltaket (prosent)", "optional", {
						width: "short",
						description: "For mål som er en andel: hvor mange prosent som ville nådd målet uten utprøvingen. Fylles ut med bankens tall når standardmålet har et."
					})
				]
			}
		]
	},
	{
		key: "resultater",
		title: "Resultater",
		items: [
			{
				kind: "intro",
				text: "Fyll ut når utprøvingen er ferdig, eller når dere har resultater underveis. Feltene må fylles ut når utprøvingen er avsluttet eller avbrutt."
			},
			f("results.outcome", "select", "Resultat", "when-ended", {
				options: OUTCOMES,
				description: "Hvordan gikk det, slik dere vurderer det?"
			}),
			f("results.summary", "textarea", "Oppsummering av resultatene", "optional"),
			f("results.failureReasons", "checkboxes", "Hvorfor virket det ikke?", "conditional", {
				options: FAILURE_REASONS,
				description: "Må fylles ut når resultatet er «Virket ikke» eller «Negativ»."
			}),
			f("results.evaluationDesign", "select", "Hvordan ble resultatene målt?", "when-ended", { options: EVALUATION_DESIGNS }),
			f("results.evaluatedBy", "select", "Hvem evaluerte?", "optional", { options: EVALUATORS }),
			f("results.researchPartner", "text", "Forskningspartner", "conditional", { description: "Må fylles ut når dere evaluerte med en forskningspartner." }),
			{
				name: "results.measures",
				kind: "list",
				label: "Resultatmål med tall",
				requirement: "conditional",
				description: "Må fylles ut når resultatene ble målt.",
				addText: "Legg til resultat",
				itemLabel: "Resultat",
				fields: [
					f("plannedOutcomeId", "planned-outcome", "Planlagt resultatmål", "optional", { emptyOption: "Ikke planlagt (nytt mål)" }),
					f("measureCode", "select", "Standardmål", "optional", {
						options: MEASURE_OPTIONS,
						emptyOption: "Eget mål"
					}),
					f("name", "text", "Navn på målet", "required"),
					f("unit", "select", "Enhet", "required", { options: MEASURE_UNITS }),
					f("value", "decimal", "Tall for utprøvingen", "required", { width: "short" }),
					f("n", "integer", "Antall tallet bygger på", "required", { width: "short" }),
					f("followUpMonths", "integer", "Oppfølgingstid i måneder", "optional", { width: "short" }),
					f("comparison.value", "decimal", "Tall for sammenligningsgruppen", "optional", { width: "short" }),
					f("comparison.n", "integer", "Antall i sammenligningsgruppen", "optional", { width: "short" }),
					f("comparison.description", "text", "Hvem ble dere sammenlignet med?", "optional"),
					f("baseline.value", "decimal", "Tall før utprøvingen", "optional", { width: "short" }),
					f("baseline.description", "text", "Hva tallet før utprøvingen viser", "optional")
				]
			},
			{
				name: "results.notMeasured",
				kind: "list",
				label: "Planlagte mål som ikke ble målt",
				requirement: "optional",
				description: "Ble et planlagt resultatmål ikke målt? Si hvorfor, i stedet for å la det falle bort.",
				addText: "Legg til et mål som ikke ble målt",
				itemLabel: "Ikke målt",
				fields: [f("plannedOutcomeId", "planned-outcome", "Det planlagte målet", "required", { emptyOption: "Velg" }), f("reason", "textarea", "Hvorfor ble det ikke målt?", "required")]
			},
			{
				name: "interimResults",
				kind: "list",
				label: "Delresultater underveis",
				requirement: "optional",
				description: "For en utprøving som pågår: hva dere har sett så langt, med datoen det gjelder.",
				addText: "Legg til delresultat",
				itemLabel: "Delresultat",
				fields: [
					f("date", "date", "Dato", "required", { width: "short" }),
					f("summary", "textarea", "Hva har dere sett så langt?", "required"),
					f("plannedOutcomeId", "planned-outcome", "Gjelder resultatmålet", "optional", { emptyOption: "Ingen bestemt" }),
					f("value", "decimal", "Tall så langt", "optional", { width: "short" }),
					f("n", "integer", "Antall delresultatet bygger på", "optional", { width: "short" })
				]
			},
			{
				kind: "heading",
				text: "Erfaringer"
			},
			f("lessons.whatWorked", "textarea", "Hva fungerte?", "when-ended", { description: "Skriv minst én av de tre erfaringene når utprøvingen er avsluttet." }),
			f("lessons.whatDidNot", "textarea", "Hva fungerte ikke?", "when-ended"),
			f("lessons.doDifferently", "textarea", "Hva ville dere gjort annerledes?", "when-ended"),
			{
				name: "documents",
				kind: "list",
				label: "Dokumenter",
				requirement: "optional",
				addText: "Legg til dokument",
				itemLabel: "Dokument",
				fields: [
					f("title", "text", "Tittel", "required"),
					f("url", "url", "Lenke", "required", { description: "Begynner med https://" }),
					f("kind", "select", "Type", "required", { options: DOCUMENT_KINDS })
				]
			}
		]
	},
	{
		key: "kontakt",
		title: "Kontakt",
		items: [
			f("contact.name", "text", "Kontaktperson", "required"),
			f("contact.email", "email", "E-post på jobb", "required"),
			f("contact.phone", "tel", "Telefon", "optional", { width: "short" })
		]
	}
];
var isField = (item) => item.kind !== "list" && item.kind !== "heading" && item.kind !== "intro" && item.kind !== "derived";
var isList = (item) => item.kind === "list";
/**
* Finds the field a content path belongs to (dotted or JSON pointer). The path may go deeper than a field
* (a list's row, an object's part): the nearest field that holds it answers.
*/
function locate(path) {
	const dotted = path.startsWith("/") ? path.slice(1).split("/").map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~")).join(".") : path;
	let best;
	STEPS.forEach((step, stepIndex) => {
		for (const item of step.items) {
			if (isField(item) && (dotted === item.name || dotted.startsWith(`${item.name}.`))) {
				if (!best || item.name.length > best.def.name.length) best = {
					step,
					stepIndex,
					def: item,
					label: item.label
				};
			}
			if (isList(item) && (dotted === item.name || dotted.startsWith(`${item.name}.`))) {
				const rest = dotted.slice(item.name.length + 1);
				const [indexText, ...tail] = rest ? rest.split(".") : [];
				const index = indexText !== void 0 && /^\d+$/.test(indexText) ? Number(indexText) : void 0;
				const fieldPath = tail.join(".");
				const itemField = index === void 0 ? void 0 : item.fields.find((x) => x.name === fieldPath) ?? item.fields.find((x) => x.name !== "" && fieldPath.startsWith(`${x.name}.`)) ?? (fieldPath === "" ? item.fields.find((x) => x.name === "") : void 0);
				const rowLabel = index === void 0 ? item.label : `${item.itemLabel} ${index + 1}`;
				const label = itemField && itemField.name !== "" ? `${rowLabel}: ${itemField.label}` : rowLabel;
				if (!best || item.name.length >= best.def.name.length) best = {
					step,
					stepIndex,
					def: item,
					...itemField ? { itemField } : {},
					...index !== void 0 ? { index } : {},
					label
				};
			}
		}
	});
	return best;
}
// site/src/pages/utproving/[slug].astro
var _slug__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Slug,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
async function getStaticPaths() {
	const data = await siteData();
	return data.pilots.map((pilot) => ({
		params: { slug: pilot.slug },
		props: { pilot },
		cacheKey: data.pilotPageKey(pilot)
	}));
}
var $$Slug = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Slug;
	const { pilot } = Astro.props;
	const data = await siteData();
	const method = data.methodOf(pilot);
	const officeName = data.officeName(pilot.officeId);
	const results = pilot.results;
	const original = pilot.replicatesPilotId ? data.pilotById.get(pilot.replicatesPilotId) : void 0;
	const copies = data.copiesOf(pilot.id);
	const sameMethod = method ? data.pilotsOfMethod(method.id).filter((p) => p.id !== pilot.id && p.officeId !== pilot.officeId) : [];
	const similar = data.similarTo(pilot);
	const addedNames = new Set(pilot.outcomeSwitch.added.map((a) => a.name));
	const measures = results?.measures ?? [];
	const lessons = pilot.lessons;
	const hasLessons = Boolean(lessons?.whatWorked || lessons?.whatDidNot || lessons?.doDifferently || pilot.preconditions);
	const costPerParticipantLabel = STEPS.flatMap((step) => step.items).find((i) => i.kind === "derived")?.label ?? "";
	const interimLabel = locate("interimResults")?.label ?? "";
	const notMeasuredLabel = locate("results.notMeasured")?.label ?? "";
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": pilot.title,
		"description": pilot.summary
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<article> <header> <p class="aksel-body-short utp-muted"><a class="aksel-link"${addAttribute(urls.office(pilot.officeId), "href")}>${officeName}</a> · <a class="aksel-link"${addAttribute(urls.county(pilot.county), "href")}>${label.county(pilot.county)}</a></p> <h1 class="aksel-heading aksel-heading--xlarge">${pilot.title}</h1> <div class="utp-badges"> ${renderComponent($$result, "VerdictBadge", $$VerdictBadge, {
		"pilot": pilot,
		"size": "medium"
	})} ${renderComponent($$result, "EvidenceBadge", $$EvidenceBadge, {
		"evidence": pilot.evidence,
		"size": "medium"
	})} ${renderComponent($$result, "DirectionBadge", $$DirectionBadge, { "evidence": pilot.evidence })} ${pilot.trialStatus && renderTemplate`<span class="aksel-tag aksel-tag--small" data-color="neutral" data-variant="outline">Status: ${label.status(pilot.trialStatus)}</span>`} </div> ${pilot.summary && renderTemplate`<p class="utp-lead">${pilot.summary}</p>`} </header> <div class="utp-layout utp-layout--aside"> <div> <section class="utp-section" aria-labelledby="fakta"> <h2 id="fakta" class="aksel-heading aksel-heading--medium">Fakta</h2> <dl class="utp-facts"> <dt>Kontor</dt> <dd><a class="aksel-link"${addAttribute(urls.office(pilot.officeId), "href")}>${officeName}</a></dd> ${pilot.partnerOfficeIds.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <dt>Samarbeidskontorer</dt> <dd>${pilot.partnerOfficeIds.map((id, i) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${i > 0 && ", "}<a class="aksel-link"${addAttribute(urls.office(id), "href")}>${data.officeName(id)}</a>` })}`)}</dd> ` })}`} <dt>Periode</dt> <dd>${formatPeriod(pilot.period)}</dd> <dt>Status</dt> <dd>${pilot.trialStatus ? label.status(pilot.trialStatus) : "Ikke oppgitt"}</dd> <dt>Metode</dt> <dd>${method ? renderTemplate`<a class="aksel-link"${addAttribute(urls.method(method.slug), "href")}>${method.name}</a>` : "Ikke knyttet til en metode"}</dd> <dt>Målgrupper</dt> <dd>${pilot.targetGroups.length ? pilot.targetGroups.map((c, i) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${i > 0 && ", "}<a class="aksel-link"${addAttribute(urls.search({ malgruppe: c }), "href")}>${label.targetGroup(c)}</a>` })}`) : "Ikke oppgitt"}</dd> ${pilot.innsatsgrupper.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <dt>Innsatsgrupper</dt> <dd>${pilot.innsatsgrupper.map(label.innsatsgruppe).join(", ")}</dd> ` })}`} <dt>Tiltakstyper</dt> <dd>${pilot.measureTypes.length ? pilot.measureTypes.map((c, i) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${i > 0 && ", "}<a class="aksel-link"${addAttribute(urls.search({ tiltakstype: c }), "href")}>${label.measureType(c)}</a>` })}`) : "Ikke oppgitt"}</dd> <dt>Deltakere</dt> <dd>${formatCount(pilot.participants?.count)}${pilot.participants?.planned !== void 0 && ` (planlagt ${formatCount(pilot.participants.planned)})`}${pilot.participants?.description && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` – ${pilot.participants.description}` })}`}</dd> <dt>Først publisert</dt> <dd>${formatDate(pilot.firstPublishedAt)}</dd> </dl> </section> ${pilot.need && renderTemplate`<section class="utp-section" aria-labelledby="behov"> <h2 id="behov" class="aksel-heading aksel-heading--medium">Behov</h2> <p class="utp-text utp-prewrap">${pilot.need}</p> </section>`} <section class="utp-section" aria-labelledby="metode"> <h2 id="metode" class="aksel-heading aksel-heading--medium">Arbeidsmåte</h2> ${method && renderTemplate`<p>Utprøvingen hører til metoden <a class="aksel-link"${addAttribute(urls.method(method.slug), "href")}>${method.name}</a>.</p>`} ${pilot.methodDescription ? renderTemplate`<p class="utp-text utp-prewrap">${pilot.methodDescription}</p>` : renderTemplate`<p class="utp-muted">Kontoret har ikke beskrevet arbeidsmåten.</p>`} ${pilot.recipe?.steps && pilot.recipe.steps.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <h3 class="aksel-heading aksel-heading--small">Oppskrift: slik gjør du det</h3> <ol class="utp-text">${pilot.recipe.steps.map((step) => renderTemplate`<li>${step}</li>`)}</ol> ` })}`} ${pilot.recipe?.requirements && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <h3 class="aksel-heading aksel-heading--small">Dette trenger du</h3> <p class="utp-text utp-prewrap">${pilot.recipe.requirements}</p> ` })}`} </section> ${pilot.partners.length > 0 && renderTemplate`<section class="utp-section" aria-labelledby="partnere"> <h2 id="partnere" class="aksel-heading aksel-heading--medium">Samarbeidspartnere</h2> <ul class="utp-text"> ${pilot.partners.map((p) => renderTemplate`<li><strong>${p.name}</strong> (${label.partnerType(p.type)})${p.role && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`: ${p.role}` })}`}</li>`)} </ul> </section>`} <section class="utp-section" aria-labelledby="ressurser"> <h2 id="ressurser" class="aksel-heading aksel-heading--medium">Finansiering og ressurser</h2> <dl class="utp-facts"> <dt>Finansiering</dt> <dd>${pilot.funding.length ? pilot.funding.map((f, i) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${i > 0 && "; "}${label.funding(f.source)}${f.amountNok !== void 0 && ` (${formatNok(f.amountNok)})`}${f.note && ` – ${f.note}`}` })}`) : "Ikke oppgitt"}</dd> <dt>Innsats</dt> <dd>${pilot.cost?.staffYears !== void 0 ? `${formatDecimal(pilot.cost.staffYears)} årsverk` : "Ikke oppgitt"}</dd> <dt>Kostnad</dt> <dd>${pilot.cost?.costNok !== void 0 ? formatNok(pilot.cost.costNok) : "Ikke oppgitt"}${pilot.cost?.note && ` – ${pilot.cost.note}`}</dd> ${pilot.costPerParticipantNok !== void 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${costPerParticipantLabel}</dt><dd>${formatNok(pilot.costPerParticipantNok)}</dd>` })}`} </dl> </section> ${(pilot.interimResults?.length || pilot.results?.notMeasured?.length) && renderTemplate`<section class="utp-section" aria-labelledby="underveis"> <h2 id="underveis" class="aksel-heading aksel-heading--medium">Underveis og ikke målt</h2> ${pilot.interimResults?.length ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <h3 class="aksel-heading aksel-heading--small">${interimLabel}</h3> <ul>${pilot.interimResults.map((r) => renderTemplate`<li><strong>${formatDate(r.date)}:</strong> ${r.summary}${r.value !== void 0 && ` (${formatDecimal(r.value)}${r.n !== void 0 ? `, n = ${formatCount(r.n)}` : ""})`}</li>`)}</ul> ` })}` : null} ${pilot.results?.notMeasured?.length ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <h3 class="aksel-heading aksel-heading--small">${notMeasuredLabel}</h3> <ul>${pilot.results.notMeasured.map((n) => renderTemplate`<li><strong>${pilot.plannedOutcomes.find((p) => p.id === n.plannedOutcomeId)?.name ?? "Et planlagt mål"}: ikke målt.</strong> ${n.reason}</li>`)}</ul> ` })}` : null} </section>`} ${renderComponent($$result, "PlanAgainstReport", $$PlanAgainstReport, { "pilot": pilot })} <section class="utp-section" aria-labelledby="resultater"> <h2 id="resultater" class="aksel-heading aksel-heading--medium">Resultater</h2> ${results ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <div class="utp-badges">${renderComponent($$result, "OutcomeBadge", $$OutcomeBadge, {
		"results": results,
		"size": "medium"
	})}</div> ${results.summary && renderTemplate`<p class="utp-text utp-prewrap">${results.summary}</p>`} ${measures.length > 0 && renderTemplate`<div class="utp-table-wrap" tabindex="0" role="region" aria-labelledby="resultater-tabell"> <table class="aksel-table aksel-table--small utp-table"> <caption id="resultater-tabell">Resultatmål med sammenligning</caption> <thead class="aksel-table__header"> <tr class="aksel-table__row"> <th scope="col" class="aksel-table__header-cell">Mål</th> <th scope="col" class="aksel-table__header-cell utp-num">Resultat</th> <th scope="col" class="aksel-table__header-cell utp-num">Antall (n)</th> <th scope="col" class="aksel-table__header-cell utp-num">Oppfølging</th> <th scope="col" class="aksel-table__header-cell">Sammenlignet med</th> </tr> </thead> <tbody class="aksel-table__body"> ${measures.map((m) => renderTemplate`<tr class="aksel-table__row"> <th scope="row" class="aksel-table__header-cell">${m.name}${addedNames.has(m.name) && renderTemplate`<span class="utp-mark"> (ikke planlagt)</span>`}</th> <td class="aksel-table__data-cell utp-num">${formatMeasureValue(m.value, m.unit)}</td> <td class="aksel-table__data-cell utp-num">${formatCount(m.n)}</td> <td class="aksel-table__data-cell utp-num">${m.followUpMonths !== void 0 ? `${m.followUpMonths} mnd.` : "–"}</td> <td class="aksel-table__data-cell">${m.comparison ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${formatMeasureValue(m.comparison.value, m.unit)} (${m.comparison.description}${m.comparison.n !== void 0 && `, n = ${formatCount(m.comparison.n)}`})` })}` : "Ingen sammenligning"}</td> </tr>`)} </tbody> </table> </div>`} <dl class="utp-facts utp-section"> <dt>Evaluering</dt> <dd>${results.evaluationDesign ? label.evaluationDesign(results.evaluationDesign) : "Ikke oppgitt"}${results.evaluatedBy && ` (${label.evaluator(results.evaluatedBy).toLocaleLowerCase("nb")})`}</dd> ${results.researchPartner && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>Forskningspartner</dt><dd>${results.researchPartner}</dd>` })}`} ${results.failureReasons.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <dt>Hvorfor det ikke virket</dt> <dd><ul>${results.failureReasons.map((r) => renderTemplate`<li><a class="aksel-link"${addAttribute(urls.search({ arsak: r }), "href")}>${label.failureReason(r)}</a></li>`)}</ul></dd> ` })}`} </dl> ` })}` : renderTemplate`<p class="utp-muted">Utprøvingen har ikke rapportert resultater ennå.</p>`} </section> <section class="utp-section" aria-labelledby="kunnskapsgrunnlag"> <h2 id="kunnskapsgrunnlag" class="aksel-heading aksel-heading--medium">Kunnskapsgrunnlag</h2> <div class="utp-badges">${renderComponent($$result, "EvidenceBadge", $$EvidenceBadge, {
		"evidence": pilot.evidence,
		"size": "medium"
	})}${renderComponent($$result, "DirectionBadge", $$DirectionBadge, { "evidence": pilot.evidence })}</div> <p class="utp-text">${label.evidenceSummary(pilot.evidence.strength)} <a class="aksel-link"${addAttribute(urls.rubric, "href")}>Slik vurderer vi kunnskapsgrunnlaget</a>.</p> </section> ${hasLessons && renderTemplate`<section class="utp-section" aria-labelledby="erfaringer"> <h2 id="erfaringer" class="aksel-heading aksel-heading--medium">Erfaringer</h2> ${lessons?.whatWorked && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<h3 class="aksel-heading aksel-heading--small">Dette fungerte</h3><p class="utp-text utp-prewrap">${lessons.whatWorked}</p>` })}`} ${lessons?.whatDidNot && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<h3 class="aksel-heading aksel-heading--small">Dette fungerte ikke</h3><p class="utp-text utp-prewrap">${lessons.whatDidNot}</p>` })}`} ${lessons?.doDifferently && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<h3 class="aksel-heading aksel-heading--small">Dette ville vi gjort annerledes</h3><p class="utp-text utp-prewrap">${lessons.doDifferently}</p>` })}`} ${pilot.preconditions && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<h3 class="aksel-heading aksel-heading--small">Rammebetingelser andre kontorer trenger</h3><p class="utp-text utp-prewrap">${pilot.preconditions}</p>` })}`} </section>`} ${pilot.documents.length > 0 && renderTemplate`<section class="utp-section" aria-labelledby="dokumenter"> <h2 id="dokumenter" class="aksel-heading aksel-heading--medium">Dokumenter</h2> <ul class="utp-text"> ${pilot.documents.map((d) => {
		const href = safeHref(d.url);
		return renderTemplate`<li>${href ? renderTemplate`<a class="aksel-link"${addAttribute(href, "href")} rel="noopener noreferrer">${d.title}</a>` : d.title} (${label.documentKind(d.kind).toLocaleLowerCase("nb")})</li>`;
	})} </ul> </section>`} <section class="utp-section" aria-labelledby="kopier"> <h2 id="kopier" class="aksel-heading aksel-heading--medium">Etterfølgere og opphav</h2> ${original ? renderTemplate`<p>Denne utprøvingen er en kopi av <a class="aksel-link"${addAttribute(urls.pilot(original), "href")}>${original.title}</a> ved ${data.officeName(original.officeId)}.</p>` : renderTemplate`<p class="utp-muted">Utprøvingen er ikke en kopi av en annen utprøving i banken.</p>`} ${copies.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <p>Disse kontorene har prøvd den samme utprøvingen etterpå:</p> <ul class="utp-text">${copies.map((c) => renderTemplate`<li><a class="aksel-link"${addAttribute(urls.pilot(c), "href")}>${c.title}</a> (${data.officeName(c.officeId)})</li>`)}</ul> ` })}`} </section> </div> <aside aria-label="Kontakt og neste steg"> <div class="utp-panel utp-panel--accent utp-stack"> <h2 class="aksel-heading aksel-heading--small">Vil du prøve dette?</h2> <p class="aksel-body-short">Start en ny utprøving ved ditt kontor med denne som utgangspunkt. Opphavet blir synlig i metodens slektstre.</p> <a class="aksel-button" data-variant="primary" data-color="accent"${addAttribute(urls.register(pilot.id), "href")}><span class="aksel-label">Vil du prøve dette?</span></a> </div> <div class="utp-panel utp-stack utp-section"> <h2 class="aksel-heading aksel-heading--small">Kontakt</h2> ${pilot.contact?.name || pilot.contact?.email || pilot.contact?.phone ? renderTemplate`<ul class="utp-contact"> ${pilot.contact.name && renderTemplate`<li>${pilot.contact.name}</li>`} <li>${officeName}</li> ${pilot.contact.email && renderTemplate`<li><a class="aksel-link"${addAttribute(`mailto:${pilot.contact.email}`, "href")}>${renderComponent($$result, "Icon", $$Icon, { "name": "envelope" })} ${pilot.contact.email}</a></li>`} ${pilot.contact.phone && renderTemplate`<li>Telefon: ${pilot.contact.phone}</li>`} </ul>` : renderTemplate`<p class="aksel-body-short">Kontakt ${officeName}.</p>`} </div> </aside> </div> <section class="utp-section" aria-labelledby="samme-metode"> <h2 id="samme-metode" class="aksel-heading aksel-heading--medium">Samme metode ved andre kontorer</h2> ${sameMethod.length > 0 ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <ul class="utp-related">${sameMethod.slice(0, 8).map((p) => renderTemplate`${renderComponent($$result, "PilotLink", $$PilotLink, {
		"pilot": p,
		"officeName": data.officeName(p.officeId)
	})}`)}</ul> ${method && renderTemplate`<p><a class="aksel-link"${addAttribute(urls.method(method.slug), "href")}>Alle ${sameMethod.length + 1} utprøvinger av ${method.name}</a></p>`} ` })}` : renderTemplate`<p class="utp-muted">Ingen andre kontorer har publisert en utprøving av denne metoden ennå.</p>`} </section> <section class="utp-section" aria-labelledby="lignende"> <h2 id="lignende" class="aksel-heading aksel-heading--medium">Lignende utprøvinger</h2> <p class="utp-muted">Andre metoder prøvd for de samme målgruppene og tiltakstypene.</p> ${similar.length > 0 ? renderTemplate`<ul class="utp-related">${similar.map((p) => renderTemplate`${renderComponent($$result, "PilotLink", $$PilotLink, {
		"pilot": p,
		"officeName": data.officeName(p.officeId)
	})}`)}</ul>` : renderTemplate`<p class="utp-muted">Fant ingen lignende utprøvinger.</p>`} </section> </article> ` })}`;
}, "/work/wt-plan/site/src/pages/utproving/[slug].astro", void 0);
var $$file = "/work/wt-plan/site/src/pages/utproving/[slug].astro";
var $$url = "/utproving/[slug]";
// \0virtual:astro:page:src/pages/utproving/[slug]@_@astro
var page = () => _slug__exports;
export { page };
