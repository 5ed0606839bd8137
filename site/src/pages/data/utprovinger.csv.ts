import type { APIRoute } from "astro";
import { pilotsToCsv } from "../../../../shared/public/index.ts";
import { siteData } from "../../lib/data.ts";
import { urls } from "../../lib/urls.ts";

/** Open data for spreadsheets: one row per trial, UTF-8 with BOM so Excel reads æ, ø and å. */
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const csv = pilotsToCsv(data.pilots, {
    offices: data.offices,
    methods: data.methods,
    pilotUrl: (p) => new URL(urls.pilot(p), site).href,
  });
  return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8" } });
};
