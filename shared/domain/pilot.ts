import * as z from "zod";
import {
  codes,
  COUNTIES,
  DOCUMENT_KINDS,
  ENDED_TRIAL_STATUSES,
  EVALUATION_DESIGNS,
  EVALUATORS,
  EVIDENCE_DIRECTIONS,
  FAILURE_REASONS,
  FUNDING_SOURCES,
  INNSATSGRUPPER,
  MEASURE_TYPES,
  MEASURE_UNITS,
  NOT_WORKED_OUTCOMES,
  OUTCOMES,
  PARTNER_TYPES,
  PILOT_STATES,
  TARGET_GROUPS,
  TRIAL_STATUSES,
} from "./taxonomy.ts";
import { STANDARD_MEASURES, standardMeasure } from "./outcome-measures.ts";
import { Figure, freeText, IsoDate, IsoDateTime, LocalId, NonNegativeInt, requiredText, Slug, Ulid, UserRefSchema, WebLink, WorkEmail } from "./fields.ts";
import { REQUIRED_MESSAGE } from "./messages.ts";

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

const FAILURE_REASONS_MAX = 7;
const TARGET_GROUPS_MAX = 10;
const MEASURE_TYPES_MAX = 14;

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, { error: "Samme valg står flere ganger" });

export const PeriodSchema = z
  .strictObject({
    start: IsoDate.optional(),
    end: IsoDate.optional(),
  })
  .refine((p) => !p.start || !p.end || p.end >= p.start, { error: "Sluttdato kan ikke være før startdato", path: ["end"] });

export const PartnerSchema = z.strictObject({
  name: requiredText(200),
  type: PartnerTypeCode,
  role: freeText(1000).optional(),
});

export const FundingSchema = z.strictObject({
  source: FundingSourceCode,
  amountNok: NonNegativeInt(10_000_000_000).optional(),
  note: freeText(500).optional(),
});

export const ParticipantsSchema = z.strictObject({
  /** The number of participants, as an aggregate only. */
  count: NonNegativeInt(1_000_000).optional(),
  /** How many were planned to take part, registered at the start (held against the count afterwards). */
  planned: NonNegativeInt(1_000_000).optional(),
  description: freeText(1000).optional(),
});

export const CostSchema = z.strictObject({
  /** Staff effort in full-time equivalents (årsverk). */
  staffYears: Figure(0, 10_000).optional(),
  costNok: NonNegativeInt(10_000_000_000).optional(),
  /** The staff effort planned at the start, in full-time equivalents. */
  plannedStaffYears: Figure(0, 10_000).optional(),
  /** The cost planned at the start (the budget), in kroner. */
  plannedCostNok: NonNegativeInt(10_000_000_000).optional(),
  note: freeText(2000).optional(),
});

export const RecipeSchema = z.strictObject({
  steps: z.array(requiredText(2000)).max(40).optional(),
  requirements: freeText(4000).optional(),
});

export const PlannedOutcomeSchema = z.strictObject({
  id: LocalId,
  measureCode: StandardMeasureCode.optional(),
  name: requiredText(200),
  how: freeText(1000).optional(),
  followUpMonths: NonNegativeInt(120).optional(),
  /** For a share: the share expected without the trial, in percent, from which the detectable difference is worked out. */
  expectedShare: Figure(0, 100).optional(),
});

/** A standard deviation beside a mean, so a mean difference can carry its uncertainty. */
const StandardDeviation = Figure(0, 1_000_000_000);

export const ComparisonSchema = z.strictObject({
  value: Figure(-1_000_000_000, 1_000_000_000),
  /** The standard deviation, when the figure is a mean. */
  sd: StandardDeviation.optional(),
  n: NonNegativeInt(10_000_000).optional(),
  description: requiredText(500),
});

export const BaselineSchema = z.strictObject({
  /** The figure before the trial (before–after designs). */
  value: Figure(-1_000_000_000, 1_000_000_000),
  /** The standard deviation, when the figure is a mean. */
  sd: StandardDeviation.optional(),
  description: requiredText(500),
});

export const ResultMeasureSchema = z
  .strictObject({
    plannedOutcomeId: LocalId.optional(),
    measureCode: StandardMeasureCode.optional(),
    name: requiredText(200),
    unit: MeasureUnitCode,
    value: Figure(-1_000_000_000, 1_000_000_000),
    /** The standard deviation, when the figure is a mean (days, a scale). */
    sd: StandardDeviation.optional(),
    /** The number of participants the figure is based on. */
    n: NonNegativeInt(10_000_000),
    followUpMonths: NonNegativeInt(120).optional(),
    comparison: ComparisonSchema.optional(),
    baseline: BaselineSchema.optional(),
  })
  .refine((m) => !m.measureCode || standardMeasure(m.measureCode)?.unit === m.unit, {
    error: "Enheten må være den standardmålet bruker",
    path: ["unit"],
  });

/** A planned outcome that was not measured, with the reason: reported, never silently dropped. */
export const NotMeasuredSchema = z.strictObject({
  plannedOutcomeId: LocalId,
  reason: requiredText(1000),
});

