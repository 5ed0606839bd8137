import { canRead, decide, type WorkflowAction } from "../../shared/domain/workflow.ts";
import type { Pilot } from "../../shared/domain/pilot.ts";
import type { Principal } from "../../shared/domain/principal.ts";
import { ConflictError, ForbiddenError } from "../../shared/errors.ts";

/** Asks the workflow whether `actor` may take `action` on `pilot`; 403 or 409 when not. */
export function allow(pilot: Pilot, action: WorkflowAction, actor: Principal) {
  const decision = decide({ ...pilot, rated: pilot.evidence !== undefined }, action, actor);
  if (!decision.ok) {
    if (decision.reason === "forbidden") throw new ForbiddenError(decision.message);
    throw new ConflictError(decision.message);
  }
  return decision.to;
}

export function assertCanRead(pilot: Pilot, actor: Principal): void {
  if (!canRead(pilot, actor)) throw new ForbiddenError("Du kan bare se utprøvinger fra ditt eget kontor, og publiserte utprøvinger");
}

/** Owners and curators see the working copy; everyone else sees only what is published. */
export function seesWorkingCopy(pilot: Pilot, actor: Principal): boolean {
  return actor.role === "kurator" || actor.office === pilot.officeId;
}
