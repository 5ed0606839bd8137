import { authConfig } from "../../shared/contracts/system.ts";
import { ServiceUnavailableError } from "../../shared/domain/errors.ts";
import { config } from "../lib/config.ts";
import { httpHandler } from "../lib/http.ts";

/**
 * What the browser needs to log in with authorization code + PKCE: the issuer, the public client id and,
 * where the provider's discovery document does not say them, its endpoints. Configuration, not code:
 * the local issuer locally, Cognito in AWS.
 */
export const handler = httpHandler(authConfig, async () => {
  if (!config.oidcIssuer || !config.oidcClientId) throw new ServiceUnavailableError("Innlogging er ikke satt opp", 60);
  return {
    headers: { "cache-control": "public, max-age=300" },
    body: {
      issuer: config.oidcIssuer,
      clientId: config.oidcClientId,
      scopes: ["openid", "email", "profile"],
      ...(config.oidcAuthorizationEndpoint ? { authorizationEndpoint: config.oidcAuthorizationEndpoint } : {}),
      ...(config.oidcTokenEndpoint ? { tokenEndpoint: config.oidcTokenEndpoint } : {}),
      ...(config.oidcLogoutEndpoint ? { logoutEndpoint: config.oidcLogoutEndpoint } : {}),
    },
  };
});
