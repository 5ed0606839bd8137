import type { APIRoute } from "astro";
import { siteData } from "../../lib/data.ts";

/**
 * Open data: every published trial exactly as the public projection gives it, with the offices and
 * methods its ids refer to, and the methods' pooled effects. Each measure of a trial carries its own `effect`.
 * The site's search index is built from this file too.
 */
export const GET: APIRoute = async () => {
  const data = await siteData();
  const body = {
    description: "Publiserte utprøvinger i Utprøvingsbanken. Antall under 5 vises som «færre enn 5».",
    generatedAt: data.updatedAt,
    count: data.pilots.length,
    items: data.pilots,
    offices: data.offices,
    methods: data.methods,
    // Per method and standard measure: each trial's difference from its comparison group and the pool of them.
    methodEffects: data.methods
      .filter((m) => !m.mergedInto)
      .flatMap((m) =>
        data
          .methodAggregate(m.id)
          .pooled.flatMap((p) => (p.effects ? [{ methodId: m.id, measureCode: p.measureCode, label: p.label, unit: p.unit, ...p.effects }] : [])),
      ),
  };
  return new Response(JSON.stringify(body), { headers: { "content-type": "application/json; charset=utf-8" } });
};
