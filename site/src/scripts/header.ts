/**
 * Fits the header to the logged-in user, on every page: anonymous visitors get "Logg inn"; office staff
 * see Registrer and Mine utprøvinger; curators see Kurator. Reads only what the login stored in
 * sessionStorage (name, role, office name) and never loads the login code itself.
 */
interface Stored {
  expiresAt?: number;
  name?: string;
  role?: "kontor" | "kurator";
  officeName?: string;
  office?: string;
}

const ROLE_OF: Record<string, Stored["role"]> = { "/registrer/": "kontor", "/mine/": "kontor", "/kurator/": "kurator" };

function stored(): Stored | undefined {
  try {
    const t = JSON.parse(sessionStorage.getItem("utp:tokens") ?? "null") as Stored | null;
    return t && (t.expiresAt ?? 0) > Date.now() ? t : undefined;
  } catch {
    return undefined;
  }
}

function fit(): void {
  const user = stored();
  for (const list of document.querySelectorAll<HTMLUListElement>(".utp-header nav ul")) {
    for (const link of list.querySelectorAll<HTMLAnchorElement>("a[href]")) {
      const role = ROLE_OF[link.getAttribute("href") ?? ""];
      const item = link.closest("li");
      if (role && item) item.hidden = user?.role !== role;
    }
    if (list.querySelector("[data-utp-login]")) continue;
    const item = document.createElement("li");
    item.dataset.utpLogin = "";
    const link = document.createElement("a");
    link.className = "aksel-link";
    if (user) {
      link.href = user.role === "kurator" ? "/kurator/" : "/mine/";
      link.textContent = user.role === "kurator" ? `${user.name ?? ""} (kurator)` : `${user.name ?? ""}${user.officeName ? `, ${user.officeName}` : ""}`;
    } else {
      link.href = `/auth/login/?til=${encodeURIComponent(location.pathname + location.search)}`;
      link.textContent = "Logg inn";
    }
    item.append(link);
    list.append(item);
  }
}

fit();
