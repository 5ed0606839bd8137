import { createHash } from "node:crypto";
import { createServer, request } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { decodeJwt, decodeProtectedHeader } from "jose";
import * as oauth from "oauth4webapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalIssuer } from "../../infra/local/oidc/issuer.ts";
import { createIssuer, DEFAULT_CLIENT_ID, issuerFromBaseUrl } from "../../infra/local/oidc/issuer.ts";
import type { SigningKey } from "../../infra/local/oidc/keys.ts";
import { createInMemorySigningKey } from "../../infra/local/oidc/keys.ts";
import type { DevUser } from "../../infra/local/oidc/users.ts";
import { devUsersFor, officeUser } from "../../infra/local/oidc/users.ts";
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

beforeAll(async () => {
  key = await createInMemorySigningKey();
  server = createServer((req, res) => {
    void (async () => {
      if (await issuer.handle(req, res)) return;
      res.writeHead(404, { "Content-Type": "text/plain" }).end("ikke issuer");
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  issuerUrl = issuerFromBaseUrl(baseUrl);
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

/** Just enough of a browser: follows nothing by itself, but keeps the cookies the provider sets. */
class Browser {
  private readonly cookies = new Map<string, string>();

  async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set("cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const at = pair.indexOf("=");
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }
}

async function discover(): Promise<oauth.AuthorizationServer> {
  const response = await oauth.discoveryRequest(new URL(issuerUrl), { algorithm: "oidc", ...insecure });
  return oauth.processDiscoveryResponse(new URL(issuerUrl), response);
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

function authorizeUrl(as: oauth.AuthorizationServer, pkce: Pkce, extra: Record<string, string | undefined> = {}): URL {
  const url = new URL(as.authorization_endpoint ?? "");
  const params: Record<string, string | undefined> = {
    response_type: "code",
    client_id: client.client_id,
    redirect_uri: pkce.redirectUri,
    scope: "openid profile email",
    state: pkce.state,
    nonce: pkce.nonce,
    code_challenge: pkce.challenge,
    code_challenge_method: "S256",
    ...extra,
  };
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  return url;
}

function unescapeHtml(text: string): string {
  return text.replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
}

interface LoginPage {
  status: number;
  html: string;
  headers: Headers;
  action: string;
  options: { value: string; selected: boolean; text: string }[];
}

/** Starts a login in the browser and opens the page the provider sends it to. */
async function openLoginPage(browser: Browser, url: URL): Promise<LoginPage> {
  const start = await browser.fetch(url);
  expect(start.status).toBe(303);
  const page = await browser.fetch(new URL(start.headers.get("location") ?? "", url));
  const html = await page.text();
  const action = unescapeHtml(/<form method="post" action="([^"]+)">/.exec(html)?.[1] ?? "");
  const options = [...html.matchAll(/<option value="([^"]+)"( selected)?>([^<]*)<\/option>/g)].map((m) => ({
    value: unescapeHtml(m[1] ?? ""),
    selected: m[2] !== undefined,
    text: unescapeHtml(m[3] ?? ""),
  }));
  return { status: page.status, html, headers: page.headers, action: new URL(action, url).href, options };
}

/** What the browser does: open the picker, choose a user, follow the provider back to the site's callback. */
async function logIn(as: oauth.AuthorizationServer, pkce: Pkce, sub: string, browser = new Browser()): Promise<URLSearchParams> {
  const page = await openLoginPage(browser, authorizeUrl(as, pkce));
  let response = await browser.fetch(page.action, { method: "POST", body: new URLSearchParams({ sub }) });
  let at = new URL(page.action);
  // Follow the provider as a browser would: redirects, and the self-submitting form it sends when the browser's
  // session belongs to another user (that session is ended first).
  for (let hops = 0; hops < 10; hops++) {
    const location = response.headers.get("location");
    if (response.status === 303 && location) {
      const next = new URL(location, at);
      if (next.origin + next.pathname === pkce.redirectUri) return oauth.validateAuthResponse(as, client, next, pkce.state);
      at = next;
      response = await browser.fetch(next);
      continue;
    }
    const html = await response.text();
    const form = /<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/.exec(html);
    expect(form, `a redirect or a form, not ${response.status}: ${html.slice(0, 200)}`).toBeTruthy();
    const fields = new URLSearchParams([...(form?.[2] ?? "").matchAll(/name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1] ?? "", unescapeHtml(m[2] ?? "")]));
    at = new URL(unescapeHtml(form?.[1] ?? ""), at);
    response = await browser.fetch(at, { method: "POST", body: fields });
  }
  throw new Error("the login did not come back to the site");
}

async function exchange(as: oauth.AuthorizationServer, pkce: Pkce, params: URLSearchParams) {
  const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), params, pkce.redirectUri, pkce.verifier, insecure);
  return oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: pkce.nonce, requireIdToken: true });
}

