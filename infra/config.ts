import type { Node } from "constructs";

/**
 * Deployment configuration, read once from CDK context (`cdk.json` defaults, overridden with `-c key=value`).
 * Nothing here is secret: the OIDC client secret is referenced by its Secrets Manager name and resolved by
 * CloudFormation at deploy time.
 */
export interface HubConfig {
  /** Environment name, e.g. `dev`, `test`, `prod`; part of every stack and resource name. */
  readonly envName: string;
  readonly region: string;
  /** Target account; unset keeps the stacks environment-agnostic in the account (synth needs no AWS access). */
  readonly account?: string;
  /** Prefix of every stack name, e.g. `Utp-prod`. */
  readonly stackPrefix: string;
  /** Prefix of the Cognito hosted domain `https://<prefix>.auth.<region>.amazoncognito.com` (globally unique). */
  readonly domainPrefix: string;
  /** E-mail address subscribed to the alarm topic; no subscription when unset. */
  readonly alarmEmail?: string;
  readonly site: SiteConfig;
  readonly oidc?: OidcConfig;
  readonly siteSource: SiteSource;
  readonly api: ApiLimits;
  /** Retention of function, access and build logs, in days (a value CloudWatch Logs accepts). */
  readonly logRetentionDays: number;
  readonly mail: MailConfig;
}

/** The notices' sender (an SES domain identity) and the curators' address. */
export interface MailConfig {
  /** The domain SES sends from, verified with Easy DKIM (its DNS records are in the stack's outputs). */
  readonly domain: string;
  /** The sender address, on `domain`. */
  readonly from: string;
  /** Where curators' notices go: the directorate's shared mailbox(es). */
  readonly curatorEmails: readonly string[];
  /** Local time (Europe/Oslo) of the daily reminders job, `HH:MM`. */
  readonly dailyAt: string;
}

export interface SiteConfig {
  /** A custom domain for the site (alias on the distribution); needs `certificateArn`. */
  readonly domainName?: string;
  /** ACM certificate in us-east-1 covering `domainName`. */
  readonly certificateArn?: string;
  /**
   * The site's public URL when known: `https://<domainName>` with a custom domain, otherwise the distribution's
   * `https://dxxxx.cloudfront.net` from the first deployment's output (see infra/README.md).
   */
  readonly url?: string;
  /** Path of the site's OAuth callback page. */
  readonly callbackPath: string;
  /** Path the site returns to after logout. */
  readonly logoutPath: string;
  /** Further allowed callback and logout URLs (e.g. a preview host). */
  readonly extraCallbackUrls: readonly string[];
  readonly extraLogoutUrls: readonly string[];
  /** ARN of a WAFv2 web ACL (scope CLOUDFRONT, created in us-east-1) to attach to the distribution. */
  readonly webAclArn?: string;
}

/** NAV's Entra ID (or any OpenID Connect provider) federated into the user pool. */
export interface OidcConfig {
  readonly providerName: string;
  readonly issuerUrl: string;
  readonly clientId: string;
  /** Name of the Secrets Manager secret holding the client secret (a plain string secret). */
  readonly clientSecretName: string;
  /** Claim in the provider's ID token carrying the user's office id, mapped to `custom:office`. */
  readonly officeClaim?: string;
}

/** Where CodeBuild gets the repository to build the site from. */
export type SiteSource =
  | { readonly type: "s3"; readonly bucketName?: string; readonly objectKey: string }
  | { readonly type: "github"; readonly owner: string; readonly repo: string; readonly branch: string };

export interface ApiLimits {
  /** Steady-state requests per second for the whole stage. */
  readonly rateLimit: number;
  readonly burstLimit: number;
  /**
   * A custom domain for the API that only CloudFront uses as its origin (`-c apiOriginDomain=... -c
   * apiCertificateArn=...`, a regional certificate). With it the execute-api endpoint is disabled, so that
   * nobody can call the API past CloudFront's web ACL.
   */
  readonly originDomain?: { readonly domainName: string; readonly certificateArn: string };
}

export const DEFAULT_REGION = "eu-north-1";
export const DEFAULT_SITE_SOURCE_KEY = "site-source/utprovingsbanken.zip";
const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

