/**
 * Fits the header to the logged-in user, on every page: anonymous visitors get "Logg inn"; office staff
 * see Registrer and Mine utprøvinger; curators see Kurator. Reads only what the login stored in
 * sessionStorage (name, role, office name) and never loads the login code itself.
 */
import { TOKENS_KEY, type StoredTokens } from "../app/session-tokens.ts";

type Stored = Partial<StoredTokens>;

const ROLE_OF: Record<string, Stored["role"]> = { "/registrer/": "kontor", "/mine/": "kontor", "/kurator/": "kurator" };

function stored(): Stored | undefined {
  try {
    const t = JSON.parse(sessionStorage.getItem(TOKENS_KEY) ?? "null") as Stored | null;
    return t && (t.expiresAt ?? 0) > Date.now() ? t : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The page is made for an anonymous visitor (the role items hidden, "Logg inn" last), so it does not shift
 * when this runs for one; a logged-in user gets their role's items and their name instead.
 */
function fit(): void {
  const user = stored();
  for (const list of document.querySelectorAll<HTMLUListElement>(".utp-header nav ul")) {
    for (const link of list.querySelectorAll<HTMLAnchorElement>("a[href]")) {
      const role = ROLE_OF[link.getAttribute("href") ?? ""];
      const item = link.closest("li");
      if (role && item) item.hidden = user?.role !== role;
    }
    const link = list.querySelector<HTMLAnchorElement>("[data-utp-login] a");
    if (!link) continue;
    if (user) {
      link.href = user.role === "kurator" ? "/kurator/" : "/mine/";
      link.textContent = user.role === "kurator" ? `${user.name ?? ""} (kurator)` : `${user.name ?? ""}${user.officeName ? `, ${user.officeName}` : ""}`;
    } else {
      // Back to this very page after the login, with its search.
      link.href = `/auth/login/?til=${encodeURIComponent(location.pathname + location.search)}`;
    }
  }
}

fit();
