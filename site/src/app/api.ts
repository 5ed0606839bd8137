import { reauthenticate, requireToken } from "./auth.ts";

/** A Problem Details answer from the API (RFC 9457), with Norwegian `detail` and field pointers. */
export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  errors?: { pointer: string; message: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `Feil fra tjenesten (${problem.status})`);
  }
  get status(): number {
    return this.problem.status;
  }
}

export interface ApiResponse<T> {
  body: T;
  etag: string | null;
}

/** Calls the API with the user's ID token; a 401 sends the user to log in again (forms save first). */
export async function api<T>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<ApiResponse<T>> {
  const token = await requireToken();
  const headers: Record<string, string> = { accept: "application/json", authorization: `Bearer ${token}`, ...init.headers };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  let res: Response;
  try {
    res = await fetch(path, { method: init.method ?? "GET", headers, ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}) });
  } catch {
    throw new ApiError({ status: 0, detail: "Fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen." });
  }
  if (res.status === 401) return reauthenticate();
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    const problem = (body && typeof body === "object" ? body : {}) as Partial<Problem>;
    throw new ApiError({ ...problem, status: res.status, detail: problem.detail ?? `Noe gikk galt (${res.status}). Prøv igjen.` });
  }
  return { body: body as T, etag: res.headers.get("etag") };
}

export function versionTag(version: number): string {
  return `"${version}"`;
}
