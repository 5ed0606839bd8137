import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CatalogRepository } from "../../shared/adapters/dynamodb/catalog-repository.ts";
import { createDocumentClient } from "../../shared/adapters/dynamodb/dynamo.ts";
import { MethodAggregateStore } from "../../shared/adapters/dynamodb/method-aggregates.ts";
import { PilotRepository } from "../../shared/adapters/dynamodb/pilot-repository.ts";
import { RedactionRepository } from "../../shared/adapters/dynamodb/redaction-repository.ts";
import { RegistryStatisticsStore } from "../../shared/adapters/dynamodb/statistics-store.ts";
import { refreshDerivedFigures } from "../../shared/adapters/stream/derived-figures.ts";
import { freePort, LOCAL_CREDENTIALS, LOCAL_REGION, localClient, startDynamoDbLocal, type LocalDynamo } from "./dynamodb-local.ts";
import { noticesFromStream } from "../../shared/adapters/stream/notice-records.ts";
import type { ReminderRunReport } from "../../shared/application/notices/reminder-run.ts";
import { runReminders } from "../../shared/application/notices/reminder-run.ts";
import type { DeliveryReport } from "../../shared/application/notices/notifier.ts";
import { createLocalNotifier } from "./local-notifier.ts";
import { startMailCatcher, type MailCatcher } from "./mail-catcher.ts";
import { createIssuer, DEFAULT_CLIENT_ID, issuerFromBaseUrl, type LocalIssuer } from "./oidc/issuer.ts";
import { createInMemorySigningKey, loadOrCreateSigningKey, publicJwks, signingKeyPath, type SigningKey } from "./oidc/keys.ts";
import { devUsersFor } from "./oidc/users.ts";
import { createTokenVerifier } from "./oidc/verify.ts";
import { isEmpty, seedSampleData } from "./seed.ts";
import { startHubServer, type HubServer } from "./server.ts";
import { createSiteRebuilder, type SiteRebuilder } from "./site-rebuilder.ts";
import { watchTableStream, type StreamWatcher } from "./stream-watcher.ts";
import { ensureTable } from "./table-setup.ts";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface HubOptions {
  /** HTTP port; 0 picks a free one. Default 4321. */
  readonly port?: number;
  /** Folder for DynamoDB Local's data and the signing key; undefined keeps everything in memory. */
  readonly dataDir?: string | undefined;
  /** Seed the sample data when the table is empty. Default true. */
  readonly seed?: boolean;
  readonly tableName?: string;
  /** Where the built site is served from (and rebuilt to). Default `site/dist`; a placeholder until it is built. */
  readonly siteDir?: string;
  /** Build the site at start and rebuild it after every publish, withdrawal or catalogue change. Default false. */
  readonly rebuildSite?: boolean;
  /** With `rebuildSite`: publish a change with the publisher instead of a whole build (default: unless UTP_FAST_PUBLISH=off). */
  readonly fastPublish?: boolean;
  /** Reuse a running DynamoDB (tests that stop and start the database themselves). */
  readonly dynamo?: LocalDynamo;
  /** The token signing key; default: persisted in `dataDir`, or a fresh one in memory. */
  readonly signingKey?: SigningKey;
  /**
   * Start the local mail catcher (maildev) and send the notices to it over SMTP; `false` sends none.
   * Ports 0 pick free ones. Default: off (the start command turns it on at 1025/1080).
   */
  readonly mail?: { readonly smtpPort?: number; readonly webPort?: number } | false;
  readonly log?: (message: string) => void;
}

/** The local notices: the mail catcher, and the daily job to run by hand. */
export interface HubMail {
  readonly smtpPort: number;
  /** The web inbox (REST API under `/api/email`). */
  readonly webUrl: string;
  /** The review notices sent from the stream so far, batch by batch. */
  readonly deliveries: readonly DeliveryReport[];
  runReminders(date: string): Promise<ReminderRunReport>;
}

