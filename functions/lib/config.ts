import { requiredEnv } from "./env.ts";

/** Configuration read once from the environment; a missing value stops the function at start-up. */
export const config = {
  tableName: requiredEnv("TABLE_NAME"),
  /** Set locally to reach DynamoDB Local; unset in AWS. */
  dynamoEndpoint: process.env.DYNAMODB_ENDPOINT || undefined,
  region: process.env.AWS_REGION || "eu-north-1",
  /** The OpenID Connect issuer and client the site logs in with (Cognito in AWS, the local issuer locally). */
  oidcIssuer: process.env.OIDC_ISSUER || undefined,
  oidcClientId: process.env.OIDC_CLIENT_ID || undefined,
  /** Cognito's hosted UI does not serve the issuer's discovery document's endpoints on the issuer host. */
  oidcAuthorizationEndpoint: process.env.OIDC_AUTHORIZATION_ENDPOINT || undefined,
  oidcTokenEndpoint: process.env.OIDC_TOKEN_ENDPOINT || undefined,
  oidcLogoutEndpoint: process.env.OIDC_LOGOUT_ENDPOINT || undefined,
} as const;
