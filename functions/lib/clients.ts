import { NodeHttpHandler } from "@smithy/node-http-handler";
import { createDocumentClient } from "../../shared/adapters/dynamodb/dynamo.ts";
import { PilotRepository } from "../../shared/adapters/dynamodb/pilot-repository.ts";
import { CatalogRepository } from "../../shared/adapters/dynamodb/catalog-repository.ts";
import { PublicRepository } from "../../shared/adapters/dynamodb/public-repository.ts";
import { NoticeRepository } from "../../shared/adapters/dynamodb/notice-repository.ts";
import { RedactionRepository } from "../../shared/adapters/dynamodb/redaction-repository.ts";
import { MethodAggregateStore } from "../../shared/adapters/dynamodb/method-aggregates.ts";
import { MergeRepository } from "../../shared/adapters/dynamodb/merge-repository.ts";
import { RegistryStatisticsStore } from "../../shared/adapters/dynamodb/statistics-store.ts";
import { config } from "./config.ts";

/**
 * Created once per Lambda instance and reused across invocations. Each value is marked pure, so that a bundle
 * keeps only the repositories its handler uses (esbuild drops an unused `new` only when told it has no effects).
 */
export const documentClient = /* @__PURE__ */ createDocumentClient({
  region: config.region,
  ...(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {}),
  maxAttempts: 3,
  // Fail fast when the database cannot be reached: a connection not made within 1 s fails, is tried again, and
  // the caller gets 503. A request the database takes and does not answer is only logged after 5 s (the SDK's
  // handler gives it up only when told to throw): given up, it would be tried again, and a conditional put whose
  // first try had committed would then fail its condition and answer a conflict for a write that went through.
  requestHandler: /* @__PURE__ */ new NodeHttpHandler({ connectionTimeout: 1_000, requestTimeout: 5_000 }),
});

/** A plain name, not a property read: esbuild keeps a pure `new` whose arguments it cannot prove free of effects. */
const tableName = config.tableName;

export const pilots = /* @__PURE__ */ new PilotRepository(documentClient, tableName);
export const catalog = /* @__PURE__ */ new CatalogRepository(documentClient, tableName);
export const publicRecords = /* @__PURE__ */ new PublicRepository(documentClient, tableName);
export const notices = /* @__PURE__ */ new NoticeRepository(documentClient, tableName);
export const redactions = /* @__PURE__ */ new RedactionRepository(documentClient, tableName);
export const methodAggregates = /* @__PURE__ */ new MethodAggregateStore(documentClient, tableName, pilots, catalog);
export const registryStatistics = /* @__PURE__ */ new RegistryStatisticsStore(documentClient, tableName, pilots);
export const merges = /* @__PURE__ */ new MergeRepository(documentClient, tableName);

/** What the workflow service writes trials through; what derives from a write follows from the table's stream. */
export const workflow = { pilots, methods: catalog, redactions } as const;
