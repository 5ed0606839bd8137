import * as z from "zod";
import {
  ContactSchema,
  CostSchema,
  CountyCode,
  DocumentSchema,
  EvidenceRatingSchema,
  FundingSchema,
  InnsatsgruppeCode,
  LessonsSchema,
  MeasureTypeCode,
  OutcomeCode,
  FailureReasonCode,
  EvaluationDesignCode,
  EvaluatorCode,
  PartnerSchema,
  PeriodSchema,
  PlannedOutcomeSchema,
  RecipeSchema,
  TargetGroupCode,
  TrialStatusCode,
  MeasureUnitCode,
  NotMeasuredSchema,
  StandardMeasureCode,
} from "../domain/pilot.ts";
import { IsoDateTime, LocalId, Slug, Ulid } from "../domain/fields.ts";

/** How public output shows a count below the threshold, so nobody in a small trial can be recognised. */
export const SMALL_COUNT_LABEL = "færre enn 5";
export const SMALL_COUNT_THRESHOLD = 5;

export const PublicCountSchema = z.union([z.int().min(SMALL_COUNT_THRESHOLD), z.literal(0), z.literal(SMALL_COUNT_LABEL)]);
export type PublicCount = z.infer<typeof PublicCountSchema>;

/**
 * A measured figure as public output may show it: the number, or "færre enn 5" when it is a count of
 * people below 5 or a share, mean or rate computed from fewer than 5 people.
 */
export const PublicFigureSchema = z.union([z.number(), z.literal(SMALL_COUNT_LABEL)]);
export type PublicFigure = z.infer<typeof PublicFigureSchema>;

const PublicComparisonSchema = z.strictObject({
  value: PublicFigureSchema,
  n: PublicCountSchema.optional(),
  description: z.string(),
});

const PublicMeasureSchema = z.strictObject({
  plannedOutcomeId: LocalId.optional(),
  measureCode: StandardMeasureCode.optional(),
  name: z.string(),
  unit: MeasureUnitCode,
  value: PublicFigureSchema,
  n: PublicCountSchema,
  followUpMonths: z.int().optional(),
  comparison: PublicComparisonSchema.optional(),
  baseline: z.strictObject({ value: PublicFigureSchema, description: z.string() }).optional(),
});

/** Planned outcomes held against the reported ones: what was dropped and what was added. */
export const OutcomeSwitchSchema = z.strictObject({
  /** Planned outcomes with no reported measure. */
  dropped: z.array(z.strictObject({ id: LocalId, name: z.string() })),
  /** Reported measures that were not planned. */
  added: z.array(z.strictObject({ name: z.string() })),
});
export type OutcomeSwitch = z.infer<typeof OutcomeSwitchSchema>;

/**
 * A published trial as it leaves the database: no review comments, no revision authors, no drafts, and
 * counts below 5 shown as "færre enn 5". Names of offices and methods are resolved from their exports.
 */
export const PublicPilotSchema = z.strictObject({
  id: Ulid,
  slug: Slug,
  title: z.string(),
  summary: z.string().optional(),
  need: z.string().optional(),
  officeId: Slug,
  partnerOfficeIds: z.array(Slug),
  county: CountyCode,
  period: PeriodSchema.optional(),
  trialStatus: TrialStatusCode.optional(),
  methodId: Slug.optional(),
  methodDescription: z.string().optional(),
  targetGroups: z.array(TargetGroupCode),
  innsatsgrupper: z.array(InnsatsgruppeCode),
  measureTypes: z.array(MeasureTypeCode),
  partners: z.array(PartnerSchema),
  funding: z.array(FundingSchema),
  participants: z.strictObject({ count: PublicCountSchema.optional(), planned: PublicCountSchema.optional(), description: z.string().optional() }).optional(),
  cost: CostSchema.optional(),
  recipe: RecipeSchema.optional(),
  plannedOutcomes: z.array(PlannedOutcomeSchema),
  results: z
    .strictObject({
      outcome: OutcomeCode,
      summary: z.string().optional(),
      measures: z.array(PublicMeasureSchema),
      notMeasured: z.array(NotMeasuredSchema).optional(),
      failureReasons: z.array(FailureReasonCode),
      evaluationDesign: EvaluationDesignCode.optional(),
      evaluatedBy: EvaluatorCode.optional(),
      researchPartner: z.string().optional(),
    })
    .optional(),
  /** Results reported while the trial ran, each with its date; counts below 5 suppressed. */
  interimResults: z
    .array(z.strictObject({ date: z.iso.date(), summary: z.string(), plannedOutcomeId: LocalId.optional(), value: z.number().optional(), n: PublicCountSchema.optional() }))
    .optional(),
  /** Total cost divided by participants; left out when there are fewer than 5 (it would reveal the count). */
  costPerParticipantNok: z.int().min(0).optional(),
  outcomeSwitch: OutcomeSwitchSchema,
  lessons: LessonsSchema.optional(),
  preconditions: z.string().optional(),
  documents: z.array(DocumentSchema),
  contact: ContactSchema.optional(),
  replicatesPilotId: Ulid.optional(),
  evidence: EvidenceRatingSchema,
  firstPublishedAt: IsoDateTime,
  publishedAt: IsoDateTime,
  /** When this public record last changed (a new revision published, a rating or method changed). */
  updatedAt: IsoDateTime,
});
export type PublicPilot = z.infer<typeof PublicPilotSchema>;

/** What the export returns for a trial that has left it (withdrawn), when asked for changes. */
export const PublicTombstoneSchema = z.strictObject({
  id: Ulid,
  slug: Slug,
  deleted: z.literal(true),
  deletedAt: IsoDateTime,
});
export type PublicTombstone = z.infer<typeof PublicTombstoneSchema>;
