import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { base64url, exportSPKI, SignJWT } from "jose";
import * as oauth from "oauth4webapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalIssuer } from "../../infra/local/oidc/issuer.ts";
import { createIssuer, DEFAULT_CLIENT_ID, issuerFromBaseUrl } from "../../infra/local/oidc/issuer.ts";
import type { SigningKey } from "../../infra/local/oidc/keys.ts";
import { createInMemorySigningKey, publicJwks } from "../../infra/local/oidc/keys.ts";
import type { DevUser } from "../../infra/local/oidc/users.ts";
import { devUsersFor } from "../../infra/local/oidc/users.ts";
import type { TokenVerifier } from "../../infra/local/oidc/verify.ts";
import { createTokenVerifier } from "../../infra/local/oidc/verify.ts";

const OFFICES = [
  { id: "nav-kongsvinger", name: "NAV Kongsvinger" },
  { id: "nav-alta", name: "NAV Alta" },
];
const USERS = devUsersFor(OFFICES);
const insecure = { [oauth.allowInsecureRequests]: true } as const;
const client: oauth.Client = { client_id: DEFAULT_CLIENT_ID, token_endpoint_auth_method: "none" };

let server: Server;
let baseUrl: string;
let issuerUrl: string;
let key: SigningKey;
let issuer: LocalIssuer;
let verifier: TokenVerifier;
/** A second issuer with a hand-driven clock, mounted at /klokke/oidc. */
let clockIssuer: LocalIssuer;
let clockMs = Date.now();

