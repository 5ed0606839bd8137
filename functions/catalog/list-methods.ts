import { listMethods } from "../../shared/contracts/catalog.ts";
import { httpHandler } from "../lib/http.ts";
import { methodsWithAggregates } from "../lib/method-list.ts";

/** Every method, merged ones included (with `mergedInto`), each with its derived figures. */
export const handler = httpHandler(listMethods, async () => ({ body: { items: await methodsWithAggregates() } }));
