import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { JSONWebKeySet } from "jose";
import { SignJWT } from "jose";
import type { SigningKey } from "./keys.ts";
import { publicJwks, SIGNING_ALG } from "./keys.ts";
import type { DevUser } from "./users.ts";
import { createTokenVerifier } from "./verify.ts";

/** Client id of the site (and the audience of every token). Cognito's app client plays this part in AWS. */
export const DEFAULT_CLIENT_ID = "utprovingsbanken";

/** Base URL of the local hub when nothing else is configured. */
export const DEFAULT_BASE_URL = "http://localhost:4321";

/** The issuer URL for a hub base URL: `http://localhost:4321` → `http://localhost:4321/oidc`. */
export function issuerFromBaseUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/oidc`;
}

export interface IssuerOptions {
  /** The issuer URL, e.g. `http://localhost:4321/oidc`. Its path is where the endpoints live. */
  issuer: string;
  /** The one client id accepted, also the tokens' `aud`. Default `utprovingsbanken`. */
  audience?: string;
  key: SigningKey;
  /** The dev users, or a function giving the current list (so new offices show up without a restart). */
  users: DevUser[] | (() => DevUser[] | Promise<DevUser[]>);
  /** Lifetime of access and ID tokens. Default 3600. */
  tokenTtlSeconds?: number;
  /** Clock in milliseconds, for tests. */
  now?: () => number;
}

export interface SignTokenOptions {
  ttlSeconds?: number;
  /** Sets both `aud` and `client_id`. Default: the issuer's client id. */
  audience?: string;
  /** Default "access". */
  tokenUse?: "access" | "id";
  /** Only put in ID tokens. */
  nonce?: string;
}

export interface LocalIssuer {
  readonly issuer: string;
  readonly audience: string;
  /** Handles requests under the issuer's path and returns true; returns false for anything else. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Signs a token for a user, like the token endpoint does (the token CLI and tests use this). */
  signToken(user: DevUser, opts?: SignTokenOptions): Promise<string>;
  /** The public key set served at `/jwks`. */
  readonly jwks: JSONWebKeySet;
}

const CODE_TTL_MS = 60_000;
const REFRESH_TTL_MS = 12 * 60 * 60 * 1000;
const MAX_PENDING = 10_000;
const MAX_BODY_BYTES = 64 * 1024;
const MAX_PARAM_LENGTH = 2048;
const SCOPES = ["openid", "profile", "email"];

const HTML_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  scope: string;
  state?: string;
  nonce?: string;
  codeChallenge: string;
  loginHint?: string;
}

interface CodeGrant {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  nonce?: string;
  scope: string;
  user: DevUser;
  expiresAt: number;
}

interface RefreshGrant {
  clientId: string;
  scope: string;
  user: DevUser;
  expiresAt: number;
}

class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
  ) {
    super(description);
  }
}

