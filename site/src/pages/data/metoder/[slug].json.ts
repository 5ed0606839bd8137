import type { APIRoute, GetStaticPaths } from "astro";
import type { PublicMethod } from "../../../../../shared/public/index.ts";
import { siteData } from "../../../lib/data.ts";
import { methodSummary } from "../../../lib/method-summary.ts";
import { urls } from "../../../lib/urls.ts";

/**
 * One small file per method for the page that compares methods, fetched only for the methods the reader
 * picks (`/data/metoder/<slug>.json`): a few hundred bytes each, however many methods the bank holds.
 */
export const getStaticPaths = (async () => {
  const data = await siteData();
  return data.liveMethods.map((method) => ({ params: { slug: method.slug }, props: { method } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ method: PublicMethod }> = async ({ props }) => {
  const data = await siteData();
  const { method } = props;
  const summary = methodSummary(method, data.methodAggregate(method.id), data.pilotsOfMethod(method.id), urls.method(method.slug));
  return new Response(JSON.stringify(summary), { headers: { "content-type": "application/json; charset=utf-8" } });
};