beforeAll(async () => {
  key = await createInMemorySigningKey();
  server = createServer((req, res) => {
    void (async () => {
      if (await issuer.handle(req, res)) return;
      if (await clockIssuer.handle(req, res)) return;
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("ikke issuer");
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  issuerUrl = issuerFromBaseUrl(baseUrl);
  issuer = createIssuer({ issuer: issuerUrl, audience: DEFAULT_CLIENT_ID, key, users: USERS });
  clockIssuer = createIssuer({ issuer: `${baseUrl}/klokke/oidc`, key, users: USERS, now: () => clockMs });
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

async function discover(url = issuerUrl): Promise<oauth.AuthorizationServer> {
  const response = await oauth.discoveryRequest(new URL(url), { algorithm: "oidc", ...insecure });
  return oauth.processDiscoveryResponse(new URL(url), response);
}

interface Pkce {
  verifier: string;
  challenge: string;
  state: string;
  nonce: string;
  redirectUri: string;
}

async function newPkce(): Promise<Pkce> {
  const verifier = oauth.generateRandomCodeVerifier();
  return {
    verifier,
    challenge: await oauth.calculatePKCECodeChallenge(verifier),
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    redirectUri: `${baseUrl}/auth/callback`,
  };
}

function authorizeUrl(as: oauth.AuthorizationServer, pkce: Pkce, extra: Record<string, string> = {}): URL {
  const url = new URL(as.authorization_endpoint ?? "");
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", client.client_id);
  url.searchParams.set("redirect_uri", pkce.redirectUri);
  url.searchParams.set("scope", "openid profile email");
  url.searchParams.set("state", pkce.state);
  url.searchParams.set("nonce", pkce.nonce);
  url.searchParams.set("code_challenge", pkce.challenge);
  url.searchParams.set("code_challenge_method", "S256");
  for (const [name, value] of Object.entries(extra)) url.searchParams.set(name, value);
  return url;
}

function unescapeHtml(text: string): string {
  return text
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

interface LoginForm {
  action: string;
  hidden: [string, string][];
  options: { value: string; selected: boolean; text: string }[];
}

function parseLoginForm(html: string): LoginForm {
  const action = /<form method="post" action="([^"]+)">/.exec(html)?.[1];
  if (!action) throw new Error("login page has no form");
  const hidden = [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map(
    (m): [string, string] => [unescapeHtml(m[1] ?? ""), unescapeHtml(m[2] ?? "")],
  );
  const options = [...html.matchAll(/<option value="([^"]+)"( selected)?>([^<]*)<\/option>/g)].map((m) => ({
    value: unescapeHtml(m[1] ?? ""),
    selected: m[2] !== undefined,
    text: unescapeHtml(m[3] ?? ""),
  }));
  return { action: unescapeHtml(action), hidden, options };
}

/** What the browser does: open the login page, submit the form, and come back with a redirect. */
async function logIn(url: URL, sub: string): Promise<Response> {
  const page = await fetch(url);
  expect(page.status).toBe(200);
  const form = parseLoginForm(await page.text());
  const body = new URLSearchParams(form.hidden);
  body.set("sub", sub);
  return fetch(new URL(form.action, url), { method: "POST", body, redirect: "manual" });
}

/** Runs the browser part of the flow and returns the validated callback parameters. */
async function authorizationCode(as: oauth.AuthorizationServer, pkce: Pkce, sub: string): Promise<URLSearchParams> {
  const response = await logIn(authorizeUrl(as, pkce), sub);
  expect(response.status).toBe(302);
  return oauth.validateAuthResponse(as, client, new URL(response.headers.get("location") ?? ""), pkce.state);
}

async function tokenRequest(params: Record<string, string>, url = `${issuerUrl}/token`): Promise<Response> {
  return fetch(url, { method: "POST", body: new URLSearchParams(params) });
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

describe("local OpenID Connect issuer: authorization code + PKCE", () => {
  it("logs an office user in with oauth4webapi and issues tokens the API Gateway emulation accepts", async () => {
    // Prepare
    const as = await discover();
    const pkce = await newPkce();

    // Act
    const params = await authorizationCode(as, pkce, "kontor-nav-alta");
    const tokenResponse = await oauth.authorizationCodeGrantRequest(
      as, client, oauth.None(), params, pkce.redirectUri, pkce.verifier, insecure,
    );
    const cacheControl = tokenResponse.headers.get("cache-control");
    const tokens = await oauth.processAuthorizationCodeResponse(as, client, tokenResponse, {
      expectedNonce: pkce.nonce,
      requireIdToken: true,
    });
    const access = await verifier.verify(`Bearer ${tokens.access_token}`);
    const idForApi = await verifier(`Bearer ${tokens.id_token}`);

    // Assess
    expect(as.issuer).toBe(issuerUrl);
    expect(as.code_challenge_methods_supported).toEqual(["S256"]);
    expect(as.token_endpoint_auth_methods_supported).toEqual(["none"]);
    expect(as.end_session_endpoint).toBe(`${issuerUrl}/logout`);
    expect(cacheControl).toBe("no-store");
    expect(tokens.token_type).toBe("bearer");
    expect(tokens.expires_in).toBe(3600);
    expect(typeof tokens.refresh_token).toBe("string");
    expect(access.ok).toBe(true);
    if (!access.ok) return;
    expect(access.claims).toMatchObject({
      iss: issuerUrl,
      sub: "kontor-nav-alta",
      aud: DEFAULT_CLIENT_ID,
      client_id: DEFAULT_CLIENT_ID,
      token_use: "access",
      groups: ["kontor"],
      office: "nav-alta",
      email: "kontor-nav-alta@nav.example",
    });
    expect(access.claims.exp).toBe((access.claims.iat as number) + 3600);
    expect(typeof access.claims.jti).toBe("string");
    expect(access.claims.nonce).toBeUndefined();
    const id = oauth.getValidatedIdTokenClaims(tokens);
    expect(id).toMatchObject({ sub: "kontor-nav-alta", nonce: pkce.nonce, token_use: "id", office: "nav-alta" });
    expect(idForApi.ok && idForApi.claims.name).toBe(user("kontor-nav-alta").name);
  });

  it("gives a curator no office claim, serves userinfo and refreshes without rotating", async () => {
    // Prepare
    const as = await discover();
    const pkce = await newPkce();
    const params = await authorizationCode(as, pkce, "kurator");
    const tokens = await oauth.processAuthorizationCodeResponse(
      as, client,
      await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), params, pkce.redirectUri, pkce.verifier, insecure),
      { expectedNonce: pkce.nonce },
    );

    // Act
    const info = await oauth.processUserInfoResponse(
      as, client, "kurator", await oauth.userInfoRequest(as, client, tokens.access_token, insecure),
    );
    const refreshed = await oauth.processRefreshTokenResponse(
      as, client,
      await oauth.refreshTokenGrantRequest(as, client, oauth.None(), tokens.refresh_token ?? "", insecure),
    );
    const refreshedAccess = await verifier(`Bearer ${refreshed.access_token}`);
    const userinfoWithIdToken = await fetch(`${issuerUrl}/userinfo`, {
      headers: { Authorization: `Bearer ${tokens.id_token}` },
    });

    // Assess
    expect(info).toEqual({ sub: "kurator", name: "Kari Kurator", email: "kurator@nav.example", groups: ["kurator"] });
    expect(refreshed.refresh_token).toBeUndefined();
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect(refreshedAccess.ok && refreshedAccess.claims.sub).toBe("kurator");
    expect(refreshedAccess.ok && "office" in refreshedAccess.claims).toBe(false);
    expect(userinfoWithIdToken.status).toBe(401);
  });

  it("publishes the discovery document and a key set with the signing key's kid", async () => {
    // Act
    const response = await fetch(`${issuerUrl}/.well-known/openid-configuration`);
    const config = (await response.json()) as Record<string, unknown>;
    const jwks = (await (await fetch(`${issuerUrl}/jwks`)).json()) as { keys: Record<string, unknown>[] };

    // Assess
    expect(config).toMatchObject({
      issuer: issuerUrl,
      authorization_endpoint: `${issuerUrl}/authorize`,
      token_endpoint: `${issuerUrl}/token`,
      jwks_uri: `${issuerUrl}/jwks`,
      userinfo_endpoint: `${issuerUrl}/userinfo`,
      response_types_supported: ["code"],
      grant_types_supported: ["authorization_code", "refresh_token"],
      id_token_signing_alg_values_supported: ["RS256"],
    });
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: "RSA", kid: key.kid, alg: "RS256", use: "sig" });
    expect(jwks.keys[0]).not.toHaveProperty("d");
  });

  it("shows an accessible Norwegian login page with curators first and offices sorted by name", async () => {
    // Prepare
    const as = await discover();
    const pkce = await newPkce();
    const url = authorizeUrl(as, pkce, { state: `"><script>alert(1)</script>`, login_hint: "kontor-nav-kongsvinger" });

    // Act
    const response = await fetch(url);
    const html = await response.text();
    const form = parseLoginForm(html);

    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(html).toContain('<html lang="nb">');
    expect(html).toMatch(/<title>[^<]*Utprøvingsbanken[^<]*<\/title>/);
    expect(html).toContain("<h1>Logg inn i Utprøvingsbanken (lokal utvikling)</h1>");
    expect(html).toContain('<label for="sub">Velg testbruker</label>');
    expect(html).toContain('<button type="submit">Logg inn</button>');
    expect(html).not.toContain("<script");
    expect(form.options.map((o) => o.value)).toEqual(["kurator", "kurator-2", "kontor-nav-alta", "kontor-nav-kongsvinger"]);
    expect(form.options.filter((o) => o.selected).map((o) => o.value)).toEqual(["kontor-nav-kongsvinger"]);
    expect(form.options[2]?.text).toBe(`NAV Alta – ${user("kontor-nav-alta").name}`);
    expect(new Map(form.hidden).get("state")).toBe(`"><script>alert(1)</script>`);
  });

  it("makes dev users with .example addresses", () => {
    // Act
    const users = devUsersFor([{ id: "nav-lillestrom", name: "NAV Lillestrøm" }]);

    // Assess
    expect(users.map((u) => u.sub)).toEqual(["kurator", "kurator-2", "kontor-nav-lillestrom"]);
    expect(users.every((u) => u.email === `${u.sub}@nav.example`)).toBe(true);
    expect(users[2]).toMatchObject({ groups: ["kontor"], office: "nav-lillestrom" });
    expect(users[2]?.name).toMatch(/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u);
    expect(users[0]).toMatchObject({ name: "Kari Kurator", groups: ["kurator"] });
    expect(users[0]?.office).toBeUndefined();
  });

  it("redirects to a same-origin logout target and otherwise shows a logged-out page", async () => {
    // Act
    const redirect = await fetch(
      `${issuerUrl}/logout?post_logout_redirect_uri=${encodeURIComponent(`${baseUrl}/`)}`, { redirect: "manual" },
    );
    const foreign = await fetch(
      `${issuerUrl}/logout?post_logout_redirect_uri=${encodeURIComponent("https://evil.example/")}`, { redirect: "manual" },
    );

    // Assess
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("location")).toBe(`${baseUrl}/`);
    expect(foreign.status).toBe(200);
    expect(foreign.headers.get("location")).toBeNull();
    expect(await foreign.text()).toContain("Du er logget ut");
  });
});

