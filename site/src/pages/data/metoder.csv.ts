import type { APIRoute } from "astro";
import { tableToCsv } from "../../../../shared/public/open-data/csv.ts";
import { METHOD_EFFECT_COLUMNS, methodEffectRows } from "../../../../shared/public/open-data/effects.ts";
import { siteData } from "../../lib/data.ts";

/** Each method's pooled effect per standard measure, with its confidence and prediction intervals. */
export const GET: APIRoute = async () => {
  const data = await siteData();
  const rows = methodEffectRows(data.methods, data.methodAggregate, (id) => data.pilotById.get(id)?.title ?? id);
  return new Response(tableToCsv(METHOD_EFFECT_COLUMNS, rows), { headers: { "content-type": "text/csv; charset=utf-8" } });
};
