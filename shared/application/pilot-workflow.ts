import { decide, type WorkflowAction } from "../domain/workflow.ts";
import { PilotCompleteSchema, type EvidenceRating, type Pilot, type PilotContent } from "../domain/pilot.ts";
import type { Principal } from "../domain/principal.ts";
import type { Reconsideration } from "../domain/reconsideration.ts";
import type { Revision, RevisionAction } from "../domain/revision.ts";
import { pilotSlug } from "../domain/slug.ts";
import { ConflictError, ForbiddenError, NotFoundError, parseOrThrow, staleVersion, ValidationError } from "../domain/errors.ts";
import { toPublicPilot } from "../domain/public-trial/projection.ts";
import type { PublicPilot, PublicTombstone } from "../domain/public-trial/public-pilot.ts";
import type { RedactionSpec } from "../domain/privacy/redaction.ts";
import { planRedaction, type RedactionSources, type RedactionWrites } from "./redaction-plan.ts";

/**
 * The one write path of a trial's workflow. `applyPilotAction` reads the trial, asks the workflow whether the
 * caller may take the action and which state it leads to, works out everything the action changes — the
 * record, the revision kept of it, its public record, a reconsideration request — as domain values, and
 * hands them to the store, which alone turns them into one database transaction. The API handlers and the
 * sample-data seeding both write through here, so a trial changes the same way whoever changes it.
 */

export type PilotAction =
  | { readonly kind: "update"; readonly content: PilotContent }
  | { readonly kind: "submit" }
  | { readonly kind: "publish"; readonly evidence: EvidenceRating; readonly methodId: string; readonly note?: string | undefined }
  | { readonly kind: "request_changes"; readonly comment: string }
  /** The office answers the curators' comment: kept in the history, the trial itself unchanged. */
  | { readonly kind: "reply_to_curator"; readonly message: string }
  | { readonly kind: "withdraw"; readonly reason: string }
  | { readonly kind: "request_reconsideration"; readonly comment: string }
  | {
      readonly kind: "answer_reconsideration";
      readonly requestedAt: string;
      readonly decision: "kept" | "changed";
      readonly evidence?: EvidenceRating | undefined;
      readonly reason: string;
    }
  /** A merge of methods moves the trial to the kept one (curators only). */
  | { readonly kind: "move_method"; readonly methodId: string; readonly note: string }
  /**
   * Removes personal data from every item kept of the trial (curators only, in every state): the chosen
   * fields, and wherever their values stand elsewhere; the reason is kept in the history, never what.
   */
  | { readonly kind: "redact"; readonly spec: RedactionSpec; readonly reason: string }
  /** A curator takes a submitted trial in the shared queue, or gives it back; kept in the history. */
  | { readonly kind: "assign"; readonly assignee: "me" | "nobody" };

/** Everything one action changes, for the store to write at once or not at all. */
export interface PilotChange {
  /** The version the change was worked out from; the write fails if the stored trial is no longer at it. */
  readonly expectedVersion: number;
  readonly at: string;
  /** The trial after the action. */
  readonly pilot: Pilot;
  /** The revision kept of it. */
  readonly revision: Revision;
  /** The public record when it changes: a published trial's projection, or the tombstone of a withdrawn one. */
  readonly publicRecord?: { readonly kind: "published"; readonly pilot: PublicPilot } | { readonly kind: "withdrawn"; readonly tombstone: PublicTombstone };
  /** A reconsideration request opened or answered by the action; an answered one must have been open. */
  readonly reconsideration?: Reconsideration;
  /** A redaction's rewrites of the trial's other items (revisions, notices, ...), written by `RedactionStore`. */
  readonly redaction?: RedactionWrites;
}

/** Reads and writes what a redaction touches beyond the record (`RedactionRepository`). */
export interface RedactionStore {
  sources(pilot: Pilot): Promise<RedactionSources>;
  /** Writes the record, its revision and every rewrite; 412 when the record is no longer at `expectedVersion`. */
  commit(change: PilotChange & { readonly redaction: RedactionWrites }): Promise<void>;
}

