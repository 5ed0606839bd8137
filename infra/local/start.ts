/**
 * `npm start`: the whole hub on this machine. Data persists in `.data/` (or `$UTP_DATA_DIR`);
 * `UTP_PORT` changes the port; `UTP_SMTP_PORT` and `UTP_MAIL_WEB_PORT` the mail catcher's (1025, 1080). Ctrl-C stops everything cleanly.
 */
import { resolve } from "node:path";
import { REPO_ROOT, startHub } from "./hub.ts";

const port = Number(process.env.UTP_PORT ?? 4321);
const dataDir = resolve(REPO_ROOT, process.env.UTP_DATA_DIR ?? ".data");

const smtpPort = Number(process.env.UTP_SMTP_PORT ?? 1025);
const mailWebPort = Number(process.env.UTP_MAIL_WEB_PORT ?? 1080);

const started = Date.now();
const hub = await startHub({ port, dataDir, rebuildSite: true, mail: { smtpPort, webPort: mailWebPort }, log: (m) => console.log(m) });
console.log(`
Utprøvingsbanken kjører på ${hub.url}  (startet på ${((Date.now() - started) / 1000).toFixed(1)} s)
  API:        ${hub.url}/api/health
  Innlogging: ${hub.url}/oidc/.well-known/openid-configuration
  Token:      npm run -s token -- kurator   |   npm run -s token -- kontor nav-kongsvinger
  E-post:     ${hub.mail?.webUrl ?? ""} (innboks; REST-API under /api/email)
  Påminnelser: npm run -s reminders -- --date 2027-03-01
Nettstedet bygges nå og bygges på nytt etter hver publisering.
Trykk Ctrl-C for å stoppe.`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\nStopper (${signal}) ...`);
  await hub.stop();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
