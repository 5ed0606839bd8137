import type { PilotState } from "./taxonomy.ts";
import type { Principal } from "./principal.ts";

/**
 * The review workflow as a pure state machine: which action moves a trial from which state to which,
 * and who may take it. Handlers ask it before they write; tests walk every transition.
 *
 *   draft ──submit──▶ submitted ──publish──▶ published
 *     ▲                  │  ▲                   │ edit (a pending revision; the public version stays)
 *     │          request-changes  └──submit─────┘
 *     │                  ▼
 *     └──────────  changes_requested ──submit──▶ submitted
 *   any state ──withdraw──▶ withdrawn (curator; office staff only for their own never-published trial)
 *   any state ──redact──▶ the same state (curator only: personal data removed from every item of the trial)
 *   any state ──move_method──▶ the same state (curator only: a merge of methods moves the trial to the kept one)
 *   submitted ──assign──▶ submitted (curator only: who of the curators takes it, or nobody)
 */
export type WorkflowAction =
  | "edit"
  | "submit"
  | "publish"
  | "request_changes"
  | "withdraw"
  | "request_reconsideration"
  | "answer_reconsideration"
  | "reply_to_curator"
  | "redact"
  | "move_method"
  | "assign";

export interface WorkflowSubject {
  readonly state: PilotState;
  readonly officeId: string;
  /** The version that is public, if the trial has ever been published and not withdrawn. */
  readonly publishedVersion?: number | undefined;
  readonly version: number;
  /** A published trial edited since it was published. */
  readonly hasPendingChanges?: boolean | undefined;
  /** Whether it carries a rating a reconsideration can be asked about. */
  readonly rated?: boolean;
  /** The curators' latest comment to the office, which the office may answer. */
  readonly reviewComment?: string | undefined;
}

export type WorkflowDecision =
  | { readonly ok: true; readonly to: PilotState }
  | { readonly ok: false; readonly reason: "forbidden" | "invalid_state"; readonly message: string };

const FORBIDDEN_OFFICE = "Du kan bare endre utprøvinger fra ditt eget kontor";
const CURATOR_ONLY = "Bare kuratorer kan gjøre dette";

function ownOffice(actor: Principal, subject: WorkflowSubject): boolean {
  return actor.role === "kontor" && actor.office === subject.officeId;
}

function deny(reason: "forbidden" | "invalid_state", message: string): WorkflowDecision {
  return { ok: false, reason, message };
}

export function decide(subject: WorkflowSubject, action: WorkflowAction, actor: Principal): WorkflowDecision {
  const { state } = subject;
  switch (action) {
    case "edit": {
      if (!ownOffice(actor, subject)) return deny("forbidden", FORBIDDEN_OFFICE);
      if (state === "withdrawn") return deny("invalid_state", "En tilbaketrukket utprøving kan ikke endres");
      return { ok: true, to: state };
    }
    case "submit": {
      if (!ownOffice(actor, subject)) return deny("forbidden", FORBIDDEN_OFFICE);
      if (state === "draft" || state === "changes_requested") return { ok: true, to: "submitted" };
      if (state === "published") {
        if (subject.hasPendingChanges) return { ok: true, to: "submitted" };
        return deny("invalid_state", "Det er ingen endringer å sende inn siden utprøvingen ble publisert");
      }
      if (state === "submitted") return deny("invalid_state", "Utprøvingen er allerede sendt til vurdering");
      return deny("invalid_state", "En tilbaketrukket utprøving kan ikke sendes inn");
    }
    case "publish":
    case "request_changes": {
      if (actor.role !== "kurator") return deny("forbidden", CURATOR_ONLY);
      if (state !== "submitted") return deny("invalid_state", "Bare utprøvinger som er sendt til vurdering kan vurderes");
      return { ok: true, to: action === "publish" ? "published" : "changes_requested" };
    }
    case "withdraw": {
      if (state === "withdrawn") return deny("invalid_state", "Utprøvingen er allerede trukket tilbake");
      if (actor.role === "kurator") return { ok: true, to: "withdrawn" };
      if (!ownOffice(actor, subject)) return deny("forbidden", FORBIDDEN_OFFICE);
      if (subject.publishedVersion !== undefined) {
        return deny("forbidden", "En publisert utprøving kan bare trekkes tilbake av en kurator");
      }
      return { ok: true, to: "withdrawn" };
    }
    case "request_reconsideration": {
      if (!ownOffice(actor, subject)) return deny("forbidden", FORBIDDEN_OFFICE);
      if (subject.publishedVersion === undefined || !subject.rated || state === "withdrawn") {
        return deny("invalid_state", "Du kan bare be om ny vurdering av en publisert utprøving");
      }
      return { ok: true, to: state };
    }
    case "answer_reconsideration": {
      if (actor.role !== "kurator") return deny("forbidden", CURATOR_ONLY);
      if (subject.publishedVersion === undefined || state === "withdrawn") {
        return deny("invalid_state", "Utprøvingen er ikke publisert");
      }
      return { ok: true, to: state };
    }
    case "assign": {
      if (actor.role !== "kurator") return deny("forbidden", CURATOR_ONLY);
      if (state !== "submitted") return deny("invalid_state", "Bare utprøvinger som venter på vurdering kan tildeles");
      return { ok: true, to: state };
    }
    case "redact": {
      // Personal data must be removable whatever the trial's state, withdrawn ones included.
      if (actor.role !== "kurator") return deny("forbidden", CURATOR_ONLY);
      return { ok: true, to: state };
    }
    case "move_method": {
      // A merge must reach every trial of the method, withdrawn and draft ones included.
      if (actor.role !== "kurator") return deny("forbidden", CURATOR_ONLY);
      return { ok: true, to: state };
    }
    case "reply_to_curator": {
      if (!ownOffice(actor, subject)) return deny("forbidden", FORBIDDEN_OFFICE);
      if (state === "withdrawn") return deny("invalid_state", "En tilbaketrukket utprøving kan ikke få nye svar");
      if (!subject.reviewComment) return deny("invalid_state", "Kuratoren har ikke skrevet noen kommentar å svare på");
      return { ok: true, to: state };
    }
  }
}

/** Who may read a trial through the authenticated API. Published trials are readable by every signed-in user. */
export function canRead(subject: WorkflowSubject, actor: Principal): boolean {
  if (actor.role === "kurator") return true;
  if (actor.office === subject.officeId) return true;
  return subject.publishedVersion !== undefined && subject.state !== "withdrawn";
}

/** Owners and curators see the working copy (edits waiting for review, internal comments); others the published version. */
export function seesWorkingCopy(subject: Pick<WorkflowSubject, "officeId">, actor: Principal): boolean {
  return actor.role === "kurator" || actor.office === subject.officeId;
}

/**
 * A trial as someone who does not see its working copy reads it: the published version, without the curators'
 * internal comment or the flag of edits waiting for review, in the trial's current state.
 */
export function publishedView<
  P extends { readonly state: PilotState; readonly reviewComment?: string | undefined; readonly hasPendingChanges?: boolean | undefined },
>(published: P, current: Pick<WorkflowSubject, "state">): Omit<P, "reviewComment" | "hasPendingChanges"> {
  const { reviewComment: _internal, hasPendingChanges: _pending, ...visible } = published;
  return { ...visible, state: current.state };
}
