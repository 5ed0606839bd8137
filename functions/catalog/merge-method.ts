import { mergeMethod } from "../../shared/api/catalog.ts";
import { ConflictError, NotFoundError, staleVersion, ValidationError } from "../../shared/errors.ts";
import { applyPilotAction } from "../../shared/services/pilot-workflow.ts";
import { catalog, pilots, workflow } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";

/**
 * Merges the method in the address into `into`: every trial moves to the kept method (each move a kept
 * revision), then the old method is marked merged so its slug resolves to the kept one. Safe to repeat
 * if it stops half-way.
 */
export const handler = httpHandler(mergeMethod, async (request) => {
  const actor = request.principal;
  const expected = request.ifMatch;
  const fromId = request.params.id;
  const [from, into] = await Promise.all([catalog.getMethod(fromId), catalog.resolveMethod(request.body.into)]);
  if (!from) throw new NotFoundError("Fant ikke metoden som skal slås sammen");
  if (!into) throw new ValidationError("Metoden som skal beholdes finnes ikke", [{ pointer: "/into", message: "Velg en metode som finnes" }]);
  if (into.id === from.id) throw new ValidationError("En metode kan ikke slås sammen med seg selv", [{ pointer: "/into", message: "Velg en annen metode" }]);
  if (from.mergedInto) throw new ConflictError(`Metoden er allerede slått sammen med ${from.mergedInto}`);
  if (from.version !== expected) throw staleVersion();

  let moved = 0;
  for (const trial of await pilots.allByMethod(from.id)) {
    await applyPilotAction(workflow, {
      id: trial.id,
      expectedVersion: trial.version,
      actor,
      action: { kind: "move_method", methodId: into.id, note: `Metoden «${from.name}» er slått sammen med «${into.name}»` },
    });
    moved++;
  }

  const { id: _id, slug: _slug, version: _v, createdAt: _c, updatedAt: _u, mergedInto: _m, ...input } = from;
  const merged = await catalog.putMethod(from.id, input, from.version, { mergedInto: into.id });
  return { body: { merged, into, movedTrials: moved }, headers: { etag: etag(merged.version) } };
});
