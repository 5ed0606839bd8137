/**
 * What a login leaves in the tab's sessionStorage (never in cookies): the bearer the API authorizes and the
 * user's name, role and office. The login writes it (`auth.ts`), the header on every page reads it without
 * loading the login code, and a signed-in measurement seeds it.
 */
export const TOKENS_KEY = "utp:tokens";

export interface StoredTokens {
  idToken: string;
  expiresAt: number;
  name: string;
  /** The e-mail address from the ID token's claims, when it has one. */
  email?: string | undefined;
  role: "kontor" | "kurator" | undefined;
  office: string | undefined;
  officeName?: string | undefined;
}
