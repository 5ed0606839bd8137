import { publishPilot } from "../../shared/contracts/review.ts";
import { applyPilotAction } from "../../shared/application/pilot-workflow.ts";
import { workflow } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { jsonBody } from "../lib/json-body.ts";

export const handler = httpHandler(publishPilot, jsonBody, async ({ principal, params, ifMatch, body }) => {
  const { pilot } = await applyPilotAction(workflow, { id: params.id, expectedVersion: ifMatch, actor: principal, action: { kind: "publish", ...body } });
  return { body: pilot, headers: { etag: etag(pilot.version) } };
});
