import * as z from "zod/mini";
import { ENDED_TRIAL_STATUSES, NOT_WORKED_OUTCOMES } from "./taxonomy.ts";
import { standardMeasure } from "./outcome-measures.ts";
import { Figure, freeText, IsoDate, IsoDateTime, LocalId, NonNegativeInt, requiredText, Slug, Ulid, UserRefSchema, WebLink, WorkEmail } from "./fields.ts";
import { REQUIRED_MESSAGE } from "./messages.ts";
import { lazySchema } from "./lazy-schema.ts";

import {
  CountyCode,
  TrialStatusCode,
  TargetGroupCode,
  MeasureTypeCode,
  InnsatsgruppeCode,
  PartnerTypeCode,
  FundingSourceCode,
  OutcomeCode,
  FailureReasonCode,
  EvaluationDesignCode,
  EvaluatorCode,
  DocumentKindCode,
  MeasureUnitCode,
  PilotStateCode,
  StandardMeasureCode,
  EvidenceRatingSchema,
} from "./codes.ts";

/** The codes are part of the trial's vocabulary: whoever imports the trial's schema has them from here too. */
export * from "./codes.ts";

const FAILURE_REASONS_MAX = 7;
const TARGET_GROUPS_MAX = 10;
const MEASURE_TYPES_MAX = 14;

const uniqueList = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.array(item).check(
    z.maxLength(max),
    z.refine((list) => new Set(list).size === list.length, { error: "Samme valg står flere ganger" }),
  );

export const PeriodSchema = lazySchema(() =>
  z
    .strictObject({
      start: z.optional(IsoDate),
      end: z.optional(IsoDate),
    })
    .check(z.refine((p) => !p.start || !p.end || p.end >= p.start, { error: "Sluttdato kan ikke være før startdato", path: ["end"] })),
);

export const PartnerSchema = lazySchema(() =>
  z.strictObject({
    name: requiredText(200),
    type: PartnerTypeCode,
    role: z.optional(freeText(1000)),
  }),
);

export const FundingSchema = lazySchema(() =>
  z.strictObject({
    source: FundingSourceCode,
    amountNok: z.optional(NonNegativeInt(10_000_000_000)),
    note: z.optional(freeText(500)),
  }),
);

export const ParticipantsSchema = lazySchema(() =>
  z.strictObject({
    /** The number of participants, as an aggregate only. */
    count: z.optional(NonNegativeInt(1_000_000)),
    /** How many were planned to take part, registered at the start (held against the count afterwards). */
    planned: z.optional(NonNegativeInt(1_000_000)),
    description: z.optional(freeText(1000)),
  }),
);

export const CostSchema = lazySchema(() =>
  z.strictObject({
    /** Staff effort in full-time equivalents (årsverk). */
    staffYears: z.optional(Figure(0, 10_000)),
    costNok: z.optional(NonNegativeInt(10_000_000_000)),
    /** The staff effort planned at the start, in full-time equivalents. */
    plannedStaffYears: z.optional(Figure(0, 10_000)),
    /** The cost planned at the start (the budget), in kroner. */
    plannedCostNok: z.optional(NonNegativeInt(10_000_000_000)),
    note: z.optional(freeText(2000)),
  }),
);

export const RecipeSchema = lazySchema(() =>
  z.strictObject({
    steps: z.optional(z.array(requiredText(2000)).check(z.maxLength(40))),
    requirements: z.optional(freeText(4000)),
  }),
);

export const PlannedOutcomeSchema = lazySchema(() =>
  z.strictObject({
    id: LocalId,
    measureCode: z.optional(StandardMeasureCode),
    name: requiredText(200),
    how: z.optional(freeText(1000)),
    followUpMonths: z.optional(NonNegativeInt(120)),
    /** For a share: the share expected without the trial, in percent, from which the detectable difference is worked out. */
    expectedShare: z.optional(Figure(0, 100)),
  }),
);