/** What the workflow reads and writes trials through (`PilotRepository`). */
export interface PilotStore {
  require(id: string): Promise<Pilot>;
  getRevision(id: string, version: number): Promise<Revision | undefined>;
  getReconsideration(id: string, requestedAt: string): Promise<Reconsideration | undefined>;
  commit(change: PilotChange): Promise<void>;
}

export interface WorkflowDeps {
  readonly pilots: PilotStore;
  /** Resolves a method id (following merges) when a curator publishes. */
  readonly methods: { resolveMethod(id: string): Promise<{ readonly id: string } | undefined> };
  /** Needed for the `redact` action only. */
  readonly redactions?: RedactionStore;
  readonly clock?: () => Date;
}

export interface ActionRequest {
  readonly id: string;
  /** The version the caller read (`If-Match`). */
  readonly expectedVersion: number;
  readonly actor: Principal;
  readonly action: PilotAction;
}

const WORKFLOW_ACTIONS: Record<PilotAction["kind"], WorkflowAction> = {
  update: "edit",
  submit: "submit",
  publish: "publish",
  request_changes: "request_changes",
  reply_to_curator: "reply_to_curator",
  withdraw: "withdraw",
  request_reconsideration: "request_reconsideration",
  answer_reconsideration: "answer_reconsideration",
  redact: "redact",
  move_method: "move_method",
  assign: "assign",
};

/** The workflow's answer for the action: the state it leads to, or 403/409. */
function permit(pilot: Pilot, action: PilotAction, actor: Principal) {
  const decision = decide({ ...pilot, rated: pilot.evidence !== undefined }, WORKFLOW_ACTIONS[action.kind], actor);
  if (!decision.ok) {
    if (decision.reason === "forbidden") throw new ForbiddenError(decision.message);
    throw new ConflictError(decision.message);
  }
  return decision.to;
}

/** The trial as it is public: the published revision's content with the curators' current decisions. */
export async function publishedSnapshot(pilots: Pick<PilotStore, "getRevision">, pilot: Pilot): Promise<Pilot | undefined> {
  if (pilot.publishedVersion === undefined) return undefined;
  if (pilot.publishedVersion === pilot.version) return pilot;
  const revision = await pilots.getRevision(pilot.id, pilot.publishedVersion);
  if (!revision) throw new NotFoundError("Fant ikke den publiserte versjonen");
  return { ...revision.snapshot, evidence: pilot.evidence, methodId: pilot.methodId };
}

/** The public projection of a trial: the public content (`published`) with the current decisions of `next`. */
function publicRecord(published: Pilot, next: Pilot, now: string): PilotChange["publicRecord"] {
  const subject: Pilot = {
    ...published,
    ...(next.evidence ? { evidence: next.evidence } : {}),
    ...(next.methodId ? { methodId: next.methodId } : {}),
    publishedAt: next.publishedAt ?? published.publishedAt ?? now,
  };
  return { kind: "published", pilot: toPublicPilot(subject, next.firstPublishedAt ?? now, now) };
}

interface Planned {
  readonly action: RevisionAction;
  readonly next: Pilot;
  readonly note?: string | undefined;
  readonly publicRecord?: PilotChange["publicRecord"];
  readonly reconsideration?: Reconsideration;
}

