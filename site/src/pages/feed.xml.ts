import type { APIRoute } from "astro";
import { toAtom } from "../../../shared/public/index.ts";
import { siteData } from "../lib/data.ts";
import { label } from "../lib/labels.ts";
import { urls } from "../lib/urls.ts";

const ENTRIES = 50;

/** Atom feed of the newest published trials. */
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const absolute = (path: string) => new URL(path, site).href;
  const xml = toAtom({
    id: absolute("/"),
    title: "Utprøvingsbanken – nye utprøvinger",
    subtitle: "Nylig publiserte lokale utprøvinger i NAV",
    selfUrl: absolute(urls.feed),
    siteUrl: absolute("/"),
    updated: data.updatedAt,
    author: "Arbeids- og velferdsdirektoratet",
    entries: data.pilots.slice(0, ENTRIES).map((p) => ({
      id: absolute(urls.pilot(p)),
      title: p.title,
      url: absolute(urls.pilot(p)),
      updated: p.publishedAt,
      published: p.firstPublishedAt,
      summary: [
        p.summary,
        `Resultat: ${p.results ? label.outcome(p.results.outcome) : "ingen resultater ennå"}. Kunnskapsgrunnlag nivå ${p.evidence.strength}: ${label.evidence(p.evidence.strength, p.evidence.direction)}.`,
      ]
        .filter(Boolean)
        .join(" "),
      author: data.officeName(p.officeId),
      categories: p.targetGroups.map(label.targetGroup),
    })),
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
};
