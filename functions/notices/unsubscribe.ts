import { unsubscribeNotices } from "../../shared/contracts/notices.ts";
import { ValidationError } from "../../shared/domain/errors.ts";
import { verifyUnsubscribeToken } from "../../shared/domain/notices/unsubscribe-token.ts";
import { notices } from "../lib/clients.ts";
import { httpHandler } from "../lib/http.ts";
import { jsonBody } from "../lib/json-body.ts";

/** The unsubscribe link's target: a signed token turns the optional notices off for its address, without login. */
export const handler = httpHandler(unsubscribeNotices, jsonBody, async ({ body }) => {
  const address = verifyUnsubscribeToken(body.token, await notices.unsubscribeKey());
  if (!address) {
    throw new ValidationError("Lenken for å melde seg av er ikke gyldig. Bruk lenken i den nyeste e-posten, eller endre varslene under Mine utprøvinger.", [
      { pointer: "/token", message: "Ugyldig avmeldingslenke" },
    ]);
  }
  await notices.unsubscribe(address, new Date().toISOString());
  return { body: { unsubscribed: true as const } };
});
