import { currentUser, login, logout } from "./auth.ts";
import { append, button, clear, el } from "./dom.ts";

/**
 * The top of every app page: who is logged in and a logout button. Returns the user, logging in first
 * when there is no valid token.
 */
export async function startSession(): Promise<NonNullable<ReturnType<typeof currentUser>>> {
  const user = currentUser();
  if (!user) return login();
  const bar = document.getElementById("utp-user");
  if (bar) {
    clear(bar);
    const out = button("Logg ut", "tertiary");
    out.addEventListener("click", () => void logout());
    const who = user.role === "kurator" ? "kurator" : user.office ? `kontor ${user.office}` : "";
    append(bar, el("span", { className: "aksel-body-short" }, `Innlogget som ${user.name}${who ? ` (${who})` : ""}`), " ", out);
  }
  return user;
}

/** `startSession` for curator pages: undefined (with a message in `container`) for anyone else. */
export async function startCuratorSession(container: HTMLElement): Promise<NonNullable<ReturnType<typeof currentUser>> | undefined> {
  const user = await startSession();
  if (user.role === "kurator") return user;
  showFatal(container, new Error("Denne siden er for kuratorer i Arbeids- og velferdsdirektoratet."));
  return undefined;
}

/** Shows an error where the page's content would be. */
export function showFatal(container: HTMLElement, error: unknown): void {
  clear(container);
  const message = error instanceof Error ? error.message : "Noe gikk galt.";
  append(container, el("div", { className: "aksel-alert aksel-alert--error aksel-alert--medium", role: "alert" }, el("div", { className: "aksel-alert__wrapper aksel-body-long" }, message)));
}
