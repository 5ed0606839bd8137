import { Provider } from "@navikt/ds-react";
import { StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";

/** Renders a notice island into an element of the page (loaded from the page's own bundled script, as the CSP asks). */
export function mountInto(element: HTMLElement, island: ReactNode): void {
  element.replaceChildren();
  createRoot(element).render(
    <StrictMode>
      <Provider>{island}</Provider>
    </StrictMode>,
  );
}
