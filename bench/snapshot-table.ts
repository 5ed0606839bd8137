/**
 * A table holding a generated snapshot as a running bank holds its published trials: the offices and methods
 * in the catalogue, and each trial as its public record, which is what the export, the site and its search
 * read. The trials' own records (drafts, revisions) are not written: a publish measured against the table
 * creates, submits and publishes its trial through the API.
 */
import { readFileSync } from "node:fs";
import { BatchWriteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { CatalogRepository } from "../shared/adapters/dynamodb/catalog-repository.ts";
import { createDocumentClient } from "../shared/adapters/dynamodb/dynamo.ts";
import { indexKeys, keys } from "../shared/adapters/dynamodb/keys.ts";
import type { PublicMethod, PublicOffice } from "../shared/public/index.ts";
import type { PublicPilot } from "../shared/domain/public-trial/public-pilot.ts";
import { LOCAL_CREDENTIALS, LOCAL_REGION, localClient } from "../infra/local/dynamodb-local.ts";
import { ensureTable } from "../infra/local/table-setup.ts";

const BATCH = 25;
const IN_FLIGHT = 4;

interface SnapshotRecords {
  readonly offices: readonly PublicOffice[];
  readonly methods: readonly PublicMethod[];
  readonly pilots: readonly PublicPilot[];
}

/** Puts the items, 25 to a batch and a few batches at a time, until DynamoDB has taken every one. */
export async function writeItems(db: DynamoDBDocumentClient, tableName: string, items: readonly Record<string, unknown>[]): Promise<void> {
  const batches: (typeof items)[] = [];
  for (let i = 0; i < items.length; i += BATCH) batches.push(items.slice(i, i + BATCH));
  const write = async (batch: typeof items) => {
    let requests: { PutRequest: { Item: Record<string, unknown> } }[] = batch.map((Item) => ({ PutRequest: { Item } }));
    while (requests.length > 0) {
      const out = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
      requests = (out.UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
  };
  for (let i = 0; i < batches.length; i += IN_FLIGHT) await Promise.all(batches.slice(i, i + IN_FLIGHT).map(write));
}

/** Writes the snapshot's offices and methods through the catalogue and each trial as its public record. */
export async function seedSnapshot(db: DynamoDBDocumentClient, tableName: string, snapshot: SnapshotRecords): Promise<void> {
  const catalog = new CatalogRepository(db, tableName);
  for (const office of snapshot.offices) {
    await catalog.putOffice(office.id, { name: office.name, county: office.county, ...(office.municipality ? { municipality: office.municipality } : {}) });
  }
  for (const { id, name, description, aliases, recommended, recommendationNote, mergedInto } of snapshot.methods) {
    const input = { name, description, aliases, recommended, recommendationNote };
    const defined = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as typeof input;
    await catalog.putMethod(id, defined, undefined, mergedInto ? { mergedInto } : {});
  }
  // Each public record as the publish's transaction writes it (`PilotRepository`), in the export's feed.
  await writeItems(
    db,
    tableName,
    snapshot.pilots.map((pilot) => ({
      ...keys.publicPilot(pilot.id),
      entity: "public",
      ...indexKeys.publicFeed(pilot.updatedAt, pilot.id),
      deleted: false,
      data: pilot,
    })),
  );
}

/** A fresh table on DynamoDB Local holding the snapshot file's records (see `seedSnapshot`). */
export async function seedSnapshotTable(endpoint: string, tableName: string, snapshotFile: string): Promise<void> {
  const snapshot = JSON.parse(readFileSync(snapshotFile, "utf8")) as SnapshotRecords;
  const raw = localClient(endpoint);
  await ensureTable(raw, tableName);
  raw.destroy();
  const db = createDocumentClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  try {
    await seedSnapshot(db, tableName, snapshot);
  } finally {
    db.destroy();
  }
}