describe("local OpenID Connect issuer: refusals", () => {
  it("refuses a wrong code_verifier", async () => {
    // Prepare
    const as = await discover();
    const pkce = await newPkce();
    const params = await authorizationCode(as, pkce, "kurator");

    // Act
    const response = await oauth.authorizationCodeGrantRequest(
      as, client, oauth.None(), params, pkce.redirectUri, oauth.generateRandomCodeVerifier(), insecure,
    );
    const error = await oauth.processAuthorizationCodeResponse(as, client, response).catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(oauth.ResponseBodyError);
    expect((error as oauth.ResponseBodyError).status).toBe(400);
    expect((error as oauth.ResponseBodyError).error).toBe("invalid_grant");
  });

  it("refuses a code that has already been used", async () => {
    // Prepare
    const as = await discover();
    const pkce = await newPkce();
    const params = await authorizationCode(as, pkce, "kurator");
    const exchange = {
      grant_type: "authorization_code",
      code: params.get("code") ?? "",
      redirect_uri: pkce.redirectUri,
      client_id: DEFAULT_CLIENT_ID,
      code_verifier: pkce.verifier,
    };

    // Act
    const first = await tokenRequest(exchange);
    const second = await tokenRequest(exchange);

    // Assess
    expect(first.status).toBe(200);
    expect(second.status).toBe(400);
    expect(second.headers.get("cache-control")).toBe("no-store");
    expect(await second.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("refuses a code after 60 seconds", async () => {
    // Prepare
    const clockIssuerUrl = `${baseUrl}/klokke/oidc`;
    const as = await discover(clockIssuerUrl);
    const pkce = await newPkce();
    clockMs = Date.now();
    const params = await authorizationCode(as, pkce, "kurator");
    clockMs += 61_000;

    // Act
    const response = await tokenRequest(
      {
        grant_type: "authorization_code",
        code: params.get("code") ?? "",
        redirect_uri: pkce.redirectUri,
        client_id: DEFAULT_CLIENT_ID,
        code_verifier: pkce.verifier,
      },
      `${clockIssuerUrl}/token`,
    );

    // Assess
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("refuses a redirect_uri on another origin, without redirecting", async () => {
    // Prepare
    const as = await discover();
    const pkce = await newPkce();
    const lookalike = `${baseUrl}.evil.example/cb`;

    // Act
    const foreign = await fetch(authorizeUrl(as, { ...pkce, redirectUri: "https://evil.example/cb" }), { redirect: "manual" });
    const sneaky = await fetch(authorizeUrl(as, { ...pkce, redirectUri: lookalike }), { redirect: "manual" });
    const page = await fetch(authorizeUrl(as, pkce));
    const tampered = new URLSearchParams(parseLoginForm(await page.text()).hidden);
    tampered.set("redirect_uri", "https://evil.example/cb");
    tampered.set("sub", "kurator");
    const posted = await fetch(`${issuerUrl}/authorize`, { method: "POST", body: tampered, redirect: "manual" });

    // Assess
    for (const response of [foreign, sneaky, posted]) {
      expect(response.status).toBe(400);
      expect(response.headers.get("location")).toBeNull();
      expect(response.headers.get("content-type")).toContain("text/html");
    }
    expect(await foreign.text()).toContain("redirect_uri");
  });

  it("refuses a token exchange with another redirect_uri than the one authorized", async () => {
    // Prepare
    const as = await discover();
    const pkce = await newPkce();
    const params = await authorizationCode(as, pkce, "kurator");

    // Act
    const response = await tokenRequest({
      grant_type: "authorization_code",
      code: params.get("code") ?? "",
      redirect_uri: `${baseUrl}/annen`,
      client_id: DEFAULT_CLIENT_ID,
      code_verifier: pkce.verifier,
    });

    // Assess
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("refuses an authorization request without S256 PKCE, or for another client", async () => {
    // Prepare
    const as = await discover();
    const pkce = await newPkce();
    const withoutPkce = authorizeUrl(as, pkce);
    withoutPkce.searchParams.delete("code_challenge");
    withoutPkce.searchParams.delete("code_challenge_method");
    const plain = authorizeUrl(as, pkce, { code_challenge_method: "plain", code_challenge: pkce.verifier });
    const otherClient = authorizeUrl(as, pkce, { client_id: "annen-klient" });

    // Act
    const responses = await Promise.all([withoutPkce, plain, otherClient].map((url) => fetch(url, { redirect: "manual" })));
    const texts = await Promise.all(responses.map((r) => r.text()));

    // Assess
    expect(responses.map((r) => r.status)).toEqual([400, 400, 400]);
    expect(responses.map((r) => r.headers.get("location"))).toEqual([null, null, null]);
    expect(texts[0]).toContain("PKCE");
    expect(texts[1]).toContain("S256");
    expect(texts[2]).toContain("Ukjent klient");
  });

  it("refuses an unknown grant type and an unknown refresh token", async () => {
    // Act
    const grant = await tokenRequest({ grant_type: "password", client_id: DEFAULT_CLIENT_ID });
    const refresh = await tokenRequest({ grant_type: "refresh_token", refresh_token: "tull", client_id: DEFAULT_CLIENT_ID });

    // Assess
    expect(grant.status).toBe(400);
    expect(await grant.json()).toMatchObject({ error: "unsupported_grant_type" });
    expect(refresh.status).toBe(400);
    expect(await refresh.json()).toMatchObject({ error: "invalid_grant" });
  });
});

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
    const signedExpired = await verifier(`Bearer ${await issuer.signToken(user("kurator"), { ttlSeconds: -60 })}`);

    // Assess
    expect(withinLeeway.ok).toBe(true);
    expect(expired).toEqual({ ok: false, reason: "token has expired" });
    expect(signedExpired).toEqual({ ok: false, reason: "token has expired" });
  });

  it("refuses a token signed by another key", async () => {
    // Prepare
    const otherKey = await createInMemorySigningKey();
    const otherIssuer = createIssuer({ issuer: issuerUrl, key: otherKey, users: USERS });
    const unknownKid = await otherIssuer.signToken(user("kurator"));
    const forgedKid = await new SignJWT(validPayload())
      .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
      .sign(otherKey.privateKey);

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
      secrets.map((secret) =>
        new SignJWT(validPayload()).setProtectedHeader({ alg: "HS256", kid: key.kid, typ: "JWT" }).sign(secret),
      ),
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
    const otherAudience = await issuer.signToken(user("kurator"), { audience: "annen-klient" });
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
});
