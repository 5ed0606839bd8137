import { aggregateMethod, methodResolver } from "../../shared/public/aggregates-method.ts";
import { catalog, publicRecords } from "./clients.ts";

/**
 * Methods with figures derived from their published trials (never stored by hand): trials, offices,
 * outcomes by kind, strongest evidence, the recommendation, pooled measures and the replication tree.
 * Merged methods are listed with `mergedInto`, so their old slugs keep resolving.
 */
export async function methodsWithAggregates() {
  const [methods, published] = await Promise.all([catalog.listMethods(), publicRecords.allPublished()]);
  const resolveMethodId = methodResolver(methods);
  return methods.map(({ id, slug, name, description, aliases, recommended, recommendationNote, mergedInto, version, updatedAt }) => ({
    id,
    slug,
    name,
    description,
    aliases,
    recommended,
    recommendationNote,
    mergedInto,
    version,
    updatedAt,
    ...(mergedInto ? {} : { aggregates: aggregateMethod({ id, recommended }, published, { resolveMethodId }) }),
  }));
}
