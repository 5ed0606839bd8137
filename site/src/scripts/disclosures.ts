/**
 * Behaviour for Aksel's Accordion and ReadMore where the build drew them without their React code (the
 * search page's filter groups and "Slik sorterer vi"): the same attributes and classes Aksel's own code sets.
 */

/** Opens or closes a filter group (Aksel's Accordion item, drawn by the build without its script). */
function toggleGroup(header: HTMLButtonElement): void {
  const item = header.closest<HTMLElement>("[data-filter-group]");
  if (!item) return;
  const open = item.dataset.expanded !== "true";
  item.dataset.expanded = String(open);
  item.classList.toggle("aksel-accordion__item--open", open);
  header.setAttribute("aria-expanded", String(open));
  document.getElementById(header.getAttribute("aria-controls") ?? "")?.classList.toggle("aksel-accordion__content--closed", !open);
}

/** Opens or closes Aksel's ReadMore ("Slik sorterer vi"), drawn by the build without its script. */
function toggleReadMore(button: HTMLButtonElement): void {
  const box = button.closest<HTMLElement>(".aksel-read-more");
  if (!box) return;
  const open = box.dataset.state !== "open";
  box.dataset.state = open ? "open" : "closed";
  button.setAttribute("aria-expanded", String(open));
}

/** Opens and closes the filter groups and ReadMore boxes inside `root` on click. */
export function attachDisclosures(root: HTMLElement): void {
  root.addEventListener("click", (event) => {
    const target = event.target as Element | null;
    const header = target?.closest<HTMLButtonElement>("[data-filter-group-toggle]");
    if (header) toggleGroup(header);
    const readMore = target?.closest<HTMLButtonElement>("[data-read-more-toggle]");
    if (readMore) toggleReadMore(readMore);
  });
}
