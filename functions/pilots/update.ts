import { updatePilot } from "../../shared/contracts/pilots.ts";
import { applyPilotAction } from "../../shared/application/pilot-workflow.ts";
import { pilots, workflow } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { jsonBody } from "../lib/json-body.ts";
import { requireKnownReferences } from "../lib/known-references.ts";

export const handler = httpHandler(updatePilot, jsonBody, async ({ principal, params, ifMatch, body }) => {
  const current = await pilots.require(params.id);
  await requireKnownReferences(body, current.officeId, current.id);
  const { pilot } = await applyPilotAction(workflow, { id: params.id, expectedVersion: ifMatch, actor: principal, action: { kind: "update", content: body } });
  return { body: pilot, headers: { etag: etag(pilot.version) } };
});
