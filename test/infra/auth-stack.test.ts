import { Annotations, Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { USER_GROUPS } from "../../infra/stacks/auth-stack.ts";
import { onlyResource, prop, resourcesOf, synthesizeHub } from "./synth.ts";

const OIDC_CONTEXT = {
  oidcIssuerUrl: "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0",
  oidcClientId: "11111111-2222-3333-4444-555555555555",
  oidcClientSecretName: "utprovingsbanken/entra-client-secret",
  oidcOfficeClaim: "navOffice",
};

describe("auth stack: user pool", () => {
  // Prepare
  const hub = synthesizeHub();
  const template = hub.template(hub.stacks.auth);
  const [, pool] = onlyResource(template, "AWS::Cognito::UserPool");

  it("has the groups kontor and kurator", () => {
    const groups = Object.values(resourcesOf(template, "AWS::Cognito::UserPoolGroup")).map((g) => prop(g, "Properties", "GroupName"));
    expect(groups.sort()).toEqual(Object.keys(USER_GROUPS).sort());
    expect(groups).toEqual(expect.arrayContaining(["kontor", "kurator"]));
  });

  it("has a custom attribute office, so tokens carry custom:office", () => {
    const schema = prop(pool, "Properties", "Schema") as Record<string, unknown>[];
    expect(schema).toContainEqual(expect.objectContaining({ Name: "office", AttributeDataType: "String", Mutable: true }));
  });

  it("lets only administrators (or federation) create users, requires MFA and a strong password", () => {
    expect(prop(pool, "Properties", "AdminCreateUserConfig", "AllowAdminCreateUserOnly")).toBe(true);
    expect(prop(pool, "Properties", "MfaConfiguration")).toBe("ON");
    expect(prop(pool, "Properties", "EnabledMfas")).toEqual(["SOFTWARE_TOKEN_MFA"]);
    expect(prop(pool, "Properties", "Policies", "PasswordPolicy", "MinimumLength")).toBeGreaterThanOrEqual(14);
  });

  it("is protected from deletion and retained", () => {
    expect(prop(pool, "Properties", "DeletionProtection")).toBe("ACTIVE");
    expect(pool.DeletionPolicy).toBe("Retain");
  });

  it("has a hosted (Cognito) domain with the configured prefix", () => {
    template.hasResourceProperties("AWS::Cognito::UserPoolDomain", { Domain: hub.config.domainPrefix });
  });
});

describe("auth stack: the site's app client", () => {
  // Prepare
  const hub = synthesizeHub();
  const template = hub.template(hub.stacks.auth);
  const [, client] = onlyResource(template, "AWS::Cognito::UserPoolClient");
  const p = (key: string) => prop(client, "Properties", key);

  it("is a public client using the authorization code flow (PKCE), without a secret", () => {
    expect(p("GenerateSecret")).toBe(false);
    expect(p("AllowedOAuthFlows")).toEqual(["code"]);
    expect(p("AllowedOAuthFlowsUserPoolClient")).toBe(true);
  });

  it("allows no password or SRP sign-in outside the hosted pages", () => {
    expect(p("ExplicitAuthFlows")).toEqual(["ALLOW_REFRESH_TOKEN_AUTH"]);
  });

  it("does not grant the scope that lets users change their own attributes", () => {
    expect(p("AllowedOAuthScopes")).toEqual(expect.arrayContaining(["openid", "email", "profile"]));
    expect(p("AllowedOAuthScopes")).not.toContain("aws.cognito.signin.user.admin");
  });

  it("puts the site's callback and logout URLs from config", () => {
    expect(p("CallbackURLs")).toEqual(["https://utprovingsbanken.example/auth/callback"]);
    expect(p("LogoutURLs")).toEqual(["https://utprovingsbanken.example/"]);
  });

  it("can read custom:office (so the ID token carries it) but users cannot write it", () => {
    expect(p("ReadAttributes")).toEqual(expect.arrayContaining(["custom:office", "email", "name"]));
    expect(p("WriteAttributes")).not.toContain("custom:office");
  });

  it("signs in with Cognito only when no identity provider is configured", () => {
    expect(p("SupportedIdentityProviders")).toEqual(["COGNITO"]);
    template.resourceCountIs("AWS::Cognito::UserPoolIdentityProvider", 0);
  });
});

describe("auth stack: NAV's Entra ID over OIDC, from config", () => {
  // Prepare
  const hub = synthesizeHub(OIDC_CONTEXT);
  const template = hub.template(hub.stacks.auth);

  it("adds an OIDC identity provider whose client secret is resolved from Secrets Manager at deploy time", () => {
    template.hasResourceProperties("AWS::Cognito::UserPoolIdentityProvider", {
      ProviderName: "EntraID",
      ProviderType: "OIDC",
      ProviderDetails: Match.objectLike({
        client_id: OIDC_CONTEXT.oidcClientId,
        oidc_issuer: OIDC_CONTEXT.oidcIssuerUrl,
        authorize_scopes: "openid profile email",
        client_secret: `{{resolve:secretsmanager:${OIDC_CONTEXT.oidcClientSecretName}:SecretString:::}}`,
      }),
      AttributeMapping: { email: "email", name: "name", "custom:office": OIDC_CONTEXT.oidcOfficeClaim },
    });
  });

  it("offers the provider in the app client, which may write the mapped attributes", () => {
    const [, client] = onlyResource(template, "AWS::Cognito::UserPoolClient");
    expect(prop(client, "Properties", "SupportedIdentityProviders")).toEqual(["COGNITO", "EntraID"]);
    expect(prop(client, "Properties", "WriteAttributes")).toEqual(expect.arrayContaining(["custom:office", "email", "name"]));
  });

  it("never puts a secret value in the template", () => {
    expect(JSON.stringify(template.toJSON())).not.toMatch(/client_secret"\s*:\s*"(?!\{\{resolve:secretsmanager:)/);
  });
});

describe("auth stack: before the site URL is known", () => {
  // Prepare
  const hub = synthesizeHub({ siteUrl: "" });
  const template = hub.template(hub.stacks.auth);

  it("allows only a localhost callback and warns at synth", () => {
    const [, client] = onlyResource(template, "AWS::Cognito::UserPoolClient");
    expect(prop(client, "Properties", "CallbackURLs")).toEqual(["http://localhost:4321/auth/callback"]);
    Annotations.fromStack(hub.stacks.auth).hasWarning("*", Match.stringLikeRegexp("siteUrl"));
  });
});
