import { importJWK, SignJWT } from "jose";
import { inject } from "vitest";
import { ulid } from "ulid";

export const hubUrl = () => inject("hubUrl");

export interface TokenOptions {
  readonly ttlSeconds?: number;
  readonly audience?: string;
  readonly issuer?: string;
  readonly claims?: Record<string, unknown>;
}

/** A token as the local issuer signs it, for an office user or a curator. */
export async function tokenFor(role: "kontor" | "kurator", office?: string, options: TokenOptions = {}): Promise<string> {
  const jwk = inject("signingJwk");
  const key = await importJWK(jwk as Parameters<typeof importJWK>[0], "RS256");
  const sub = role === "kurator" ? "kurator" : `kontor-${office}`;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    name: role === "kurator" ? "Kari Kurator" : `Ansatt ${office}`,
    email: `${sub}@nav.example`,
    groups: [role],
    ...(office ? { office } : {}),
    token_use: "id",
    ...options.claims,
  })
    .setProtectedHeader({ alg: "RS256", kid: String(jwk.kid), typ: "JWT" })
    .setSubject(sub)
    .setIssuer(options.issuer ?? inject("issuer"))
    .setAudience(options.audience ?? inject("audience"))
    .setIssuedAt(now - 10)
    .setExpirationTime(now + (options.ttlSeconds ?? 3600))
    .setJti(ulid())
    .sign(key);
}

export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
  readonly text: string;
}

/** A request to the hub through real HTTP. `body` objects are sent as JSON. */
export async function api<T = any>(
  method: string,
  path: string,
  options: { token?: string | undefined; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const res = await fetch(hubUrl() + path, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: res.status, headers: res.headers, body: parsed as T, text };
}
