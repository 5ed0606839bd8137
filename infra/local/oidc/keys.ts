import { randomBytes } from "node:crypto";
import { link, mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { CryptoKey, JSONWebKeySet, JWK } from "jose";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK } from "jose";

/** The only signing algorithm the local issuer uses, and the only one the verifier accepts. */
export const SIGNING_ALG = "RS256";

/** File name of the persisted signing key inside the data folder (`UTP_DATA_DIR`, default `.data`). */
export const SIGNING_KEY_FILE = "oidc-signing-key.json";

/** An RS256 signing key pair with its key id. */
export interface SigningKey {
  readonly kid: string;
  readonly alg: typeof SIGNING_ALG;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  /** The public half as a JWK, with `kid`, `alg` and `use`. */
  readonly publicJwk: JWK;
  /** The whole key as a JWK, for the OpenID Connect provider's key set. */
  readonly privateJwk: JWK;
}

/** Path of the persisted signing key in a data folder. Shared by the local hub and the token CLI. */
export function signingKeyPath(dataDir: string): string {
  return join(dataDir, SIGNING_KEY_FILE);
}

/** A fresh key pair that lives only in memory (tests). */
export async function createInMemorySigningKey(): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const jwk = await exportJWK(privateKey);
  return fromPrivateJwk({ ...jwk, kid: await calculateJwkThumbprint(publicPart(jwk)) });
}

/**
 * Loads the signing key from `filePath` (a private JWK in JSON), or creates and persists one when the file
 * does not exist. Creating is race-free: when two processes start at once, both end up with the same key.
 */
export async function loadOrCreateSigningKey(filePath: string): Promise<SigningKey> {
  const existing = await readKeyFile(filePath);
  if (existing) return existing;

  const { privateKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const jwk = await exportJWK(privateKey);
  const stored: JWK = { ...jwk, kid: await calculateJwkThumbprint(publicPart(jwk)), alg: SIGNING_ALG, use: "sig" };

  await mkdir(dirname(filePath), { recursive: true });
  const tempPath = `${filePath}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  await writeFile(tempPath, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  try {
    // link() fails with EEXIST when another process got there first; then its key wins.
    await link(tempPath, filePath);
  } catch (error) {
    if (errorCode(error) !== "EEXIST") {
      if (errorCode(error) === "EPERM" || errorCode(error) === "ENOTSUP" || errorCode(error) === "ENOSYS") {
        // File systems without hard links: fall back to an atomic rename.
        await rename(tempPath, filePath);
        return fromPrivateJwk(stored);
      }
      await unlink(tempPath).catch(() => undefined);
      throw error;
    }
  }
  await unlink(tempPath).catch(() => undefined);
  const winner = await readKeyFile(filePath);
  if (!winner) throw new Error(`Signeringsnøkkelen i ${filePath} forsvant under opprettelse.`);
  return winner;
}

/** The public key set to publish at `/jwks` and to hand to the token verifier. */
export function publicJwks(...keys: SigningKey[]): JSONWebKeySet {
  return { keys: keys.map((key) => ({ ...key.publicJwk })) };
}

async function readKeyFile(filePath: string): Promise<SigningKey | undefined> {
  let text: string;
  try {
    text = await readFile(filePath, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    throw error;
  }
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch {
    throw new Error(`Signeringsnøkkelen i ${filePath} er ikke gyldig JSON. Slett filen for å lage en ny.`);
  }
  if (!isRsaPrivateJwk(jwk)) {
    throw new Error(`Signeringsnøkkelen i ${filePath} er ikke en privat RSA-nøkkel (JWK). Slett filen for å lage en ny.`);
  }
  try {
    return await fromPrivateJwk(jwk);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`Signeringsnøkkelen i ${filePath} kan ikke brukes (${detail}). Slett filen for å lage en ny.`, {
      cause: error,
    });
  }
}

export async function fromPrivateJwk(jwk: JWK): Promise<SigningKey> {
  const pub = publicPart(jwk);
  const kid = typeof jwk.kid === "string" && jwk.kid.length > 0 ? jwk.kid : await calculateJwkThumbprint(pub);
  const privateKey = await importJWK({ ...jwk, alg: SIGNING_ALG }, SIGNING_ALG);
  const publicKey = await importJWK({ ...pub, alg: SIGNING_ALG }, SIGNING_ALG, { extractable: true });
  if (privateKey instanceof Uint8Array || publicKey instanceof Uint8Array) {
    throw new Error("expected an RSA key, got a symmetric key");
  }
  return {
    kid,
    alg: SIGNING_ALG,
    privateKey,
    publicKey,
    publicJwk: { ...pub, kid, alg: SIGNING_ALG, use: "sig" },
    privateJwk: { ...jwk, kid, alg: SIGNING_ALG, use: "sig" },
  };
}

function publicPart(jwk: JWK): JWK {
  return { kty: "RSA", n: jwk.n, e: jwk.e };
}

function isRsaPrivateJwk(value: unknown): value is JWK {
  if (typeof value !== "object" || value === null) return false;
  const jwk = value as Record<string, unknown>;
  return jwk.kty === "RSA" && ["n", "e", "d", "p", "q", "dp", "dq", "qi"].every((k) => typeof jwk[k] === "string");
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}
