import { getPilot } from "../../shared/contracts/pilots.ts";
import { canRead, seesWorkingCopy } from "../../shared/domain/workflow.ts";
import { ForbiddenError, NotFoundError } from "../../shared/domain/errors.ts";
import { toPublicPilot } from "../../shared/domain/public-trial/projection.ts";
import { publishedSnapshot } from "../../shared/application/pilot-workflow.ts";
import { pilots } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";

export const handler = httpHandler(getPilot, async (request) => {
  const actor = request.principal;
  const pilot = await pilots.require(request.params.id);
  if (!canRead(pilot, actor)) throw new ForbiddenError("Du kan bare se utprøvinger fra ditt eget kontor, og publiserte utprøvinger");
  if (seesWorkingCopy(pilot, actor)) return { body: pilot, headers: { etag: etag(pilot.version) } };
  // Other offices read what the public reads: the public projection of the published version (no authors,
  // no internal state, no review comments, small counts hidden).
  const published = await publishedSnapshot(pilots, pilot);
  if (!published?.publishedAt || !published.evidence || !pilot.firstPublishedAt) throw new NotFoundError("Fant ingen publisert versjon");
  return { body: toPublicPilot(published, pilot.firstPublishedAt) };
});
