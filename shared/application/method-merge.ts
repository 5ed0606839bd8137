import type { Method, MethodInput } from "../domain/method.ts";
import type { Pilot } from "../domain/pilot.ts";
import type { Principal } from "../domain/principal.ts";
import { ConflictError, NotFoundError, PreconditionFailedError, staleVersion, ValidationError } from "../domain/errors.ts";
import type { MergeInProgress } from "./ports/stores.ts";
import { applyPilotAction, type WorkflowDeps } from "./pilot-workflow.ts";

/** The catalogue as the merge reads and writes it (`CatalogRepository`). */
export interface MergeCatalog {
  getMethod(id: string): Promise<Method | undefined>;
  resolveMethod(id: string): Promise<Method | undefined>;
  putMethod(id: string, input: MethodInput, expectedVersion: number, extra: { mergedInto: string }): Promise<Method>;
}

export interface MergeDeps {
  readonly catalog: MergeCatalog;
  /** The trials of a method (through the method index, which may lag a moment behind a move). */
  readonly trials: { allByMethod(methodId: string): Promise<Pilot[]> };
  /** The record of a merge under way (`MergeRepository`). */
  readonly merges: { begin(merge: MergeInProgress): Promise<MergeInProgress>; finish(fromId: string): Promise<void> };
  /** The one write path every trial moves through. */
  readonly workflow: WorkflowDeps;
  readonly clock?: () => Date;
}

export interface MergeRequest {
  readonly fromId: string;
  readonly intoId: string;
  /** The method's version the curator read (`If-Match`); a merge stopped half-way leaves it unchanged. */
  readonly expectedVersion: number;
  readonly actor: Principal;
}

/** A trial moved by a concurrent writer is read again and moved on top of what it wrote, this many times. */
const MOVE_ATTEMPTS = 3;

/**
 * Merges a method into another. First the merge is recorded, then every trial of the method moves to the kept
 * one through the workflow (`move_method`: one transaction and one kept revision per trial), and last the
 * method is marked merged and the record removed. Each step can be repeated: a trial already moved is passed
 * over, so asking again after an interruption continues where the merge stopped; the figures derived from the
 * trials follow from the table's stream.
 */
export async function mergeMethods(deps: MergeDeps, request: MergeRequest): Promise<{ merged: Method; into: Method; movedTrials: number }> {
  const [from, into] = await Promise.all([deps.catalog.getMethod(request.fromId), deps.catalog.resolveMethod(request.intoId)]);
  if (!from) throw new NotFoundError("Fant ikke metoden som skal slås sammen");
  if (!into) throw new ValidationError("Metoden som skal beholdes finnes ikke", [{ pointer: "/into", message: "Velg en metode som finnes" }]);
  if (into.id === from.id) throw new ValidationError("En metode kan ikke slås sammen med seg selv", [{ pointer: "/into", message: "Velg en annen metode" }]);
  if (from.mergedInto) throw new ConflictError(`Metoden er allerede slått sammen med ${from.mergedInto}`);
  if (from.version !== request.expectedVersion) throw staleVersion();

  const now = (deps.clock ?? (() => new Date()))().toISOString();
  await deps.merges.begin({ fromId: from.id, intoId: into.id, startedAt: now, by: { sub: request.actor.sub, name: request.actor.name } });
  const note = `Metoden «${from.name}» er slått sammen med «${into.name}»`;
  let moved = 0;
  for (const listed of await deps.trials.allByMethod(from.id)) {
    if (await moveTrial(deps.workflow, listed.id, from.id, into.id, request.actor, note)) moved++;
  }

  const { id: _id, slug: _slug, version: _v, createdAt: _c, updatedAt: _u, mergedInto: _m, ...input } = from;
  const merged = await deps.catalog.putMethod(from.id, input, from.version, { mergedInto: into.id });
  await deps.merges.finish(from.id);
  return { merged, into, movedTrials: moved };
}

/** Whether the trial is (still) filed under the method, as the method index reads it. */
function isUnder(pilot: Pilot, methodId: string): boolean {
  return (pilot.methodId ?? pilot.content.methodId) === methodId;
}

/** Moves one trial unless it has moved already; true when this call moved it. */
async function moveTrial(workflow: WorkflowDeps, id: string, fromId: string, intoId: string, actor: Principal, note: string): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    const current = await workflow.pilots.require(id);
    if (!isUnder(current, fromId)) return false;
    try {
      await applyPilotAction(workflow, { id, expectedVersion: current.version, actor, action: { kind: "move_method", methodId: intoId, note } });
      return true;
    } catch (error) {
      // Someone wrote the trial between the read and the move: read it again.
      if (!(error instanceof PreconditionFailedError) || attempt >= MOVE_ATTEMPTS) throw error;
    }
  }
}
