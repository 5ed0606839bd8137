/**
 * Derived views over the public export: pure functions over published trials, methods and offices, used by
 * the site build (and by the API for method aggregates). Nothing here reads a database or the file system.
 */
export {
  aggregateMethod,
  byNewest,
  byStrongestEvidence,
  emptyOutcomeCounts,
  methodResolver,
  methodSummaryText,
  pilotOfficeIds,
  poolMeasures,
  replicationTree,
  strongestEvidence,
  type MethodAggregate,
  type PooledMeasure,
  type ReplicationNode,
  type StrongestEvidence,
} from "./pages/method.ts";
export { GAP_MAP_FINDINGS, gapMap, gapMapFinding, type GapMap, type GapMapCell, type GapMapFinding } from "./pages/gap-map.ts";
export {
  NO_RESULTS_CODE,
  NO_RESULTS_LABEL,
  registryStatistics,
  RegistryStatisticsSchema,
  statistics,
  type CountRow,
  type RegistryEntry,
  type RegistryStatistics,
  type Statistics,
} from "../domain/public-trial/statistics.ts";
export { similarPilotsIndex, similarityScore } from "./pages/similar.ts";
export {
  CSV_COLUMNS,
  listCell,
  neutralise,
  OPEN_DATA_COLUMNS,
  openDataRows,
  pilotsToCsv,
  UTF8_BOM,
  type CsvValue,
  type OpenDataColumn,
  type OpenDataContext,
} from "./open-data/csv.ts";
export { escapeXml, toAtom, type AtomEntry, type AtomFeed } from "./feeds/atom.ts";
export { SITEMAP_MAX_URLS, toSitemap, toSitemapIndex } from "./feeds/sitemap.ts";
export * from "../domain/public-trial/format.ts";
export * from "../domain/public-trial/page-schemas.ts";
