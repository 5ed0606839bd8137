import { DescribeTableCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand, type _Record } from "@aws-sdk/client-dynamodb-streams";
import { isSiteChange } from "../../shared/adapters/stream/changes.ts";
import { isNoticeChange } from "../../shared/adapters/stream/notice-records.ts";
import { FIGURE_STREAM_RETRIES, isFigureChange } from "../../shared/adapters/stream/derived-figures.ts";
import { LOCAL_CREDENTIALS, LOCAL_REGION } from "./dynamodb-local.ts";
import { deliverWithRetries, type RetryPolicy } from "./stream-retries.ts";

export interface StreamWatcher {
  /** Where the watcher has read to: the last sequence number handled, per shard (a cursor to replay from). */
  cursor(): ReadonlyMap<string, string>;
  /**
   * Resolves once every change written before the call has been read and handed on: after the first pass
   * that starts after the call (the one under way may have begun before the write) and reads every shard to
   * its end, a pass whose reads each return less than a full page. A pass whose read fails does not count.
   */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * How long one request to the stream may take: DynamoDB Local on a busy machine can take seconds over what
 * DynamoDB answers at once, so only a request it will not answer at all should reach this.
 */
const EMULATOR_REQUEST_TIMEOUT_MS = 30_000;

/** Records asked for per read of a shard. */
const PAGE = 1000;

/** The derived figures' retry policy: the FiguresStack's event source mapping's (retries, split, dead letters). */
export const FIGURE_RETRIES = { maxRetryAttempts: FIGURE_STREAM_RETRIES.retryAttempts, bisectBatchOnError: FIGURE_STREAM_RETRIES.bisectBatchOnError } as const;

/**
 * Follows the table's stream on DynamoDB Local (as the Lambda event sources do in AWS) and hands every
 * batch of site-relevant changes to `onChanges` and of trial and reconsideration changes to `onNoticeChanges`.
 * and of trial, public record and method changes to `onFigureChanges` (the derived figures).
 * Starts at the stream's end — only changes from now on — or just after the cursor `startAfter` gives for a
 * shard. When `onNoticeChanges` fails, the shard is read again from the same place on the next poll, as a failed
 * Lambda batch is retried (the notices' keys stop repeats); `onFigureChanges` is retried and split as in AWS
 * (`FIGURE_RETRIES`), and a batch that still fails goes to `onFigureDeadLetter` instead of holding up the rest.
 */
export async function watchTableStream(options: {
  endpoint: string;
  tableName: string;
  client: DynamoDBClient;
  onChanges?: (records: _Record[]) => void;
  onNoticeChanges?: (records: _Record[]) => Promise<void>;
  onFigureChanges?: (records: readonly _Record[]) => Promise<void>;
  onFigureDeadLetter?: RetryPolicy<_Record>["onDeadLetter"];
  /** Per shard, the sequence number to read on from (as `cursor()` returned it). */
  startAfter?: ReadonlyMap<string, string>;
  pollMs?: number;
  /**
   * How long one request to the stream may take before the pass fails and the next one reads again (30 s by
   * default). Without it, a request the emulator never answers would hold the watcher, and everyone waiting for
   * it, for good.
   */
  requestTimeoutMs?: number;
  log?: (message: string) => void;
}): Promise<StreamWatcher> {
  const table = await options.client.send(new DescribeTableCommand({ TableName: options.tableName }));
  const streamArn = table.Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`Table ${options.tableName} has no stream`);
  const streams = new DynamoDBStreamsClient({
    endpoint: options.endpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    maxAttempts: 1,
    // The SDK's handler only logs a warning when `requestTimeout` passes, unless it is also told to throw. A read
    // of the stream is safe to give up and make again: the iterator moves on only with an answer.
    requestHandler: new NodeHttpHandler({
      connectionTimeout: 2_000,
      requestTimeout: options.requestTimeoutMs ?? EMULATOR_REQUEST_TIMEOUT_MS,
      throwOnRequestTimeout: true,
    }),
  });
  const iterators = new Map<string, string | undefined>();
  const finished = new Set<string>();
  const position = new Map<string, string>();
  let first = true;
  let running = true;
  /** Reads of every shard begun so far, and who waits for a read begun after theirs. */
  let started = 0;
  let waiting: { readonly after: number; readonly resolve: () => void }[] = [];
  const passDone = (pass: number) => {
    const ready = waiting.filter((w) => w.after < pass);
    waiting = waiting.filter((w) => w.after >= pass);
    for (const w of ready) w.resolve();
  };

  async function refreshShards(): Promise<void> {
    const description = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of description.StreamDescription?.Shards ?? []) {
      const id = shard.ShardId;
      if (!id || iterators.has(id) || finished.has(id)) continue;
      // Shards open when we start are read from their end; shards that appear later from their start.
      const after = options.startAfter?.get(id);
      const type = after ? "AFTER_SEQUENCE_NUMBER" : first ? "LATEST" : "TRIM_HORIZON";
      const out = await streams.send(
        new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: id, ShardIteratorType: type, ...(after ? { SequenceNumber: after } : {}) }),
      );
      iterators.set(id, out.ShardIterator);
    }
    first = false;
  }

  /** Reads every shard once; true when each read reached the shard's end (less than a full page). */
  async function poll(): Promise<boolean> {
    await refreshShards();
    let atEnd = true;
    for (const [id, iterator] of iterators) {
      if (!iterator) {
        iterators.delete(id);
        finished.add(id);
        continue;
      }
      const out = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: PAGE }));
      const records = out.Records ?? [];
      if (records.length >= PAGE) atEnd = false;
      const figures = records.filter(isFigureChange);
      if (options.onFigureChanges && figures.length > 0) {
        const onDeadLetter = options.onFigureDeadLetter ?? (() => {});
        await deliverWithRetries(figures, options.onFigureChanges, { ...FIGURE_RETRIES, onDeadLetter });
      }
      const notices = records.filter(isNoticeChange);
      if (options.onNoticeChanges && notices.length > 0) await options.onNoticeChanges(notices);
      iterators.set(id, out.NextShardIterator);
      const last = records.at(-1)?.dynamodb?.SequenceNumber;
      if (last) position.set(id, last);
      const relevant = records.filter(isSiteChange);
      if (relevant.length > 0) options.onChanges?.(relevant);
    }
    return atEnd;
  }

  await refreshShards();
  const loop = (async () => {
    while (running) {
      const pass = ++started;
      let atEnd = false;
      let failed = false;
      try {
        atEnd = await poll();
      } catch (error) {
        // The database may be restarting; keep watching. A pass that failed has not read to the end, so it
        // answers no one waiting for the watcher to catch up: the next pass, after the usual pause, may.
        failed = true;
        options.log?.(`Strømmen kunne ikke leses eller varslene sendes akkurat nå: ${(error as Error).name}: ${(error as Error).message}`);
      }
      if (atEnd) passDone(pass);
      // A shard with more to read is read on at once.
      else if (!failed) continue;
      await new Promise((r) => setTimeout(r, options.pollMs ?? 500));
    }
  })();

  return {
    cursor: () => new Map(position),
    caughtUp: () => (running ? new Promise<void>((resolve) => waiting.push({ after: started, resolve })) : Promise.resolve()),
    async stop() {
      running = false;
      await loop;
      passDone(Number.POSITIVE_INFINITY);
      streams.destroy();
    },
  };
}
