import type { CryptoKey, JSONWebKeySet, JWK, JWTVerifyGetKey } from "jose";
import { createLocalJWKSet, errors, jwtVerify } from "jose";
import { SIGNING_ALG } from "./keys.ts";

export type VerifyResult = { ok: true; claims: Record<string, unknown> } | { ok: false; reason: string };

export interface TokenVerifierOptions {
  /** Expected `iss`, compared exactly (as API Gateway does). */
  issuer: string;
  /** Expected audience: `aud` must contain it, or `client_id` must equal it. */
  audience: string;
  /** The issuer's public keys: a JSON Web Key Set, a single JWK or a public CryptoKey. */
  jwks: JSONWebKeySet | JWK | CryptoKey;
  /** Leeway for `exp`/`nbf`, in seconds. Default 5. */
  clockToleranceSeconds?: number;
  /** Clock, for tests. */
  now?: () => Date;
}

/** Callable as `verify(header)`, and also exposes the same function as `.verify`. */
export type TokenVerifier = ((authorizationHeader: string | undefined) => Promise<VerifyResult>) & {
  verify: (authorizationHeader: string | undefined) => Promise<VerifyResult>;
};

/** Larger tokens are refused before any parsing. */
const MAX_TOKEN_LENGTH = 16_384;

/** How many verified tokens are remembered; the oldest is forgotten first. */
export const REMEMBERED_TOKENS = 1_000;

/** A token that passed every check, with the window in which it keeps passing them. */
interface Verified {
  readonly claims: Record<string, unknown>;
  /** Seconds since the epoch: from `nbf` (less the leeway) until `exp` (plus the leeway). */
  readonly from: number;
  readonly until: number;
}

/**
 * Emulates API Gateway's HTTP API JWT authorizer: `Authorization: Bearer <jwt>`, RS256 only, signature checked
 * against the key set, `iss` exact, `aud` contains the audience or `client_id` equals it, `exp`/`nbf` with leeway.
 * Never throws; every refusal comes back as `{ ok: false, reason }`.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const { issuer, audience } = options;
  const clockTolerance = options.clockToleranceSeconds ?? 5;
  const key = keyResolver(options.jwks);
  // The signature and the claims of a token do not change, and the key set is fixed for the verifier's life:
  // a token verified once is taken again without another RSA verification until its window closes. The same
  // token string is needed to hit, so a token altered in any way is verified from scratch.
  const verified = new Map<string, Verified>();
  const remembered = (token: string): Record<string, unknown> | undefined => {
    const hit = verified.get(token);
    if (!hit) return undefined;
    // Whole seconds, as the full verification compares them.
    const now = Math.floor((options.now?.() ?? new Date()).getTime() / 1000);
    if (now >= hit.from && now < hit.until) return { ...hit.claims };
    verified.delete(token);
    return undefined;
  };
  const remember = (token: string, claims: Record<string, unknown>) => {
    if (typeof claims.exp !== "number") return;
    if (verified.size >= REMEMBERED_TOKENS) verified.delete(verified.keys().next().value as string);
    const from = typeof claims.nbf === "number" ? claims.nbf - clockTolerance : Number.NEGATIVE_INFINITY;
    verified.set(token, { claims: { ...claims }, from, until: claims.exp + clockTolerance });
  };

  const verify = async (authorizationHeader: string | undefined): Promise<VerifyResult> => {
    if (typeof authorizationHeader !== "string" || authorizationHeader.trim() === "") {
      return { ok: false, reason: "missing authorization header" };
    }
    const match = /^Bearer[ ]+([^\s]+)[ ]*$/i.exec(authorizationHeader);
    const token = match?.[1];
    if (!token) return { ok: false, reason: "authorization header is not a bearer token" };
    if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: "token is too large" };
    if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token)) {
      return { ok: false, reason: "token is not a signed JWT" };
    }
    const known = remembered(token);
    if (known) return { ok: true, claims: known };

    let payload: Record<string, unknown>;
    try {
      const verifyOptions = {
        algorithms: [SIGNING_ALG],
        issuer,
        clockTolerance,
        requiredClaims: ["iss", "exp"],
        ...(options.now ? { currentDate: options.now() } : {}),
      };
      const result = typeof key === "function" ? await jwtVerify(token, key, verifyOptions) : await jwtVerify(token, key, verifyOptions);
      payload = { ...result.payload };
    } catch (error) {
      return { ok: false, reason: describe(error) };
    }

    if (!audienceMatches(payload, audience)) return { ok: false, reason: "token audience does not match" };
    remember(token, payload);
    return { ok: true, claims: payload };
  };

  return Object.assign(verify, { verify });
}

class MissingKeyId extends Error {}

function keyResolver(jwks: JSONWebKeySet | JWK | CryptoKey): JWTVerifyGetKey | CryptoKey {
  const set = isJwks(jwks) ? jwks : isJwk(jwks) ? { keys: [jwks] } : undefined;
  if (!set) return jwks as CryptoKey;
  const local = createLocalJWKSet(set);
  // Like API Gateway, pick the key by the token's `kid`; a token without one is refused.
  return (header, token) => {
    if (typeof header.kid !== "string" || header.kid === "") throw new MissingKeyId();
    return local(header, token);
  };
}

function isJwks(value: unknown): value is JSONWebKeySet {
  return typeof value === "object" && value !== null && Array.isArray((value as { keys?: unknown }).keys);
}

function isJwk(value: unknown): value is JWK {
  return typeof value === "object" && value !== null && typeof (value as { kty?: unknown }).kty === "string";
}

function audienceMatches(claims: Record<string, unknown>, audience: string): boolean {
  const aud = claims.aud;
  if (aud === audience) return true;
  if (Array.isArray(aud) && aud.includes(audience)) return true;
  return claims.client_id === audience;
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "token has expired";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "iss") return "token issuer does not match";
    if (error.claim === "nbf") return "token is not yet valid";
    if (error.claim === "exp") return "token has no valid expiry";
    return `token claim "${error.claim}" is invalid`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return "token algorithm is not allowed";
  if (error instanceof errors.JWSSignatureVerificationFailed) return "token signature is invalid";
  if (error instanceof errors.JWKSNoMatchingKey) return "no key matches the token";
  if (error instanceof MissingKeyId) return "token header has no key id";
  if (error instanceof errors.JOSENotSupported) return "token uses an unsupported feature";
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return "token is malformed";
  return "token could not be verified";
}
