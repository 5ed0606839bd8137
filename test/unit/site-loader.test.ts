import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LoaderContext } from "astro/loaders";
import { afterEach, describe, expect, it } from "vitest";
import type { PublicPilot, PublicTombstone } from "../../shared/domain/public-trial/public-pilot.ts";
import { pilotsLoader, syncPilotsFromApi } from "../../site/src/loaders/public-export.ts";
import { publicPilot } from "../support/public-pilot-builder.ts";

/** A loader context with in-memory stores, as Astro hands one to `load()` (meta survives between builds). */
function fakeContext(meta = new Map<string, string>()) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string | number }>();
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: { id: string; data: Record<string, unknown>; digest?: string | number }) => {
      if (entries.get(entry.id)?.digest === entry.digest && entry.digest !== undefined) return false;
      entries.set(entry.id, entry);
      return true;
    },
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    has: (id: string) => entries.has(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    entries: () => [...entries.entries()],
    addModuleImport: () => {},
  };
  const context = {
    collection: "pilots",
    store,
    meta: {
      get: (k: string) => meta.get(k),
      set: (k: string, v: string) => void meta.set(k, v),
      has: (k: string) => meta.has(k),
      delete: (k: string) => void meta.delete(k),
    },
    logger: { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} },
    generateDigest: (data: unknown) => JSON.stringify(data),
  } as unknown as LoaderContext;
  return { context, entries, meta };
}

type Page = { items: (PublicPilot | PublicTombstone)[]; cursor?: string; asOf: string };

/** A fake export: pages served by cursor, and every URL asked for recorded. */
function fakeExport(pages: Record<string, Page>) {
  const requests: URL[] = [];
  const fetchImpl = (async (input: string | URL) => {
    const url = new URL(String(input));
    requests.push(url);
    const page = pages[url.searchParams.get("cursor") ?? "start"];
    return page ? new Response(JSON.stringify(page), { status: 200 }) : new Response("{}", { status: 404 });
  }) as typeof fetch;
  return { fetchImpl, requests };
}

const API = { url: "http://localhost:4321/api/public" };

