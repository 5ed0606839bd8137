import { createHash, randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { JSONWebKeySet } from "jose";
import Provider, { interactionPolicy, type Account, type KoaContextWithOIDC, type ResourceServer } from "oidc-provider";
import { createMemoryAdapter } from "oidc-provider/lib/adapters/memory_adapter.js";
import type { SigningKey } from "./keys.ts";
import { publicJwks, SIGNING_ALG } from "./keys.ts";
import { errorPage, HTML_CSP, loggedOutPage, loginPage, logoutPage } from "./pages.ts";
import type { DevUser } from "./users.ts";

/** Client id of the site (and the audience of every token). Cognito's app client plays this part in AWS. */
export const DEFAULT_CLIENT_ID = "utprovingsbanken";

/** Base URL of the local hub when nothing else is configured. */
export const DEFAULT_BASE_URL = "http://localhost:4321";

/** Where the site receives the authorization code (see site/src/app/auth.ts). */
export const CALLBACK_PATH = "/auth/callback";

/** The resource indicator of the API: access tokens are JWTs for it, with the client id as audience. */
export const API_RESOURCE = "urn:utprovingsbanken:api";

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
}

export interface SignTokenOptions {
  /** Lifetime in whole seconds, at least 1. Default: the issuer's token lifetime. */
  ttlSeconds?: number;
}

export interface LocalIssuer {
  readonly issuer: string;
  readonly audience: string;
  /** Handles requests under the issuer's path and returns true; returns false for anything else. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Issues an access token for a user without a browser, as the token endpoint would (the token CLI and tests). */
  signToken(user: DevUser, opts?: SignTokenOptions): Promise<string>;
  /** The public key set served at `/jwks`. */
  readonly jwks: JSONWebKeySet;
}

const SCOPE = "openid profile email";
/** The dev-user picker, one page per pending login (oidc-provider calls it an interaction). */
const LOGIN_PATH = "/authorize/login";
const LOGIN_ROUTE = /^\/authorize\/login\/([\w-]+)$/;
const MAX_FORM_BYTES = 16 * 1024;

/** The claims a user's tokens carry: the same in ID tokens and access tokens, and what the API reads. */
export function profileClaims(user: DevUser): Record<string, unknown> {
  return {
    name: user.name,
    email: user.email,
    groups: [...user.groups],
    ...(user.groups.includes("kontor") && user.office ? { office: user.office } : {}),
  };
}

/**
 * The local OpenID Connect provider: oidc-provider with one public client (the site), authorization code + PKCE,
 * RS256-signed ID tokens and JWT access tokens, and a page that lets you pick a dev user instead of a password.
 */
