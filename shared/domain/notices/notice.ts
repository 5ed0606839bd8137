import type { EvidenceRating, Pilot } from "../pilot.ts";

/**
 * Every notice the hub sends. The review notices come from the table's stream, the reminders from the daily
 * job. Results reminders (and the curators' notice at 90 days) cannot be turned off; the others can.
 */
export const NOTICE_KINDS = [
  "submitted",
  "reconsideration_requested",
  "changes_requested",
  "published",
  "reconsideration_answered",
  "withdrawn",
  "results_due",
  "results_overdue_curators",
  "still_running",
  "followed_published",
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Notices a user may turn off; results reminders are not among them. */
export const OPTIONAL_KINDS: readonly NoticeKind[] = [
  "submitted",
  "reconsideration_requested",
  "changes_requested",
  "published",
  "reconsideration_answered",
  "withdrawn",
  "followed_published",
];

export function isOptional(kind: NoticeKind): boolean {
  return OPTIONAL_KINDS.includes(kind);
}

/** Who a notice is for: the trial's contact and author, the curators, or the followers of its method and target groups. */
export type Audience = "office" | "curators" | "followers";

/** Results reminders: when the end date has passed, and again 30 and 90 days after. */
export type ReminderStage = "ended" | "30" | "90";

/** What a notice needs to know about its trial; nothing about NAV's users is in a trial. */
export type NoticePilot = Pick<Pilot, "id" | "slug" | "officeId" | "county" | "state" | "version" | "createdBy"> & {
  readonly title: string;
  readonly contactEmail?: string | undefined;
  readonly methodId?: string | undefined;
  readonly targetGroups: readonly string[];
  readonly endDate?: string | undefined;
};

export interface NoticeDetails {
  readonly comment?: string | undefined;
  readonly evidence?: EvidenceRating | undefined;
  readonly decision?: "kept" | "changed" | undefined;
  readonly stage?: ReminderStage | undefined;
  readonly daysSinceEnd?: number | undefined;
  readonly years?: number | undefined;
}

/** A notice decided by the pure logic, before its recipients are known. */
export interface PlannedNotice {
  readonly kind: NoticeKind;
  /** The event, the same on every retry of the same change or rerun for the same day: `<pilot>#v<version>#<kind>`. */
  readonly eventKey: string;
  readonly audience: Audience;
  readonly pilotId: string;
  /** The trial as the change left it; when absent (a reconsideration) the notifier reads it. */
  readonly pilot?: NoticePilot | undefined;
  readonly details: NoticeDetails;
}

export function noticePilot(pilot: Pilot): NoticePilot {
  const methodId = pilot.methodId ?? pilot.content.methodId;
  return {
    id: pilot.id,
    slug: pilot.slug,
    officeId: pilot.officeId,
    county: pilot.county,
    state: pilot.state,
    version: pilot.version,
    createdBy: pilot.createdBy,
    title: pilot.content.title,
    ...(pilot.content.contact?.email ? { contactEmail: pilot.content.contact.email } : {}),
    ...(methodId ? { methodId } : {}),
    targetGroups: pilot.content.targetGroups ?? [],
    ...(pilot.content.period?.end ? { endDate: pilot.content.period.end } : {}),
  };
}
