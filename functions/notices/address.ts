import type { Principal } from "../../shared/domain/principal.ts";
import { ValidationError } from "../../shared/domain/errors.ts";
import { normalAddress } from "../../shared/domain/notices/preferences.ts";

/** The caller's work address from the token; notices cannot be set up without one. */
export function addressOf(principal: Principal): string {
  if (!principal.email) {
    throw new ValidationError("Innloggingen din har ingen e-postadresse, så vi kan ikke sende deg varsler", [
      { pointer: "/email", message: "Brukeren mangler e-postadresse" },
    ]);
  }
  return normalAddress(principal.email);
}
