import type { APIRoute, GetStaticPaths } from "astro";
import { COUNTIES } from "../../../../../shared/domain/taxonomy.ts";
import { siteData } from "../../../lib/data.ts";
import { feedUrls, pilotFeed } from "../../../lib/feeds.ts";
import { urls } from "../../../lib/urls.ts";

export const getStaticPaths = (() => COUNTIES.map((county) => ({ params: { county: county.code }, props: { name: county.label } }))) satisfies GetStaticPaths;

/** Atom feed of the newest published trials from offices in one county. */
export const GET: APIRoute = async ({ site, params, props }) => {
  const data = await siteData();
  const { name } = props as { name: string };
  const code = String(params.county);
  return pilotFeed({
    data,
    site,
    selfPath: feedUrls.county(code),
    pagePath: urls.county(code),
    title: `Utprøvingsbanken – ${name}`,
    subtitle: `Nye utprøvinger fra NAV-kontorer i ${name}`,
    pilots: data.pilotsOfCounty(code),
  });
};
