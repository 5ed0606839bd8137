import { listOffices } from "../../shared/contracts/catalog.ts";
import { catalog } from "../lib/clients.ts";
import { httpHandler } from "../lib/http.ts";

export const handler = httpHandler(listOffices, async () => ({ body: { items: await catalog.listOffices() } }));
