import { getPilot } from "../../shared/api/pilots.ts";
import { NotFoundError } from "../../shared/errors.ts";
import { toPublicPilot } from "../../shared/public/projection.ts";
import { pilots } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { assertCanRead, seesWorkingCopy } from "../lib/pilot-access.ts";
import { publishedSnapshot } from "../lib/published.ts";

export const handler = httpHandler(getPilot, async (request) => {
  const actor = request.principal;
  const pilot = await pilots.require(request.params.id);
  assertCanRead(pilot, actor);
  if (seesWorkingCopy(pilot, actor)) return { body: pilot, headers: { etag: etag(pilot.version) } };
  // Other offices read what the public reads: the public projection of the published version (no authors,
  // no internal state, no review comments, small counts hidden).
  const published = await publishedSnapshot(pilot);
  if (!published?.publishedAt || !published.evidence || !pilot.firstPublishedAt) throw new NotFoundError("Fant ingen publisert versjon");
  return { body: toPublicPilot(published, pilot.firstPublishedAt) };
});
