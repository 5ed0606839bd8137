import { createPilot } from "../../shared/contracts/pilots.ts";
import { ForbiddenError } from "../../shared/domain/errors.ts";
import { catalog, pilots } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { jsonBody } from "../lib/json-body.ts";
import { requireKnownReferences } from "../lib/known-references.ts";

export const handler = httpHandler(createPilot, jsonBody, async (request) => {
  const actor = request.principal;
  const officeId = actor.office;
  const office = officeId ? await catalog.getOffice(officeId) : undefined;
  if (!office) throw new ForbiddenError("Kontoret ditt er ikke registrert i Utprøvingsbanken. Kontakt en kurator.");
  await requireKnownReferences(request.body, office.id);

  const { pilot, replayed } = await pilots.create({
    content: request.body,
    officeId: office.id,
    county: office.county,
    actor: { sub: actor.sub, name: actor.name },
    idempotencyKey: request.idempotencyKey,
  });
  return {
    body: pilot,
    headers: {
      location: `/api/pilots/${pilot.id}`,
      etag: etag(pilot.version),
      ...(replayed ? { "idempotent-replayed": "true" } : {}),
    },
  };
});
