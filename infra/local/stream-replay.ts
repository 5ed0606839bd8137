import { DescribeTableCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand, type _Record } from "@aws-sdk/client-dynamodb-streams";
import { LOCAL_CREDENTIALS, LOCAL_REGION } from "./dynamodb-local.ts";

/**
 * Reads the table's stream from a cursor to its present end and hands it, batch by batch, to `handle`: the
 * stream's consumers are idempotent, so replaying what they have seen before gives the figures they already
 * keep, and replaying from before a failure gives the ones they would have kept. A shard missing from
 * `startAfter` is read from its oldest record still kept (24 hours in AWS).
 */
export async function replayStream(options: {
  endpoint: string;
  tableName: string;
  client: DynamoDBClient;
  startAfter?: ReadonlyMap<string, string>;
  handle: (records: readonly _Record[]) => Promise<void>;
}): Promise<{ readonly records: number; readonly cursor: ReadonlyMap<string, string> }> {
  const table = await options.client.send(new DescribeTableCommand({ TableName: options.tableName }));
  const streamArn = table.Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`Table ${options.tableName} has no stream`);
  const streams = new DynamoDBStreamsClient({ endpoint: options.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
  const cursor = new Map(options.startAfter);
  let count = 0;
  try {
    const description = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of description.StreamDescription?.Shards ?? []) {
      const id = shard.ShardId;
      if (!id) continue;
      const after = cursor.get(id);
      const start = await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: id,
          ShardIteratorType: after ? "AFTER_SEQUENCE_NUMBER" : "TRIM_HORIZON",
          ...(after ? { SequenceNumber: after } : {}),
        }),
      );
      let iterator = start.ShardIterator;
      while (iterator) {
        const out = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
        const records = out.Records ?? [];
        // An open shard always gives a next iterator; an empty page means its present end is reached.
        if (records.length === 0) break;
        await options.handle(records);
        count += records.length;
        const last = records.at(-1)?.dynamodb?.SequenceNumber;
        if (last) cursor.set(id, last);
        iterator = out.NextShardIterator;
      }
    }
  } finally {
    streams.destroy();
  }
  return { records: count, cursor };
}
