import { submitPilot } from "../../shared/contracts/pilots.ts";
import { applyPilotAction } from "../../shared/application/pilot-workflow.ts";
import { workflow } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";

export const handler = httpHandler(submitPilot, async ({ principal, params, ifMatch }) => {
  const { pilot } = await applyPilotAction(workflow, { id: params.id, expectedVersion: ifMatch, actor: principal, action: { kind: "submit" } });
  return { body: pilot, headers: { etag: etag(pilot.version) } };
});
