import * as z from "zod/mini";
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
  PilotContentSchema,
} from "../pilot.ts";
import { publicFields } from "../forms/pilot-form.ts";
import { IsoDateTime, LocalId, Slug, Ulid } from "../fields.ts";
import { HIDDEN_FIGURE_LABEL, PEOPLE_FIGURE_THRESHOLD, PeopleCountSchema, PeopleFigureSchema, type PeopleFigure } from "./people-figure.ts";
import { measureEffect } from "./trial-effects.ts";
import { lazySchema } from "../lazy-schema.ts";

/** How public output shows a figure about fewer than 5 people (see people-figure.ts). */
export const SMALL_COUNT_LABEL = HIDDEN_FIGURE_LABEL;
export const SMALL_COUNT_THRESHOLD = PEOPLE_FIGURE_THRESHOLD;

/*
 * Reading a public record also holds it to the rule: a figure whose n is hidden is hidden, and a comparison
 * or interim figure without its n is left out. The projection never writes anything else; these repair
 * records stored before the rule covered every field, and only ever hide.
 */
/** Whether a figure with this public n rests on fewer than 5 people (a hidden n, or a nonzero figure from nobody). */
function restsOnFew(n: PeopleFigure | undefined, value: PeopleFigure): boolean {
  return n === HIDDEN_FIGURE_LABEL || (n === 0 && value !== 0);
}

const PublicComparisonSchema = lazySchema(() =>
  z
    .strictObject({
      value: PeopleFigureSchema,
      /** The standard deviation of a mean, hidden like the figure. */
      sd: z.optional(PeopleFigureSchema),
      n: z.optional(PeopleCountSchema),
      description: z.string(),
    })
    .check(
      z.overwrite((c) => (restsOnFew(c.n, c.value) ? { ...c, value: HIDDEN_FIGURE_LABEL, ...(c.sd !== undefined ? { sd: HIDDEN_FIGURE_LABEL } : {}) } : c)),
    ),
);

/**
 * A measure's effect, derived from the figures shown (never stored on its own): the difference from the
 * comparison group with its 95 % interval (Newcombe for shares, in percentage points; the mean difference
 * where both standard deviations are given), or, without a comparison, the share with Wilson's interval.
 */
export const PublicEffectSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({
      kind: z
        .enum(["risk-difference", "mean-difference"])
        .register(z.globalRegistry, { description: "risk-difference: prosentpoeng; mean-difference: målets enhet" }),
      difference: z.number().register(z.globalRegistry, { description: "Utprøvingen minus sammenligningsgruppen" }),
      lower: z.number().register(z.globalRegistry, { description: "Nedre grense, 95 % konfidensintervall" }),
      upper: z.number().register(z.globalRegistry, { description: "Øvre grense, 95 % konfidensintervall" }),
    }),
    z.strictObject({
      kind: z.literal("share").register(z.globalRegistry, { description: "Andelen uten sammenligning, med Wilsons 95 % intervall" }),
      share: z.number(),
      lower: z.number(),
      upper: z.number(),
    }),
  ])
  .register(z.globalRegistry, { id: "MeasureEffect" });
export type PublicEffect = z.infer<typeof PublicEffectSchema>;

function publicEffect(m: Parameters<typeof measureEffect>[0]): PublicEffect | undefined {
  const effect = measureEffect(m);
  if (!effect) return undefined;
  return effect.kind === "share"
    ? { kind: "share", share: effect.share, lower: effect.lower, upper: effect.upper }
    : { kind: effect.kind, difference: effect.difference, lower: effect.lower, upper: effect.upper };
}

export const PublicMeasureSchema = lazySchema(() =>
  z
    .strictObject({
      plannedOutcomeId: z.optional(LocalId),
      measureCode: z.optional(StandardMeasureCode),
      name: z.string(),
      unit: MeasureUnitCode,
      value: PeopleFigureSchema,
      /** The standard deviation of a mean (days, a scale), hidden like the figure. */
      sd: z.optional(PeopleFigureSchema),
      n: PeopleCountSchema,
      followUpMonths: z.optional(z.int()),
      comparison: z.optional(PublicComparisonSchema),
      baseline: z.optional(z.strictObject({ value: PeopleFigureSchema, sd: z.optional(PeopleFigureSchema), description: z.string() })),
      effect: z.optional(PublicEffectSchema),
    })
    .check(
      z.overwrite(({ comparison, effect: _derived, ...m }) => {
        const shown = {
          ...m,
          value: restsOnFew(m.n, m.value) ? HIDDEN_FIGURE_LABEL : m.value,
          ...(m.sd !== undefined ? { sd: restsOnFew(m.n, m.sd) || restsOnFew(m.n, m.value) ? HIDDEN_FIGURE_LABEL : m.sd } : {}),
          ...(m.baseline
            ? {
                baseline: {
                  ...m.baseline,
                  value: restsOnFew(m.n, m.baseline.value) ? HIDDEN_FIGURE_LABEL : m.baseline.value,
                  ...(m.baseline.sd !== undefined ? { sd: restsOnFew(m.n, m.baseline.value) ? HIDDEN_FIGURE_LABEL : m.baseline.sd } : {}),
                },
              }
            : {}),
          ...(comparison?.n !== undefined ? { comparison } : {}),
        };
        // The effect is worked out again from what is shown, so it can never rest on a hidden figure.
        const effect = publicEffect(shown);
        return effect ? { ...shown, effect } : shown;
      }),
    ),
);

