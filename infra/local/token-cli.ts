/**
 * Prints a bearer token for a dev user of the local hub:
 *
 *   npm run -s token -- kontor <officeId>
 *   npm run -s token -- kurator
 *
 * The token is signed with the hub's persisted key (`$UTP_DATA_DIR/oidc-signing-key.json`, default `.data/`) and
 * issued by `$UTP_BASE_URL/oidc` (default `http://localhost:4321/oidc`), so the running hub accepts it.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createIssuer, DEFAULT_BASE_URL, issuerFromBaseUrl } from "./oidc/issuer.ts";
import { loadOrCreateSigningKey, signingKeyPath } from "./oidc/keys.ts";
import type { DevUser } from "./oidc/users.ts";
import { curatorUsers, officeUser } from "./oidc/users.ts";

const USAGE = `Bruk:
  npm run -s token -- kontor <kontor-id>   token for en ansatt på NAV-kontoret (f.eks. nav-kongsvinger)
  npm run -s token -- kurator              token for kuratoren (Kari Kurator)
`;

const OFFICE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function usageError(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function userFromArgs(args: string[]): DevUser {
  const [role, officeId, ...rest] = args;
  if (role === "kontor") {
    if (!officeId) usageError("Mangler kontor-id.");
    if (rest.length > 0) usageError("For mange argumenter.");
    if (officeId.length > 120 || !OFFICE_ID.test(officeId)) {
      usageError(`Ugyldig kontor-id «${officeId}» (bruk a–z, 0–9 og bindestrek).`);
    }
    return officeUser({ id: officeId });
  }
  if (role === "kurator") {
    if (officeId !== undefined) usageError("kurator tar ingen flere argumenter.");
    const curator = curatorUsers()[0];
    if (!curator) throw new Error("Fant ingen kurator.");
    return curator;
  }
  usageError(role ? `Ukjent rolle «${role}». Velg kontor eller kurator.` : "Mangler rolle.");
}

async function main(): Promise<void> {
  const user = userFromArgs(process.argv.slice(2));
  const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
  const dataDir = resolve(repoRoot, process.env.UTP_DATA_DIR || ".data");
  const baseUrl = process.env.UTP_BASE_URL || DEFAULT_BASE_URL;
  // The hub derives its issuer from the same variable the same way; `iss` must match it exactly.
  const issuerUrl = issuerFromBaseUrl(baseUrl);
  if (!URL.canParse(issuerUrl) || !/^https?:$/.test(new URL(issuerUrl).protocol)) {
    usageError(`Ugyldig UTP_BASE_URL «${baseUrl}».`);
  }
  const key = await loadOrCreateSigningKey(signingKeyPath(dataDir));
  const issuer = createIssuer({ issuer: issuerUrl, key, users: [user] });
  process.stdout.write(`${await issuer.signToken(user)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Kunne ikke lage token: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
