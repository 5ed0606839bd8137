import type { Pilot } from "../../../../shared/domain/pilot.ts";
import type { SaveStatus } from "../../app/form/draft-sync.ts";

/** What the form's status line says about saving the draft. */
export function statusText(status: SaveStatus, pilot: Pilot | undefined): string {
  switch (status.kind) {
    case "idle":
      return pilot ? "Alle endringer er lagret." : "Utkastet lagres når du har skrevet en tittel.";
    case "pending":
      return "Endringer lagres snart …";
    case "saving":
      return "Lagrer …";
    case "saved":
      return `Lagret kl. ${status.at.toLocaleTimeString("nb-NO", { hour: "2-digit", minute: "2-digit" })}`;
    case "invalid":
      return status.needsTitle ? "Ikke lagret ennå: skriv en tittel for å lagre utkastet." : "Ikke lagret: rett feilene som er markert i skjemaet.";
    case "conflict":
      return "Ikke lagret: noen andre har lagret en nyere versjon.";
    case "error":
      return `Ikke lagret: ${status.message}`;
  }
}