export function createIssuer(options: IssuerOptions): LocalIssuer {
  const issuer = options.issuer.replace(/\/+$/, "");
  const issuerUrl = new URL(issuer);
  const origin = issuerUrl.origin;
  const basePath = issuerUrl.pathname.replace(/\/+$/, "");
  const audience = options.audience ?? DEFAULT_CLIENT_ID;
  const tokenTtl = options.tokenTtlSeconds ?? 3600;
  const jwks = publicJwks(options.key);

  /** Users of tokens issued by `signToken`, who need not be in the list (the token CLI names any office). */
  const minted = new WeakMap<object, DevUser>();

  async function listUsers(): Promise<DevUser[]> {
    return typeof options.users === "function" ? await options.users() : options.users;
  }
  async function findUser(sub: string): Promise<DevUser | undefined> {
    return (await listUsers()).find((user) => user.sub === sub);
  }

  const resourceServer: ResourceServer = {
    scope: SCOPE,
    audience,
    accessTokenTTL: tokenTtl,
    accessTokenFormat: "jwt",
    jwt: { sign: { alg: SIGNING_ALG } },
  };

  const provider = new Provider(issuer, {
    // Logins, codes and sessions live in memory on purpose: a restart of the hub only ends open logins. Named
    // explicitly, the library's own memory storage does not warn that it is meant for development only.
    adapter: createMemoryAdapter(),
    responseTypes: ["code"],
    clients: [
      {
        client_id: audience,
        token_endpoint_auth_method: "none",
        redirect_uris: [`${origin}${CALLBACK_PATH}`],
        post_logout_redirect_uris: [`${origin}/`],
        response_types: ["code"],
        grant_types: ["authorization_code"],
        id_token_signed_response_alg: SIGNING_ALG,
      },
    ],
    jwks: { keys: [options.key.privateJwk] },
    // Cookies are signed with a key that lives as long as the process, like the stored logins.
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    claims: { openid: ["sub", "groups", "office"], profile: ["name"], email: ["email"] },
    // Put the profile claims in the ID token itself: the site reads them there, and the API authorizes it.
    conformIdTokenClaims: false,
    enabledJWA: { idTokenSigningAlgValues: [SIGNING_ALG] },
    ttl: { AccessToken: tokenTtl, IdToken: tokenTtl, AuthorizationCode: 60, Interaction: 600, Session: 12 * 3600, Grant: 12 * 3600 },
    routes: {
      authorization: "/authorize",
      token: "/token",
      jwks: "/jwks",
      end_session: "/logout",
    },
    async findAccount(_ctx, sub): Promise<Account | undefined> {
      const user = await findUser(sub);
      if (!user) return undefined;
      return { accountId: user.sub, claims: () => ({ sub: user.sub, ...profileClaims(user) }) };
    },
    async extraTokenClaims(_ctx, token) {
      const user = minted.get(token) ?? ("accountId" in token && token.accountId ? await findUser(token.accountId) : undefined);
      return user ? { ...profileClaims(user), token_use: "access" } : undefined;
    },
    // The site is the hub's own client: no consent screen, every login grants the scopes it asks for.
    async loadExistingGrant(ctx) {
      const accountId = ctx.oidc.session?.accountId;
      const client = ctx.oidc.client;
      if (!accountId || !client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId });
      grant.addOIDCScope(SCOPE);
      grant.addResourceScope(API_RESOURCE, SCOPE);
      await grant.save();
      return grant;
    },
    // The login step of an authorization request lives under the authorization endpoint, where it always was.
    interactions: { policy: pickEveryTime(), url: (_ctx, interaction) => `${basePath}${LOGIN_PATH}/${interaction.uid}` },
    async renderError(ctx, out) {
      ctx.type = "html";
      ctx.set("Content-Security-Policy", HTML_CSP);
      ctx.body = errorPage("Innloggingen kan ikke fullføres", describeError(out.error, out.error_description));
    },
    features: {
      devInteractions: { enabled: false },
      // Access tokens are JWTs for the API; oidc-provider's userinfo endpoint takes only its own opaque tokens.
      userinfo: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx, form) {
          // The site sends the user's ID token along (id_token_hint), which oidc-provider has checked by now:
          // then the logout comes from the site and is confirmed at once, as Cognito's logout endpoint does.
          // Anyone else gets the question and a button.
          const fromSite = typeof ctx.oidc.params?.id_token_hint === "string";
          ctx.type = "html";
          ctx.set("Content-Security-Policy", fromSite ? `${HTML_CSP}; script-src '${AUTO_SUBMIT_HASH}'` : HTML_CSP);
          ctx.body = logoutPage(form, `${origin}/`, fromSite ? AUTO_SUBMIT_SCRIPT : undefined);
        },
        postLogoutSuccessSource(ctx) {
          ctx.type = "html";
          ctx.set("Content-Security-Policy", HTML_CSP);
          ctx.body = loggedOutPage(`${origin}/`);
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => API_RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async () => resourceServer,
      },
    },
  });
  // oidc-provider is a Koa application; its errors reach the terminal once, through this listener.
  provider.on("server_error", (_ctx: unknown, error: unknown) => console.error("Lokal innloggingstjeneste: uventet feil", error));
  const callback = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
    const details = await provider.interactionDetails(req, res).catch(() => undefined);
    if (!details || details.uid !== uid) {
      sendHtml(res, 400, errorPage("Innloggingen har utløpt", "Gå tilbake til Utprøvingsbanken og logg inn på nytt."));
      return;
    }
    if (req.method === "GET" || req.method === "HEAD") {
      sendHtml(
        res,
        200,
        loginPage(await listUsers(), `${basePath}${LOGIN_PATH}/${uid}`, {
          loginHint: stringParam(details.params.login_hint),
          redirectUri: stringParam(details.params.redirect_uri),
        }),
      );
      return;
    }
    const requestOrigin = req.headers.origin;
    if (requestOrigin && requestOrigin !== "null" && requestOrigin !== origin) {
      sendHtml(res, 403, errorPage("Innloggingen kan ikke fullføres", "Skjemaet ble sendt fra en annen nettside."));
      return;
    }
    const form = await readForm(req);
    const sub = form?.get("sub");
    const user = sub ? await findUser(sub) : undefined;
    if (!user) {
      sendHtml(res, 400, errorPage("Innloggingen kan ikke fullføres", "Velg en av testbrukerne i listen."));
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: user.sub } }, { mergeWithLastSubmission: false });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const raw = req.url ?? "/";
    const path = raw.split("?")[0] ?? "/";
    if (path !== basePath && !path.startsWith(`${basePath}/`)) return false;
    const inner = raw.slice(basePath.length) || "/";
    const match = LOGIN_ROUTE.exec(inner.split("?")[0] ?? "");
    if (match?.[1]) {
      if (!["GET", "HEAD", "POST"].includes(req.method ?? "GET")) {
        res.writeHead(405, { Allow: "GET, HEAD, POST", "Content-Type": "text/plain; charset=utf-8" }).end("Metoden støttes ikke.\n");
        return true;
      }
      await interaction(req, res, match[1]);
      return true;
    }
    // Mounted as Express would mount it: the provider sees its own path, and `originalUrl` gives the prefix.
    Object.assign(req, { originalUrl: raw, url: inner });
    // oidc-provider writes its endpoints' addresses from the request's host: it sees only the configured
    // issuer's, so a forged Host or forwarding header can never put another site in the discovery document.
    req.headers.host = issuerUrl.host;
    for (const name of ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"]) delete req.headers[name];
    await new Promise<void>((resolve) => {
      res.once("finish", resolve);
      res.once("close", resolve);
      callback(req, res);
    });
    return true;
  }

  async function signToken(user: DevUser, opts: SignTokenOptions = {}): Promise<string> {
    const ttl = opts.ttlSeconds ?? tokenTtl;
    if (!Number.isInteger(ttl) || ttl < 1) throw new RangeError("ttlSeconds must be a whole number of seconds, at least 1");
    const client = await provider.Client.find(audience);
    if (!client) throw new Error(`The client ${audience} is not configured`);
    // A token stands on a grant, as one from the authorization endpoint does.
    const grant = new provider.Grant({ clientId: client.clientId, accountId: user.sub });
    grant.addOIDCScope(SCOPE);
    grant.addResourceScope(API_RESOURCE, SCOPE);
    const grantId = await grant.save();
    const token = new provider.AccessToken({ accountId: user.sub, client, grantId, scope: SCOPE, gty: "authorization_code", expiresIn: ttl });
    token.resourceServer = new provider.ResourceServer(API_RESOURCE, resourceServer);
    minted.set(token, user);
    return token.save();
  }

  return { issuer, audience, handle, signToken, jwks };
}

