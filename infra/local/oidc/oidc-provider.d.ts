/**
 * The part of oidc-provider's API the local issuer uses (the package ships no type declarations). Names and
 * shapes follow its documentation (docs/README.md) and lib/provider.js.
 */
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";
  import type { JWK } from "jose";

  export interface KoaContextWithOIDC {
    set(header: string, value: string): void;
    type: string;
    body: unknown;
    status: number;
    host: string;
    oidc: {
      client?: Client;
      session?: { accountId?: string; uid: string };
      params?: Record<string, unknown>;
      result?: Record<string, unknown>;
      provider: Provider;
    };
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): Promise<Record<string, unknown>> | Record<string, unknown>;
  }

  export interface ResourceServerInfo {
    scope: string;
    audience?: string;
    accessTokenTTL?: number;
    accessTokenFormat?: "opaque" | "jwt";
    jwt?: { sign?: { alg: string; kid?: string } };
  }

  export interface ClientMetadata {
    client_id: string;
    client_secret?: string;
    redirect_uris?: string[];
    post_logout_redirect_uris?: string[];
    response_types?: string[];
    grant_types?: string[];
    token_endpoint_auth_method?: string;
    id_token_signed_response_alg?: string;
    application_type?: "web" | "native";
  }

  export interface ErrorOut {
    error: string;
    error_description?: string;
    state?: string;
  }

  export interface Configuration {
    adapter?: unknown;
    responseTypes?: string[];
    clients?: ClientMetadata[];
    jwks?: { keys: JWK[] };
    cookies?: { keys?: string[] };
    claims?: Record<string, string[] | null>;
    scopes?: string[];
    conformIdTokenClaims?: boolean;
    enabledJWA?: { idTokenSigningAlgValues?: string[] };
    findAccount?: (ctx: KoaContextWithOIDC | undefined, sub: string) => Promise<Account | undefined>;
    extraTokenClaims?: (ctx: KoaContextWithOIDC | undefined, token: AccessToken) => Promise<Record<string, unknown> | undefined>;
    loadExistingGrant?: (ctx: KoaContextWithOIDC) => Promise<Grant | undefined>;
    interactions?: { policy?: InteractionPolicy; url?: (ctx: KoaContextWithOIDC, interaction: Interaction) => Promise<string> | string };
    renderError?: (ctx: KoaContextWithOIDC, out: ErrorOut, error: Error) => Promise<void> | void;
    routes?: Record<string, string>;
    ttl?: Record<string, number | ((...args: unknown[]) => number)>;
    features?: {
      devInteractions?: { enabled: boolean };
      userinfo?: { enabled: boolean };
      rpInitiatedLogout?: {
        enabled?: boolean;
        logoutSource?: (ctx: KoaContextWithOIDC, form: string) => Promise<void> | void;
        postLogoutSuccessSource?: (ctx: KoaContextWithOIDC) => Promise<void> | void;
      };
      resourceIndicators?: {
        enabled: boolean;
        defaultResource?: (ctx: KoaContextWithOIDC, client: Client, oneOf?: string[]) => Promise<string | string[] | undefined>;
        getResourceServerInfo?: (ctx: KoaContextWithOIDC, resource: string, client: Client) => Promise<ResourceServerInfo>;
        useGrantedResource?: (ctx: KoaContextWithOIDC, model: unknown) => Promise<boolean>;
      };
    };
  }

  export interface Client {
    clientId: string;
  }

  export class Check {
    static readonly REQUEST_PROMPT: true;
    static readonly NO_NEED_TO_PROMPT: false;
    constructor(reason: string, description: string, check: (ctx: KoaContextWithOIDC) => boolean | Promise<boolean>);
  }

  export interface Prompt {
    readonly name: string;
    readonly checks: Check[] & { add(check: Check, index?: number): void };
  }

  export type InteractionPolicy = Prompt[] & { get(name: string): Prompt | undefined };

  export const interactionPolicy: { base(): InteractionPolicy; Check: typeof Check };

  export interface Interaction {
    uid: string;
    prompt: { name: string; reasons: string[]; details: Record<string, unknown> };
    params: Record<string, string | undefined>;
    session?: { accountId?: string };
    grantId?: string;
  }

  export interface Grant {
    addOIDCScope(scope: string): void;
    addResourceScope(resource: string, scope: string): void;
    save(): Promise<string>;
  }

  export interface AccessToken {
    accountId?: string;
    resourceServer?: ResourceServer;
    save(): Promise<string>;
  }

  export interface ResourceServer {
    readonly audience?: string;
  }

  export class Provider {
    constructor(issuer: string, configuration: Configuration);
    readonly issuer: string;
    proxy: boolean;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    on(event: string, listener: (...args: unknown[]) => void): this;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: Record<string, unknown>, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
    readonly Client: { find(id: string): Promise<Client | undefined> };
    readonly Grant: new (properties: { clientId: string; accountId: string }) => Grant;
    readonly AccessToken: new (properties: { accountId: string; client: Client; scope?: string; gty?: string; expiresIn?: number }) => AccessToken;
    readonly ResourceServer: new (identifier: string, info: ResourceServerInfo) => ResourceServer;
  }

  export default Provider;
}

declare module "oidc-provider/lib/adapters/memory_adapter.js" {
  /** oidc-provider's own in-memory storage, as an adapter class (the default, which it warns about when implied). */
  export function createMemoryAdapter(clockTolerance?: number): unknown;
}
