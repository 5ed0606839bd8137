import { inject } from "vitest";
import { createDocumentClient } from "../../shared/adapters/dynamodb/dynamo.ts";
import { NoticeRepository } from "../../shared/adapters/dynamodb/notice-repository.ts";
import { PilotRepository } from "../../shared/adapters/dynamodb/pilot-repository.ts";
import { LOCAL_CREDENTIALS, LOCAL_REGION } from "../../infra/local/dynamodb-local.ts";

/** The integration hub's table, for tests that check what the notices wrote. */
export function testTable() {
  const db = createDocumentClient({ endpoint: inject("dynamoEndpoint"), region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const tableName = inject("tableName");
  return { db, tableName, notices: new NoticeRepository(db, tableName), pilots: new PilotRepository(db, tableName) };
}

/** One e-mail as maildev's REST API (`/api/email`) gives it. */
export interface CaughtMail {
  readonly id: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly to: { address: string }[];
  readonly headers: Record<string, string>;
}

/** Every e-mail in a maildev inbox. */
export async function inbox(webUrl: string): Promise<CaughtMail[]> {
  const res = await fetch(`${webUrl}/api/email`);
  if (!res.ok) throw new Error(`maildev answered ${res.status}`);
  return (await res.json()) as CaughtMail[];
}

/** Waits until the inbox holds a mail matching `match` (polls every 100 ms; gives up after `timeoutMs`). */
export async function waitForMail(webUrl: string, match: (mail: CaughtMail) => boolean, timeoutMs = 20_000): Promise<CaughtMail> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = (await inbox(webUrl)).find(match);
    if (found) return found;
    if (Date.now() > until) throw new Error("No matching e-mail arrived in the local inbox");
    await new Promise((r) => setTimeout(r, 100));
  }
}
