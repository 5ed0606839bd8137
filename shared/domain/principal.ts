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

/**
 * Reads a principal from verified JWT claims. Accepts the local issuer's claim names (`groups`, `office`)
 * and Cognito's (`cognito:groups`, `custom:office`). Returns undefined when the claims give no known role.
 */
export function principalFromClaims(claims: Record<string, unknown> | undefined): Principal | undefined {
  if (!claims) return undefined;
  const sub = typeof claims.sub === "string" ? claims.sub : undefined;
  if (!sub) return undefined;
  const groups = readGroups(claims.groups ?? claims["cognito:groups"]);
  const name = typeof claims.name === "string" ? claims.name : typeof claims.email === "string" ? claims.email : sub;
  const email = typeof claims.email === "string" ? claims.email : undefined;
  if (groups.includes("kurator")) return { sub, name, role: "kurator", ...(email ? { email } : {}) };
  const office = claims.office ?? claims["custom:office"];
  if (groups.includes("kontor") && typeof office === "string" && office.length > 0) {
    return { sub, name, role: "kontor", office, ...(email ? { email } : {}) };
  }
  return undefined;
}

function readGroups(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === "string");
  if (typeof value === "string") {
    // API Gateway passes array claims to Lambda as a bracketed, space-separated string: "[kontor kurator]".
    return value.replace(/^\[|\]$/g, "").split(/[\s,]+/).filter(Boolean);
  }
  return [];
}
