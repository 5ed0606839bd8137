import type { APIRoute, GetStaticPaths } from "astro";
import { TARGET_GROUPS } from "../../../../../shared/domain/taxonomy.ts";
import { siteData } from "../../../lib/data.ts";
import { feedUrls, pilotFeed, targetGroupUrl } from "../../../lib/feeds.ts";

export const getStaticPaths = (() => TARGET_GROUPS.map((group) => ({ params: { group: group.code }, props: { name: group.label } }))) satisfies GetStaticPaths;

/** Atom feed of the newest published trials for one target group. */
export const GET: APIRoute = async ({ site, params, props }) => {
  const data = await siteData();
  const { name } = props as { name: string };
  const code = String(params.group);
  return pilotFeed({
    data,
    site,
    selfPath: feedUrls.targetGroup(code),
    pagePath: targetGroupUrl(code),
    title: `Utprøvingsbanken – ${name}`,
    subtitle: `Nye utprøvinger for målgruppen ${name.toLocaleLowerCase("nb")}`,
    pilots: data.pilots.filter((p) => p.targetGroups.some((g) => g === code)),
  });
};
