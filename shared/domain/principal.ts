import * as z from "zod/mini";

/** Who is calling, as the verified token says. */
export type Role = "kontor" | "kurator";

export interface Principal {
  readonly sub: string;
  readonly name: string;
  readonly email?: string;
  readonly role: Role;
  /** The office of office staff; curators have none. */
  readonly office?: string;
}

/** What the API expects of a token besides its signature, issuer and expiry (which the authorizer checks). */
export interface TokenExpectation {
  /** The site's client id: an ID token's `aud`, an access token's `client_id`. Unset: not checked. */
  readonly clientId?: string;
  /**
   * The one kind of token the API accepts. In AWS this is `id`: the site sends Cognito's ID token (see
   * AuthStack), and a Cognito access token for the same client is refused. Unset (the local hub, whose
   * browser ID tokens carry no `token_use` and whose dev tokens are access tokens for the API): `id`,
   * `access` or none, and nothing else.
   */
  readonly tokenUse?: "id" | "access";
}

const LOCAL_TOKEN_USES: readonly unknown[] = [undefined, "id", "access"];

/** Why a verified token gives no principal: it is not a token for this API, or the user has no role in it. */
export type PrincipalResult = { readonly principal: Principal } | { readonly refused: "token" | "role" };

const GROUP_NAMES = ["kontor", "kurator"] as const;
const OfficeClaim = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(120));
const ShortClaim = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * Reads a principal from verified JWT claims, strictly. Accepts the local issuer's claim names (`groups`,
 * `office`) and Cognito's (`cognito:groups`, `custom:office`).
 *
 * - The token must be of the expected `token_use` and for the expected client (`aud` for ID tokens,
 *   `client_id` for access tokens); otherwise it is refused as a token.
 * - Groups are matched exactly: `"kurator "`, `"Kurator"`, `"kontor kurator"` or `"kontor,kurator"` are no
 *   group this API knows. A list is either a JSON array or API Gateway's rendering of one (`"[kontor kurator]"`,
 *   elements separated by single spaces); any other string is one group name.
 * - Office staff need an office id in the form office ids have.
 */
export function readPrincipal(claims: Record<string, unknown> | undefined, expected: TokenExpectation): PrincipalResult {
  if (!claims) return { refused: "token" };
  if (expected.tokenUse !== undefined ? claims.token_use !== expected.tokenUse : !LOCAL_TOKEN_USES.includes(claims.token_use)) return { refused: "token" };
  if (expected.clientId !== undefined && !isForClient(claims, expected)) return { refused: "token" };
  const sub = ShortClaim.safeParse(claims.sub);
  if (!sub.success) return { refused: "token" };
  const email = ShortClaim.safeParse(claims.email);
  const nameClaim = ShortClaim.safeParse(claims.name);
  const name = nameClaim.success ? nameClaim.data : email.success ? email.data : sub.data;
  const contact = email.success ? { email: email.data } : {};

  const groups = readGroups(claims.groups ?? claims["cognito:groups"]);
  if (groups.includes("kurator")) return { principal: { sub: sub.data, name, role: "kurator", ...contact } };
  const office = OfficeClaim.safeParse(claims.office ?? claims["custom:office"]);
  if (groups.includes("kontor") && office.success) {
    return { principal: { sub: sub.data, name, role: "kontor", office: office.data, ...contact } };
  }
  return { refused: "role" };
}

/** The principal, or undefined when the claims give none (see readPrincipal). */
export function principalFromClaims(claims: Record<string, unknown> | undefined, expected: TokenExpectation = {}): Principal | undefined {
  const result = readPrincipal(claims, expected);
  return "principal" in result ? result.principal : undefined;
}

function isForClient(claims: Record<string, unknown>, expected: TokenExpectation): boolean {
  if (claims.token_use === "access") return claims.client_id === expected.clientId;
  const aud = claims.aud;
  // API Gateway passes a one-element audience as a plain string.
  if (typeof aud === "string") return aud === expected.clientId || aud === `[${expected.clientId}]`;
  return Array.isArray(aud) && aud.length === 1 && aud[0] === expected.clientId;
}

/** The groups this API knows, matched exactly. */
function readGroups(value: unknown): (typeof GROUP_NAMES)[number][] {
  let names: unknown[] = [];
  if (Array.isArray(value)) names = value;
  else if (typeof value === "string") {
    // API Gateway renders an array claim as "[a b c]"; a string without brackets is one group's name.
    const rendered = /^\[([^\s[\]]+(?: [^\s[\]]+)*)\]$/.exec(value);
    names = rendered?.[1] ? rendered[1].split(" ") : [value];
  }
  return GROUP_NAMES.filter((group) => names.some((name) => name === group));
}
