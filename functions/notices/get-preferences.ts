import { getNoticePreferences } from "../../shared/contracts/notices.ts";
import { notices } from "../lib/clients.ts";
import { etag, httpHandler } from "../lib/http.ts";
import { addressOf } from "./address.ts";

export const handler = httpHandler(getNoticePreferences, async ({ principal }) => {
  const address = addressOf(principal);
  const { version, ...preferences } = await notices.preferences(address);
  return { body: { ...preferences, address, version }, headers: { etag: etag(version) } };
});
