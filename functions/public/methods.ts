import { httpHandler } from "../lib/http.ts";
import { methodsWithAggregates } from "../lib/method-list.ts";

export const handler = httpHandler("GET /api/public/methods", {}, async () => ({
  status: 200,
  headers: { "cache-control": "public, max-age=60" },
  body: { items: await methodsWithAggregates() },
}));
