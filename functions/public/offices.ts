import { catalog } from "../lib/clients.ts";
import { httpHandler } from "../lib/http.ts";

export const handler = httpHandler("GET /api/public/offices", {}, async () => ({
  status: 200,
  headers: { "cache-control": "public, max-age=300" },
  body: { items: (await catalog.listOffices()).map(({ id, name, county, municipality }) => ({ id, name, county, municipality })) },
}));
