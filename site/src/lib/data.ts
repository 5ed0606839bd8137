import { createHash } from "node:crypto";
import { renameSync, writeFileSync } from "node:fs";
import { getCollection } from "astro:content";
import {
  aggregateMethod,
  byNewest,
  DEFAULT_RUBRIC,
  methodResolver,
  pilotOfficeIds,
  similarPilotsIndex,
  type MethodAggregate,
  type PublicMethod,
  type PublicOffice,
  type PublicRubric,
} from "../../../shared/public/index.ts";
import type { PublicPilot } from "../../../shared/domain/public-trial/public-pilot.ts";
import type { RegistryStatistics } from "../../../shared/domain/public-trial/statistics.ts";
import { registryStatistics } from "./registry-statistics.ts";

/**
 * The public export as the pages use it: read from the content collections once per build, with the
 * lookups and derived views every page needs computed once and shared.
 */
export interface SiteData {
  /** Published trials, newest first. */
  readonly pilots: readonly PublicPilot[];
  readonly pilotById: ReadonlyMap<string, PublicPilot>;
  /** Offices by name. */
  readonly offices: readonly PublicOffice[];
  readonly officeById: ReadonlyMap<string, PublicOffice>;
  /** Every method, merged ones included. */
  readonly methods: readonly PublicMethod[];
  /** Methods that are not merged into another, by name. */
  readonly liveMethods: readonly PublicMethod[];
  readonly methodById: ReadonlyMap<string, PublicMethod>;
  readonly rubric: PublicRubric;
  /** The counts over every registered trial, drafts included; undefined when the source has none. */
  readonly registry: RegistryStatistics | undefined;
  /** The latest publication time in the export. */
  readonly updatedAt: string;
  officeName(id: string): string;
  /** The live method a trial belongs to, following merges. */
  methodOf(pilot: PublicPilot): PublicMethod | undefined;
  pilotsOfMethod(methodId: string): readonly PublicPilot[];
  /** Trials an office owns or took part in, newest first. */
  pilotsOfOffice(officeId: string): readonly PublicPilot[];
  pilotsOfCounty(county: string): readonly PublicPilot[];
  /** Trials that copied this one. */
  copiesOf(pilotId: string): readonly PublicPilot[];
  similarTo(pilot: PublicPilot): readonly PublicPilot[];
  methodAggregate(methodId: string): MethodAggregate;
  /**
   * The incremental build's cache key of a trial's page: a digest of everything the page shows (the trial,
   * its method, the office names, the original it copies, its copies, the same method's other trials and the
   * similar ones). Equal keys mean the page from the previous build can be reused as it is.
   */
  pilotPageKey(pilot: PublicPilot): string;
  /**
   * The cache key of a list page (an office, a county, a method): a digest of the page's own parts, the
   * office names and every trial it lists, so a publish renders again only the lists the trial is on.
   */
  listPageKey(parts: unknown, pilots: readonly PublicPilot[]): string;
}

function digestOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("base64url");
}

/** How many of the same method's other trials a trial page lists, and how many similar ones. */
export const SAME_METHOD_LIMIT = 8;
const SIMILAR_LIMIT = 5;

let cached: Promise<SiteData> | undefined;

/** Each trial record's digest, kept while the record is: the publisher gives the unchanged ones again. */
const digests = new WeakMap<object, string>();
function cachedDigest(value: object): string {
  let digest = digests.get(value);
  if (!digest) {
    digest = digestOf(value);
    digests.set(value, digest);
  }
  return digest;
}
const pilotDigest: (pilot: PublicPilot) => string = cachedDigest;

/** A digest of a list of trials, in its order; the lists are made once per set of records. */
const listVersions = new WeakMap<readonly PublicPilot[], string>();
function listVersion(list: readonly PublicPilot[]): string {
  let version = listVersions.get(list);
  if (!version) {
    version = digestOf(list.map(pilotDigest));
    listVersions.set(list, version);
  }
  return version;
}
const NONE: readonly PublicPilot[] = [];

