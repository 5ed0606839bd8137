import { redactPilot } from "../../shared/api/review.ts";
import { methodAggregates, redactions } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";

export const handler = httpHandler(redactPilot, async (request) => {
  const { fields, identityNumbers, reason } = request.body;
  const outcome = await redactions.redact(request.params.id, request.ifMatch, { fields: fields ?? [], identityNumbers: identityNumbers ?? false }, request.principal, reason);
  // The method's stored figures hold its trials' titles and addresses: recompute them from the redacted record.
  await methodAggregates.refresh([outcome.pilot.methodId]);
  return { body: outcome, headers: { etag: etag(outcome.pilot.version) } };
});
