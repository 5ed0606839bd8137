import { getPilot } from "../../shared/api/pilots.ts";
import { canRead, publishedView, seesWorkingCopy } from "../../shared/domain/workflow.ts";
import { ForbiddenError, NotFoundError } from "../../shared/errors.ts";
import { publishedSnapshot } from "../../shared/services/pilot-workflow.ts";
import { pilots } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";

export const handler = httpHandler(getPilot, async (request) => {
  const actor = request.principal;
  const pilot = await pilots.require(request.params.id);
  if (!canRead(pilot, actor)) throw new ForbiddenError("Du kan bare se utprøvinger fra ditt eget kontor, og publiserte utprøvinger");
  if (seesWorkingCopy(pilot, actor)) return { body: pilot, headers: { etag: etag(pilot.version) } };
  const published = await publishedSnapshot(pilots, pilot);
  if (!published) throw new NotFoundError("Fant ingen publisert versjon");
  return { body: publishedView(published, pilot) };
});
