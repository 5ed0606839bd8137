import * as z from "zod/mini";
import {
  codes,
  COUNTIES,
  DOCUMENT_KINDS,
  EVALUATION_DESIGNS,
  EVALUATORS,
  EVIDENCE_DIRECTIONS,
  FAILURE_REASONS,
  FUNDING_SOURCES,
  INNSATSGRUPPER,
  MEASURE_TYPES,
  MEASURE_UNITS,
  OUTCOMES,
  PARTNER_TYPES,
  PILOT_STATES,
  TARGET_GROUPS,
  TRIAL_STATUSES,
} from "./taxonomy.ts";
import { STANDARD_MEASURES } from "./outcome-measures.ts";

/**
 * The taxonomy's codes as schemas, and the curator's evidence rating: small schemas that offices, methods,
 * notices and reviews use without importing the trial's own schema, which is large.
 */
export const CountyCode = z.enum(codes(COUNTIES));
export const TrialStatusCode = z.enum(codes(TRIAL_STATUSES));
export const TargetGroupCode = z.enum(codes(TARGET_GROUPS));
export const MeasureTypeCode = z.enum(codes(MEASURE_TYPES));
export const InnsatsgruppeCode = z.enum(codes(INNSATSGRUPPER));
export const PartnerTypeCode = z.enum(codes(PARTNER_TYPES));
export const FundingSourceCode = z.enum(codes(FUNDING_SOURCES));
export const OutcomeCode = z.enum(codes(OUTCOMES));
export const FailureReasonCode = z.enum(codes(FAILURE_REASONS));
export const EvaluationDesignCode = z.enum(codes(EVALUATION_DESIGNS));
export const EvaluatorCode = z.enum(codes(EVALUATORS));
export const DocumentKindCode = z.enum(codes(DOCUMENT_KINDS));
export const MeasureUnitCode = z.enum(codes(MEASURE_UNITS));
export const EvidenceDirectionCode = z.enum(codes(EVIDENCE_DIRECTIONS));
export const PilotStateCode = z.enum(codes(PILOT_STATES));
export const StandardMeasureCode = z.enum(STANDARD_MEASURES.map((m) => m.code) as [string, ...string[]]);

export const EvidenceRatingSchema = z.strictObject({
  strength: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: "Velg et nivå fra 1 til 4" }),
  direction: EvidenceDirectionCode,
});
export type EvidenceRating = z.infer<typeof EvidenceRatingSchema>;
