import { SESv2Client } from "@aws-sdk/client-sesv2";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { createDocumentClient } from "../../shared/adapters/dynamodb/dynamo.ts";
import { NoticeRepository } from "../../shared/adapters/dynamodb/notice-repository.ts";
import { PilotReader } from "../../shared/adapters/dynamodb/pilot-reader.ts";
import { createNotifier } from "../../shared/application/notices/notifier.ts";
import { createSesMailer } from "../../shared/adapters/mail/ses-mailer.ts";
import { config } from "./config.ts";

/** Created once per Lambda instance and reused across invocations. */
const documentClient = createDocumentClient({
  region: config.region,
  maxAttempts: 3,
  requestHandler: new NodeHttpHandler({ connectionTimeout: 1_000, requestTimeout: 5_000 }),
});

const ses = new SESv2Client({ region: config.region, maxAttempts: 3 });

export const pilots = new PilotReader(documentClient, config.tableName);
export const notices = new NoticeRepository(documentClient, config.tableName);

export const notifier = createNotifier({
  notices,
  loadPilot: (id) => pilots.get(id),
  mailer: createSesMailer({ from: config.mailFrom, configurationSet: config.configurationSet, client: ses }),
  siteUrl: config.siteUrl,
  curators: () => Promise.resolve(config.curatorEmails),
});
