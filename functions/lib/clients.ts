import { NodeHttpHandler } from "@smithy/node-http-handler";
import { createDocumentClient } from "../../shared/data/dynamo.ts";
import { PilotRepository } from "../../shared/data/pilot-repository.ts";
import { CatalogRepository } from "../../shared/data/catalog-repository.ts";
import { PublicRepository } from "../../shared/data/public-repository.ts";
import { NoticeRepository } from "../../shared/data/notice-repository.ts";
import { RedactionRepository } from "../../shared/data/redaction-repository.ts";
import { MethodAggregateStore } from "../../shared/data/method-aggregates.ts";
import { MergeRepository } from "../../shared/data/merge-repository.ts";
import { RegistryStatisticsStore } from "../../shared/data/statistics-store.ts";
import { config } from "./config.ts";

/** Created once per Lambda instance and reused across invocations. */
export const documentClient = createDocumentClient({
  region: config.region,
  ...(config.dynamoEndpoint
    ? { endpoint: config.dynamoEndpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } }
    : {}),
  maxAttempts: 3,
  // Fail fast instead of hanging when the database cannot be reached; the caller gets 503.
  requestHandler: new NodeHttpHandler({ connectionTimeout: 1_000, requestTimeout: 5_000 }),
});

export const pilots = new PilotRepository(documentClient, config.tableName);
export const catalog = new CatalogRepository(documentClient, config.tableName);
export const publicRecords = new PublicRepository(documentClient, config.tableName);
export const notices = new NoticeRepository(documentClient, config.tableName);
export const redactions = new RedactionRepository(documentClient, config.tableName);
export const methodAggregates = new MethodAggregateStore(documentClient, config.tableName, pilots, catalog);
export const registryStatistics = new RegistryStatisticsStore(documentClient, config.tableName, pilots);
export const merges = new MergeRepository(documentClient, config.tableName);

/** What the workflow service writes trials through; what derives from a write follows from the table's stream. */
export const workflow = { pilots, methods: catalog, redactions } as const;