/** A small OpenID Connect provider for local development: authorization code + PKCE, RS256 JWTs, no passwords. */
export function createIssuer(options: IssuerOptions): LocalIssuer {
  const issuer = options.issuer.replace(/\/+$/, "");
  const issuerUrl = new URL(issuer);
  const origin = issuerUrl.origin;
  const basePath = issuerUrl.pathname.replace(/\/+$/, "");
  const audience = options.audience ?? DEFAULT_CLIENT_ID;
  const tokenTtl = options.tokenTtlSeconds ?? 3600;
  const now = options.now ?? Date.now;
  const { key } = options;
  const jwks = publicJwks(key);
  const verifier = createTokenVerifier({ issuer, audience, jwks, now: () => new Date(now()) });

  const codes = new Map<string, CodeGrant>();
  const refreshTokens = new Map<string, RefreshGrant>();

  const endpoint = (path: string) => `${issuer}${path}`;

  const discovery = {
    issuer,
    authorization_endpoint: endpoint("/authorize"),
    token_endpoint: endpoint("/token"),
    jwks_uri: endpoint("/jwks"),
    userinfo_endpoint: endpoint("/userinfo"),
    end_session_endpoint: endpoint("/logout"),
    response_types_supported: ["code"],
    response_modes_supported: ["query"],
    grant_types_supported: ["authorization_code", "refresh_token"],
    code_challenge_methods_supported: ["S256"],
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: [SIGNING_ALG],
    token_endpoint_auth_methods_supported: ["none"],
    scopes_supported: SCOPES,
    claims_supported: ["iss", "sub", "aud", "iat", "exp", "jti", "token_use", "client_id", "name", "email", "groups", "office", "nonce"],
    authorization_response_iss_parameter_supported: true,
  };

  async function listUsers(): Promise<DevUser[]> {
    return typeof options.users === "function" ? await options.users() : options.users;
  }

  async function signToken(user: DevUser, opts: SignTokenOptions = {}): Promise<string> {
    const ttl = opts.ttlSeconds ?? tokenTtl;
    if (!Number.isFinite(ttl)) throw new RangeError("ttlSeconds must be a finite number");
    const aud = opts.audience ?? audience;
    const tokenUse = opts.tokenUse ?? "access";
    const iat = Math.floor(now() / 1000);
    return new SignJWT({
      ...profileClaims(user),
      token_use: tokenUse,
      client_id: aud,
      ...(tokenUse === "id" && opts.nonce !== undefined ? { nonce: opts.nonce } : {}),
    })
      .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: "JWT" })
      .setIssuer(issuer)
      .setSubject(user.sub)
      .setAudience(aud)
      .setIssuedAt(iat)
      .setExpirationTime(iat + Math.trunc(ttl))
      .setJti(randomUUID())
      .sign(key.privateKey);
  }

  function routeFor(pathname: string): string | undefined {
    if (basePath === "") {
      return ROUTES.includes(pathname) ? pathname : undefined;
    }
    if (pathname === basePath) return "/";
    if (pathname.startsWith(`${basePath}/`)) return pathname.slice(basePath.length);
    return undefined;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = requestUrl(req.url);
    const route = url ? routeFor(url.pathname) : undefined;
    if (!url || route === undefined) return false;
    const method = req.method ?? "GET";
    try {
      switch (route) {
        case "/.well-known/openid-configuration":
          if (!allow(req, res, ["GET", "HEAD"])) break;
          sendJson(res, 200, discovery, { "Cache-Control": "no-cache" });
          break;
        case "/jwks":
          if (!allow(req, res, ["GET", "HEAD"])) break;
          sendJson(res, 200, jwks, { "Cache-Control": "no-cache" });
          break;
        case "/authorize":
          if (!allow(req, res, ["GET", "HEAD", "POST"])) break;
          if (method === "POST") await authorizePost(req, res);
          else await authorizeGet(url, res);
          break;
        case "/token":
          if (!allow(req, res, ["POST"])) break;
          await token(req, res);
          break;
        case "/userinfo":
          if (!allow(req, res, ["GET", "HEAD", "POST"])) break;
          await userinfo(req, res);
          break;
        case "/logout":
          if (!allow(req, res, ["GET", "HEAD"])) break;
          logout(url, res);
          break;
        default:
          sendHtml(res, 404, errorPage("Fant ikke siden", "Innloggingstjenesten har ingen side på denne adressen."));
      }
    } catch (error) {
      if (!res.headersSent) {
        console.error("Lokal innloggingstjeneste: uventet feil", error);
        sendHtml(res, 500, errorPage("Noe gikk galt", "Innloggingstjenesten fikk en uventet feil. Se loggen i terminalen."));
      } else {
        res.destroy();
      }
    }
    return true;
  }

  function validateAuthorize(params: URLSearchParams): AuthorizeRequest | string {
    const duplicate = duplicateParam(params);
    if (duplicate) return `Parameteren «${duplicate}» er oppgitt mer enn én gang.`;
    for (const [name, value] of params) {
      if (value.length > MAX_PARAM_LENGTH) return `Parameteren «${name}» er for lang.`;
    }
    const clientId = params.get("client_id");
    if (!clientId) return "Forespørselen mangler client_id.";
    if (clientId !== audience) return `Ukjent klient: «${clientId}».`;
    const redirectUri = params.get("redirect_uri");
    if (!redirectUri) return "Forespørselen mangler redirect_uri.";
    if (!isSameOrigin(redirectUri, origin)) {
      return `Adressen det skal sendes tilbake til (redirect_uri) må ligge under ${origin}/. «${redirectUri}» er ikke tillatt.`;
    }
    if (params.get("response_type") !== "code") return "Bare response_type=code støttes.";
    const challenge = params.get("code_challenge");
    const method = params.get("code_challenge_method");
    if (!challenge || !method) return "PKCE er påkrevd: code_challenge og code_challenge_method=S256 mangler.";
    if (method !== "S256") return "Bare code_challenge_method=S256 støttes.";
    if (!/^[A-Za-z0-9_-]{43}$/.test(challenge)) return "code_challenge har feil format (forventet base64url av SHA-256).";
    const scope = params.get("scope")?.trim() || "openid";
    const state = params.get("state") ?? undefined;
    const nonce = params.get("nonce") ?? undefined;
    const loginHint = params.get("login_hint") ?? undefined;
    return {
      clientId,
      redirectUri,
      scope,
      codeChallenge: challenge,
      ...(state !== undefined ? { state } : {}),
      ...(nonce !== undefined ? { nonce } : {}),
      ...(loginHint !== undefined ? { loginHint } : {}),
    };
  }

  async function authorizeGet(url: URL, res: ServerResponse): Promise<void> {
    const request = validateAuthorize(url.searchParams);
    if (typeof request === "string") {
      sendHtml(res, 400, errorPage("Innloggingen kan ikke starte", request));
      return;
    }
    const users = await listUsers();
    sendHtml(res, 200, loginPage(request, users, `${basePath}/authorize`));
  }

  async function authorizePost(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestOrigin = req.headers.origin;
    if (requestOrigin && requestOrigin !== "null" && requestOrigin !== origin) {
      sendHtml(res, 403, errorPage("Innloggingen kan ikke fullføres", "Skjemaet ble sendt fra en annen nettside."));
      return;
    }
    const form = await readForm(req);
    if (typeof form === "string") {
      sendHtml(res, form === "too-large" ? 413 : 415, errorPage("Innloggingen kan ikke fullføres", "Skjemaet kunne ikke leses."));
      return;
    }
    const request = validateAuthorize(form);
    if (typeof request === "string") {
      sendHtml(res, 400, errorPage("Innloggingen kan ikke fullføres", request));
      return;
    }
    const sub = form.get("sub");
    const user = sub ? (await listUsers()).find((u) => u.sub === sub) : undefined;
    if (!user) {
      sendHtml(res, 400, errorPage("Innloggingen kan ikke fullføres", "Velg en av testbrukerne i listen."));
      return;
    }

    const code = randomToken();
    remember(codes, code, {
      clientId: request.clientId,
      redirectUri: request.redirectUri,
      codeChallenge: request.codeChallenge,
      scope: request.scope,
      user: { ...user, groups: [...user.groups] },
      expiresAt: now() + CODE_TTL_MS,
      ...(request.nonce !== undefined ? { nonce: request.nonce } : {}),
    });

    const target = new URL(request.redirectUri);
    target.searchParams.set("code", code);
    if (request.state !== undefined) target.searchParams.set("state", request.state);
    target.searchParams.set("iss", issuer);
    res.writeHead(302, { Location: target.href, "Cache-Control": "no-store" });
    res.end();
  }

  async function token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const noStore = { "Cache-Control": "no-store", Pragma: "no-cache" };
    try {
      const form = await readForm(req);
      if (form === "too-large") throw new OAuthError("invalid_request", "Forespørselen er for stor.", 413);
      if (form === "wrong-type") {
        throw new OAuthError("invalid_request", "Forespørselen må være application/x-www-form-urlencoded.");
      }
      const duplicate = duplicateParam(form);
      if (duplicate) throw new OAuthError("invalid_request", `Parameteren «${duplicate}» er oppgitt mer enn én gang.`);
      const clientId = form.get("client_id");
      if (!clientId) throw new OAuthError("invalid_request", "client_id mangler.");
      if (clientId !== audience) throw new OAuthError("invalid_client", "Ukjent klient.", 401);

      const grantType = form.get("grant_type");
      let body: Record<string, unknown>;
      if (grantType === "authorization_code") body = await exchangeCode(form, clientId);
      else if (grantType === "refresh_token") body = await refresh(form, clientId);
      else if (!grantType) throw new OAuthError("invalid_request", "grant_type mangler.");
      else throw new OAuthError("unsupported_grant_type", `grant_type «${grantType}» støttes ikke.`);
      sendJson(res, 200, body, noStore);
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      const headers: Record<string, string> = { ...noStore };
      if (error.status === 401) headers["WWW-Authenticate"] = 'Basic realm="oidc"';
      sendJson(res, error.status, { error: error.error, error_description: error.description }, headers);
    }
  }

  async function exchangeCode(form: URLSearchParams, clientId: string): Promise<Record<string, unknown>> {
    const code = form.get("code");
    if (!code) throw new OAuthError("invalid_request", "code mangler.");
    const grant = codes.get(code);
    // Single use: the code is gone after the first attempt, successful or not.
    codes.delete(code);
    if (!grant || grant.expiresAt <= now()) {
      throw new OAuthError("invalid_grant", "Koden er ugyldig, utløpt eller allerede brukt.");
    }
    if (grant.clientId !== clientId) throw new OAuthError("invalid_grant", "Koden ble utstedt til en annen klient.");
    if (form.get("redirect_uri") !== grant.redirectUri) {
      throw new OAuthError("invalid_grant", "redirect_uri er ikke den samme som i autorisasjonsforespørselen.");
    }
    const verifier = form.get("code_verifier");
    if (!verifier || !/^[A-Za-z0-9._~-]{43,128}$/.test(verifier)) {
      throw new OAuthError("invalid_grant", "code_verifier mangler eller har feil format.");
    }
    if (!equalStrings(s256(verifier), grant.codeChallenge)) {
      throw new OAuthError("invalid_grant", "code_verifier passer ikke med code_challenge (PKCE).");
    }

    const refreshToken = randomToken();
    remember(refreshTokens, refreshToken, {
      clientId,
      scope: grant.scope,
      user: grant.user,
      expiresAt: now() + REFRESH_TTL_MS,
    });
    return {
      ...(await tokenSet(grant.user, grant.scope, grant.nonce)),
      refresh_token: refreshToken,
    };
  }

  async function refresh(form: URLSearchParams, clientId: string): Promise<Record<string, unknown>> {
    const refreshToken = form.get("refresh_token");
    if (!refreshToken) throw new OAuthError("invalid_request", "refresh_token mangler.");
    const grant = refreshTokens.get(refreshToken);
    if (!grant || grant.expiresAt <= now()) {
      if (grant) refreshTokens.delete(refreshToken);
      throw new OAuthError("invalid_grant", "Fornyelsestokenet er ugyldig eller utløpt.");
    }
    if (grant.clientId !== clientId) throw new OAuthError("invalid_grant", "Fornyelsestokenet tilhører en annen klient.");
    // Like Cognito, the refresh token is not rotated: the response has new access and ID tokens only.
    return tokenSet(grant.user, grant.scope, undefined);
  }

  async function tokenSet(user: DevUser, scope: string, nonce: string | undefined): Promise<Record<string, unknown>> {
    const [accessToken, idToken] = await Promise.all([
      signToken(user, { tokenUse: "access" }),
      signToken(user, { tokenUse: "id", ...(nonce !== undefined ? { nonce } : {}) }),
    ]);
    return { access_token: accessToken, id_token: idToken, token_type: "Bearer", expires_in: tokenTtl, scope };
  }

  async function userinfo(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const result = await verifier(req.headers.authorization);
    const headers = { "Cache-Control": "no-store" };
    if (!result.ok) {
      const challenge = req.headers.authorization
        ? `Bearer error="invalid_token", error_description="${result.reason}"`
        : "Bearer";
      sendJson(res, 401, { error: "invalid_token", error_description: result.reason }, {
        ...headers,
        "WWW-Authenticate": challenge,
      });
      return;
    }
    if (result.claims.token_use !== "access") {
      sendJson(res, 401, { error: "invalid_token", error_description: "not an access token" }, {
        ...headers,
        "WWW-Authenticate": 'Bearer error="invalid_token", error_description="not an access token"',
      });
      return;
    }
    const { claims } = result;
    const info: Record<string, unknown> = {};
    for (const name of ["sub", "name", "email", "groups", "office"]) {
      if (claims[name] !== undefined) info[name] = claims[name];
    }
    sendJson(res, 200, info, headers);
  }

  function logout(url: URL, res: ServerResponse): void {
    const target = url.searchParams.get("post_logout_redirect_uri") ?? url.searchParams.get("logout_uri");
    if (target && target.length <= MAX_PARAM_LENGTH && isSameOrigin(target, origin)) {
      const location = new URL(target);
      const state = url.searchParams.get("state");
      if (state) location.searchParams.set("state", state);
      res.writeHead(302, { Location: location.href, "Cache-Control": "no-store" });
      res.end();
      return;
    }
    sendHtml(res, 200, loggedOutPage(`${origin}/`));
  }

  function remember<T extends { expiresAt: number }>(store: Map<string, T>, id: string, value: T): void {
    const t = now();
    for (const [k, v] of store) {
      if (v.expiresAt <= t) store.delete(k);
    }
    while (store.size >= MAX_PENDING) {
      const oldest = store.keys().next();
      if (oldest.done) break;
      store.delete(oldest.value);
    }
    store.set(id, value);
  }

  return { issuer, audience, handle, signToken, jwks };
}

