import { FIGURE_SORT_KEYS, methodIdOf, streamChange, type StreamChangeRecord } from "./changes.ts";

/**
 * The figures derived from the trials — each method's aggregates and the registry statistics — kept up to
 * date by a consumer of the table's stream, never by the write itself: a write answers from its own
 * transaction, and a failure here is retried by the stream (in AWS the event source mapping, locally the
 * stream watcher) and finally set aside in a dead-letter queue, without touching the write.
 *
 * Every refresh recomputes from the source of truth (the public records, the trials), so applying a batch
 * twice, or replaying the stream from an earlier cursor, gives the same stored figures.
 */

/**
 * How a failing batch is retried: up to three more times, split in two until the failing record stands alone,
 * then set aside in the dead-letter queue (the event source mapping in AWS; the stream watcher locally).
 */
export const FIGURE_STREAM_RETRIES = { retryAttempts: 3, bisectBatchOnError: true } as const;

/** What a batch of changes makes stale: the methods whose aggregates, and whether the registry statistics. */
export interface StaleFigures {
  readonly methodIds: readonly string[];
  readonly statistics: boolean;
}

export interface DerivedFigureStores {
  /** `MethodAggregateStore`: recomputes the aggregates of these methods (each followed to where it was merged). */
  readonly aggregates: { refresh(methodIds: readonly (string | undefined)[]): Promise<void> };
  /** `RegistryStatisticsStore`: recomputes the counts over every trial. */
  readonly statistics: { refresh(): Promise<unknown> };
}

export function isFigureChange(record: StreamChangeRecord): boolean {
  const change = streamChange(record);
  return change !== undefined && Object.values<string>(FIGURE_SORT_KEYS).includes(change.sk);
}

/**
 * A public record names its method before and after the change (a publish, a withdrawal, a move, a re-rating
 * or a redaction); a method's own change (a merge, a recommendation) concerns that method; any change to a
 * trial's working copy may change the registry counts (state, status, results, times).
 */
export function staleFigures(records: readonly StreamChangeRecord[]): StaleFigures {
  const methodIds = new Set<string>();
  let statistics = false;
  for (const record of records) {
    const change = streamChange(record);
    if (!change) continue;
    if (change.sk === FIGURE_SORT_KEYS.pilot) statistics = true;
    if (change.sk === FIGURE_SORT_KEYS.publicPilot || change.sk === FIGURE_SORT_KEYS.method) {
      for (const image of [change.oldImage, change.newImage]) {
        const id = methodIdOf(change, image);
        if (id) methodIds.add(id);
      }
    }
  }
  return { methodIds: [...methodIds].sort(), statistics };
}

/** Refreshes what a batch of stream records makes stale; throws when a refresh fails, so the batch is retried. */
export async function refreshDerivedFigures(stores: DerivedFigureStores, records: readonly StreamChangeRecord[]): Promise<StaleFigures> {
  const stale = staleFigures(records);
  await Promise.all([
    stale.methodIds.length > 0 ? stores.aggregates.refresh(stale.methodIds) : undefined,
    stale.statistics ? stores.statistics.refresh() : undefined,
  ]);
  return stale;
}
