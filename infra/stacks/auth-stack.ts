import { Annotations, CfnOutput, Duration, RemovalPolicy, SecretValue, Stack, Validations, type StackProps } from "aws-cdk-lib";
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  OidcAttributeRequestMethod,
  ProviderAttribute,
  StringAttribute,
  UserPool,
  UserPoolClientIdentityProvider,
  UserPoolIdentityProviderOidc,
  type UserPoolClient,
  type UserPoolDomain,
} from "aws-cdk-lib/aws-cognito";
import type { Construct } from "constructs";
import type { Role } from "../../shared/domain/principal.ts";
import type { HubConfig } from "../config.ts";

/** The user pool groups, one per role the API knows (`shared/domain/principal.ts`). */
export const USER_GROUPS: Readonly<Record<Role, string>> = {
  kontor: "Ansatte ved NAV-kontor: registrerer og redigerer utprøvinger for sitt eget kontor",
  kurator: "Kuratorer i direktoratet: vurderer, publiserer og forvalter metoder og kontorer",
};

/** The custom attribute holding an office employee's office id; tokens carry it as `custom:office`. */
export const OFFICE_ATTRIBUTE = "office";

export interface AuthStackProps extends StackProps {
  readonly config: HubConfig;
}

/**
 * Sign-in for office staff and curators: a Cognito user pool (optionally federating NAV's Entra ID over OIDC),
 * its hosted domain, and the site's public app client (authorization code + PKCE, no secret).
 *
 * Which token the API authorizes: the **ID token**. The API's JWT authorizer checks the audience against this
 * client's id, which is the ID token's `aud`; Cognito puts `cognito:groups`, `custom:office`, `name` and `email`
 * in ID tokens without any trigger, so the claims `principalFromClaims` reads are all there. Cognito access
 * tokens carry no custom attributes (they would need a V2 pre-token-generation trigger), so the site must send
 * the ID token as the Bearer token; an access token passes the authorizer (its `client_id` matches) but office
 * staff would then get 403 for want of an office.
 */
export class AuthStack extends Stack {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;
  readonly identityProvider?: UserPoolIdentityProviderOidc;

  constructor(scope: Construct, id: string, props: AuthStackProps) {
    super(scope, id, props);
    const { config } = props;

    this.userPool = new UserPool(this, "UserPool", {
      userPoolName: `utprovingsbanken-${config.envName}`,
      // Essentials: needed for the managed login pages and e-mail MFA; Plus (threat protection) is not used, see below.
      featurePlan: FeaturePlan.ESSENTIALS,
      // Accounts are created by administrators or by federation, never by self sign-up.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      standardAttributes: {
        email: { required: true, mutable: true },
        fullname: { required: false, mutable: true },
      },
      customAttributes: {
        // Mutable so that federation can refresh it at each sign-in and administrators can move people.
        [OFFICE_ATTRIBUTE]: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
      },
      // Local (non-federated) users must use an authenticator app; federated users get MFA from Entra ID.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge({
      id: "AwsSolutions-COG8",
      reason:
        "The Plus plan's threat protection only covers local passwords; staff sign in through NAV's Entra ID (which applies its own risk policies), and the few local accounts require TOTP MFA. Plus would cost per active user with no free tier.",
    });

    for (const [groupName, description] of Object.entries(USER_GROUPS)) {
      this.userPool.addGroup(`Group-${groupName}`, { groupName, description });
    }

    this.domain = this.userPool.addDomain("HostedDomain", {
      cognitoDomain: { domainPrefix: config.domainPrefix },
      managedLoginVersion: ManagedLoginVersion.CLASSIC_HOSTED_UI,
    });

