import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { base64url, exportSPKI, SignJWT } from "jose";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { LocalIssuer } from "../../infra/local/oidc/issuer.ts";
import { createIssuer, DEFAULT_CLIENT_ID, issuerFromBaseUrl } from "../../infra/local/oidc/issuer.ts";
import type { SigningKey } from "../../infra/local/oidc/keys.ts";
import { createInMemorySigningKey, publicJwks } from "../../infra/local/oidc/keys.ts";
import type { DevUser } from "../../infra/local/oidc/users.ts";
import { devUsersFor } from "../../infra/local/oidc/users.ts";
import type { TokenVerifier } from "../../infra/local/oidc/verify.ts";
import { createTokenVerifier } from "../../infra/local/oidc/verify.ts";

// The API Gateway JWT authorizer emulation (infra/local/oidc/verify.ts), fed with tokens from the local issuer.

const USERS = devUsersFor([{ id: "nav-alta", name: "NAV Alta" }]);

let server: Server;
let issuerUrl: string;
let key: SigningKey;
let issuer: LocalIssuer;
let verifier: TokenVerifier;

beforeAll(async () => {
  key = await createInMemorySigningKey();
  server = createServer((req, res) => void issuer.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuerUrl = issuerFromBaseUrl(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  issuer = createIssuer({ issuer: issuerUrl, key, users: USERS });
  verifier = createTokenVerifier({ issuer: issuerUrl, audience: DEFAULT_CLIENT_ID, jwks: issuer.jwks });
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

function user(sub: string): DevUser {
  const found = USERS.find((u) => u.sub === sub);
  if (!found) throw new Error(`no dev user ${sub}`);
  return found;
}

function unsignedToken(header: Record<string, unknown>, payload: Record<string, unknown>, signature = ""): string {
  const encode = (value: unknown) => base64url.encode(JSON.stringify(value));
  return `${encode(header)}.${encode(payload)}.${signature}`;
}

function validPayload(): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: issuerUrl,
    sub: "kurator",
    aud: DEFAULT_CLIENT_ID,
    client_id: DEFAULT_CLIENT_ID,
    iat: now,
    exp: now + 600,
    token_use: "access",
    groups: ["kurator"],
  };
}

describe("JWT authorizer emulation", () => {
  it("refuses an expired token, allowing five seconds of leeway", async () => {
    // Prepare
    const token = await issuer.signToken(user("kurator"), { ttlSeconds: 60 });
    const exp = (JSON.parse(new TextDecoder().decode(base64url.decode(token.split(".")[1] ?? ""))) as { exp: number }).exp;
    const at = (seconds: number) =>
      createTokenVerifier({ issuer: issuerUrl, audience: DEFAULT_CLIENT_ID, jwks: issuer.jwks, now: () => new Date(seconds * 1000) });

    // Act
    const withinLeeway = await at(exp + 4)(`Bearer ${token}`);
    const expired = await at(exp + 6)(`Bearer ${token}`);

    // Assess
    expect(withinLeeway.ok).toBe(true);
    expect(expired).toEqual({ ok: false, reason: "token has expired" });
  });

  it("refuses a token signed by another key", async () => {
    // Prepare
    const otherKey = await createInMemorySigningKey();
    const otherIssuer = createIssuer({ issuer: issuerUrl, key: otherKey, users: USERS });
    const unknownKid = await otherIssuer.signToken(user("kurator"));
    const forgedKid = await new SignJWT(validPayload()).setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" }).sign(otherKey.privateKey);

    // Act
    const results = await Promise.all([unknownKid, forgedKid].map((t) => verifier(`Bearer ${t}`)));

    // Assess
    expect(results).toEqual([
      { ok: false, reason: "no key matches the token" },
      { ok: false, reason: "token signature is invalid" },
    ]);
  });

  it("refuses a token whose payload was changed after signing", async () => {
    // Prepare
    const [header, , signature] = (await issuer.signToken(user("kontor-nav-alta"))).split(".");
    const payload = base64url.encode(JSON.stringify({ ...validPayload(), groups: ["kurator"] }));

    // Act
    const result = await verifier(`Bearer ${header}.${payload}.${signature}`);

    // Assess
    expect(result).toEqual({ ok: false, reason: "token signature is invalid" });
  });

  it("refuses alg none", async () => {
    // Prepare
    const empty = unsignedToken({ alg: "none", typ: "JWT", kid: key.kid }, validPayload());
    const withJunk = unsignedToken({ alg: "none", typ: "JWT", kid: key.kid }, validPayload(), "AAAA");

    // Act
    const results = await Promise.all([empty, withJunk].map((t) => verifier(`Bearer ${t}`)));

    // Assess
    expect(results[0]).toEqual({ ok: false, reason: "token is not a signed JWT" });
    expect(results[1]).toEqual({ ok: false, reason: "token algorithm is not allowed" });
  });

  it("refuses HS256 signed with the public key", async () => {
    // Prepare
    const pem = await exportSPKI(key.publicKey);
    const secrets = [new TextEncoder().encode(pem), new TextEncoder().encode(JSON.stringify(key.publicJwk))];
    const tokens = await Promise.all(
      secrets.map((secret) => new SignJWT(validPayload()).setProtectedHeader({ alg: "HS256", kid: key.kid, typ: "JWT" }).sign(secret)),
    );

    // Act
    const results = await Promise.all(tokens.map((t) => verifier(`Bearer ${t}`)));

    // Assess
    expect(results).toEqual([
      { ok: false, reason: "token algorithm is not allowed" },
      { ok: false, reason: "token algorithm is not allowed" },
    ]);
  });

  it("refuses a token for another audience but accepts client_id like API Gateway", async () => {
    // Prepare
    const otherAudience = await new SignJWT({ ...validPayload(), aud: "annen-klient", client_id: "annen-klient" })
      .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
      .sign(key.privateKey);
    const clientIdOnly = await new SignJWT({ ...validPayload(), aud: "noe-annet" })
      .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
      .sign(key.privateKey);

    // Act
    const refused = await verifier(`Bearer ${otherAudience}`);
    const accepted = await verifier(`Bearer ${clientIdOnly}`);

    // Assess
    expect(refused).toEqual({ ok: false, reason: "token audience does not match" });
    expect(accepted.ok).toBe(true);
  });

  it("refuses a token from another issuer", async () => {
    // Prepare
    const elsewhere = createIssuer({ issuer: "http://localhost:1/oidc", key, users: USERS });
    const token = await elsewhere.signToken(user("kurator"));

    // Act
    const result = await verifier(`Bearer ${token}`);

    // Assess
    expect(result).toEqual({ ok: false, reason: "token issuer does not match" });
  });

  it("requires a Bearer authorization header and never throws on junk", async () => {
    // Prepare
    const token = await issuer.signToken(user("kurator"));
    const headers = [undefined, "", token, `Basic ${token}`, "Bearer", "Bearer ", "Bearer a.b.c", `Bearer ${"a".repeat(20_000)}`];

    // Act
    const results = await Promise.all(headers.map((h) => verifier(h)));
    const lowercase = await verifier(`bearer ${token}`);

    // Assess
    expect(results.map((r) => r.ok)).toEqual(headers.map(() => false));
    expect(results[0]).toEqual({ ok: false, reason: "missing authorization header" });
    expect(results[2]).toEqual({ ok: false, reason: "authorization header is not a bearer token" });
    expect(lowercase.ok).toBe(true);
  });

  it("accepts a single JWK as the key", async () => {
    // Prepare
    const single = createTokenVerifier({ issuer: issuerUrl, audience: DEFAULT_CLIENT_ID, jwks: publicJwks(key).keys[0] ?? {} });

    // Act
    const result = await single(`Bearer ${await issuer.signToken(user("kurator-2"))}`);

    // Assess
    expect(result.ok && result.claims.sub).toBe("kurator-2");
  });

  describe("a token verified once", () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it("is taken again without another signature check, with the same claims", async () => {
      // Prepare
      const fresh = createTokenVerifier({ issuer: issuerUrl, audience: DEFAULT_CLIENT_ID, jwks: issuer.jwks });
      const token = await issuer.signToken(user("kontor-nav-alta"));
      const signatureChecks = vi.spyOn(crypto.subtle, "verify");

      // Act
      const first = await fresh(`Bearer ${token}`);
      const again = await fresh(`Bearer ${token}`);

      // Assess
      expect(first.ok && first.claims.sub).toBe("kontor-nav-alta");
      expect(again).toEqual(first);
      expect(signatureChecks).toHaveBeenCalledTimes(1);
    });

    it("is refused once it expires, and a copy with another signature is checked from scratch", async () => {
      // Prepare
      let seconds = Math.floor(Date.now() / 1000);
      const clocked = createTokenVerifier({ issuer: issuerUrl, audience: DEFAULT_CLIENT_ID, jwks: issuer.jwks, now: () => new Date(seconds * 1000) });
      const token = await issuer.signToken(user("kurator"), { ttlSeconds: 60 });
      const [header, payload, signature = ""] = token.split(".");
      const flipped = `${header}.${payload}.${signature.startsWith("A") ? "B" : "A"}${signature.slice(1)}`;
      const accepted = await clocked(`Bearer ${token}`);

      // Act
      const forged = await clocked(`Bearer ${flipped}`);
      seconds += 60 + 4;
      const withinLeeway = await clocked(`Bearer ${token}`);
      seconds += 2;
      const expired = await clocked(`Bearer ${token}`);

      // Assess
      expect(accepted.ok).toBe(true);
      expect(forged).toEqual({ ok: false, reason: "token signature is invalid" });
      expect(withinLeeway.ok).toBe(true);
      expect(expired).toEqual({ ok: false, reason: "token has expired" });
    });

    it("is not taken before its not-before time", async () => {
      // Prepare
      let seconds = Math.floor(Date.now() / 1000);
      const clocked = createTokenVerifier({ issuer: issuerUrl, audience: DEFAULT_CLIENT_ID, jwks: issuer.jwks, now: () => new Date(seconds * 1000) });
      const token = await new SignJWT({ ...validPayload(), nbf: seconds }).setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" }).sign(key.privateKey);
      const accepted = await clocked(`Bearer ${token}`);

      // Act
      seconds -= 6;
      const early = await clocked(`Bearer ${token}`);

      // Assess
      expect(accepted.ok).toBe(true);
      expect(early).toEqual({ ok: false, reason: "token is not yet valid" });
    });
  });
});
