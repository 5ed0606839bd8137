import { answerReconsideration } from "../../shared/contracts/review.ts";
import { applyPilotAction } from "../../shared/application/pilot-workflow.ts";
import { workflow } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";

export const handler = httpHandler(answerReconsideration, async ({ principal, params, ifMatch, body }) => {
  const { pilot } = await applyPilotAction(workflow, {
    id: params.id,
    expectedVersion: ifMatch,
    actor: principal,
    action: { kind: "answer_reconsideration", ...body },
  });
  return { body: pilot, headers: { etag: etag(pilot.version) } };
});
