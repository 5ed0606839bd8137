import { Provider } from "@navikt/ds-react";
import { StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";

/**
 * Mounts a React island into an element of the page, `#utp-app` (an app page's own island) unless another id
 * is given (the notice settings under Mine utprøvinger, the unsubscribe page). The page loads this from its
 * own bundled script, so the CSP (`script-src 'self'`) holds: no inline hydration script, no inline styles in
 * the HTML. What the element held before (a "Laster …" line, a noscript note) is replaced.
 */
export function mount(app: ReactNode, rootId = "utp-app"): void {
  const root = document.getElementById(rootId);
  if (!root) return;
  root.replaceChildren();
  createRoot(root).render(
    <StrictMode>
      <Provider>{app}</Provider>
    </StrictMode>,
  );
}
