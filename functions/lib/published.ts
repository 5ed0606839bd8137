import type { Pilot } from "../../shared/domain/pilot.ts";
import { NotFoundError } from "../../shared/errors.ts";
import { pilots } from "./clients.ts";

/** The trial as it is public: the published revision's content with the curators' current decisions. */
export async function publishedSnapshot(pilot: Pilot): Promise<Pilot | undefined> {
  if (pilot.publishedVersion === undefined) return undefined;
  if (pilot.publishedVersion === pilot.version) return pilot;
  const revision = await pilots.getRevision(pilot.id, pilot.publishedVersion);
  if (!revision) throw new NotFoundError("Fant ikke den publiserte versjonen");
  return { ...revision.snapshot, evidence: pilot.evidence, methodId: pilot.methodId };
}
