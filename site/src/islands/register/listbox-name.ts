import { useEffect, useRef } from "react";

/**
 * Aksel's Combobox draws its list of options (`role="listbox"`) without a name, and takes no prop for one.
 * This names every listbox inside the returned element's subtree as the field's label, also when the
 * list is drawn again as the user types.
 */
export function useListboxName<T extends HTMLElement>(name: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const label = () => {
      for (const list of root.querySelectorAll<HTMLElement>('[role="listbox"]'))
        if (list.getAttribute("aria-label") !== name) list.setAttribute("aria-label", name);
    };
    label();
    const observer = new MutationObserver(label);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [name]);
  return ref;
}
