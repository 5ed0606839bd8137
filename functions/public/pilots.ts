import * as z from "zod";
import { publicRecords } from "../lib/clients.ts";
import { httpHandler, parseOrThrow } from "../lib/http.ts";

const QuerySchema = z.strictObject({
  updatedSince: z.iso.datetime({ offset: true, error: "Skriv et tidspunkt i ISO 8601, for eksempel 2025-01-31T12:00:00Z" }).optional(),
  cursor: z.string().max(4000).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

/**
 * The open-data export of published trials, oldest change first, paginated. With `updatedSince` it
 * returns every change after that time, withdrawn trials as tombstones (`deleted: true`).
 */
export const handler = httpHandler("GET /api/public/pilots", {}, async (request) => {
  const query = parseOrThrow(QuerySchema, request.query, "Ugyldige søkeparametere");
  const asOf = new Date().toISOString();
  const page = await publicRecords.page({
    updatedSince: query.updatedSince ? new Date(query.updatedSince).toISOString() : undefined,
    cursor: query.cursor,
    limit: query.limit ?? 100,
  });
  return {
    status: 200,
    headers: { "cache-control": "public, max-age=60" },
    body: { items: page.items, ...(page.cursor ? { cursor: page.cursor } : {}), asOf },
  };
});
