import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import type { core } from "zod";
import { PublicMethodSchema, PublicOfficeSchema, PublicRubricSchema } from "../../../shared/public/index.ts";
import { PublicPilotSchema, type PublicPilot } from "../../../shared/domain/public-trial/public-pilot.ts";
import { exportSourceFromEnv, fetchMethods, fetchOffices, fetchPilotPages, fetchRubric, readSnapshot, sourceKey, type ExportSource } from "./export-source.ts";

/**
 * Content loaders for the public export. The trials loader keeps its store between builds: against the
 * API it asks only for what changed since the last build (`updatedSince`, kept in the loader's meta store)
 * and applies tombstones; from a snapshot it replaces the collection and skips unchanged entries by digest.
 * Methods, offices and the rubric are small and read whole every time.
 */

const META_SOURCE = "source";
const META_UPDATED_SINCE = "updatedSince";

/** Resets the store when the source changed since the last build, so two sources are never mixed. */
function useSource(context: LoaderContext, source: ExportSource): void {
  const key = sourceKey(source);
  if (context.meta.get(META_SOURCE) !== key) {
    context.store.clear();
    context.meta.delete(META_UPDATED_SINCE);
    context.meta.set(META_SOURCE, key);
  }
}

/**
 * With `UTP_SEARCH_HANDOFF` set (a folder), each loader also writes its collection there as JSON once it
 * has synced, so the build script can index the trials for search while Astro renders the pages, from the
 * very records the pages are made of. Written to a temporary name and renamed: a reader sees it whole or not
 * at all.
 */
export function handOff(collection: string, context: LoaderContext, env: NodeJS.ProcessEnv = process.env): void {
  const dir = env.UTP_SEARCH_HANDOFF?.trim();
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${collection}.json`);
  writeFileSync(`${file}.tmp`, JSON.stringify([...context.store.values()].map((entry) => entry.data)));
  renameSync(`${file}.tmp`, file);
}

function setEntry(context: LoaderContext, id: string, data: Record<string, unknown>): void {
  context.store.set({ id, data, digest: context.generateDigest(data) });
}

/** Replaces the whole collection with these entries; unchanged ones keep their digest. */
function replaceAll(context: LoaderContext, entries: readonly { id: string; data: Record<string, unknown> }[]): void {
  const keep = new Set<string>();
  for (const entry of entries) {
    keep.add(entry.id);
    setEntry(context, entry.id, entry.data);
  }
  for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
}

export interface PilotSyncResult {
  readonly mode: "full" | "incremental";
  readonly upserted: number;
  readonly deleted: number;
}

/** Applies the export's pages to the store: trials are set, tombstones delete. Exported for tests. */
export async function syncPilotsFromApi(context: LoaderContext, source: { url: string }, fetchImpl: typeof fetch = fetch): Promise<PilotSyncResult> {
  const updatedSince = context.meta.get(META_UPDATED_SINCE);
  if (!updatedSince) context.store.clear();
  let upserted = 0;
  let deleted = 0;
  let asOf: string | undefined;
  for await (const page of fetchPilotPages(source, updatedSince, fetchImpl)) {
    // The first page's time: anything changed while we paged is fetched again next time, never missed.
    asOf ??= page.asOf;
    for (const item of page.items) {
      if ("deleted" in item) {
        context.store.delete(item.id);
        deleted += 1;
      } else {
        setEntry(context, item.id, item satisfies PublicPilot);
        upserted += 1;
      }
    }
  }
  if (asOf) context.meta.set(META_UPDATED_SINCE, asOf);
  return { mode: updatedSince ? "incremental" : "full", upserted, deleted };
}

export function pilotsLoader(): Loader {
  return {
    name: "utp-public-pilots",
    schema: PublicPilotSchema,
    async load(context) {
      const source = exportSourceFromEnv();
      useSource(context, source);
      if (source.kind === "snapshot") {
        const snapshot = await readSnapshot(source.path);
        replaceAll(
          context,
          snapshot.pilots.map((p) => ({ id: p.id, data: p })),
        );
        context.logger.info(`${snapshot.pilots.length} utprøvinger fra ${source.path}`);
      } else {
        const result = await syncPilotsFromApi(context, source);
        context.logger.info(`${result.mode === "full" ? "Hentet alle" : "Oppdatert"}: ${result.upserted} utprøvinger, ${result.deleted} trukket tilbake`);
      }
      handOff("pilots", context);
    },
  };
}

/** A small catalogue read whole: methods, offices or the rubric. */
function catalogLoader<T extends Record<string, unknown>>(
  collection: string,
  name: string,
  schema: core.$ZodType,
  fromSnapshot: (snapshot: Awaited<ReturnType<typeof readSnapshot>>) => readonly T[],
  fromApi: (source: { url: string }) => Promise<readonly T[]>,
  idOf: (item: T) => string,
): Loader {
  return {
    name,
    schema,
    async load(context) {
      const source = exportSourceFromEnv();
      useSource(context, source);
      const items = source.kind === "snapshot" ? fromSnapshot(await readSnapshot(source.path)) : await fromApi(source);
      replaceAll(
        context,
        items.map((item) => ({ id: idOf(item), data: item })),
      );
      handOff(collection, context);
    },
  };
}

export function methodsLoader(): Loader {
  return catalogLoader(
    "methods",
    "utp-public-methods",
    PublicMethodSchema,
    (s) => s.methods,
    fetchMethods,
    (m) => m.slug,
  );
}

export function officesLoader(): Loader {
  return catalogLoader(
    "offices",
    "utp-public-offices",
    PublicOfficeSchema,
    (s) => s.offices,
    fetchOffices,
    (o) => o.id,
  );
}

export function rubricLoader(): Loader {
  return catalogLoader(
    "rubric",
    "utp-public-rubric",
    PublicRubricSchema,
    (s) => [s.rubric],
    async (source) => [await fetchRubric(source)],
    () => "rubric",
  );
}
