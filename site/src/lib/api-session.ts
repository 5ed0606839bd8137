/**
 * How the signed-in API client gets its token. The login module provides it when it loads: it needs the client
 * itself (for the login configuration and the office's name), so the client cannot import it back.
 */
export interface ApiSession {
  /** The bearer token, or a trip to the login page when there is none. */
  token(): Promise<string>;
  /** Forgets the token (the API said 401) and logs in again. */
  reauthenticate(): Promise<never>;
}

let provided: ApiSession | undefined;

export function provideApiSession(session: ApiSession): void {
  provided = session;
}

export function apiSession(): ApiSession {
  if (!provided) throw new Error("The signed-in API client was used before the login module was loaded");
  return provided;
}
