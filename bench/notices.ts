/**
 * How long a review notice takes to arrive: `npx tsx bench/notices.ts [--runs 20] [--rebuild]`.
 * Starts the local hub in memory with its mail catcher (and, with `--rebuild`, the site rebuild competing for
 * the CPU as in `npm start`), asks for changes on freshly submitted trials one at a time, and prints the time
 * from the API's answer to the e-mail showing in maildev's REST API, and the reminder job's run time on the
 * sample data for today. Read DynamoDB Local's share as an emulator's, not as the product's.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startHub } from "../infra/local/hub.ts";
import { curatorUsers, officeUser } from "../infra/local/oidc/users.ts";
import { completeContent } from "../fixtures/pilots.ts";
import { osloDate } from "../shared/domain/notices/dates.ts";

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1] ?? 20) || 20;
const rebuild = args.includes("--rebuild");
const siteDir = mkdtempSync(join(tmpdir(), "utp-bench-notices-"));
const hub = await startHub({ port: 0, seed: true, rebuildSite: rebuild, siteDir, mail: { smtpPort: 0, webPort: 0 } });
try {
  await hub.rebuilder?.idle();
  const web = hub.mail?.webUrl ?? "";
  const office = "nav-molde";
  const officeToken = await hub.issuer.signToken(officeUser({ id: office }));
  const curatorToken = await hub.issuer.signToken(curatorUsers()[0]!);
  const call = async (method: string, path: string, token: string, body?: unknown, version?: number) => {
    const res = await fetch(`${hub.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...(version !== undefined ? { "if-match": `"${version}"` } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return (await res.json()) as { id: string; version: number };
  };
  const count = async (subject: string) =>
    ((await (await fetch(`${web}/api/email`)).json()) as { subject: string }[]).filter((m) => m.subject === subject).length;

  // The sample data only: the reminders for today, before the measured trials exist.
  const today = osloDate(new Date());
  const started = performance.now();
  const report = await hub.mail!.runReminders(today);
  console.log(
    `Reminder run for ${today}: ${report.trialsChecked} trials checked, ${report.reminders.sent.length} e-mails, ${(performance.now() - started).toFixed(0)} ms`,
  );
  for (const sent of report.reminders.sent) console.log(`  ${sent.to}: ${sent.subject}`);

  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const title = `Målt varsel nummer ${i + 1}`;
    const created = await call("POST", "/api/pilots", officeToken, completeContent({ title }));
    const submitted = await call("POST", `/api/pilots/${created.id}/submit`, officeToken, undefined, created.version);
    await new Promise((r) => setTimeout(r, 1000)); // let the curators' notice of the submission go first
    const subject = `Endringer trengs før publisering: ${title}`;
    await call("POST", `/api/pilots/${submitted.id}/request-changes`, curatorToken, { comment: "Beskriv kostnaden." }, submitted.version);
    const answered = performance.now();
    while ((await count(subject)) < 1) await new Promise((r) => setTimeout(r, 20));
    times.push(performance.now() - answered);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(0);
  console.log(`Review action → e-mail in the inbox (${runs} runs${rebuild ? ", site rebuild on" : ""}): p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`);
} finally {
  await hub.stop();
  rmSync(siteDir, { recursive: true, force: true });
}