describe("local OpenID Connect provider: authorization code + PKCE", () => {
  it("logs an office user in with oauth4webapi; the ID token and the access token carry the claims the API reads", async () => {
    // Prepare
    const as = await discover();
    const pkce = await newPkce();

    // Act
    const tokens = await exchange(as, pkce, await logIn(as, pkce, "kontor-nav-alta"));
    const id = oauth.getValidatedIdTokenClaims(tokens);
    const idForApi = await verifier(`Bearer ${tokens.id_token}`);
    const accessForApi = await verifier(`Bearer ${tokens.access_token}`);

    // Assess
    expect(tokens.token_type).toBe("bearer");
    expect(tokens.expires_in).toBe(3600);
    expect(id).toMatchObject({
      iss: issuerUrl,
      sub: "kontor-nav-alta",
      aud: DEFAULT_CLIENT_ID,
      nonce: pkce.nonce,
      name: user("kontor-nav-alta").name,
      email: "kontor-nav-alta@nav.example",
      groups: ["kontor"],
      office: "nav-alta",
    });
    expect(decodeProtectedHeader(tokens.id_token ?? "")).toMatchObject({ alg: "RS256", kid: key.kid });
    expect(idForApi.ok).toBe(true);
    expect(accessForApi.ok).toBe(true);
    if (!accessForApi.ok) return;
    expect(accessForApi.claims).toMatchObject({
      iss: issuerUrl,
      sub: "kontor-nav-alta",
      aud: DEFAULT_CLIENT_ID,
      client_id: DEFAULT_CLIENT_ID,
      token_use: "access",
      name: user("kontor-nav-alta").name,
      email: "kontor-nav-alta@nav.example",
      groups: ["kontor"],
      office: "nav-alta",
    });
    expect(accessForApi.claims.exp).toBe((accessForApi.claims.iat as number) + 3600);
  });

  it("gives a curator no office claim", async () => {
    // Prepare
    const as = await discover();
    const pkce = await newPkce();

    // Act
    const tokens = await exchange(as, pkce, await logIn(as, pkce, "kurator"));
    const id = oauth.getValidatedIdTokenClaims(tokens);

    // Assess
    expect(id).toMatchObject({ sub: "kurator", name: "Kari Kurator", groups: ["kurator"] });
    expect(id).not.toHaveProperty("office");
    expect(decodeJwt(tokens.access_token)).not.toHaveProperty("office");
  });

  it("names its configured issuer and endpoints whatever Host or forwarding headers a request carries", async () => {
    // Prepare: a raw request, since fetch does not let a caller set Host
    const forged = (headers: Record<string, string>) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const url = new URL(`${issuerUrl}/.well-known/openid-configuration`);
        const req = request({ host: url.hostname, port: url.port, path: url.pathname, headers }, (res) => {
          let body = "";
          res.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
          res.on("end", () => resolve(JSON.parse(body) as Record<string, unknown>));
        });
        req.on("error", reject);
        req.end();
      });
    for (const headers of [
      { host: "evil.example" } as Record<string, string>,
      { host: "evil.example:443", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
      { forwarded: "host=evil.example;proto=https" },
    ]) {
      // Act
      const config = await forged(headers);
      // Assess
      expect(config.issuer, JSON.stringify(headers)).toBe(issuerUrl);
      expect(config.authorization_endpoint).toBe(`${issuerUrl}/authorize`);
      expect(config.jwks_uri).toBe(`${issuerUrl}/jwks`);
    }
  });

  it("publishes the discovery document and a key set with the signing key's kid, never the private half", async () => {
    // Act
    const config = (await (await fetch(`${issuerUrl}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    const jwks = (await (await fetch(`${issuerUrl}/jwks`)).json()) as { keys: Record<string, unknown>[] };

    // Assess
    expect(config).toMatchObject({
      issuer: issuerUrl,
      authorization_endpoint: `${issuerUrl}/authorize`,
      token_endpoint: `${issuerUrl}/token`,
      jwks_uri: `${issuerUrl}/jwks`,
      end_session_endpoint: `${issuerUrl}/logout`,
      code_challenge_methods_supported: ["S256"],
      id_token_signing_alg_values_supported: ["RS256"],
    });
    expect(config.response_types_supported).toEqual(["code"]);
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: "RSA", kid: key.kid, alg: "RS256", use: "sig" });
    expect(jwks.keys[0]).not.toHaveProperty("d");
  });

  it("shows a Norwegian dev-user picker: curators first, then one user per office sorted by name", async () => {
    // Prepare
    const as = await discover();
    const pkce = await newPkce();

    // Act
    const page = await openLoginPage(new Browser(), authorizeUrl(as, pkce, { login_hint: "kontor-nav-kongsvinger" }));

    // Assess
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(page.html).toContain('<html lang="nb">');
    expect(page.html).toContain("<h1>Logg inn i Utprøvingsbanken (lokal utvikling)</h1>");
    expect(page.html).toContain('<label for="sub">Velg testbruker</label>');
    expect(page.html).not.toContain("<script");
    expect(page.options.map((o) => o.value)).toEqual(["kurator", "kurator-2", "kontor-nav-alta", "kontor-nav-kongsvinger"]);
    expect(page.options.filter((o) => o.selected).map((o) => o.value)).toEqual(["kontor-nav-kongsvinger"]);
    expect(page.options[2]?.text).toBe(`NAV Alta – ${user("kontor-nav-alta").name}`);
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
  });

  it("shows the picker on every login, even while the browser has a session, so users can be switched", async () => {
    // Prepare
    const as = await discover();
    const browser = new Browser();
    const first = await newPkce();
    await exchange(as, first, await logIn(as, first, "kurator", browser));

    // Act
    const second = await newPkce();
    const picker = await openLoginPage(browser, authorizeUrl(as, second));
    const tokens = await exchange(as, second, await logIn(as, second, "kontor-nav-alta", browser));

    // Assess
    expect(picker.status).toBe(200);
    expect(picker.options.length).toBe(USERS.length);
    expect(oauth.getValidatedIdTokenClaims(tokens)).toMatchObject({ sub: "kontor-nav-alta", office: "nav-alta" });
  });

  it("asks before logging out when the request does not come from the site", async () => {
    // Prepare: a browser with a session
    const as = await discover();
    const pkce = await newPkce();
    const browser = new Browser();
    await exchange(as, pkce, await logIn(as, pkce, "kurator", browser));

    // Act
    const response = await browser.fetch(`${issuerUrl}/logout?client_id=${DEFAULT_CLIENT_ID}`);
    const html = await response.text();

    // Assess
    expect(response.status).toBe(200);
    expect(html).toContain("Logg ut av Utprøvingsbanken?");
    expect(html).toContain("Tilbake uten å logge ut");
    expect(html).not.toContain("<script");
    expect(response.headers.get("content-security-policy")).not.toContain("script-src");
  });

  it("logs out at once when the site sends the ID token along, then returns to the site", async () => {
    // Prepare
    const as = await discover();
    const pkce = await newPkce();
    const browser = new Browser();
    const tokens = await exchange(as, pkce, await logIn(as, pkce, "kurator", browser));
    const logout = new URL(as.end_session_endpoint ?? "");
    logout.searchParams.set("client_id", DEFAULT_CLIENT_ID);
    logout.searchParams.set("post_logout_redirect_uri", `${baseUrl}/`);
    logout.searchParams.set("id_token_hint", tokens.id_token ?? "");

    // Act
    const question = await browser.fetch(logout);
    const html = await question.text();
    const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(html);
    const fields = new URLSearchParams([...(form?.[2] ?? "").matchAll(/name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1] ?? "", m[2] ?? ""]));
    fields.set("logout", "yes");
    const confirmed = await browser.fetch(new URL(form?.[1] ?? "", logout), { method: "POST", body: fields });

    // Assess: the page submits itself, with only that script allowed by its hash
    const script = /<script>([^<]+)<\/script>/.exec(html)?.[1] ?? "";
    const hash = createHash("sha256").update(script).digest("base64");
    expect(question.status).toBe(200);
    expect(html).toContain('<html lang="nb">');
    expect(script).toContain("op.logoutForm");
    expect(question.headers.get("content-security-policy")).toContain(`script-src 'sha256-${hash}'`);
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get("location")).toBe(`${baseUrl}/`);
  });
});

describe("local OpenID Connect provider: refusals", () => {
  it("refuses a wrong code_verifier", async () => {
    // Prepare
    const as = await discover();
    const pkce = await newPkce();
    const params = await logIn(as, pkce, "kurator");

    // Act
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      params,
      pkce.redirectUri,
      oauth.generateRandomCodeVerifier(),
      insecure,
    );

    // Assess
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("refuses a code that has already been used", async () => {
    // Prepare
    const as = await discover();
    const pkce = await newPkce();
    const params = await logIn(as, pkce, "kurator");
    await exchange(as, pkce, params);

    // Act
    const again = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), params, pkce.redirectUri, pkce.verifier, insecure);

    // Assess
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("refuses an authorization request without PKCE, for another client or to a foreign redirect_uri, with a Norwegian page", async () => {
    // Prepare
    const as = await discover();
    const pkce = await newPkce();
    const requests = [
      authorizeUrl(as, pkce, { code_challenge: undefined, code_challenge_method: undefined }),
      authorizeUrl(as, pkce, { client_id: "ukjent" }),
      authorizeUrl(as, pkce, { redirect_uri: "https://evil.example/auth/callback" }),
    ];

    // Act
    const responses = await Promise.all(requests.map((url) => fetch(url, { redirect: "manual" })));
    const pages = await Promise.all(responses.map((r) => r.text()));

    // Assess
    expect(responses.map((r) => r.status)).toEqual([303, 400, 400]);
    // Without PKCE the client's own redirect_uri is trusted, so the error goes back to it, as OAuth says.
    expect(new URL(responses[0]?.headers.get("location") ?? "").searchParams.get("error")).toBe("invalid_request");
    for (const [i, html] of pages.slice(1).entries()) {
      expect(html, `request ${i + 1}`).toContain('<html lang="nb">');
      expect(html, `request ${i + 1}`).toContain("Innloggingen kan ikke fullføres");
      expect(responses[i + 1]?.headers.get("location")).toBeNull();
    }
  });

  it("refuses a user who is not in the list", async () => {
    // Prepare
    const as = await discover();
    const browser = new Browser();
    const page = await openLoginPage(browser, authorizeUrl(as, await newPkce()));

    // Act
    const response = await browser.fetch(page.action, { method: "POST", body: new URLSearchParams({ sub: "kontor-nav-oslo" }) });

    // Assess
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Velg en av testbrukerne i listen.");
  });
});

describe("local OpenID Connect provider: tokens without a browser", () => {
  it("issues the same access token the token endpoint issues, for any office the CLI names", async () => {
    // Act
    const token = await issuer.signToken(officeUser({ id: "nav-oslo" }), { ttlSeconds: 120 });
    const result = await verifier(`Bearer ${token}`);

    // Assess
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: "RS256", kid: key.kid, typ: "at+jwt" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.claims).toMatchObject({ sub: "kontor-nav-oslo", groups: ["kontor"], office: "nav-oslo", token_use: "access", aud: DEFAULT_CLIENT_ID });
    expect(result.claims.exp).toBe((result.claims.iat as number) + 120);
  });

  it("refuses a lifetime that is not a positive whole number of seconds", async () => {
    await expect(issuer.signToken(user("kurator"), { ttlSeconds: 0 })).rejects.toThrow(RangeError);
    await expect(issuer.signToken(user("kurator"), { ttlSeconds: 1.5 })).rejects.toThrow(RangeError);
  });
});