/** A standard deviation beside a mean, so a mean difference can carry its uncertainty. */
const StandardDeviation = Figure(0, 1_000_000_000);

export const ComparisonSchema = lazySchema(() =>
  z.strictObject({
    value: Figure(-1_000_000_000, 1_000_000_000),
    /** The standard deviation, when the figure is a mean. */
    sd: z.optional(StandardDeviation),
    n: z.optional(NonNegativeInt(10_000_000)),
    description: requiredText(500),
  }),
);

export const BaselineSchema = lazySchema(() =>
  z.strictObject({
    /** The figure before the trial (before–after designs). */
    value: Figure(-1_000_000_000, 1_000_000_000),
    /** The standard deviation, when the figure is a mean. */
    sd: z.optional(StandardDeviation),
    description: requiredText(500),
  }),
);

export const ResultMeasureSchema = lazySchema(() =>
  z
    .strictObject({
      plannedOutcomeId: z.optional(LocalId),
      measureCode: z.optional(StandardMeasureCode),
      name: requiredText(200),
      unit: MeasureUnitCode,
      value: Figure(-1_000_000_000, 1_000_000_000),
      /** The standard deviation, when the figure is a mean (days, a scale). */
      sd: z.optional(StandardDeviation),
      /** The number of participants the figure is based on. */
      n: NonNegativeInt(10_000_000),
      followUpMonths: z.optional(NonNegativeInt(120)),
      comparison: z.optional(ComparisonSchema),
      baseline: z.optional(BaselineSchema),
    })
    .check(
      z.refine((m) => !m.measureCode || standardMeasure(m.measureCode)?.unit === m.unit, {
        error: "Enheten må være den standardmålet bruker",
        path: ["unit"],
      }),
    ),
);

/** A planned outcome that was not measured, with the reason: reported, never silently dropped. */
export const NotMeasuredSchema = lazySchema(() =>
  z.strictObject({
    plannedOutcomeId: LocalId,
    reason: requiredText(1000),
  }),
);

/** A result reported while the trial is still running (delresultat), with the date it describes. */
export const InterimResultSchema = lazySchema(() =>
  z.strictObject({
    date: IsoDate,
    summary: requiredText(2000),
    plannedOutcomeId: z.optional(LocalId),
    value: z.optional(Figure(-1_000_000_000, 1_000_000_000)),
    /** The number of participants the figure is based on. */
    n: z.optional(NonNegativeInt(10_000_000)),
  }),
);

export const ResultsSchema = lazySchema(() =>
  z.strictObject({
    outcome: OutcomeCode,
    summary: z.optional(freeText(4000)),
    measures: z.optional(z.array(ResultMeasureSchema).check(z.maxLength(30))),
    notMeasured: z.optional(z.array(NotMeasuredSchema).check(z.maxLength(20))),
    failureReasons: z.optional(uniqueList(FailureReasonCode, FAILURE_REASONS_MAX)),
    evaluationDesign: z.optional(EvaluationDesignCode),
    evaluatedBy: z.optional(EvaluatorCode),
    researchPartner: z.optional(freeText(200)),
  }),
);

export const LessonsSchema = lazySchema(() =>
  z.strictObject({
    whatWorked: z.optional(freeText(4000)),
    whatDidNot: z.optional(freeText(4000)),
    doDifferently: z.optional(freeText(4000)),
  }),
);

export const DocumentSchema = lazySchema(() =>
  z.strictObject({
    title: requiredText(200),
    url: WebLink,
    kind: DocumentKindCode,
  }),
);

export const ContactSchema = lazySchema(() =>
  z.strictObject({
    name: z.optional(freeText(200)),
    email: z.optional(WorkEmail),
    phone: z.optional(z.string().check(z.trim(), z.regex(/^\+?[0-9 ]{8,15}$/, { error: "Skriv et gyldig telefonnummer" }))),
  }),
);

