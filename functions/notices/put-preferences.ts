import { putNoticePreferences } from "../../shared/contracts/notices.ts";
import { staleVersion } from "../../shared/domain/errors.ts";
import { notices } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { jsonBody } from "../lib/json-body.ts";
import { addressOf } from "./address.ts";

/**
 * Saves the caller's preferences and follows. Saving also records the caller's work address under their
 * login, so that notices about the trials they registered reach them as the trial's author.
 */
export const handler = httpHandler(putNoticePreferences, jsonBody, async ({ principal, body, ifMatch }) => {
  const address = addressOf(principal);
  const now = new Date().toISOString();
  const version = await notices.savePreferences(address, body, ifMatch, now);
  if (version === undefined) throw staleVersion();
  await notices.saveProfile(principal.sub, address, principal.name, now);
  return { body: { ...body, address, version }, headers: { etag: etag(version) } };
});
