import type { APIRoute } from "astro";
import { pilotsToXlsx } from "../../../../shared/public/open-data/xlsx.ts";
import { EFFECT_COLUMNS, METHOD_EFFECT_COLUMNS, effectRows, methodEffectRows } from "../../../../shared/public/open-data/effects.ts";
import { siteData } from "../../lib/data.ts";
import { urls } from "../../lib/urls.ts";

/** Open data as an Excel workbook: the trials with the same columns as the CSV, then the effects per trial and per method. */
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const context = { offices: data.offices, methods: data.methods, pilotUrl: (p: (typeof data.pilots)[number]) => new URL(urls.pilot(p), site).href };
  const workbook = await pilotsToXlsx(data.pilots, context, [
    { name: "Effekter", columns: EFFECT_COLUMNS, rows: effectRows(data.pilots, context) },
    {
      name: "Metoder",
      columns: METHOD_EFFECT_COLUMNS,
      rows: methodEffectRows(data.methods, data.methodAggregate, (id) => data.pilotById.get(id)?.title ?? id),
    },
  ]);
  return new Response(workbook, { headers: { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } });
};
