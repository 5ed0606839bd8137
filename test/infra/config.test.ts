import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "aws-cdk-lib";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_REGION, DEFAULT_SITE_SOURCE_KEY, hostedDomainUrl, loadConfig } from "../../infra/config.ts";

// An app without an output folder makes a temporary one of its own, which nothing removes.
const outdir = mkdtempSync(join(tmpdir(), "utp-config-"));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));
const configFrom = (context: Record<string, unknown>) => loadConfig(new App({ context, outdir }).node);

describe("deployment configuration", () => {
  it("has defaults that synthesize a dev environment in eu-north-1", () => {
    // Act
    const config = configFrom({});
    // Assess
    expect(config).toMatchObject({
      envName: "dev",
      region: DEFAULT_REGION,
      stackPrefix: "Utp-dev",
      domainPrefix: "utprovingsbanken-dev",
      siteSource: { type: "s3", objectKey: DEFAULT_SITE_SOURCE_KEY },
      logRetentionDays: 90,
    });
    expect(config.region).toBe("eu-north-1");
    expect(config.oidc).toBeUndefined();
    expect(config.alarmEmail).toBeUndefined();
    expect(hostedDomainUrl(config)).toBe("https://utprovingsbanken-dev.auth.eu-north-1.amazoncognito.com");
  });

  it("reads values given with -c (strings)", () => {
    const config = configFrom({
      env: "prod",
      alarmEmail: "drift@nav.example",
      siteUrl: "https://utprovingsbanken.nav.example/",
      callbackUrls: "https://preview.nav.example/auth/callback, http://localhost:4321/auth/callback",
      apiRateLimit: "20",
      logRetentionDays: "30",
    });
    expect(config.stackPrefix).toBe("Utp-prod");
    expect(config.site.url).toBe("https://utprovingsbanken.nav.example");
    expect(config.site.extraCallbackUrls).toEqual(["https://preview.nav.example/auth/callback", "http://localhost:4321/auth/callback"]);
    expect(config.api.rateLimit).toBe(20);
    expect(config.logRetentionDays).toBe(30);
  });

  it("enables OIDC only with issuer, client id and secret name together", () => {
    expect(() => configFrom({ oidcIssuerUrl: "https://login.microsoftonline.com/t/v2.0" })).toThrow(/oidcClientId/);
    const config = configFrom({
      oidcIssuerUrl: "https://login.microsoftonline.com/t/v2.0",
      oidcClientId: "abc",
      oidcClientSecretName: "utp/entra",
    });
    expect(config.oidc).toEqual({
      providerName: "EntraID",
      issuerUrl: "https://login.microsoftonline.com/t/v2.0",
      clientId: "abc",
      clientSecretName: "utp/entra",
    });
  });

  it.each([
    ["s3://nav-releases/utp/source.zip", { type: "s3", bucketName: "nav-releases", objectKey: "utp/source.zip" }],
    ["s3:builds/utp.zip", { type: "s3", objectKey: "builds/utp.zip" }],
    ["github:navikt/utprovingsbanken", { type: "github", owner: "navikt", repo: "utprovingsbanken", branch: "main" }],
    ["github:navikt/utprovingsbanken#release", { type: "github", owner: "navikt", repo: "utprovingsbanken", branch: "release" }],
  ])("reads the site source %s", (siteSource, expected) => {
    expect(configFrom({ siteSource }).siteSource).toEqual(expected);
  });

  it("lists every problem at once", () => {
    expect(() => configFrom({ env: "Prod!", alarmEmail: "nobody", siteDomain: "utp.nav.example", siteSource: "ftp://x", logRetentionDays: "10" })).toThrow(
      /env[\s\S]*alarmEmail[\s\S]*siteCertificateArn[\s\S]*siteSource[\s\S]*logRetentionDays/,
    );
  });

  it("refuses a site URL that is not https", () => {
    expect(() => configFrom({ siteUrl: "http://utprovingsbanken.nav.example" })).toThrow(/siteUrl/);
  });
});
