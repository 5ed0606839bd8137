import { evidenceLabel, evidenceLevel } from "../../../shared/domain/evidence.ts";
import { VERDICT_COLOR } from "../../../shared/domain/verdict.ts";
import {
  COUNTIES,
  DOCUMENT_KINDS,
  EVALUATION_DESIGNS,
  EVALUATORS,
  EVIDENCE_DIRECTIONS,
  FAILURE_REASONS,
  FUNDING_SOURCES,
  INNSATSGRUPPER,
  labelOf,
  MEASURE_TYPES,
  OUTCOMES,
  PARTNER_TYPES,
  TARGET_GROUPS,
  TRIAL_STATUSES,
  type EvidenceDirection,
  type Outcome,
} from "../../../shared/domain/taxonomy.ts";

/** Norwegian labels for every code the site shows. */
export const label = {
  county: (c: string) => labelOf(COUNTIES, c),
  status: (c: string) => labelOf(TRIAL_STATUSES, c),
  targetGroup: (c: string) => labelOf(TARGET_GROUPS, c),
  measureType: (c: string) => labelOf(MEASURE_TYPES, c),
  innsatsgruppe: (c: string) => labelOf(INNSATSGRUPPER, c),
  partnerType: (c: string) => labelOf(PARTNER_TYPES, c),
  funding: (c: string) => labelOf(FUNDING_SOURCES, c),
  outcome: (c: string) => labelOf(OUTCOMES, c),
  failureReason: (c: string) => labelOf(FAILURE_REASONS, c),
  evaluationDesign: (c: string) => labelOf(EVALUATION_DESIGNS, c),
  evaluator: (c: string) => labelOf(EVALUATORS, c),
  documentKind: (c: string) => labelOf(DOCUMENT_KINDS, c),
  direction: (c: string) => labelOf(EVIDENCE_DIRECTIONS, c),
  evidence: (strength: number, direction: EvidenceDirection) => evidenceLabel(strength, direction),
  evidenceSummary: (strength: number) => evidenceLevel(strength)?.summary ?? "",
};

/** Aksel colour roles for outcomes, the same as the verdict's; the text always says the same, colour only supports it. */
export const OUTCOME_COLOR: Record<Outcome | "ingen", string> = {
  virket: VERDICT_COLOR.worked,
  delvis: VERDICT_COLOR.mixed,
  "virket-ikke": VERDICT_COLOR["not-worked"],
  negativ: VERDICT_COLOR.harmful,
  "for-tidlig": VERDICT_COLOR.inconclusive,
  ingen: VERDICT_COLOR["no-results"],
};

export const DIRECTION_COLOR: Record<EvidenceDirection, string> = {
  positiv: "success",
  blandet: "warning",
  ingen: "neutral",
  negativ: "danger",
  uavklart: "info",
};
