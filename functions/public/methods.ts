import { publicMethods } from "../../shared/contracts/public.ts";
import { httpHandler } from "../lib/http.ts";
import { methodsWithAggregates } from "../lib/method-list.ts";

export const handler = httpHandler(publicMethods, async () => ({
  headers: { "cache-control": "public, max-age=60" },
  body: { items: await methodsWithAggregates() },
}));
