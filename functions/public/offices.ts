import { publicOffices } from "../../shared/contracts/public.ts";
import { catalog } from "../lib/clients.ts";
import { httpHandler } from "../lib/http.ts";

export const handler = httpHandler(publicOffices, async () => ({
  headers: { "cache-control": "public, max-age=300" },
  body: { items: (await catalog.listOffices()).map(({ id, name, county, municipality }) => ({ id, name, county, municipality })) },
}));