const ROUTES = ["/.well-known/openid-configuration", "/jwks", "/authorize", "/token", "/userinfo", "/logout"];

function profileClaims(user: DevUser): Record<string, unknown> {
  return {
    name: user.name,
    email: user.email,
    groups: [...user.groups],
    ...(user.groups.includes("kontor") && user.office ? { office: user.office } : {}),
  };
}

function requestUrl(raw: string | undefined): URL | undefined {
  if (!raw || !raw.startsWith("/")) return undefined;
  try {
    return new URL(`http://local${raw}`);
  } catch {
    return undefined;
  }
}

/** True when `uri` is an absolute URL under `origin` + "/", with no fragment, credentials or odd characters. */
function isSameOrigin(uri: string, origin: string): boolean {
  if (!uri.startsWith(`${origin}/`)) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f\\]/.test(uri)) return false;
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    return false;
  }
  return parsed.origin === origin && parsed.hash === "" && uri.indexOf("#") === -1 && parsed.username === "" && parsed.password === "";
}

function duplicateParam(params: URLSearchParams): string | undefined {
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return undefined;
}

function allow(req: IncomingMessage, res: ServerResponse, methods: string[]): boolean {
  if (methods.includes(req.method ?? "GET")) return true;
  res.writeHead(405, { Allow: methods.join(", "), "Content-Type": "text/plain; charset=utf-8" });
  res.end("Metoden støttes ikke.\n");
  return false;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams | "too-large" | "wrong-type"> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") {
    req.resume();
    return "wrong-type";
  }
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    req.resume();
    return "too-large";
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size <= MAX_BODY_BYTES) chunks.push(buffer);
  }
  if (size > MAX_BODY_BYTES) return "too-large";
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "X-Content-Type-Options": "nosniff",
    ...headers,
  });
  res.end(text);
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(html),
    "Content-Security-Policy": HTML_CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
  });
  res.end(html);
}

