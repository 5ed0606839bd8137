import { requestReconsideration } from "../../shared/contracts/review.ts";
import { ConflictError } from "../../shared/domain/errors.ts";
import { applyPilotAction } from "../../shared/application/pilot-workflow.ts";
import { pilots, workflow } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { jsonBody } from "../lib/json-body.ts";

export const handler = httpHandler(requestReconsideration, jsonBody, async ({ principal, params, ifMatch, body }) => {
  // One open request per trial (told only to its own office; others get the workflow's 403). Two requests
  // sent from the same version are kept apart by If-Match.
  const current = await pilots.require(params.id);
  if (current.officeId === principal.office && (await pilots.listReconsiderations(current.id)).some((r) => r.status === "open")) {
    throw new ConflictError("Det finnes allerede en åpen forespørsel om ny vurdering av denne utprøvingen. Du kan sende en ny når kuratoren har svart.");
  }
  const { pilot } = await applyPilotAction(workflow, {
    id: params.id,
    expectedVersion: ifMatch,
    actor: principal,
    action: { kind: "request_reconsideration", comment: body.comment },
  });
  return { body: pilot, headers: { etag: etag(pilot.version) } };
});
