import * as z from "zod/mini";
import { lazySchema } from "../domain/lazy-schema.ts";
import { FieldErrorSchema } from "../domain/errors.ts";
import { IsoDate, IsoDateTime, Slug, UserRefSchema } from "../domain/fields.ts";
import { ContactSchema, CountyCode, PilotSchema, PilotStateCode, PlannedOutcomeSchema, ResultMeasureSchema, TrialStatusCode } from "../domain/pilot.ts";
import { ReconsiderationSchema } from "../domain/reconsideration.ts";
import { OutcomeSwitchSchema } from "../domain/public-trial/public-pilot.ts";
import { FieldChangeSchema } from "./pilot-responses.ts";

/** The review routes' views: what a curator sees of a trial, the queue, the results due and a redaction's outcome. */

/** What a curator needs to decide on a trial. */
export const ReviewSchema = lazySchema(() =>
  z.strictObject({
    pilot: PilotSchema,
    outcomeSwitch: OutcomeSwitchSchema,
    plannedOutcomes: z.array(PlannedOutcomeSchema),
    reportedMeasures: z.array(ResultMeasureSchema),
    /** The fields changed since publication; null when nothing waits. */
    changesSincePublished: z.nullable(z.array(FieldChangeSchema)),
    publishedVersion: z.nullable(z.int()),
    /** What the trial still lacks before it can be published, with pointers into its content. */
    missingFields: z.array(FieldErrorSchema),
  }),
);
export type Review = z.infer<typeof ReviewSchema>;

export const ReviewQueueItemSchema = lazySchema(() =>
  z.strictObject({
    id: z.string(),
    title: z.string(),
    officeId: Slug,
    officeName: z.string(),
    county: CountyCode,
    submittedAt: IsoDateTime,
    ageDays: z.int(),
    /** The promised answer date: ten working days after submission. */
    answerBy: IsoDate,
    /** Days past the answer date (0 until it has passed) and days left until it. */
    daysOverdue: z.int(),
    daysLeft: z.int(),
    /** The curator who has taken it, if anyone. */
    assignee: z.optional(UserRefSchema),
    /** Whether the assignee is the curator asking. */
    assignedToMe: z.boolean(),
    version: z.int(),
    isEditOfPublished: z.boolean(),
  }),
);
/** An open reconsideration request, with the version of its trial the curator's answer is written on top of (`If-Match`). */
export const QueuedReconsiderationSchema = lazySchema(() =>
  z.extend(ReconsiderationSchema, { title: z.string(), officeName: z.string(), ageDays: z.int(), version: z.int() }),
);
export const ReviewQueueSchema = lazySchema(() =>
  z.strictObject({ items: z.array(ReviewQueueItemSchema), reconsiderations: z.array(QueuedReconsiderationSchema) }),
);
export type ReviewQueue = z.infer<typeof ReviewQueueSchema>;

export const ResultsDueItemSchema = lazySchema(() =>
  z.strictObject({
    id: z.string(),
    title: z.string(),
    officeId: Slug,
    officeName: z.string(),
    state: PilotStateCode,
    trialStatus: z.optional(TrialStatusCode),
    periodEnd: z.optional(IsoDate),
    dueDate: IsoDate,
    daysOverdue: z.int(),
    contact: z.optional(ContactSchema),
    version: z.int(),
  }),
);
export type ResultsDueItem = z.infer<typeof ResultsDueItemSchema>;

/** What a redaction changed, never what it removed. */
export const RedactionResultSchema = lazySchema(() =>
  z.strictObject({
    pilot: PilotSchema,
    /** Strings rewritten in the current record's content. */
    fieldsRedacted: z.int(),
    /** Kept revisions that changed; the redaction's own history entry is not counted. */
    revisionsTouched: z.int(),
    itemsWritten: z.int(),
    /** Whether the trial got a new address; the old one answers 410 Gone. */
    slugReplaced: z.boolean(),
  }),
);
