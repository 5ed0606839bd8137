import { Provider } from "@navikt/ds-react";
import { StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";

/**
 * Mounts an app page's React island into `#utp-app`. The page loads this from its own bundled script, so
 * the CSP (`script-src 'self'`) holds: no inline hydration script, no inline styles in the HTML.
 */
export function mount(app: ReactNode): void {
  const root = document.getElementById("utp-app");
  if (!root) return;
  root.replaceChildren();
  createRoot(root).render(
    <StrictMode>
      <Provider>{app}</Provider>
    </StrictMode>,
  );
}