/**
 * Each trial page's key with what it was made from, kept from one set of records to the next (the publisher
 * gives it a new set per change): a trial whose inputs are unchanged keeps its key without weighing its
 * similar trials again, which is most of what the keys cost in a large bank.
 */
const pageKeys = new Map<string, { readonly inputs: string; readonly key: string }>();

/** How many trial page keys are kept: one per trial of the records last assembled, once its page's key was asked for. */
export function keptPageKeys(): number {
  return pageKeys.size;
}

export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

/** The public export's records, as the content collections hold them. */
export interface ExportRecords {
  pilots: readonly PublicPilot[];
  methods: readonly PublicMethod[];
  offices: readonly PublicOffice[];
  rubric?: PublicRubric | undefined;
  /** The counts over every registered trial, when the source has them. */
  registry?: RegistryStatistics | undefined;
}

/**
 * Outside an Astro build (the publish renderer, `site/render/`): the pages read these records instead of
 * the content collections, from the next `siteData()` on.
 */
export function useExportRecords(records: ExportRecords): void {
  cached = Promise.resolve(assemble(records));
}

function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

async function load(): Promise<SiteData> {
  const [pilotEntries, methodEntries, officeEntries, rubricEntries, registry] = await Promise.all([
    getCollection("pilots"),
    getCollection("methods"),
    getCollection("offices"),
    getCollection("rubric"),
    registryStatistics(),
  ]);
  // The loaders validated every record with the shared schemas before storing it.
  const records: ExportRecords = {
    pilots: pilotEntries.map((e: { data: PublicPilot }) => e.data),
    methods: methodEntries.map((e: { data: PublicMethod }) => e.data),
    offices: officeEntries.map((e: { data: PublicOffice }) => e.data),
    rubric: rubricEntries[0]?.data,
    registry,
  };
  // For the publisher (`site/publish/`), which goes on from the records this build's pages were made from.
  const recordsFile = process.env.UTP_BUILD_RECORDS?.trim();
  if (recordsFile) {
    writeFileSync(`${recordsFile}.tmp`, JSON.stringify(records));
    renameSync(`${recordsFile}.tmp`, recordsFile);
  }
  return assemble(records);
}