    const providers = [UserPoolClientIdentityProvider.COGNITO];
    const mappedAttributes: string[] = [];
    if (config.oidc) {
      const oidc = config.oidc;
      this.identityProvider = new UserPoolIdentityProviderOidc(this, "EntraId", {
        userPool: this.userPool,
        name: oidc.providerName,
        issuerUrl: oidc.issuerUrl,
        clientId: oidc.clientId,
        // Resolved by CloudFormation at deploy time ({{resolve:secretsmanager:...}}); never in the template or repo.
        clientSecret: SecretValue.secretsManager(oidc.clientSecretName).unsafeUnwrap(),
        scopes: ["openid", "profile", "email"],
        attributeRequestMethod: OidcAttributeRequestMethod.GET,
        attributeMapping: {
          email: ProviderAttribute.other("email"),
          fullname: ProviderAttribute.other("name"),
          // Keys of `custom` are user pool attribute names as they are: the prefix is part of the name.
          ...(oidc.officeClaim ? { custom: { [`custom:${OFFICE_ATTRIBUTE}`]: ProviderAttribute.other(oidc.officeClaim) } } : {}),
        },
      });
      providers.push(UserPoolClientIdentityProvider.custom(oidc.providerName));
      mappedAttributes.push("email", "name");
      if (oidc.officeClaim) mappedAttributes.push(`custom:${OFFICE_ATTRIBUTE}`);
    }

    const { callbackUrls, logoutUrls } = clientUrls(config);
    if (!config.site.url) {
      Annotations.of(this).addWarningV2(
        "utp:site-url-unknown",
        "No siteUrl or siteDomain configured: the app client allows only localhost and any -c callbackUrls. After the first deployment, deploy again with -c siteUrl=<SiteUrl output of the site stack>.",
      );
    }

    this.client = this.userPool.addClient("SiteClient", {
      userPoolClientName: `site-${config.envName}`,
      // A public browser client: authorization code with PKCE, no secret, no direct password or SRP flows.
      generateSecret: false,
      authFlows: { user: false, userSrp: false, userPassword: false, custom: false, adminUserPassword: false },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        // Deliberately without aws.cognito.signin.user.admin: tokens from the hosted pages cannot call
        // UpdateUserAttributes, so nobody can change their own custom:office even where it must be writable
        // for federation to map it.
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls,
        logoutUrls,
      },
      supportedIdentityProviders: providers,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes(OFFICE_ATTRIBUTE),
      // Cognito must be able to write every attribute it maps from the identity provider at sign-in.
      writeAttributes: new ClientAttributes()
        .withStandardAttributes({ email: mappedAttributes.includes("email"), fullname: mappedAttributes.includes("name") })
        .withCustomAttributes(...mappedAttributes.filter((a) => a.startsWith("custom:")).map((a) => a.slice("custom:".length))),
    });
    if (this.identityProvider) this.client.node.addDependency(this.identityProvider);

    new CfnOutput(this, "UserPoolId", { value: this.userPool.userPoolId });
    new CfnOutput(this, "SiteClientId", { value: this.client.userPoolClientId });
    new CfnOutput(this, "HostedDomainUrl", { value: this.domain.baseUrl() });
    new CfnOutput(this, "IssuerUrl", { value: this.userPool.userPoolProviderUrl });
  }
}

/** Callback and logout URLs: the site's URL (when known) with the configured paths, plus any extra URLs. */
export function clientUrls(config: HubConfig): { callbackUrls: string[]; logoutUrls: string[] } {
  const base = config.site.url;
  const callbackUrls = [...(base ? [`${base}${config.site.callbackPath}`] : []), ...config.site.extraCallbackUrls];
  const logoutUrls = [...(base ? [`${base}${config.site.logoutPath}`] : []), ...config.site.extraLogoutUrls];
  // Cognito needs at least one callback URL for the code flow; until the site URL is known this points at
  // localhost, which no deployed site uses (see the warning in AuthStack).
  return {
    callbackUrls: callbackUrls.length > 0 ? [...new Set(callbackUrls)] : [`http://localhost:4321${config.site.callbackPath}`],
    logoutUrls: logoutUrls.length > 0 ? [...new Set(logoutUrls)] : [`http://localhost:4321${config.site.logoutPath}`],
  };
}
