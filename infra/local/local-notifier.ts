import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { NoticeRepository } from "../../shared/adapters/dynamodb/notice-repository.ts";
import { PilotRepository } from "../../shared/adapters/dynamodb/pilot-repository.ts";
import { createNotifier, type Notifier } from "../../shared/application/notices/notifier.ts";
import { createSmtpMailer } from "../../shared/adapters/mail/smtp-mailer.ts";
import { curatorUsers, DEV_EMAIL_DOMAIN } from "./oidc/users.ts";

/** The sender of the local hub's notices. */
export const LOCAL_SENDER = `Utprøvingsbanken <ikke-svar@${DEV_EMAIL_DOMAIN}>`;

/**
 * The notifier as the hub runs it on one machine: the same code as the Lambdas, sending over SMTP to the
 * local mail catcher. A trial's author is found by their profile, or for a dev user by the dev user's address.
 */
export function createLocalNotifier(options: { db: DynamoDBDocumentClient; tableName: string; smtpPort: number; siteUrl: string }): {
  notifier: Notifier;
  notices: NoticeRepository;
  pilots: PilotRepository;
  close(): void;
} {
  const notices = new NoticeRepository(options.db, options.tableName);
  const pilots = new PilotRepository(options.db, options.tableName);
  const mailer = createSmtpMailer({ from: LOCAL_SENDER, host: "127.0.0.1", port: options.smtpPort });
  const notifier = createNotifier({
    notices,
    loadPilot: (id) => pilots.get(id),
    mailer,
    siteUrl: options.siteUrl,
    curators: async () => curatorUsers().map((u) => u.email),
    authorEmail: async (sub) =>
      (await notices.profileEmail(sub)) ?? (/^(kontor-[a-z0-9-]+|kurator(-\d+)?)$/.test(sub) ? `${sub}@${DEV_EMAIL_DOMAIN}` : undefined),
  });
  return { notifier, notices, pilots, close: () => mailer.close() };
}