async function plan(
  deps: WorkflowDeps,
  current: Pilot,
  request: ActionRequest & { readonly action: Exclude<PilotAction, { kind: "redact" }> },
  to: Pilot["state"],
  now: string,
): Promise<Planned> {
  const { action, actor } = request;
  const by = { sub: actor.sub, name: actor.name };
  switch (action.kind) {
    case "update": {
      const next: Pilot = {
        ...current,
        content: action.content,
        // An edit of a published trial waits for a curator; the public version stays as it is.
        ...(current.publishedVersion !== undefined ? { hasPendingChanges: true } : {}),
        // The slug follows the title until the trial is first published; then its address is kept.
        slug: current.publishedVersion === undefined ? pilotSlug(action.content.title, current.id) : current.slug,
      };
      return { action: "update", next };
    }
    case "submit":
      // Every missing field at once, with pointers into the trial's content.
      parseOrThrow(PilotCompleteSchema, current.content, "Utprøvingen mangler opplysninger før den kan sendes til vurdering");
      return { action: "submit", next: { ...current, state: to, submittedAt: now } };
    case "publish": {
      const method = await deps.methods.resolveMethod(action.methodId);
      if (!method) throw new ValidationError("Metoden finnes ikke", [{ pointer: "/methodId", message: "Velg en metode som finnes, eller opprett den først" }]);
      const { reviewComment: _cleared, ...rest } = current;
      const next: Pilot = {
        ...rest,
        state: to,
        evidence: action.evidence,
        methodId: method.id,
        publishedAt: now,
        firstPublishedAt: current.firstPublishedAt ?? now,
        // The version this write creates is the public one.
        publishedVersion: current.version + 1,
        hasPendingChanges: false,
      };
      return { action: "publish", next, note: action.note, publicRecord: publicRecord(next, next, now) };
    }
    case "request_changes":
      return { action: "request_changes", next: { ...current, state: to, reviewComment: action.comment }, note: action.comment };
    case "reply_to_curator":
      return { action: "reply_to_curator", next: current, note: action.message };
    case "withdraw": {
      const { publishedVersion: _gone, hasPendingChanges: _pending, ...rest } = current;
      const next: Pilot = { ...rest, state: to, reviewComment: action.reason };
      // A trial that has been public leaves the export as a tombstone; the record and its history stay.
      const tombstone = current.firstPublishedAt
        ? { kind: "withdrawn" as const, tombstone: { id: current.id, slug: current.slug, deleted: true as const, deletedAt: now } }
        : undefined;
      return { action: "withdraw", next, note: action.reason, ...(tombstone ? { publicRecord: tombstone } : {}) };
    }
    case "request_reconsideration":
      return {
        action: "request_reconsideration",
        next: current,
        note: action.comment,
        reconsideration: {
          pilotId: current.id,
          officeId: current.officeId,
          requestedAt: now,
          requestedBy: by,
          comment: action.comment,
          ...(current.evidence ? { evidenceAtRequest: current.evidence } : {}),
          status: "open",
        },
      };
    case "answer_reconsideration": {
      const pending = await deps.pilots.getReconsideration(current.id, action.requestedAt);
      if (!pending) throw new NotFoundError("Fant ingen slik forespørsel om ny vurdering");
      if (pending.status !== "open") throw new ConflictError("Forespørselen er allerede besvart");
      const published = await publishedSnapshot(deps.pilots, current);
      if (!published) throw new ConflictError("Utprøvingen er ikke publisert");
      const changed = action.decision === "changed" && action.evidence !== undefined;
      const next: Pilot = changed ? { ...current, evidence: action.evidence } : current;
      return {
        action: "answer_reconsideration",
        next,
        note: `${action.decision === "kept" ? "Vurderingen er beholdt" : "Vurderingen er endret"}: ${action.reason}`,
        reconsideration: {
          ...pending,
          status: "answered",
          answeredAt: now,
          answeredBy: by,
          decision: action.decision,
          reason: action.reason,
          ...(next.evidence ? { evidenceAfter: next.evidence } : {}),
        },
        ...(action.decision === "changed" ? { publicRecord: publicRecord(published, next, now) } : {}),
      };
    }
    case "assign": {
      const { assignee: before, assignedAt: _since, ...rest } = current;
      if (action.assignee === "nobody") {
        if (!before) throw new ConflictError("Utprøvingen er ikke tildelt noen");
        return { action: "assign", next: rest, note: `Ikke lenger tildelt ${before.name}` };
      }
      if (before?.sub === actor.sub) throw new ConflictError("Utprøvingen er allerede tildelt deg");
      const note = before ? `Tildelt ${actor.name} (før: ${before.name})` : `Tildelt ${actor.name}`;
      return { action: "assign", next: { ...rest, assignee: by, assignedAt: now }, note };
    }
    case "move_method": {
      const published = await publishedSnapshot(deps.pilots, current);
      const next: Pilot = {
        ...current,
        methodId: action.methodId,
        ...(current.content.methodId && !current.methodId ? { content: { ...current.content, methodId: action.methodId } } : {}),
      };
      return { action: "move_method", next, note: action.note, ...(published ? { publicRecord: publicRecord(published, next, now) } : {}) };
    }
  }
}