/** Reads the configuration from context; throws with every problem listed when a value is invalid. */
export function loadConfig(node: Node): HubConfig {
  const problems: string[] = [];
  const ctx = (key: string): string | undefined => {
    const value: unknown = node.tryGetContext(key);
    if (value === undefined || value === null || value === "") return undefined;
    if (typeof value === "string") return value.trim() || undefined;
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    problems.push(`context "${key}" must be a string`);
    return undefined;
  };
  const list = (key: string): string[] => {
    const value: unknown = node.tryGetContext(key);
    if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string" && v.length > 0);
    return (ctx(key) ?? "")
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean);
  };
  const int = (key: string, fallback: number, min: number, max: number): number => {
    const raw = ctx(key);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`context "${key}" must be an integer from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const httpsUrl = (key: string, value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    if (!/^https:\/\/[^\s/]+(\/[^\s]*)?$/.test(value) && !/^http:\/\/localhost(:\d+)?(\/[^\s]*)?$/.test(value)) {
      problems.push(`context "${key}" must be an https:// URL (or http://localhost), got "${value}"`);
    }
    return value.replace(/\/+$/, "");
  };

  const envName = ctx("env") ?? "dev";
  if (!/^[a-z][a-z0-9-]{0,15}$/.test(envName)) problems.push(`context "env" must be lowercase letters, digits and hyphens (max 16), got "${envName}"`);
  const region = ctx("region") ?? DEFAULT_REGION;
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) problems.push(`context "region" is not an AWS region: "${region}"`);
  const account = ctx("account") ?? process.env.CDK_DEFAULT_ACCOUNT;
  if (account !== undefined && !/^\d{12}$/.test(account)) problems.push(`context "account" must be 12 digits, got "${account}"`);

  const domainPrefix = ctx("domainPrefix") ?? `utprovingsbanken-${envName}`;
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(domainPrefix) || /aws|amazon|cognito/.test(domainPrefix)) {
    problems.push(`context "domainPrefix" must be lowercase letters, digits and hyphens, without aws/amazon/cognito, got "${domainPrefix}"`);
  }

  const alarmEmail = ctx("alarmEmail");
  if (alarmEmail !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(alarmEmail))
    problems.push(`context "alarmEmail" is not an e-mail address: "${alarmEmail}"`);

  const siteDomain = ctx("siteDomain");
  const certificateArn = ctx("siteCertificateArn");
  if (siteDomain !== undefined && certificateArn === undefined)
    problems.push(`context "siteDomain" needs "siteCertificateArn" (an ACM certificate in us-east-1)`);
  if (certificateArn !== undefined && !/^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[\w-]+$/.test(certificateArn)) {
    problems.push(`context "siteCertificateArn" must be an ACM certificate ARN in us-east-1`);
  }
  const siteUrl = httpsUrl("siteUrl", ctx("siteUrl") ?? (siteDomain ? `https://${siteDomain}` : undefined));
  const webAclArn = ctx("webAclArn");
  if (webAclArn !== undefined && !/^arn:aws[a-z-]*:wafv2:us-east-1:\d{12}:global\/webacl\/.+$/.test(webAclArn)) {
    problems.push(`context "webAclArn" must be a global (CLOUDFRONT) WAFv2 web ACL ARN`);
  }
  const apiOriginDomain = ctx("apiOriginDomain");
  const apiCertificateArn = ctx("apiCertificateArn");
  if ((apiOriginDomain === undefined) !== (apiCertificateArn === undefined)) problems.push(`context "apiOriginDomain" and "apiCertificateArn" go together`);
  if (apiOriginDomain !== undefined && !/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(apiOriginDomain))
    problems.push(`context "apiOriginDomain" is not a domain name`);
  if (apiCertificateArn !== undefined && !/^arn:aws[a-z-]*:acm:[a-z0-9-]+:\d{12}:certificate\/[\w-]+$/.test(apiCertificateArn))
    problems.push(`context "apiCertificateArn" must be an ACM certificate ARN`);
  const path = (key: string, fallback: string): string => {
    const value = ctx(key) ?? fallback;
    if (!value.startsWith("/")) problems.push(`context "${key}" must start with "/", got "${value}"`);
    return value;
  };

  const oidcIssuerUrl = ctx("oidcIssuerUrl");
  const oidcClientId = ctx("oidcClientId");
  const oidcClientSecretName = ctx("oidcClientSecretName");
  let oidc: OidcConfig | undefined;
  if (oidcIssuerUrl || oidcClientId || oidcClientSecretName) {
    if (!oidcIssuerUrl || !oidcClientId || !oidcClientSecretName) {
      problems.push(`OIDC federation needs all of "oidcIssuerUrl", "oidcClientId" and "oidcClientSecretName"`);
    } else {
      const providerName = ctx("oidcProviderName") ?? "EntraID";
      if (!/^[\w.-]{3,32}$/.test(providerName)) problems.push(`context "oidcProviderName" must be 3-32 letters, digits, "_", "." or "-"`);
      const officeClaim = ctx("oidcOfficeClaim");
      oidc = {
        providerName,
        issuerUrl: httpsUrl("oidcIssuerUrl", oidcIssuerUrl) ?? oidcIssuerUrl,
        clientId: oidcClientId,
        clientSecretName: oidcClientSecretName,
        ...(officeClaim ? { officeClaim } : {}),
      };
    }
  }

  const siteSource = parseSiteSource(ctx("siteSource"), problems);

  const logRetentionDays = int("logRetentionDays", 90, 1, 3653);
  if (!LOG_RETENTION_DAYS.includes(logRetentionDays)) problems.push(`context "logRetentionDays" must be one of ${LOG_RETENTION_DAYS.join(", ")}`);

  const mailDomain = ctx("mailDomain") ?? siteDomain ?? "utprovingsbanken.nav.no";
  if (!/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/.test(mailDomain))
    problems.push(`context "mailDomain" is not a domain name: "${mailDomain}"`);
  const mailFrom = ctx("mailFrom") ?? `ikke-svar@${mailDomain}`;
  if (!mailFrom.endsWith(`@${mailDomain}`)) problems.push(`context "mailFrom" must be an address on "${mailDomain}", got "${mailFrom}"`);
  const curatorEmails = list("curatorEmails");
  for (const address of curatorEmails) {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) problems.push(`context "curatorEmails" holds something that is not an e-mail address: "${address}"`);
  }
  const dailyAt = ctx("remindersAt") ?? "07:00";
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(dailyAt)) problems.push(`context "remindersAt" must be HH:MM, got "${dailyAt}"`);

  const config: HubConfig = {
    envName,
    region,
    ...(account ? { account } : {}),
    stackPrefix: `Utp-${envName}`,
    domainPrefix,
    ...(alarmEmail ? { alarmEmail } : {}),
    site: {
      ...(siteDomain ? { domainName: siteDomain } : {}),
      ...(certificateArn ? { certificateArn } : {}),
      ...(siteUrl ? { url: siteUrl } : {}),
      callbackPath: path("authCallbackPath", "/auth/callback"),
      logoutPath: path("authLogoutPath", "/"),
      extraCallbackUrls: list("callbackUrls").map((u) => httpsUrl("callbackUrls", u) ?? u),
      extraLogoutUrls: list("logoutUrls").map((u) => httpsUrl("logoutUrls", u) ?? u),
      ...(webAclArn ? { webAclArn } : {}),
    },
    ...(oidc ? { oidc } : {}),
    siteSource,
    api: {
      rateLimit: int("apiRateLimit", 50, 1, 10_000),
      burstLimit: int("apiBurstLimit", 100, 1, 5_000),
      ...(apiOriginDomain && apiCertificateArn ? { originDomain: { domainName: apiOriginDomain, certificateArn: apiCertificateArn } } : {}),
    },
    logRetentionDays,
    mail: { domain: mailDomain, from: mailFrom, curatorEmails: curatorEmails.length > 0 ? curatorEmails : [`kuratorer@${mailDomain}`], dailyAt },
  };
  if (problems.length > 0) throw new Error(`Invalid configuration:\n  - ${problems.join("\n  - ")}`);
  return config;
}

