import { F as EVIDENCE_DIRECTIONS, G as labelOf, H as PARTNER_TYPES, I as FAILURE_REASONS, L as FUNDING_SOURCES, M as DOCUMENT_KINDS, N as EVALUATION_DESIGNS, P as EVALUATORS, R as INNSATSGRUPPER, U as TARGET_GROUPS, V as OUTCOMES, W as TRIAL_STATUSES, j as COUNTIES, o as evidenceLabel, s as evidenceLevel, w as VERDICT_COLOR, z as MEASURE_TYPES } from "./aggregates_Ij4fX8Et.mjs";
// site/src/lib/labels.ts
/** Norwegian labels for every code the site shows. */
var label = {
	county: (c) => labelOf(COUNTIES, c),
	status: (c) => labelOf(TRIAL_STATUSES, c),
	targetGroup: (c) => labelOf(TARGET_GROUPS, c),
	measureType: (c) => labelOf(MEASURE_TYPES, c),
	innsatsgruppe: (c) => labelOf(INNSATSGRUPPER, c),
	partnerType: (c) => labelOf(PARTNER_TYPES, c),
	funding: (c) => labelOf(FUNDING_SOURCES, c),
	outcome: (c) => labelOf(OUTCOMES, c),
	failureReason: (c) => labelOf(FAILURE_REASONS, c),
	evaluationDesign: (c) => labelOf(EVALUATION_DESIGNS, c),
	evaluator: (c) => labelOf(EVALUATORS, c),
	documentKind: (c) => labelOf(DOCUMENT_KINDS, c),
	direction: (c) => labelOf(EVIDENCE_DIRECTIONS, c),
	evidence: (strength, direction) => evidenceLabel(strength, direction),
	evidenceSummary: (strength) => evidenceLevel(strength)?.summary ?? ""
};
/** Aksel colour roles for outcomes, the same as the verdict's; the text always says the same, colour only supports it. */
var OUTCOME_COLOR = {
	virket: VERDICT_COLOR.worked,
	delvis: VERDICT_COLOR.mixed,
	"virket-ikke": VERDICT_COLOR["not-worked"],
	negativ: VERDICT_COLOR.harmful,
	"for-tidlig": VERDICT_COLOR.inconclusive,
	ingen: VERDICT_COLOR["no-results"]
};
var DIRECTION_COLOR = {
	positiv: "success",
	blandet: "warning",
	ingen: "neutral",
	negativ: "danger",
	uavklart: "info"
};
export { OUTCOME_COLOR as n, label as r, DIRECTION_COLOR as t };