/**
 * Applies one workflow action to a trial and returns the trial as it is afterwards. Refuses with 403/409
 * when the workflow does not allow it, 422 when the trial or the request is not good enough for it, and
 * 412 when someone else has written since the caller read it; nothing is written then.
 */
export async function applyPilotAction(deps: WorkflowDeps, request: ActionRequest): Promise<{ pilot: Pilot; change: PilotChange }> {
  const current = await deps.pilots.require(request.id);
  const to = permit(current, request.action, request.actor);
  const now = (deps.clock ?? (() => new Date()))().toISOString();
  if (request.action.kind === "redact") return redact(deps, current, { ...request, action: request.action }, now);
  const planned = await plan(deps, current, { ...request, action: request.action }, to, now);
  if (current.version !== request.expectedVersion) throw staleVersion();
  const pilot: Pilot = {
    ...planned.next,
    version: current.version + 1,
    updatedAt: now,
    updatedBy: { sub: request.actor.sub, name: request.actor.name },
    stateChangedAt: planned.next.state !== current.state ? now : current.stateChangedAt,
  };
  const change: PilotChange = {
    expectedVersion: current.version,
    at: now,
    pilot,
    revision: {
      id: pilot.id,
      version: pilot.version,
      action: planned.action,
      at: now,
      by: { sub: request.actor.sub, name: request.actor.name },
      ...(planned.note ? { note: planned.note } : {}),
      snapshot: pilot,
    },
    ...(planned.publicRecord ? { publicRecord: planned.publicRecord } : {}),
    ...(planned.reconsideration ? { reconsideration: planned.reconsideration } : {}),
  };
  // The write answers from its own transaction; what derives from it (method aggregates, statistics, the
  // site, notices) follows from the table's stream (`derived-figures.ts`).
  await deps.pilots.commit(change);
  return { pilot, change };
}

/**
 * The redaction: every item kept of the trial read, rewritten as `planRedaction` works out, written at once
 * on top of the version the curator read; the method's stored figures (which hold titles and addresses) are
 * recomputed from the redacted public record by the stream's consumer.
 */
async function redact(
  deps: WorkflowDeps,
  current: Pilot,
  request: ActionRequest & { readonly action: { kind: "redact"; spec: RedactionSpec; reason: string } },
  now: string,
): Promise<{ pilot: Pilot; change: PilotChange }> {
  if (!deps.redactions) throw new Error("The redact action needs a redaction store");
  if (current.version !== request.expectedVersion) throw staleVersion();
  const sources = await deps.redactions.sources(current);
  const planned = planRedaction({ current, sources, spec: request.action.spec, now });
  const by = { sub: request.actor.sub, name: request.actor.name };
  const pilot: Pilot = { ...planned.pilot, version: current.version + 1, updatedAt: now, updatedBy: by };
  const writes = planned.writes;
  const itemsWritten =
    2 +
    writes.revisions.length +
    (writes.publicRecord ? 1 : 0) +
    writes.reconsiderations.length +
    writes.notices.length +
    writes.digests.length +
    (writes.goneSlugHash ? 1 : 0);
  const change = {
    expectedVersion: current.version,
    at: now,
    pilot,
    revision: { id: pilot.id, version: pilot.version, action: "redact" as const, at: now, by, note: request.action.reason, snapshot: pilot },
    redaction: { ...writes, figures: { ...writes.figures, itemsWritten } },
  };
  await deps.redactions.commit(change);
  return { pilot, change };
}
