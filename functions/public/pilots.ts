import { publicPilots } from "../../shared/contracts/public.ts";
import { publicRecords } from "../lib/clients.ts";
import { httpHandler } from "../lib/http.ts";

/**
 * The open-data export of published trials, oldest change first, paginated. With `updatedSince` it
 * returns every change after that time, withdrawn trials as tombstones (`deleted: true`).
 */
export const handler = httpHandler(publicPilots, async ({ query }) => {
  const asOf = new Date().toISOString();
  const page = await publicRecords.page({
    updatedSince: query.updatedSince ? new Date(query.updatedSince).toISOString() : undefined,
    cursor: query.cursor,
    limit: query.limit ?? 100,
  });
  return {
    headers: { "cache-control": "public, max-age=60" },
    body: { items: page.items, ...(page.cursor ? { cursor: page.cursor } : {}), asOf },
  };
});
