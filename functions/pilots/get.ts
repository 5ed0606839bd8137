import { NotFoundError } from "../../shared/errors.ts";
import { pilots } from "../lib/clients.ts";
import { etag, httpHandler, pathParam, requirePrincipal } from "../lib/http.ts";
import { assertCanRead, seesWorkingCopy } from "../lib/pilot-access.ts";

export const handler = httpHandler("GET /api/pilots/{id}", {}, async (request) => {
  const actor = requirePrincipal(request);
  const pilot = await pilots.require(pathParam(request, "id"));
  assertCanRead(pilot, actor);
  if (seesWorkingCopy(pilot, actor) || pilot.publishedVersion === undefined) {
    return { status: 200, body: pilot, headers: { etag: etag(pilot.version) } };
  }
  // Other offices read the published version, not edits waiting for review.
  const published = await pilots.getRevision(pilot.id, pilot.publishedVersion);
  if (!published) throw new NotFoundError("Fant ikke den publiserte versjonen");
  const { reviewComment: _internal, ...snapshot } = published.snapshot;
  return { status: 200, body: snapshot, headers: { etag: etag(published.version) } };
});
