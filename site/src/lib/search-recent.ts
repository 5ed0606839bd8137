/**
 * The recent part of the search index (see `site/publish/search-parts.ts`): the trials changed since the
 * main index was built, in an index of their own that the search page merges in, and a manifest saying
 * which pages of the main index they replace. Shared by the publisher that writes it and the search page.
 */
export const RECENT_DIR = "pagefind-nytt";
export const RECENT_MANIFEST = `${RECENT_DIR}/endringer.json`;

export interface RecentManifest {
  /** The recent index's folder, or null when the main index holds everything. */
  readonly index: string | null;
  /** Pages of the main index that are replaced or withdrawn, with their filter values. */
  readonly hidden: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /** The recent index's pages, newest first. */
  readonly first: readonly string[];
}

export const EMPTY_RECENT: RecentManifest = { index: null, hidden: {}, first: [] };

export type FilterCounts = Record<string, Record<string, number>>;

/** Filter counts less the filter values of these pages. */
function without(counts: FilterCounts, pages: readonly Readonly<Record<string, readonly string[]>>[]): FilterCounts {
  const out: FilterCounts = Object.fromEntries(Object.entries(counts).map(([key, values]) => [key, { ...values }]));
  for (const filters of pages) {
    for (const [key, values] of Object.entries(filters)) {
      const counted = out[key];
      if (!counted) continue;
      for (const value of values) if (counted[value] !== undefined) counted[value] = Math.max(0, counted[value] - 1);
    }
  }
  return out;
}

/**
 * A search response with the recent part applied: the main index's replaced pages out of the results and
 * out of the filter counts (only those that matched: the counts are of the results), and, for a search
 * without a query (listed newest first), the recent pages first.
 */
export function applyRecent<R extends { id: string }, T extends { results: R[]; filters?: FilterCounts }>(
  response: T,
  manifest: RecentManifest,
  term: string | null,
): T {
  const matchedHidden = response.results.filter((r) => manifest.hidden[r.id] !== undefined);
  let results = response.results.filter((r) => manifest.hidden[r.id] === undefined);
  if (term === null && manifest.first.length > 0) {
    const order = new Map(manifest.first.map((id, i) => [id, i]));
    const recent = results.filter((r) => order.has(r.id)).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    results = [...recent, ...results.filter((r) => !order.has(r.id))];
  }
  const filters = response.filters
    ? without(
        response.filters,
        matchedHidden.map((r) => manifest.hidden[r.id] ?? {}),
      )
    : response.filters;
  return { ...response, results, ...(filters ? { filters } : {}) };
}

/** The counts over the whole bank (Pagefind's `filters()`) with the replaced pages taken out. */
export function recentFilterCounts(counts: FilterCounts, manifest: RecentManifest): FilterCounts {
  return without(counts, Object.values(manifest.hidden));
}

/** The manifest as read from the site, or the empty one when it is missing or not one. */
export function parseRecentManifest(value: unknown): RecentManifest {
  if (typeof value !== "object" || value === null) return EMPTY_RECENT;
  const { index, hidden, first } = value as Record<string, unknown>;
  if (typeof index !== "string" || !index.startsWith(`/${RECENT_DIR}/`)) return EMPTY_RECENT;
  if (typeof hidden !== "object" || hidden === null || !Array.isArray(first)) return EMPTY_RECENT;
  return { index, hidden: hidden as RecentManifest["hidden"], first: first.filter((f): f is string => typeof f === "string") };
}
