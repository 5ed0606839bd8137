import type { APIRoute } from "astro";
import { pilotsToXlsx } from "../../../../shared/public/open-data-xlsx.ts";
import { siteData } from "../../lib/data.ts";
import { urls } from "../../lib/urls.ts";

/** Open data as an Excel workbook: the same columns as the CSV, typed, for Norwegian Excel. */
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const workbook = await pilotsToXlsx(data.pilots, {
    offices: data.offices,
    methods: data.methods,
    pilotUrl: (p) => new URL(urls.pilot(p), site).href,
  });
  return new Response(workbook, { headers: { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } });
};
