import { getPilot } from "../../shared/api/pilots.ts";
import { NotFoundError } from "../../shared/errors.ts";
import { pilots } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { assertCanRead, seesWorkingCopy } from "../lib/pilot-access.ts";
import { publishedSnapshot } from "../lib/published.ts";

export const handler = httpHandler(getPilot, async (request) => {
  const actor = request.principal;
  const pilot = await pilots.require(request.params.id);
  assertCanRead(pilot, actor);
  if (seesWorkingCopy(pilot, actor)) return { body: pilot, headers: { etag: etag(pilot.version) } };
  // Other offices read the published version, not edits waiting for review, and no internal comments.
  const published = await publishedSnapshot(pilot);
  if (!published) throw new NotFoundError("Fant ingen publisert versjon");
  const { reviewComment: _internal, hasPendingChanges: _pending, ...visible } = published;
  return { body: { ...visible, state: pilot.state } };
});
