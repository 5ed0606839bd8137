import * as oauth from "oauth4webapi";
import type { AuthConfig } from "../../../shared/contracts/responses.ts";
import { anonymous } from "../lib/api-client.ts";
import { provideApiSession } from "../lib/api-session.ts";
import { safeReturnPath } from "../lib/return-path.ts";
import { TOKENS_KEY, type StoredTokens } from "./session-tokens.ts";

/**
 * Login with OpenID Connect authorization code + PKCE, configured from `GET /api/auth/config` (the local
 * issuer on one machine, Cognito in AWS). Tokens live in sessionStorage only, never in cookies. The API
 * authorizes the ID token (Cognito's access token lacks `custom:office`), so that is the bearer sent.
 */
const LOGIN_KEY = "utp:login";
const CALLBACK_PATH = "/auth/callback";

let configPromise: Promise<{ config: AuthConfig; as: oauth.AuthorizationServer }> | undefined;
const beforeLoginHooks: (() => void)[] = [];

function insecure(url: string): Record<symbol, boolean> {
  return url.startsWith("http://") ? { [oauth.allowInsecureRequests]: true } : {};
}

async function loadConfig(): Promise<{ config: AuthConfig; as: oauth.AuthorizationServer }> {
  configPromise ??= (async () => {
    const config: AuthConfig = await anonymous
      .call("GET /api/auth/config")
      .then((res) => res.body)
      .catch(() => {
        throw new Error("Innloggingen er ikke tilgjengelig akkurat nå. Prøv igjen om litt.");
      });
    let as: oauth.AuthorizationServer;
    if (config.authorizationEndpoint && config.tokenEndpoint) {
      as = { issuer: config.issuer, authorization_endpoint: config.authorizationEndpoint, token_endpoint: config.tokenEndpoint };
    } else {
      const issuer = new URL(config.issuer);
      const response = await oauth.discoveryRequest(issuer, { algorithm: "oidc", ...insecure(config.issuer) });
      as = await oauth.processDiscoveryResponse(issuer, response);
    }
    return { config, as };
  })();
  return configPromise;
}

function redirectUri(): string {
  return `${location.origin}${CALLBACK_PATH}`;
}

function readTokens(): StoredTokens | undefined {
  try {
    const raw = sessionStorage.getItem(TOKENS_KEY);
    if (!raw) return undefined;
    const tokens = JSON.parse(raw) as StoredTokens;
    return tokens.expiresAt > Date.now() + 10_000 ? tokens : undefined;
  } catch {
    return undefined;
  }
}

export interface CurrentUser {
  name: string;
  /** The e-mail address the login gave, if any (prefills the contact person). */
  email?: string | undefined;
  role: "kontor" | "kurator" | undefined;
  office: string | undefined;
  /** The office's name, looked up at login ("NAV Grünerløkka"). */
  officeName?: string | undefined;
}

export function currentUser(): CurrentUser | undefined {
  const t = readTokens();
  return t ? { name: t.name, email: t.email, role: t.role, office: t.office, officeName: t.officeName } : undefined;
}

/** Called before the browser leaves for the login page, so a form can keep what was typed. */
export function onBeforeLogin(hook: () => void): void {
  beforeLoginHooks.push(hook);
}

/** The login under way: a second call (another island on the same page) joins it instead of starting one more. */
let loggingIn: Promise<never> | undefined;
// A page brought back from the back-forward cache starts afresh: its login left it.
globalThis.addEventListener?.("pageshow", (event) => {
  if ((event as PageTransitionEvent).persisted) loggingIn = undefined;
});

export function login(returnTo = location.pathname + location.search): Promise<never> {
  // Two redirects in a row would cancel the first navigation; one login per page is enough.
  loggingIn ??= startLogin(returnTo).catch((error: unknown) => {
    loggingIn = undefined;
    throw error;
  });
  return loggingIn;
}

