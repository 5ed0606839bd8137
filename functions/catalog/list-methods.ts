import { httpHandler } from "../lib/http.ts";
import { methodsWithAggregates } from "../lib/method-list.ts";

/** Every method, merged ones included (with `mergedInto`), each with its derived figures. */
export const handler = httpHandler("GET /api/methods", {}, async () => ({
  status: 200,
  body: { items: await methodsWithAggregates() },
}));