export interface Hub {
  readonly url: string;
  readonly tableName: string;
  readonly dynamo: LocalDynamo;
  readonly issuer: LocalIssuer;
  /** The key tokens are signed with (tests mint their own tokens with it). */
  readonly signingKey: SigningKey;
  readonly server: HubServer;
  /** The site rebuilder, when `rebuildSite` is on. */
  readonly rebuilder?: SiteRebuilder;
  readonly mail?: HubMail;
  /** Resolves once the notices, figures and rebuild requests of every change written before the call are handled. */
  streamCaughtUp(): Promise<void>;
  stop(): Promise<void>;
}

/** Where the running hub says how to reach its database and mail catcher (for `npm run -s reminders`). */
export const RUNTIME_FILE = "hub-runtime.json";

/**
 * The whole hub on one machine: DynamoDB Local, the table from the shared definition, sample data,
 * the local OpenID Connect issuer, and one HTTP server for the API, the issuer and the site.
 */
export async function startHub(options: HubOptions = {}): Promise<Hub> {
  const log = options.log ?? (() => {});
  const tableName = options.tableName ?? "utprovingsbanken";
  const dataDir = options.dataDir ? resolve(options.dataDir) : undefined;
  const siteDir = resolve(options.siteDir ?? join(REPO_ROOT, "site", "dist"));

  log("Starter DynamoDB Local ...");
  const dynamo = options.dynamo ?? (await startDynamoDbLocal(dataDir ? { dataDir: join(dataDir, "dynamodb") } : {}));
  try {
    const raw = localClient(dynamo.endpoint);
    if (await ensureTable(raw, tableName)) log(`Opprettet tabellen ${tableName}`);
    raw.destroy();

    // The handlers read their configuration from the environment, as in Lambda.
    process.env.TABLE_NAME = tableName;
    process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
    process.env.AWS_REGION = LOCAL_REGION;
    // The handlers log one line per request to stdout, as in Lambda; metrics (CloudWatch's embedded format)
    // mean nothing without CloudWatch and stay out of the terminal unless asked for.
    process.env.POWERTOOLS_METRICS_DISABLED ??= "true";

    const db = createDocumentClient({ endpoint: dynamo.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    if ((options.seed ?? true) && (await isEmpty(db, tableName))) {
      log("Legger inn eksempeldata ...");
      const counts = await seedSampleData(db, tableName);
      log(`Eksempeldata: ${counts.offices} kontorer, ${counts.methods} metoder, ${counts.pilots} utprøvinger`);
    }

    // With port 0 a free port is picked first, so the issuer URL is known before the server listens.
    const port = options.port === 0 ? await freePort() : (options.port ?? 4321);
    const key = options.signingKey ?? (dataDir ? await loadOrCreateSigningKey(signingKeyPath(dataDir)) : await createInMemorySigningKey());
    const catalog = new CatalogRepository(db, tableName);
    const redactions = new RedactionRepository(db, tableName);
    const issuer = createIssuer({
      issuer: issuerFromBaseUrl(`http://localhost:${port}`),
      audience: DEFAULT_CLIENT_ID,
      key,
      users: async () => devUsersFor(await catalog.listOffices()),
    });
    process.env.OIDC_ISSUER = issuer.issuer;
    process.env.OIDC_CLIENT_ID = DEFAULT_CLIENT_ID;
    const verifier = createTokenVerifier({ issuer: issuer.issuer, audience: DEFAULT_CLIENT_ID, jwks: publicJwks(key) });
    const server = await startHubServer({
      port,
      functionsDir: join(REPO_ROOT, "functions"),
      siteDir: () => (existsSync(join(siteDir, "index.html")) ? siteDir : PLACEHOLDER_DIR),
      verifier,
      issuer,
      isGoneSlug: (slug) => redactions.isGone(slug),
    });

    let rebuilder: SiteRebuilder | undefined;
    let watcher: StreamWatcher | undefined;
    const streamClient = localClient(dynamo.endpoint);
    let catcher: MailCatcher | undefined;
    let local: ReturnType<typeof createLocalNotifier> | undefined;
    let mail: HubMail | undefined;
    const deliveries: DeliveryReport[] = [];
    if (options.mail) {
      const smtpPort = options.mail.smtpPort === 0 ? await freePort() : (options.mail.smtpPort ?? 1025);
      const webPort = options.mail.webPort === 0 ? await freePort() : (options.mail.webPort ?? 1080);
      catcher = await startMailCatcher({ smtpPort, webPort });
      log(`E-post fanges lokalt: innboksen er ${catcher.webUrl} (SMTP ${smtpPort})`);
      local = createLocalNotifier({ db, tableName, smtpPort, siteUrl: server.url });
      const active = local;
      mail = {
        smtpPort,
        webUrl: catcher.webUrl,
        deliveries,
        runReminders: (date) => runReminders({ pilots: active.pilots, notifier: active.notifier }, date),
      };
      if (dataDir) {
        writeFileSync(
          join(dataDir, RUNTIME_FILE),
          `${JSON.stringify({ url: server.url, dynamoEndpoint: dynamo.endpoint, tableName, smtpPort, mailWebUrl: catcher.webUrl }, null, 2)}\n`,
        );
      }
    }
    const onNoticeChanges = local
      ? async (records: Parameters<typeof noticesFromStream>[0]) => {
          const report = await local.notifier.deliver(noticesFromStream(records));
          deliveries.push(report);
          for (const sent of report.sent) log(`E-post sendt til ${sent.to}: ${sent.subject}`);
          if (report.failed.length > 0) throw new Error(`${report.failed.length} varsler kunne ikke sendes: ${report.failed.map((f) => f.error).join("; ")}`);
        }
      : undefined;
    // The figures derived from the trials follow from the stream, through the same code as the stream Lambda.
    const pilotsForFigures = new PilotRepository(db, tableName);
    const stores = {
      aggregates: new MethodAggregateStore(db, tableName, pilotsForFigures, catalog),
      statistics: new RegistryStatisticsStore(db, tableName, pilotsForFigures),
    };
    const figures = {
      onFigureChanges: async (records: Parameters<typeof refreshDerivedFigures>[1]) => void (await refreshDerivedFigures(stores, records)),
      onFigureDeadLetter: ({ records, error }: { readonly records: readonly unknown[]; readonly error: unknown }) =>
        log(
          `Tallene kunne ikke oppdateres for ${records.length} endringer etter alle forsøk (${(error as Error).message}); spill strømmen av igjen når feilen er rettet`,
        ),
    };
    if (!options.rebuildSite) {
      watcher = await watchTableStream({
        endpoint: dynamo.endpoint,
        tableName,
        client: streamClient,
        ...figures,
        ...(onNoticeChanges ? { onNoticeChanges } : {}),
        log,
      });
    }
    if (options.rebuildSite) {
      rebuilder = createSiteRebuilder({
        repoRoot: REPO_ROOT,
        outDir: siteDir,
        exportUrl: `${server.url}/api/public`,
        ...(options.fastPublish !== undefined ? { fastPublish: options.fastPublish } : {}),
        log,
        onBuilt: (build) => {
          if (!build.ok) return;
          const took = ((build.finishedAt - build.startedAt) / 1000).toFixed(1);
          const sinceChange = build.firstChangeAt ? `, ${((build.finishedAt - build.firstChangeAt) / 1000).toFixed(1)} s etter endringen` : "";
          log(`Nettstedet er bygget (${took} s${sinceChange})`);
        },
      });
      const active = rebuilder;
      watcher = await watchTableStream({
        endpoint: dynamo.endpoint,
        tableName,
        client: streamClient,
        // DynamoDB Local's approximate creation times are coarse; the watcher polls every half second.
        onChanges: () => active.request(Date.now()),
        ...figures,
        ...(onNoticeChanges ? { onNoticeChanges } : {}),
        log,
      });
      rebuilder.request();
    }
    return {
      url: server.url,
      tableName,
      dynamo,
      issuer,
      signingKey: key,
      server,
      ...(rebuilder ? { rebuilder } : {}),
      ...(mail ? { mail } : {}),
      streamCaughtUp: () => watcher?.caughtUp() ?? Promise.resolve(),
      async stop() {
        await watcher?.stop();
        local?.close();
        await catcher?.stop();
        streamClient.destroy();
        await rebuilder?.stop();
        await server.close();
        db.destroy();
        if (!options.dynamo) await dynamo.stop();
      },
    };
  } catch (error) {
    if (!options.dynamo) await dynamo.stop();
    throw error;
  }
}

const PLACEHOLDER_DIR = join(REPO_ROOT, "infra", "local", "placeholder");
