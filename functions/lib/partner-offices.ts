import type { PilotContent } from "../../shared/domain/pilot.ts";
import { ValidationError } from "../../shared/errors.ts";
import { catalog } from "./clients.ts";

/**
 * Partner offices must be offices the bank knows: an unknown id is refused with 422 at its place in the
 * list, so the form can say which one. The trial's own office is not a partner of itself.
 */
export async function requireKnownPartnerOffices(content: Pick<PilotContent, "partnerOfficeIds">, ownOffice: string): Promise<void> {
  const ids = content.partnerOfficeIds ?? [];
  if (!ids.length) return;
  const offices = await Promise.all(ids.map((id) => catalog.getOffice(id)));
  const errors = ids.flatMap((id, i) =>
    !offices[i]
      ? [{ pointer: `/partnerOfficeIds/${i}`, message: `Finner ikke kontoret «${id}». Velg kontoret fra listen.` }]
      : id === ownOffice
        ? [{ pointer: `/partnerOfficeIds/${i}`, message: "Ditt eget kontor kan ikke stå som samarbeidskontor." }]
        : [],
  );
  if (errors.length) throw new ValidationError("Ukjent samarbeidskontor", errors);
}
