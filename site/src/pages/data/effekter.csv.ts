import type { APIRoute } from "astro";
import { tableToCsv } from "../../../../shared/public/open-data/csv.ts";
import { EFFECT_COLUMNS, effectRows } from "../../../../shared/public/open-data/effects.ts";
import { siteData } from "../../lib/data.ts";
import { urls } from "../../lib/urls.ts";

/** Each trial's effect per measure: the difference from its comparison group, or its share alone, with the 95 % interval. */
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const rows = effectRows(data.pilots, { offices: data.offices, methods: data.methods, pilotUrl: (p) => new URL(urls.pilot(p), site).href });
  return new Response(tableToCsv(EFFECT_COLUMNS, rows), { headers: { "content-type": "text/csv; charset=utf-8" } });
};
