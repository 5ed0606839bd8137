/** Small DOM helpers: every element is built with createElement and text with textContent, never innerHTML. */
type Attrs = Record<string, string | number | boolean | undefined | null>;
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "className") node.className = String(value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`Mangler elementet #${id}`);
  return node as T;
}

export function alertBox(variant: "info" | "success" | "warning" | "error", ...children: Child[]): HTMLDivElement {
  return el("div", { className: `aksel-alert aksel-alert--${variant} aksel-alert--medium` }, el("div", { className: "aksel-alert__wrapper aksel-body-long" }, ...children));
}

export function button(text: string, variant: "primary" | "secondary" | "tertiary" | "danger" = "secondary", attrs: Attrs = {}): HTMLButtonElement {
  return el("button", { type: "button", className: `aksel-button aksel-button--${variant} aksel-button--small`, ...attrs }, el("span", { className: "aksel-label aksel-label--small" }, text));
}

export function heading(level: 1 | 2 | 3 | 4, text: string, size: "xlarge" | "large" | "medium" | "small" | "xsmall" = "medium", attrs: Attrs = {}): HTMLHeadingElement {
  return el(`h${level}`, { className: `aksel-heading aksel-heading--${size}`, ...attrs }, text);
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString("nb-NO", { dateStyle: "short", timeStyle: "short" });
}

export function formatDate(iso: string): string {
  return new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso).toLocaleDateString("nb-NO", { dateStyle: "medium" });
}

/** Shows a message in the page's status area and moves nothing: the area is a polite live region. */
export function link(href: string, text: string): HTMLAnchorElement {
  return el("a", { className: "aksel-link", href }, text);
}