describe("syncPilotsFromApi", () => {
  it("fetches everything on the first build, following the cursor, and remembers when it asked", async () => {
    // Prepare
    const [a, b, c] = [publicPilot(), publicPilot(), publicPilot()];
    const { context, entries, meta } = fakeContext();
    const { fetchImpl, requests } = fakeExport({
      start: { items: [a, b], cursor: "side-2", asOf: "2025-05-01T10:00:00.000Z" },
      "side-2": { items: [c], asOf: "2025-05-01T10:00:01.000Z" },
    });

    // Act
    const result = await syncPilotsFromApi(context, API, fetchImpl);

    // Assess
    expect(result).toEqual({ mode: "full", upserted: 3, deleted: 0 });
    expect([...entries.keys()].sort()).toEqual([a.id, b.id, c.id].sort());
    expect(requests.map((r) => r.searchParams.get("updatedSince"))).toEqual([null, null]);
    expect(requests[1]?.searchParams.get("cursor")).toBe("side-2");
    expect(meta.get("updatedSince")).toBe("2025-05-01T10:00:00.000Z");
  });

  it("asks only for changes on the next build, applying updates and tombstones", async () => {
    // Prepare
    const [kept, changed, withdrawn] = [publicPilot(), publicPilot({ title: "Gammel tittel" }), publicPilot()];
    const { context, entries } = fakeContext(new Map([["updatedSince", "2025-05-01T10:00:00.000Z"]]));
    for (const p of [kept, changed, withdrawn]) context.store.set({ id: p.id, data: p });
    const tombstone: PublicTombstone = { id: withdrawn.id, slug: withdrawn.slug, deleted: true, deletedAt: "2025-05-02T08:00:00.000Z" };
    const { fetchImpl, requests } = fakeExport({
      start: { items: [{ ...changed, title: "Ny tittel" }, tombstone], asOf: "2025-05-02T09:00:00.000Z" },
    });

    // Act
    const result = await syncPilotsFromApi(context, API, fetchImpl);

    // Assess
    expect(result).toEqual({ mode: "incremental", upserted: 1, deleted: 1 });
    expect(requests[0]?.searchParams.get("updatedSince")).toBe("2025-05-01T10:00:00.000Z");
    expect(entries.has(withdrawn.id)).toBe(false);
    expect(entries.get(changed.id)?.data.title).toBe("Ny tittel");
    expect(entries.has(kept.id)).toBe(true);
  });

  it("refuses a record that does not match the public schema, naming the field", async () => {
    // Prepare
    const { context } = fakeContext();
    const broken = { ...publicPilot(), evidence: { strength: 7, direction: "positiv" } } as unknown as PublicPilot;
    const { fetchImpl } = fakeExport({ start: { items: [broken], asOf: "2025-05-01T10:00:00.000Z" } });

    // Act
    const sync = syncPilotsFromApi(context, API, fetchImpl);

    // Assess
    await expect(sync).rejects.toThrow(/items\.0\.evidence\.strength/);
  });

  it("stops when the export repeats a cursor instead of looping forever", async () => {
    // Prepare
    const { context } = fakeContext();
    const { fetchImpl } = fakeExport({
      start: { items: [publicPilot()], cursor: "igjen", asOf: "2025-05-01T10:00:00.000Z" },
      igjen: { items: [publicPilot()], cursor: "igjen", asOf: "2025-05-01T10:00:00.000Z" },
    });

    // Act
    const sync = syncPilotsFromApi(context, API, fetchImpl);

    // Assess
    await expect(sync).rejects.toThrow(/repeated the cursor/);
  });
});

describe("pilotsLoader from a snapshot", () => {
  const dir = mkdtempSync(join(tmpdir(), "utp-loader-"));
  const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "public-snapshot.json"), "utf8")) as { pilots: PublicPilot[] };
  const previous = { snapshot: process.env.UTP_SNAPSHOT, url: process.env.UTP_EXPORT_URL };
  afterEach(() => {
    for (const [key, value] of [
      ["UTP_SNAPSHOT", previous.snapshot],
      ["UTP_EXPORT_URL", previous.url],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it("replaces the collection with the snapshot, and starts over when the source changes", async () => {
    // Prepare: a cache left by a build against the API, and a smaller second snapshot.
    const { context, entries, meta } = fakeContext(
      new Map([
        ["source", "api:http://localhost:4321/api/public"],
        ["updatedSince", "2025-01-01T00:00:00.000Z"],
      ]),
    );
    const stale = publicPilot();
    context.store.set({ id: stale.id, data: stale });
    const smaller = join(dir, "smaller.json");
    const full = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "public-snapshot.json"), "utf8")) as Record<string, unknown>;
    writeFileSync(smaller, JSON.stringify({ ...full, pilots: fixture.pilots.slice(0, 3) }));
    process.env.UTP_EXPORT_URL = "";

    // Act
    process.env.UTP_SNAPSHOT = join(import.meta.dirname, "..", "..", "fixtures", "public-snapshot.json");
    await pilotsLoader().load(context);
    const afterFirst = new Set(entries.keys());
    process.env.UTP_SNAPSHOT = smaller;
    await pilotsLoader().load(context);

    // Assess
    expect(afterFirst).toEqual(new Set(fixture.pilots.map((p) => p.id)));
    expect([...entries.keys()].sort()).toEqual(
      fixture.pilots
        .slice(0, 3)
        .map((p) => p.id)
        .sort(),
    );
    expect(meta.get("updatedSince")).toBeUndefined();
    expect(meta.get("source")).toBe(`snapshot:${smaller}`);
    rmSync(dir, { recursive: true, force: true });
  });
});