/** Submits oidc-provider's logout form (its id is fixed by the library). Allowed by its hash, nothing else runs. */
const AUTO_SUBMIT_SCRIPT = `document.getElementById("op.logoutForm").requestSubmit(document.querySelector('button[name="logout"]'));`;
const AUTO_SUBMIT_HASH = `sha256-${createHash("sha256").update(AUTO_SUBMIT_SCRIPT).digest("base64")}`;

/**
 * oidc-provider's default prompts, plus one: the dev-user picker shows on every authorization request, even when
 * the browser still has a session, so that switching users is just logging in again (as it always was here).
 */
function pickEveryTime(): interactionPolicy.DefaultPolicy {
  const policy = interactionPolicy.base();
  policy
    .get("login")
    ?.checks.add(
      new interactionPolicy.Check("dev_user_pick", "a dev user is picked on every login", (ctx: KoaContextWithOIDC) =>
        ctx.oidc.result?.login ? interactionPolicy.Check.NO_NEED_TO_PROMPT : interactionPolicy.Check.REQUEST_PROMPT,
      ),
    );
  return policy;
}

/** An interaction parameter given as text, else nothing. */
function stringParam(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function describeError(error: string, description: string | undefined): string {
  if (error === "invalid_client") return "Ukjent klient.";
  if (error === "invalid_redirect_uri") return "Adressen det skal sendes tilbake til (redirect_uri) er ikke registrert for klienten.";
  if (description?.includes("code_challenge")) return "PKCE er påkrevd: code_challenge og code_challenge_method=S256 mangler eller er feil.";
  return `Forespørselen ble avvist (${error}${description ? `: ${description}` : ""}).`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size <= MAX_FORM_BYTES) chunks.push(buffer);
  }
  if (type !== "application/x-www-form-urlencoded" || size > MAX_FORM_BYTES) return undefined;
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
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
