import { catalog } from "../lib/clients.ts";
import { httpHandler } from "../lib/http.ts";

export const handler = httpHandler("GET /api/offices", {}, async () => ({
  status: 200,
  body: { items: await catalog.listOffices() },
}));
