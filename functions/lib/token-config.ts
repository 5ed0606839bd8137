import type { TokenExpectation } from "../../shared/domain/principal.ts";

/**
 * The token configuration, read once from the environment. Apart from `config.ts` because the handler
 * wrapper needs it without the table's configuration.
 */
function tokenUse(value: string | undefined): "id" | "access" | undefined {
  if (value === undefined || value === "") return undefined;
  if (value === "id" || value === "access") return value;
  throw new Error(`OIDC_TOKEN_USE must be "id" or "access", not ${value}`);
}

const clientId = process.env.OIDC_CLIENT_ID || undefined;
const use = tokenUse(process.env.OIDC_TOKEN_USE);

/** The token the API accepts: the site client's, of the configured kind (the ID token in AWS). */
export const tokenExpectation: TokenExpectation = { ...(clientId ? { clientId } : {}), ...(use ? { tokenUse: use } : {}) };
