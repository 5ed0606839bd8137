import type { Term } from "../../../shared/domain/taxonomy.ts";
import { append, el } from "./dom.ts";

/**
 * Form fields in Aksel's markup, bound to a path in the trial's content (`data-path`, dot separated).
 * A field's id is `f-` + the path with dashes, so an API error pointer (`/partners/0/name`) finds its field.
 */
export type Kind = "text" | "int" | "number" | "codes" | "list";

export function fieldId(path: string): string {
  return `f-${path.replaceAll(".", "-")}`;
}

export function pointerToPath(pointer: string): string {
  return pointer
    .replace(/^\//, "")
    .split("/")
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"))
    .join(".");
}

interface Common {
  description?: string;
  required?: boolean;
}

function wrapper(id: string, label: string, opts: Common, control: HTMLElement): HTMLDivElement {
  const described: string[] = [];
  const box = el("div", { className: "aksel-form-field", "data-field": id });
  append(box, el("label", { className: "aksel-form-field__label aksel-label", for: id }, label, opts.required ? " (må fylles ut)" : ""));
  if (opts.description) {
    described.push(`${id}-desc`);
    append(box, el("div", { className: "aksel-form-field__description aksel-body-short", id: `${id}-desc` }, opts.description));
  }
  if (described.length) control.setAttribute("aria-describedby", described.join(" "));
  append(box, control, el("div", { className: "aksel-form-field__error", id: `${id}-error`, "aria-relevant": "additions removals", "aria-live": "polite" }));
  return box;
}

export function textField(path: string, label: string, opts: Common & { type?: "text" | "email" | "tel" | "date" | "url"; kind?: Kind; width?: "short" } = {}): HTMLDivElement {
  const id = fieldId(path);
  const kind = opts.kind ?? "text";
  const input = el("input", {
    className: `aksel-text-field__input aksel-body-short${opts.width === "short" ? " utp-input--short" : ""}`,
    id,
    name: path,
    type: opts.type ?? "text",
    "data-path": path,
    "data-kind": kind,
    inputmode: kind === "int" ? "numeric" : kind === "number" ? "decimal" : undefined,
    autocomplete: opts.type === "email" ? "email" : opts.type === "tel" ? "tel" : "off",
  });
  const box = wrapper(id, label, opts, input);
  box.classList.add("aksel-text-field");
  return box;
}

export function textArea(path: string, label: string, opts: Common & { rows?: number } = {}): HTMLDivElement {
  const id = fieldId(path);
  const area = el("textarea", { className: "aksel-textarea__input aksel-body-short", id, name: path, rows: opts.rows ?? 3, "data-path": path, "data-kind": "text" });
  const box = wrapper(id, label, opts, el("div", { className: "aksel-textarea__wrapper" }, area));
  box.classList.add("aksel-textarea");
  if (opts.description) area.setAttribute("aria-describedby", `${id}-desc`);
  box.querySelector(".aksel-textarea__wrapper")?.removeAttribute("aria-describedby");
  return box;
}

export function selectField(path: string, label: string, options: readonly Term[], opts: Common & { empty?: string } = {}): HTMLDivElement {
  const id = fieldId(path);
  const select = el("select", { className: "aksel-select__input aksel-body-short", id, name: path, "data-path": path, "data-kind": "text" });
  append(select, el("option", { value: "" }, opts.empty ?? "Velg"));
  for (const o of options) append(select, el("option", { value: o.code }, o.label));
  const box = wrapper(id, label, opts, el("div", { className: "aksel-select__container" }, select));
  box.classList.add("aksel-select");
  if (opts.description) select.setAttribute("aria-describedby", `${id}-desc`);
  box.querySelector(".aksel-select__container")?.removeAttribute("aria-describedby");
  return box;
}

export function checkboxGroup(path: string, legend: string, options: readonly Term[], opts: Common = {}): HTMLFieldSetElement {
  const id = fieldId(path);
  const set = el("fieldset", { className: "aksel-fieldset aksel-checkbox-group", id, "data-path": path, "data-kind": "codes", tabindex: -1 });
  append(set, el("legend", { className: "aksel-fieldset__legend aksel-label" }, legend, opts.required ? " (må fylles ut)" : ""));
  if (opts.description) {
    append(set, el("div", { className: "aksel-fieldset__description aksel-body-short", id: `${id}-desc` }, opts.description));
    set.setAttribute("aria-describedby", `${id}-desc`);
  }
  const list = el("div", { className: "utp-checkboxes" });
  for (const o of options) {
    const cid = `${id}--${o.code}`;
    const input = el("input", { className: "aksel-checkbox__input", type: "checkbox", id: cid, value: o.code, name: path });
    append(
      list,
      el(
        "div",
        { className: "aksel-checkbox aksel-checkbox--small" },
        input,
        el("label", { className: "aksel-checkbox__label", for: cid }, el("span", { className: "aksel-checkbox__content" }, el("span", { className: "aksel-body-short" }, o.label), o.description ? el("span", { className: "aksel-checkbox__description aksel-body-short" }, ` – ${o.description}`) : null)),
      ),
    );
  }
  append(set, list, el("div", { className: "aksel-fieldset__error", id: `${id}-error`, "aria-live": "polite" }));
  return set;
}

/** Writes `value` into `target` at a dotted path; numeric segments make arrays. */
export function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let node: Record<string, unknown> | unknown[] = target;
  parts.forEach((part, i) => {
    const key: string | number = /^\d+$/.test(part) ? Number(part) : part;
    const last = i === parts.length - 1;
    const bag = node as Record<string | number, unknown>;
    if (last) {
      bag[key] = value;
      return;
    }
    if (bag[key] === undefined) bag[key] = /^\d+$/.test(parts[i + 1] ?? "") ? [] : {};
    node = bag[key] as Record<string, unknown>;
  });
}