export type PublicMeasure = z.infer<typeof PublicMeasureSchema>;

const PublicInterimResultSchema = lazySchema(() =>
  z
    .strictObject({
      date: z.iso.date(),
      summary: z.string(),
      plannedOutcomeId: z.optional(LocalId),
      value: z.optional(PeopleFigureSchema),
      n: z.optional(PeopleCountSchema),
    })
    .check(
      z.overwrite(({ value, ...r }) => (value === undefined || r.n === undefined ? r : { ...r, value: restsOnFew(r.n, value) ? HIDDEN_FIGURE_LABEL : value })),
    ),
);

/** Planned outcomes held against the reported ones: what was dropped and what was added. */
export const OutcomeSwitchSchema = lazySchema(() =>
  z.strictObject({
    /** Planned outcomes with no reported measure. */
    dropped: z.array(z.strictObject({ id: LocalId, name: z.string() })),
    /** Reported measures that were not planned. */
    added: z.array(z.strictObject({ name: z.string() })),
  }),
);
export type OutcomeSwitch = z.infer<typeof OutcomeSwitchSchema>;

/** The public record's fields with their own public form (figures about people, lists always present). */
const publicPilotShape = () => ({
  id: Ulid,
  slug: Slug,
  title: z.string(),
  summary: z.optional(z.string()),
  need: z.optional(z.string()),
  officeId: Slug,
  partnerOfficeIds: z.array(Slug),
  county: CountyCode,
  period: z.optional(PeriodSchema),
  trialStatus: z.optional(TrialStatusCode),
  methodId: z.optional(Slug),
  methodDescription: z.optional(z.string()),
  targetGroups: z.array(TargetGroupCode),
  innsatsgrupper: z.array(InnsatsgruppeCode),
  measureTypes: z.array(MeasureTypeCode),
  partners: z.array(PartnerSchema),
  funding: z.array(FundingSchema),
  participants: z.optional(
    z.strictObject({ count: z.optional(PeopleCountSchema), planned: z.optional(PeopleCountSchema), description: z.optional(z.string()) }),
  ),
  cost: z.optional(CostSchema),
  recipe: z.optional(RecipeSchema),
  plannedOutcomes: z.array(PlannedOutcomeSchema),
  results: z.optional(
    z.strictObject({
      outcome: OutcomeCode,
      summary: z.optional(z.string()),
      measures: z.array(PublicMeasureSchema),
      notMeasured: z.optional(z.array(NotMeasuredSchema)),
      failureReasons: z.array(FailureReasonCode),
      evaluationDesign: z.optional(EvaluationDesignCode),
      evaluatedBy: z.optional(EvaluatorCode),
      researchPartner: z.optional(z.string()),
    }),
  ),
  /** Results reported while the trial ran, each with its date; a figure without its n is left out, one from fewer than 5 is "færre enn 5". */
  interimResults: z.optional(z.array(PublicInterimResultSchema)),
  /** Total cost divided by participants; left out when there are fewer than 5 (it would reveal the count). */
  costPerParticipantNok: z.optional(z.int().check(z.minimum(0)).brand<"PeopleFigure">()),
  outcomeSwitch: OutcomeSwitchSchema,
  lessons: z.optional(LessonsSchema),
  preconditions: z.optional(z.string()),
  documents: z.array(DocumentSchema),
  contact: z.optional(ContactSchema),
  replicatesPilotId: z.optional(Ulid),
  evidence: EvidenceRatingSchema,
  firstPublishedAt: IsoDateTime,
  publishedAt: IsoDateTime,
  /** When this public record last changed (a new revision published, a rating or method changed). */
  updatedAt: IsoDateTime,
});

/**
 * Public fields of the registry (pilot-form.ts) that the shape above does not name: each is read as the
 * content schema reads it. A field made public in the registry is thus accepted here without another edit;
 * pages, open data and search reach it through the registry, not through this type.
 */
function registeredShape(shown: object) {
  return Object.fromEntries(
    [...new Set(publicFields().map((def) => def.name.split(".")[0] as string))]
      .filter((key) => !(key in shown) && key in PilotContentSchema.shape)
      .map((key) => [key, z.optional(PilotContentSchema.shape[key as keyof typeof PilotContentSchema.shape])]),
  );
}

/**
 * A published trial as it leaves the database: no review comments, no revision authors, no drafts, and
 * counts below 5 shown as "færre enn 5". Names of offices and methods are resolved from their exports.
 */
export const PublicPilotSchema = lazySchema(() => {
  const shown = publicPilotShape();
  return z.strictObject({ ...shown, ...(registeredShape(shown) as Record<never, never>) });
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
