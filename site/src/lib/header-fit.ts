import { TOKENS_KEY } from "../app/session-tokens.ts";

/**
 * Fits the header to who is signed in, on every page: anonymous visitors get «Logg inn» (back to the very page
 * and its search); office staff see Registrer and Mine utprøvinger and their name with their office; curators
 * see Kurator and their name. It reads only what the login left in sessionStorage and never loads the login code.
 *
 * Each page carries it as a small inline script at the top of its head. It fits the header while the parser
 * adds it, from a mutation observer whose callbacks run before the browser may draw what was parsed, and stops
 * once the header is whole (the page's main element has begun). A script that ran after the header was parsed
 * could come after the first paint: a signed-in user's longer menu then moved to a row of its own and pushed
 * the page down. The Content-Security-Policy lets it run by its hash (`INLINE_SCRIPT_SOURCES`), and no other
 * inline script.
 */
export const HEADER_FIT_SCRIPT = `(() => {
  const roles = { "/registrer/": "kontor", "/mine/": "kontor", "/kurator/": "kurator" };
  let user;
  try {
    const stored = JSON.parse(sessionStorage.getItem(${JSON.stringify(TOKENS_KEY)}) || "null");
    user = stored && (stored.expiresAt || 0) > Date.now() ? stored : undefined;
  } catch {}
  const fit = () => {
    for (const list of document.querySelectorAll(".utp-header nav ul")) {
      for (const link of list.querySelectorAll("a[href]")) {
        const role = roles[link.getAttribute("href") || ""];
        const item = link.closest("li");
        if (role && item) item.hidden = !user || user.role !== role;
      }
      const login = list.querySelector("[data-utp-login] a");
      if (!login) continue;
      if (user) {
        const text = user.role === "kurator" ? (user.name || "") + " (kurator)" : (user.name || "") + (user.officeName ? ", " + user.officeName : "");
        login.href = user.role === "kurator" ? "/kurator/" : "/mine/";
        // Only when it differs: the observer sees the change, and the next call must change nothing.
        if (login.textContent !== text) login.textContent = text;
      } else {
        login.href = "/auth/login/?til=" + encodeURIComponent(location.pathname + location.search);
      }
    }
  };
  const watcher = new MutationObserver(() => {
    fit();
    if (document.querySelector("main")) watcher.disconnect();
  });
  watcher.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", () => (watcher.disconnect(), fit()), { once: true });
})();`;

/** The inline scripts the site's pages carry, for the Content-Security-Policy to allow by content. */
export const INLINE_SCRIPTS: readonly string[] = [HEADER_FIT_SCRIPT];