/**
 * What an office writes about its trial. A draft may be this incomplete: only the title is required.
 * `PilotCompleteSchema` adds what a submitted trial must hold.
 */
export const PilotContentSchema = lazySchema(() =>
  z.strictObject({
    title: z.pipe(requiredText(200), z.string().check(z.minLength(3))),
    summary: z.optional(freeText(1000)),
    need: z.optional(freeText(4000)),
    partnerOfficeIds: z.optional(uniqueList(Slug, 20)),
    period: z.optional(PeriodSchema),
    trialStatus: z.optional(TrialStatusCode),
    methodDescription: z.optional(freeText(8000)),
    /** The shared method the office believes this is; curators confirm or change it when publishing. */
    methodId: z.optional(Slug),
    targetGroups: z.optional(uniqueList(TargetGroupCode, TARGET_GROUPS_MAX)),
    innsatsgrupper: z.optional(uniqueList(InnsatsgruppeCode, 4)),
    measureTypes: z.optional(uniqueList(MeasureTypeCode, MEASURE_TYPES_MAX)),
    partners: z.optional(z.array(PartnerSchema).check(z.maxLength(30))),
    funding: z.optional(z.array(FundingSchema).check(z.maxLength(10))),
    participants: z.optional(ParticipantsSchema),
    cost: z.optional(CostSchema),
    recipe: z.optional(RecipeSchema),
    plannedOutcomes: z.optional(
      z.array(PlannedOutcomeSchema).check(
        z.maxLength(20),
        z.refine((list) => new Set(list.map((o) => o.id)).size === list.length, { error: "To planlagte resultatmål har samme id" }),
      ),
    ),
    results: z.optional(ResultsSchema),
    interimResults: z.optional(z.array(InterimResultSchema).check(z.maxLength(20))),
    lessons: z.optional(LessonsSchema),
    preconditions: z.optional(freeText(4000)),
    documents: z.optional(z.array(DocumentSchema).check(z.maxLength(30))),
    contact: z.optional(ContactSchema),
    /** The trial this one copies ("Vil du prøve dette?"). */
    replicatesPilotId: z.optional(Ulid),
  }),
);
export type PilotContent = z.infer<typeof PilotContentSchema>;
/** What the client sends: the content before trimming and defaults. */
export type PilotContentInput = z.input<typeof PilotContentSchema>;

type Path = (string | number)[];

