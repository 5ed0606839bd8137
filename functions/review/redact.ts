import { redactPilot } from "../../shared/contracts/review.ts";
import { applyPilotAction } from "../../shared/application/pilot-workflow.ts";
import { workflow } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { jsonBody } from "../lib/json-body.ts";

export const handler = httpHandler(redactPilot, jsonBody, async ({ params, ifMatch, principal, body }) => {
  const spec = { fields: body.fields ?? [], identityNumbers: body.identityNumbers ?? false };
  const { pilot, change } = await applyPilotAction(workflow, {
    id: params.id,
    expectedVersion: ifMatch,
    actor: principal,
    action: { kind: "redact", spec, reason: body.reason },
  });
  const figures = change.redaction?.figures ?? { fieldsRedacted: 0, revisionsTouched: 0, itemsWritten: 0, slugReplaced: false };
  return { body: { pilot, ...figures }, headers: { etag: etag(pilot.version) } };
});