async function startLogin(returnTo: string): Promise<never> {
  for (const hook of beforeLoginHooks) hook();
  const { config, as } = await loadConfig();
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  sessionStorage.setItem(LOGIN_KEY, JSON.stringify({ verifier, state, nonce, returnTo }));
  const url = new URL(as.authorization_endpoint ?? `${config.issuer}/authorize`);
  url.searchParams.set("client_id", config.clientId);
  url.searchParams.set("redirect_uri", redirectUri());
  url.searchParams.set("response_type", "code");
  url.searchParams.set("scope", config.scopes.join(" "));
  url.searchParams.set("code_challenge", await oauth.calculatePKCECodeChallenge(verifier));
  url.searchParams.set("code_challenge_method", "S256");
  url.searchParams.set("state", state);
  url.searchParams.set("nonce", nonce);
  location.assign(url.href);
  return new Promise<never>(() => {});
}

/** Finishes the login on `/auth/callback`; returns where the user was going. */
export async function completeLogin(): Promise<string> {
  const pending = JSON.parse(sessionStorage.getItem(LOGIN_KEY) ?? "null") as { verifier: string; state: string; nonce: string; returnTo: string } | null;
  if (!pending) throw new Error("Innloggingen ble ikke startet fra denne fanen. Prøv å logge inn på nytt.");
  const { config, as } = await loadConfig();
  const client: oauth.Client = { client_id: config.clientId };
  const params = oauth.validateAuthResponse(as, client, new URL(location.href), pending.state);
  const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), params, redirectUri(), pending.verifier, insecure(config.issuer));
  const result = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: pending.nonce, requireIdToken: true });
  const claims = oauth.getValidatedIdTokenClaims(result);
  if (!result.id_token || !claims) throw new Error("Innloggingen ga ikke noe ID-token.");
  const groups = Array.isArray(claims.groups) ? claims.groups : Array.isArray(claims["cognito:groups"]) ? claims["cognito:groups"] : [];
  const role = groups.includes("kurator") ? "kurator" : groups.includes("kontor") ? "kontor" : undefined;
  const office = typeof claims.office === "string" ? claims.office : typeof claims["custom:office"] === "string" ? claims["custom:office"] : undefined;
  const tokens: StoredTokens = {
    idToken: result.id_token,
    expiresAt: claims.exp * 1000,
    name: typeof claims.name === "string" ? claims.name : typeof claims.email === "string" ? claims.email : claims.sub,
    email: typeof claims.email === "string" ? claims.email : undefined,
    role,
    office,
    officeName: office ? await officeName(office) : undefined,
  };
  sessionStorage.setItem(TOKENS_KEY, JSON.stringify(tokens));
  sessionStorage.removeItem(LOGIN_KEY);
  return safeReturnPath(pending.returnTo, location.origin);
}

async function officeName(id: string): Promise<string | undefined> {
  try {
    const { body } = await anonymous.call("GET /api/offices");
    return body.items.find((o) => o.id === id)?.name;
  } catch {
    return undefined;
  }
}

export async function logout(): Promise<void> {
  const tokens = readTokens();
  sessionStorage.removeItem(TOKENS_KEY);
  const { config, as } = await loadConfig();
  const home = `${location.origin}/`;
  if (config.logoutEndpoint) {
    const url = new URL(config.logoutEndpoint);
    url.searchParams.set("client_id", config.clientId);
    url.searchParams.set("logout_uri", home);
    location.assign(url.href);
  } else if (as.end_session_endpoint) {
    const url = new URL(as.end_session_endpoint);
    url.searchParams.set("client_id", config.clientId);
    url.searchParams.set("post_logout_redirect_uri", home);
    if (tokens) url.searchParams.set("id_token_hint", tokens.idToken);
    location.assign(url.href);
  } else {
    location.assign(home);
  }
}

/** The bearer token, or a trip to the login page when there is none. */
export async function requireToken(): Promise<string> {
  const tokens = readTokens();
  if (tokens) return tokens.idToken;
  return login();
}

/** Forgets the token (the API said 401) and logs in again. */
export async function reauthenticate(): Promise<never> {
  sessionStorage.removeItem(TOKENS_KEY);
  return login();
}

// The signed-in API client asks this module for its token.
provideApiSession({ token: requireToken, reauthenticate });