function assemble(records: ExportRecords): SiteData {
  const pilots: PublicPilot[] = [...records.pilots].sort(byNewest);
  // In one order whatever the source's: by id.
  const methods: PublicMethod[] = [...records.methods].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const offices: PublicOffice[] = [...records.offices].sort((a, b) => a.name.localeCompare(b.name, "nb") || (a.id < b.id ? -1 : 1));
  const rubric: PublicRubric = records.rubric ?? DEFAULT_RUBRIC;

  const pilotById = new Map(pilots.map((p) => [p.id, p]));
  // A trial no longer among the records (withdrawn) has no page, and no kept key.
  for (const id of pageKeys.keys()) if (!pilotById.has(id)) pageKeys.delete(id);
  const officeById = new Map(offices.map((o) => [o.id, o]));
  const methodById = new Map(methods.map((m) => [m.id, m]));
  const resolveMethodId = methodResolver(methods);
  const liveMethods = methods.filter((m) => !m.mergedInto).sort((a, b) => a.name.localeCompare(b.name, "nb"));
  const byMethod = groupBy(pilots, (p) => (p.methodId ? [resolveMethodId(p.methodId)] : []));
  const byOffice = groupBy(pilots, pilotOfficeIds);
  const byCounty = groupBy(pilots, (p) => [p.county]);
  const copies = groupBy(pilots, (p) => (p.replicatesPilotId ? [p.replicatesPilotId] : []));
  const similar = similarPilotsIndex(pilots);
  const aggregates = new Map<string, MethodAggregate>();
  // Trials of a method per office: a trial page lists the method's trials at other offices.
  const methodOfficeCounts = new Map<string, Map<string, number>>();
  for (const [methodId, list] of byMethod) {
    const counts = new Map<string, number>();
    for (const p of list) counts.set(p.officeId, (counts.get(p.officeId) ?? 0) + 1);
    methodOfficeCounts.set(methodId, counts);
  }
  /** The method's trials at other offices than the trial's: how many, and the first `limit`. */
  const sameMethodElsewhere = (pilot: PublicPilot, methodId: string, limit: number) => {
    const list = byMethod.get(methodId) ?? [];
    const first: PublicPilot[] = [];
    for (const p of list) {
      if (first.length >= limit) break;
      if (p.id !== pilot.id && p.officeId !== pilot.officeId) first.push(p);
    }
    return { count: list.length - (methodOfficeCounts.get(methodId)?.get(pilot.officeId) ?? 0), first };
  };
  // Office names appear on every trial page; renaming an office is rare, so it renews them all.
  const officesDigest = digestOf(offices.map((o) => [o.id, o.name]));
  const updatedAt = pilots.reduce((max, p) => (p.publishedAt > max ? p.publishedAt : max), "1970-01-01T00:00:00.000Z");

  return {
    pilots,
    pilotById,
    offices,
    officeById,
    methods,
    liveMethods,
    methodById,
    rubric,
    registry: records.registry,
    updatedAt,
    officeName: (id) => officeById.get(id)?.name ?? id,
    methodOf: (pilot) => (pilot.methodId ? methodById.get(resolveMethodId(pilot.methodId)) : undefined),
    pilotsOfMethod: (id) => byMethod.get(id) ?? [],
    pilotsOfOffice: (id) => byOffice.get(id) ?? [],
    pilotsOfCounty: (county) => byCounty.get(county) ?? [],
    copiesOf: (id) => copies.get(id) ?? [],
    similarTo: (pilot) => similar(pilot, SIMILAR_LIMIT),
    pilotPageKey: (pilot) => {
      const method = pilot.methodId ? methodById.get(resolveMethodId(pilot.methodId)) : undefined;
      const original = pilot.replicatesPilotId ? pilotById.get(pilot.replicatesPilotId) : undefined;
      // Everything the key below reads: the trial, the office names, its method, its original, and the lists
      // its copies, its method's other trials and its similar trials are taken from.
      const inputs = [
        pilotDigest(pilot),
        officesDigest,
        method ? cachedDigest(method) : "",
        original ? pilotDigest(original) : "",
        listVersion(copies.get(pilot.id) ?? NONE),
        method ? listVersion(byMethod.get(method.id) ?? NONE) : "",
        ...similar.inputs(pilot, listVersion),
      ].join(" ");
      const kept = pageKeys.get(pilot.id);
      if (kept?.inputs === inputs) return kept.key;
      const sameMethod = method ? sameMethodElsewhere(pilot, method.id, SAME_METHOD_LIMIT) : { count: 0, first: [] };
      const key = digestOf([
        pilotDigest(pilot),
        officesDigest,
        method ? cachedDigest(method) : null,
        original ? pilotDigest(original) : null,
        (copies.get(pilot.id) ?? []).map(pilotDigest),
        sameMethod.count,
        sameMethod.first.map(pilotDigest),
        similar(pilot, SIMILAR_LIMIT).map(pilotDigest),
      ]);
      pageKeys.set(pilot.id, { inputs, key });
      return key;
    },
    listPageKey: (parts, listed) => digestOf([officesDigest, parts, listed.map(pilotDigest)]),
    methodAggregate: (id) => {
      let aggregate = aggregates.get(id);
      if (!aggregate) {
        const method = methodById.get(id);
        aggregate = aggregateMethod(method ?? { id }, byMethod.get(id) ?? [], { resolveMethodId });
        aggregates.set(id, aggregate);
      }
      return aggregate;
    },
  };
}