/**
 * `siteSource` is `s3://<bucket>/<key>` (a zip of the repository), `s3:<key>` (a key in the source bucket the
 * site stack creates), or `github:<owner>/<repo>[#<branch>]`. Default: the created bucket, key
 * `site-source/utprovingsbanken.zip`.
 */
export function parseSiteSource(value: string | undefined, problems: string[]): SiteSource {
  if (value === undefined) return { type: "s3", objectKey: DEFAULT_SITE_SOURCE_KEY };
  const s3 = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.+)$/.exec(value);
  if (s3?.[1] && s3[2]) return { type: "s3", bucketName: s3[1], objectKey: s3[2] };
  const key = /^s3:([^/].*)$/.exec(value);
  if (key?.[1]) return { type: "s3", objectKey: key[1] };
  const github = /^github:([\w.-]+)\/([\w.-]+)(?:#(.+))?$/.exec(value);
  if (github?.[1] && github[2]) return { type: "github", owner: github[1], repo: github[2], branch: github[3] ?? "main" };
  problems.push(`context "siteSource" must be s3://<bucket>/<key>, s3:<key> or github:<owner>/<repo>[#<branch>], got "${value}"`);
  return { type: "s3", objectKey: DEFAULT_SITE_SOURCE_KEY };
}

/** The Cognito hosted domain's base URL, known from the configuration alone (the site's CSP needs it). */
export function hostedDomainUrl(config: Pick<HubConfig, "domainPrefix" | "region">): string {
  return `https://${config.domainPrefix}.auth.${config.region}.amazoncognito.com`;
}
