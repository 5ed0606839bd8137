import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import * as z from "zod";
import {
  parseExportItem,
  PublicMethodListSchema,
  PublicOfficeListSchema,
  PublicRubricSchema,
  PublicSnapshotSchema,
  type PublicMethod,
  type PublicOffice,
  type PublicPilotPage,
  type PublicRubric,
  type PublicSnapshot,
} from "../../../shared/public/index.ts";

/**
 * Where the site reads the public export from: the running API (`UTP_EXPORT_URL`) or a snapshot file
 * (`UTP_SNAPSHOT`). Read once, from one place; every record is validated by the shared schemas.
 */
export type ExportSource = { readonly kind: "api"; readonly url: string } | { readonly kind: "snapshot"; readonly path: string };

export function exportSourceFromEnv(env: NodeJS.ProcessEnv = process.env): ExportSource {
  const snapshot = env.UTP_SNAPSHOT?.trim();
  const url = env.UTP_EXPORT_URL?.trim();
  if (snapshot) return { kind: "snapshot", path: resolve(snapshot) };
  if (url) return { kind: "api", url: url.replace(/\/+$/, "") };
  throw new Error(
    "The site needs the public export: set UTP_EXPORT_URL (e.g. http://localhost:4321/api/public) or UTP_SNAPSHOT (path to a snapshot JSON file).",
  );
}

/** A key that changes when the source changes, so a cache built from one source is never mixed with another. */
export function sourceKey(source: ExportSource): string {
  return source.kind === "api" ? `api:${source.url}` : `snapshot:${source.path}`;
}

const snapshots = new Map<string, Promise<PublicSnapshot>>();

/** The snapshot file, parsed and validated once per build however many collections read it. */
export function readSnapshot(path: string): Promise<PublicSnapshot> {
  let pending = snapshots.get(path);
  if (!pending) {
    pending = readFile(path, "utf8").then((text) => {
      const parsed = PublicSnapshotSchema.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error(`The snapshot ${path} does not match the public export schema:\n${prettyIssues(parsed.error.issues)}`);
      return parsed.data;
    });
    snapshots.set(path, pending);
  }
  return pending;
}

function prettyIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 10)
    .map((i) => `  ${i.path.map(String).join(".")}: ${i.message}`)
    .join("\n");
}

async function getJson(url: string, fetchImpl: typeof fetch): Promise<unknown> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const response = await fetchImpl(url, { headers: { accept: "application/json" } });
      if (response.ok) return await response.json();
      if (response.status < 500) throw new Error(`GET ${url} answered ${response.status}`);
      lastError = new Error(`GET ${url} answered ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

function parseOrThrow<T>(
  schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } },
  data: unknown,
  what: string,
): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`${what} does not match the public export schema:\n${prettyIssues(parsed.error.issues)}`);
  return parsed.data;
}

/**
 * Every page of `GET /pilots` since a time (or all, without one), following the cursor until it is absent.
 * Each page is handed over as it arrives, so 50,000 trials never sit in one response.
 */
export async function* fetchPilotPages(
  source: { url: string },
  updatedSince: string | undefined,
  fetchImpl: typeof fetch = fetch,
): AsyncGenerator<PublicPilotPage> {
  let cursor: string | undefined;
  const seen = new Set<string>();
  do {
    const query = new URLSearchParams({ limit: "500" });
    if (updatedSince) query.set("updatedSince", updatedSince);
    if (cursor) query.set("cursor", cursor);
    const page = parsePilotPage(await getJson(`${source.url}/pilots?${query}`, fetchImpl));
    yield page;
    if (page.cursor && seen.has(page.cursor)) throw new Error(`The export repeated the cursor ${page.cursor}`);
    if (page.cursor) seen.add(page.cursor);
    cursor = page.cursor;
  } while (cursor);
}

const PageEnvelopeSchema = z.object({ items: z.array(z.unknown()), cursor: z.string().min(1).optional(), asOf: z.iso.datetime({ offset: true }) });

/** A page of /pilots: the envelope, then each record by the schema it claims, with the failing field named. */
function parsePilotPage(data: unknown): PublicPilotPage {
  const envelope = parseOrThrow(PageEnvelopeSchema, data, "A page of /pilots");
  const items = envelope.items.map((item, i) => {
    const parsed = parseExportItem(item);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ ...issue, path: ["items", i, ...issue.path] }));
      throw new Error(`A page of /pilots does not match the public export schema:\n${prettyIssues(issues)}`);
    }
    return parsed.data;
  });
  return { items, asOf: envelope.asOf, ...(envelope.cursor ? { cursor: envelope.cursor } : {}) };
}

export async function fetchMethods(source: { url: string }, fetchImpl: typeof fetch = fetch): Promise<PublicMethod[]> {
  return parseOrThrow(PublicMethodListSchema, await getJson(`${source.url}/methods`, fetchImpl), "/methods").items;
}

export async function fetchOffices(source: { url: string }, fetchImpl: typeof fetch = fetch): Promise<PublicOffice[]> {
  return parseOrThrow(PublicOfficeListSchema, await getJson(`${source.url}/offices`, fetchImpl), "/offices").items;
}

export async function fetchRubric(source: { url: string }, fetchImpl: typeof fetch = fetch): Promise<PublicRubric> {
  return parseOrThrow(PublicRubricSchema, await getJson(`${source.url}/rubric`, fetchImpl), "/rubric");
}
