import { aggregateMethod } from "../../shared/public/pages/method.ts";
import { catalog, methodAggregates } from "./clients.ts";

/**
 * Methods with figures derived from their published trials (never stored by hand): trials, offices,
 * outcomes by kind, strongest evidence, the recommendation, pooled measures and the replication tree.
 * The figures are kept up to date on every publish, withdrawal, re-rating and move
 * (`MethodAggregateStore`), so this reads two queries — the methods and their aggregates — whatever the
 * number of trials. Merged methods are listed with `mergedInto`, so their old slugs keep resolving.
 */
export async function methodsWithAggregates() {
  const [methods, stored] = await Promise.all([catalog.listMethods(), methodAggregates.all()]);
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
    // A method without trials has no stored figures yet; the recommendation is the method's own, as it is now.
    ...(mergedInto ? {} : { aggregates: { ...(stored.get(id) ?? aggregateMethod({ id, recommended }, [])), recommended: recommended === true } }),
  }));
}
