import { PilotContentSchema } from "../../shared/domain/pilot.ts";
import { BadRequestError, ForbiddenError } from "../../shared/errors.ts";
import { catalog, pilots } from "../lib/clients.ts";
import { etag, httpHandler, requirePrincipal } from "../lib/http.ts";

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,128}$/;

export const handler = httpHandler("POST /api/pilots", { body: PilotContentSchema }, async (request) => {
  const actor = requirePrincipal(request);
  const officeId = actor.office;
  const office = officeId ? await catalog.getOffice(officeId) : undefined;
  if (!office) throw new ForbiddenError("Kontoret ditt er ikke registrert i Utprøvingsbanken. Kontakt en kurator.");

  const idempotencyKey = request.header("idempotency-key");
  if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
    throw new BadRequestError("Idempotency-Key må være 8–128 tegn (bokstaver, tall, - _ . :)", [
      { pointer: "/headers/idempotency-key", message: "Ugyldig nøkkel" },
    ]);
  }

  const { pilot, replayed } = await pilots.create({
    content: request.body,
    officeId: office.id,
    county: office.county,
    actor: { sub: actor.sub, name: actor.name },
    idempotencyKey,
  });
  return {
    status: 201,
    body: pilot,
    headers: {
      location: `/api/pilots/${pilot.id}`,
      etag: etag(pilot.version),
      ...(replayed ? { "idempotent-replayed": "true" } : {}),
    },
  };
});
