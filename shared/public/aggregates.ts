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
} from "./aggregates-method.ts";
export { GAP_MAP_FINDINGS, gapMap, gapMapFinding, type GapMap, type GapMapCell, type GapMapFinding } from "./aggregates-gap-map.ts";
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
} from "./aggregates-statistics.ts";
export { similarPilotsIndex, similarityScore } from "./aggregates-similar.ts";
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
} from "./aggregates-csv.ts";
export { escapeXml, toAtom, type AtomEntry, type AtomFeed } from "./aggregates-atom.ts";
export { SITEMAP_MAX_URLS, toSitemap, toSitemapIndex } from "./sitemap.ts";
export * from "./aggregates-format.ts";
export * from "./aggregates-schemas.ts";