export function getAt(source: unknown, path: string): unknown {
  let node: unknown = source;
  for (const part of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function parseNumber(raw: string, kind: Kind): number | string | undefined {
  const text = raw.replace(/\s/g, "").replace(",", ".");
  if (text === "") return undefined;
  const n = Number(text);
  if (Number.isNaN(n)) return raw;
  return kind === "int" && !Number.isInteger(n) ? n : n;
}

/** Removes empty strings, undefined, empty objects and empty lists, so the schema sees only what was given. */
export function prune(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (p !== undefined) out[k] = p;
    }
    return Object.keys(out).length ? out : undefined;
  }
  if (typeof value === "string" && value.trim() === "") return undefined;
  return value;
}

/** Reads every bound field under `root` into one object. Hidden ids of list rows come along. */
export function collect(root: HTMLElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  root.querySelectorAll<HTMLElement>("[data-path]").forEach((node) => {
    const path = node.dataset.path ?? "";
    const kind = (node.dataset.kind ?? "text") as Kind;
    if (kind === "codes") {
      const checked = [...node.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked")].map((c) => c.value);
      setAt(out, path, checked);
      return;
    }
    const raw = (node as HTMLInputElement).value ?? "";
    if (kind === "int" || kind === "number") setAt(out, path, parseNumber(raw, kind));
    else if (kind === "list") setAt(out, path, raw.split(/[,\n]/).map((s) => s.trim()).filter(Boolean));
    else setAt(out, path, raw);
  });
  return (prune(out) as Record<string, unknown> | undefined) ?? {};
}

/** Puts values from `content` into the bound fields under `root`. */
export function fill(root: HTMLElement, content: unknown): void {
  root.querySelectorAll<HTMLElement>("[data-path]").forEach((node) => {
    const path = node.dataset.path ?? "";
    const kind = (node.dataset.kind ?? "text") as Kind;
    const value = getAt(content, path);
    if (kind === "codes") {
      const list = Array.isArray(value) ? value.map(String) : [];
      node.querySelectorAll<HTMLInputElement>("input[type=checkbox]").forEach((c) => (c.checked = list.includes(c.value)));
      return;
    }
    const input = node as HTMLInputElement;
    if (kind === "list") input.value = Array.isArray(value) ? value.join(", ") : "";
    else if (kind === "int" || kind === "number") input.value = typeof value === "number" ? String(value).replace(".", ",") : typeof value === "string" ? value : "";
    else if (input.dataset.keep !== "true" || value !== undefined) input.value = typeof value === "string" ? value : "";
  });
}

export interface FieldError {
  path: string;
  message: string;
}

/** The element an error at `path` belongs to: the field itself, or the nearest enclosing one. */
export function fieldFor(root: HTMLElement, path: string): HTMLElement | undefined {
  let p = path;
  while (p) {
    const node = root.querySelector<HTMLElement>(`#${CSS.escape(fieldId(p))}`);
    if (node) return node;
    const cut = p.lastIndexOf(".");
    p = cut > 0 ? p.slice(0, cut) : "";
  }
  return undefined;
}

/** The element that takes focus for a field: the first checkbox of a group, or the control itself. */
export function focusTarget(field: HTMLElement): HTMLElement {
  if (field.tagName === "FIELDSET") return field.querySelector<HTMLElement>("input") ?? field;
  return field;
}

export function clearErrors(root: HTMLElement): void {
  root.querySelectorAll(".aksel-form-field__error, .aksel-fieldset__error").forEach((n) => n.replaceChildren());
  root.querySelectorAll("[aria-invalid]").forEach((n) => n.removeAttribute("aria-invalid"));
  root.querySelectorAll(".aksel-text-field--error, .aksel-textarea--error, .aksel-select--error, .aksel-fieldset--error").forEach((n) =>
    n.classList.remove("aksel-text-field--error", "aksel-textarea--error", "aksel-select--error", "aksel-fieldset--error"),
  );
  root.querySelectorAll<HTMLElement>("[data-describedby-base]").forEach((n) => {
    const base = n.dataset.describedbyBase ?? "";
    if (base) n.setAttribute("aria-describedby", base);
    else n.removeAttribute("aria-describedby");
    delete n.dataset.describedbyBase;
  });
}

/** Shows each error at its field (aria-invalid, aria-describedby); returns those that found a field. */
export function showErrors(root: HTMLElement, errors: FieldError[]): { error: FieldError; field: HTMLElement | undefined }[] {
  clearErrors(root);
  const shown = new Set<string>();
  return errors.map((error) => {
    const field = fieldFor(root, error.path);
    if (field && !shown.has(field.id)) {
      shown.add(field.id);
      const slot = document.getElementById(`${field.id}-error`);
      slot?.append(el("p", { className: "aksel-error-message aksel-label aksel-error-message--show-icon" }, error.message));
      const controls = field.tagName === "FIELDSET" ? [field] : [field];
      for (const control of controls) {
        if (field.tagName !== "FIELDSET") control.setAttribute("aria-invalid", "true");
        const base = control.getAttribute("aria-describedby") ?? "";
        control.dataset.describedbyBase = base;
        control.setAttribute("aria-describedby", [base, `${field.id}-error`].filter(Boolean).join(" "));
      }
      const box = field.closest(".aksel-form-field, .aksel-fieldset");
      if (box?.classList.contains("aksel-text-field")) box.classList.add("aksel-text-field--error");
      if (box?.classList.contains("aksel-textarea")) box.classList.add("aksel-textarea--error");
      if (box?.classList.contains("aksel-select")) box.classList.add("aksel-select--error");
      if (field.tagName === "FIELDSET") field.classList.add("aksel-fieldset--error");
    }
    return { error, field };
  });
}

/** zod issues as field errors (path joined with dots). */
export function issuesToErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldError[] {
  return issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}
