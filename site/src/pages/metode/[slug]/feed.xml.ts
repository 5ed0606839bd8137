import type { APIRoute, GetStaticPaths } from "astro";
import { siteData } from "../../../lib/data.ts";
import { feedUrls, pilotFeed } from "../../../lib/feeds.ts";
import { urls } from "../../../lib/urls.ts";

export const getStaticPaths = (async () => {
  const data = await siteData();
  return data.methods.filter((m) => !m.mergedInto).map((method) => ({ params: { slug: method.slug }, props: { id: method.id, name: method.name } }));
}) satisfies GetStaticPaths;

/** Atom feed of one method's newest published trials. */
export const GET: APIRoute = async ({ site, params, props }) => {
  const data = await siteData();
  const { id, name } = props as { id: string; name: string };
  const slug = String(params.slug);
  return pilotFeed({
    data,
    site,
    selfPath: feedUrls.method(slug),
    pagePath: urls.method(slug),
    title: `Utprøvingsbanken – ${name}`,
    subtitle: `Nye utprøvinger av metoden ${name}`,
    pilots: data.pilotsOfMethod(id),
  });
};