/** The rules a submitted trial must meet on top of the content schema; each miss names its field. */
export function completenessIssues(p: PilotContent): { path: Path; message: string }[] {
  const issues: { path: Path; message: string }[] = [];
  const need = (ok: unknown, path: Path, message = REQUIRED_MESSAGE) => {
    const present = Array.isArray(ok) ? ok.length > 0 : typeof ok === "string" ? ok.trim().length > 0 : ok !== undefined && ok !== null && ok !== false;
    if (!present) issues.push({ path, message });
  };
  need(p.summary, ["summary"], "Skriv et kort sammendrag");
  need(p.need, ["need"], "Beskriv behovet utprøvingen svarer på");
  need(p.period?.start, ["period", "start"], "Oppgi startdato");
  need(p.trialStatus, ["trialStatus"], "Velg status for utprøvingen");
  need(p.methodDescription, ["methodDescription"], "Beskriv arbeidsmåten");
  need(p.targetGroups, ["targetGroups"], "Velg minst én målgruppe");
  need(p.measureTypes, ["measureTypes"], "Velg minst én tiltakstype, eller «Ingen tiltakstype»");
  need(p.funding, ["funding"], "Oppgi minst én finansieringskilde");
  need(p.cost?.staffYears, ["cost", "staffYears"], "Oppgi omtrentlig innsats i årsverk");
  need(p.recipe?.steps, ["recipe", "steps"], "Beskriv minst ett steg i oppskriften");
  need(p.plannedOutcomes, ["plannedOutcomes"], "Legg til minst ett planlagt resultatmål");
  need(p.contact?.name, ["contact", "name"], "Oppgi navn på kontaktperson");
  need(p.contact?.email, ["contact", "email"], "Oppgi e-postadressen til kontaktpersonen");
  if (p.measureTypes && p.measureTypes.includes("ingen") && p.measureTypes.length > 1) {
    issues.push({ path: ["measureTypes"], message: "«Ingen tiltakstype» kan ikke kombineres med andre tiltakstyper" });
  }

  const ended = p.trialStatus !== undefined && ENDED_TRIAL_STATUSES.includes(p.trialStatus);
  if (ended) {
    need(p.period?.end, ["period", "end"], "Oppgi sluttdato for en avsluttet utprøving");
    need(p.participants?.count, ["participants", "count"], "Oppgi antall deltakere");
    const r = p.results;
    if (!r) {
      issues.push({ path: ["results"], message: "En avsluttet eller avbrutt utprøving må ha resultater" });
    } else {
      need(r.evaluationDesign, ["results", "evaluationDesign"], "Velg hvordan resultatene ble målt");
      if (r.evaluationDesign && r.evaluationDesign !== "ingen") {
        need(r.measures, ["results", "measures"], "Legg til minst ett resultatmål med tall");
      }
      if (NOT_WORKED_OUTCOMES.includes(r.outcome)) {
        need(r.failureReasons, ["results", "failureReasons"], "Velg minst én grunn til at det ikke virket");
      }
      if (r.evaluatedBy === "forskningspartner") {
        need(r.researchPartner, ["results", "researchPartner"], "Oppgi forskningspartneren");
      }
    }
    need(p.lessons?.whatWorked || p.lessons?.whatDidNot || p.lessons?.doDifferently, ["lessons", "whatDidNot"], "Skriv hvilke erfaringer dere gjorde");
  }
  return issues;
}

/** A trial that can be submitted: the content schema plus every rule in `completenessIssues`. */
export const PilotCompleteSchema = lazySchema(() =>
  PilotContentSchema.check(
    z.superRefine((p, ctx) => {
      for (const issue of completenessIssues(p)) {
        ctx.addIssue({ code: "custom", path: issue.path, message: issue.message, input: undefined });
      }
    }),
  ),
);

export type UserRef = z.infer<typeof UserRefSchema>;

/** The stored trial as the API returns it to its office and to curators. */
export const PilotSchema = lazySchema(() =>
  z.strictObject({
    id: Ulid,
    slug: Slug,
    officeId: Slug,
    county: CountyCode,
    state: PilotStateCode,
    version: z.int().check(z.minimum(1)),
    createdAt: IsoDateTime,
    createdBy: UserRefSchema,
    updatedAt: IsoDateTime,
    updatedBy: UserRefSchema,
    stateChangedAt: IsoDateTime,
    submittedAt: z.optional(IsoDateTime),
    publishedAt: z.optional(IsoDateTime),
    firstPublishedAt: z.optional(IsoDateTime),
    /** The revision whose content is public; kept while a newer edit waits for review. */
    publishedVersion: z.optional(z.int().check(z.minimum(1))),
    /** A published trial whose office has edited it since: the edit waits for a curator. */
    hasPendingChanges: z.optional(z.boolean()),
    evidence: z.optional(EvidenceRatingSchema),
    /** The shared method, as decided by a curator. */
    methodId: z.optional(Slug),
    /** The curators' latest comment to the office (request for changes, withdrawal reason). */
    reviewComment: z.optional(z.string().check(z.maxLength(4000))),
    /** The curator who has taken the trial in the review queue, and since when. */
    assignee: z.optional(UserRefSchema),
    assignedAt: z.optional(IsoDateTime),
    content: PilotContentSchema,
  }),
);
export type Pilot = z.infer<typeof PilotSchema>;
