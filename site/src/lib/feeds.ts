import { toAtom } from "../../../shared/public/index.ts";
import type { PublicPilot } from "../../../shared/domain/public-trial/public-pilot.ts";
import type { SiteData } from "./data.ts";
import { label } from "./labels.ts";
import { urls } from "./urls.ts";

/** How many of the newest trials a feed holds. */
export const FEED_ENTRIES = 50;

/** Feeds of one method, target group or county: `/<section>/<id>/feed.xml`, beside the page they belong to. */
export const feedUrls = {
  method: (slug: string) => `/metode/${slug}/feed.xml`,
  targetGroup: (code: string) => `/malgruppe/${code}/feed.xml`,
  county: (code: string) => `/fylke/${code}/feed.xml`,
} as const;

export const targetGroupUrl = (code: string) => `/malgruppe/${code}/`;

/**
 * An Atom feed of the newest published trials of a selection, newest first, with the same entries as the
 * site's main feed. Static: written at build time, readable without login.
 */
export function pilotFeed(options: {
  data: SiteData;
  site: URL | undefined;
  selfPath: string;
  pagePath: string;
  title: string;
  subtitle: string;
  pilots: readonly PublicPilot[];
}): Response {
  const absolute = (path: string) => new URL(path, options.site).href;
  const newest = [...options.pilots].sort((a, b) => b.firstPublishedAt.localeCompare(a.firstPublishedAt)).slice(0, FEED_ENTRIES);
  const xml = toAtom({
    id: absolute(options.selfPath),
    title: options.title,
    subtitle: options.subtitle,
    selfUrl: absolute(options.selfPath),
    siteUrl: absolute(options.pagePath),
    updated: newest.reduce((latest, p) => (p.publishedAt > latest ? p.publishedAt : latest), newest[0]?.publishedAt ?? options.data.updatedAt),
    author: "Arbeids- og velferdsdirektoratet",
    entries: newest.map((p) => ({
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
      author: options.data.officeName(p.officeId),
      categories: p.targetGroups.map(label.targetGroup),
    })),
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
