/**
 * Runs the daily reminders job by hand against the running hub, for a chosen day:
 *
 *   npm run -s reminders -- --date 2027-03-01
 *   npm run -s reminders                      (today, in Norway)
 *
 * It is the same job the schedule runs in AWS (`shared/application/notices/reminder-run.ts`), sending to the hub's mail
 * catcher. It finds the hub through `$UTP_DATA_DIR/hub-runtime.json` (default `.data/`), written at start.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod/mini";
import { createDocumentClient } from "../../shared/adapters/dynamodb/dynamo.ts";
import { runReminders } from "../../shared/application/notices/reminder-run.ts";
import { osloDate } from "../../shared/domain/notices/dates.ts";
import { LOCAL_CREDENTIALS, LOCAL_REGION } from "./dynamodb-local.ts";
import { createLocalNotifier } from "./local-notifier.ts";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const RuntimeSchema = z.object({ url: z.string(), dynamoEndpoint: z.string(), tableName: z.string(), smtpPort: z.number(), mailWebUrl: z.string() });

function fail(message: string): never {
  process.stderr.write(`${message}\n\nBruk: npm run -s reminders -- [--date ÅÅÅÅ-MM-DD]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let date = osloDate(new Date());
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === "--date") {
    const value = args[++i];
    if (!value || !z.iso.date().safeParse(value).success) fail(`Ugyldig dato «${value ?? ""}»: bruk ÅÅÅÅ-MM-DD.`);
    date = value;
  } else {
    fail(`Ukjent argument «${arg}».`);
  }
}

const runtimePath = join(resolve(REPO_ROOT, process.env.UTP_DATA_DIR ?? ".data"), "hub-runtime.json");
if (!existsSync(runtimePath)) fail(`Fant ikke ${runtimePath}. Start hubben først (scripts/hub start).`);
const runtime = RuntimeSchema.parse(JSON.parse(readFileSync(runtimePath, "utf8")));
const db = createDocumentClient({ endpoint: runtime.dynamoEndpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 2 });
const local = createLocalNotifier({ db, tableName: runtime.tableName, smtpPort: runtime.smtpPort, siteUrl: runtime.url });
try {
  const report = await runReminders({ pilots: local.pilots, notifier: local.notifier }, date);
  const all = [...report.reminders.sent, ...report.dailyDigests.sent, ...(report.weeklyDigests?.sent ?? [])];
  console.log(
    `Påminnelser for ${date}: ${report.trialsChecked} utprøvinger sjekket, ${all.length} e-poster sendt, ${report.reminders.duplicates} allerede sendt før.`,
  );
  for (const sent of all) console.log(`  ${sent.to}: ${sent.subject}`);
  for (const failed of [...report.reminders.failed, ...report.dailyDigests.failed]) console.log(`  FEILET ${failed.to}: ${failed.error}`);
  console.log(`Les dem i ${runtime.mailWebUrl}`);
  if (report.reminders.failed.length > 0) process.exitCode = 1;
} finally {
  local.close();
  db.destroy();
}
