import type { PilotContent } from "../../shared/domain/pilot.ts";
import { ValidationError } from "../../shared/domain/errors.ts";
import { catalog, pilots } from "./clients.ts";

type References = Pick<PilotContent, "partnerOfficeIds" | "methodId" | "replicatesPilotId">;

/**
 * What a trial's content refers to must exist: partner offices, the method and the trial it copies. An unknown
 * id is refused with 422 at its field (partner offices at their place in the list), all at once, so the form
 * can say which. The trial's own office is not a partner of itself, nor a trial a copy of itself.
 */
export async function requireKnownReferences(content: References, ownOffice: string, ownId?: string): Promise<void> {
  const ids = content.partnerOfficeIds ?? [];
  const [offices, method, original] = await Promise.all([
    Promise.all(ids.map((id) => catalog.getOffice(id))),
    content.methodId ? catalog.resolveMethod(content.methodId) : undefined,
    content.replicatesPilotId ? pilots.get(content.replicatesPilotId) : undefined,
  ]);
  const errors = ids.flatMap((id, i) =>
    !offices[i]
      ? [{ pointer: `/partnerOfficeIds/${i}`, message: `Finner ikke kontoret «${id}». Velg kontoret fra listen.` }]
      : id === ownOffice
        ? [{ pointer: `/partnerOfficeIds/${i}`, message: "Ditt eget kontor kan ikke stå som samarbeidskontor." }]
        : [],
  );
  if (content.methodId && !method) errors.push({ pointer: "/methodId", message: `Finner ikke metoden «${content.methodId}». Velg en metode fra listen.` });
  // Another office's trial is known to this one only once it is published.
  const visible =
    original &&
    original.id !== ownId &&
    (original.publishedVersion !== undefined || original.firstPublishedAt !== undefined || original.officeId === ownOffice);
  if (content.replicatesPilotId && !visible) {
    errors.push({ pointer: "/replicatesPilotId", message: "Finner ikke utprøvingen dette skal være en kopi av. Velg den på nytt fra listen." });
  }
  if (errors.length) throw new ValidationError("Ukjent henvisning", errors);
}