function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

function s256(verifier: string): string {
  return createHash("sha256").update(verifier, "ascii").digest("base64url");
}

function equalStrings(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

// ---------------------------------------------------------------------------------------------------------------
// HTML

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const STYLE = `
  :root { color-scheme: light; }
  body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 1.125rem;
    line-height: 1.5; color: #23262a; background: #f2f3f5; }
  main { max-width: 36rem; margin: 3rem auto; padding: 2rem; background: #fff; border-radius: 0.5rem;
    box-shadow: 0 1px 3px rgba(0, 0, 0, 0.15); }
  h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; }
  label { display: block; font-weight: 600; margin: 1.5rem 0 0.5rem; }
  select { width: 100%; font: inherit; padding: 0.5rem; border: 1px solid #6f7785; border-radius: 0.25rem; }
  button { margin-top: 1.5rem; font: inherit; font-weight: 600; color: #fff; background: #0063c1; border: 0;
    border-radius: 0.25rem; padding: 0.75rem 1.5rem; cursor: pointer; }
  button:hover { background: #0056b4; }
  :focus-visible { outline: 3px solid #23262a; outline-offset: 2px; }
  .note { color: #49515e; font-size: 1rem; }
  code { overflow-wrap: anywhere; }
  a { color: #0063c1; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function errorPage(heading: string, message: string): string {
  return page(`${heading} – Utprøvingsbanken (lokal utvikling)`, `<h1>${escapeHtml(heading)}</h1>
<p>${escapeHtml(message)}</p>
<p class="note">Dette er den lokale innloggingstjenesten for utvikling.</p>`);
}

function loggedOutPage(home: string): string {
  return page("Du er logget ut – Utprøvingsbanken (lokal utvikling)", `<h1>Du er logget ut</h1>
<p><a href="${escapeHtml(home)}">Gå til forsiden</a></p>`);
}

function loginPage(request: AuthorizeRequest, users: DevUser[], action: string): string {
  const curators = users.filter((u) => u.groups.includes("kurator"));
  const staff = users
    .filter((u) => !u.groups.includes("kurator"))
    .sort((a, b) => officeLabel(a).localeCompare(officeLabel(b), "nb") || a.sub.localeCompare(b.sub));
  const selected = users.some((u) => u.sub === request.loginHint) ? request.loginHint : users[0]?.sub;
  const option = (user: DevUser, text: string) =>
    `<option value="${escapeHtml(user.sub)}"${user.sub === selected ? " selected" : ""}>${escapeHtml(text)}</option>`;

  const hidden: [string, string | undefined][] = [
    ["response_type", "code"],
    ["client_id", request.clientId],
    ["redirect_uri", request.redirectUri],
    ["scope", request.scope],
    ["state", request.state],
    ["nonce", request.nonce],
    ["code_challenge", request.codeChallenge],
    ["code_challenge_method", "S256"],
  ];
  const hiddenFields = hidden
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join("\n");

  const groups: string[] = [];
  if (curators.length > 0) {
    groups.push(`<optgroup label="Kuratorer">\n${curators.map((u) => option(u, u.name)).join("\n")}\n</optgroup>`);
  }
  if (staff.length > 0) {
    groups.push(
      `<optgroup label="Ansatte på NAV-kontor">\n${staff.map((u) => option(u, `${officeLabel(u)} – ${u.name}`)).join("\n")}\n</optgroup>`,
    );
  }

  const form =
    users.length === 0
      ? `<p>Det finnes ingen testbrukere ennå.</p>`
      : `<form method="post" action="${escapeHtml(action)}">
${hiddenFields}
<label for="sub">Velg testbruker</label>
<select id="sub" name="sub" required>
${groups.join("\n")}
</select>
<button type="submit">Logg inn</button>
</form>`;

  return page("Logg inn – Utprøvingsbanken (lokal utvikling)", `<h1>Logg inn i Utprøvingsbanken (lokal utvikling)</h1>
<p>Dette er en innloggingsside for lokal utvikling. Velg hvem du vil være. Det trengs ikke passord.</p>
${form}
<p class="note">Etter innlogging sendes du til <code>${escapeHtml(request.redirectUri)}</code>.</p>`);
}

function officeLabel(user: DevUser): string {
  return user.officeName ?? user.office ?? user.name;
}