/** A result reported while the trial is still running (delresultat), with the date it describes. */
export const InterimResultSchema = z.strictObject({
  date: IsoDate,
  summary: requiredText(2000),
  plannedOutcomeId: LocalId.optional(),
  value: Figure(-1_000_000_000, 1_000_000_000).optional(),
  /** The number of participants the figure is based on. */
  n: NonNegativeInt(10_000_000).optional(),
});

export const ResultsSchema = z.strictObject({
  outcome: OutcomeCode,
  summary: freeText(4000).optional(),
  measures: z.array(ResultMeasureSchema).max(30).optional(),
  notMeasured: z.array(NotMeasuredSchema).max(20).optional(),
  failureReasons: uniqueList(FailureReasonCode, FAILURE_REASONS_MAX).optional(),
  evaluationDesign: EvaluationDesignCode.optional(),
  evaluatedBy: EvaluatorCode.optional(),
  researchPartner: freeText(200).optional(),
});

export const LessonsSchema = z.strictObject({
  whatWorked: freeText(4000).optional(),
  whatDidNot: freeText(4000).optional(),
  doDifferently: freeText(4000).optional(),
});

export const DocumentSchema = z.strictObject({
  title: requiredText(200),
  url: WebLink,
  kind: DocumentKindCode,
});

export const ContactSchema = z.strictObject({
  name: freeText(200).optional(),
  email: WorkEmail.optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ]{8,15}$/, { error: "Skriv et gyldig telefonnummer" })
    .optional(),
});

/**
 * What an office writes about its trial. A draft may be this incomplete: only the title is required.
 * `PilotCompleteSchema` adds what a submitted trial must hold.
 */
export const PilotContentSchema = z.strictObject({
  title: requiredText(200).pipe(z.string().min(3)),
  summary: freeText(1000).optional(),
  need: freeText(4000).optional(),
  partnerOfficeIds: uniqueList(Slug, 20).optional(),
  period: PeriodSchema.optional(),
  trialStatus: TrialStatusCode.optional(),
  methodDescription: freeText(8000).optional(),
  /** The shared method the office believes this is; curators confirm or change it when publishing. */
  methodId: Slug.optional(),
  targetGroups: uniqueList(TargetGroupCode, TARGET_GROUPS_MAX).optional(),
  innsatsgrupper: uniqueList(InnsatsgruppeCode, 4).optional(),
  measureTypes: uniqueList(MeasureTypeCode, MEASURE_TYPES_MAX).optional(),
  partners: z.array(PartnerSchema).max(30).optional(),
  funding: z.array(FundingSchema).max(10).optional(),
  participants: ParticipantsSchema.optional(),
  cost: CostSchema.optional(),
  recipe: RecipeSchema.optional(),
  plannedOutcomes: z
    .array(PlannedOutcomeSchema)
    .max(20)
    .refine((list) => new Set(list.map((o) => o.id)).size === list.length, { error: "To planlagte resultatmål har samme id" })
    .optional(),
  results: ResultsSchema.optional(),
  interimResults: z.array(InterimResultSchema).max(20).optional(),
  lessons: LessonsSchema.optional(),
  preconditions: freeText(4000).optional(),
  documents: z.array(DocumentSchema).max(30).optional(),
  contact: ContactSchema.optional(),
  /** The trial this one copies ("Vil du prøve dette?"). */
  replicatesPilotId: Ulid.optional(),
});
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
export const PilotCompleteSchema = PilotContentSchema.superRefine((p, ctx) => {
  for (const issue of completenessIssues(p)) {
    ctx.addIssue({ code: "custom", path: issue.path, message: issue.message, input: undefined });
  }
});

export type UserRef = z.infer<typeof UserRefSchema>;

export const EvidenceRatingSchema = z.strictObject({
  strength: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: "Velg et nivå fra 1 til 4" }),
  direction: EvidenceDirectionCode,
});
export type EvidenceRating = z.infer<typeof EvidenceRatingSchema>;

/** The stored trial as the API returns it to its office and to curators. */
export const PilotSchema = z.strictObject({
  id: Ulid,
  slug: Slug,
  officeId: Slug,
  county: CountyCode,
  state: PilotStateCode,
  version: z.int().min(1),
  createdAt: IsoDateTime,
  createdBy: UserRefSchema,
  updatedAt: IsoDateTime,
  updatedBy: UserRefSchema,
  stateChangedAt: IsoDateTime,
  submittedAt: IsoDateTime.optional(),
  publishedAt: IsoDateTime.optional(),
  firstPublishedAt: IsoDateTime.optional(),
  /** The revision whose content is public; kept while a newer edit waits for review. */
  publishedVersion: z.int().min(1).optional(),
  /** A published trial whose office has edited it since: the edit waits for a curator. */
  hasPendingChanges: z.boolean().optional(),
  evidence: EvidenceRatingSchema.optional(),
  /** The shared method, as decided by a curator. */
  methodId: Slug.optional(),
  /** The curators' latest comment to the office (request for changes, withdrawal reason). */
  reviewComment: z.string().max(4000).optional(),
  /** The curator who has taken the trial in the review queue, and since when. */
  assignee: UserRefSchema.optional(),
  assignedAt: IsoDateTime.optional(),
  content: PilotContentSchema,
});
export type Pilot = z.infer<typeof PilotSchema>;
