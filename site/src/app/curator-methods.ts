import type { MethodListItem } from "../../../shared/api/responses.ts";
import { MethodInputSchema, type MethodInput } from "../../../shared/domain/method.ts";
import { api } from "./api.ts";
import { append, byId, clear, el, heading } from "./dom.ts";
import { clearErrors, showErrors, textArea, textField } from "./fields.ts";
import { curatorNav, submitButton } from "./review-forms.ts";
import { showFatal, startCuratorSession } from "./session.ts";

/** Curators maintain the shared methods: edit, mark as recommended for spreading, merge duplicates. */
type MethodItem = MethodListItem;

const root = byId("utp-app");

function methodInput(form: HTMLElement, prefix: string): Record<string, unknown> {
  const value = (name: string) => (form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-path="${prefix}.${name}"]`)?.value ?? "").trim();
  const aliases = value("aliases").split(",").map((s) => s.trim()).filter(Boolean);
  const recommended = form.querySelector<HTMLInputElement>(`input[name="${prefix}.recommended"]`)?.checked ?? false;
  return {
    name: value("name"),
    ...(value("description") ? { description: value("description") } : {}),
    ...(aliases.length ? { aliases } : {}),
    recommended,
    ...(value("recommendationNote") ? { recommendationNote: value("recommendationNote") } : {}),
  };
}

function methodFields(prefix: string, m?: MethodItem): HTMLElement[] {
  const name = textField(`${prefix}.name`, "Navn", { required: true });
  const description = textArea(`${prefix}.description`, "Beskrivelse", { rows: 3 });
  const aliases = textField(`${prefix}.aliases`, "Andre navn", { description: "Skilt med komma." });
  const cid = `f-${prefix}-recommended`;
  const recommended = el(
    "div",
    { className: "aksel-checkbox aksel-checkbox--small" },
    el("input", { className: "aksel-checkbox__input", type: "checkbox", id: cid, name: `${prefix}.recommended`, checked: m?.recommended ?? false }),
    el("label", { className: "aksel-checkbox__label", for: cid }, el("span", { className: "aksel-body-short" }, "Anbefalt for spredning")),
  );
  const note = textArea(`${prefix}.recommendationNote`, "Begrunnelse for anbefalingen", { rows: 2 });
  if (m) {
    (name.querySelector("input") as HTMLInputElement).value = m.name;
    (description.querySelector("textarea") as HTMLTextAreaElement).value = m.description ?? "";
    (aliases.querySelector("input") as HTMLInputElement).value = (m.aliases ?? []).join(", ");
    (note.querySelector("textarea") as HTMLTextAreaElement).value = m.recommendationNote ?? "";
  }
  return [name, description, aliases, recommended, note];
}

function validate(form: HTMLElement, prefix: string): MethodInput | undefined {
  const parsed = MethodInputSchema.safeParse(methodInput(form, prefix));
  if (!parsed.success) {
    const shown = showErrors(form, parsed.error.issues.map((i) => ({ path: `${prefix}.${i.path[0] === "aliases" ? "aliases" : i.path.join(".")}`, message: i.message })));
    shown[0]?.field?.focus();
    return undefined;
  }
  clearErrors(form);
  return parsed.data;
}

function methodCard(m: MethodItem, all: MethodItem[], reload: () => void): HTMLElement {
  const prefix = `m-${m.id}`;
  const form = el("form", { novalidate: true });
  const status = el("p", { role: "status", className: "aksel-body-short" });
  append(form, ...methodFields(prefix, m), submitButton("Lagre metoden", "secondary"), status);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const body = validate(form, prefix);
    if (!body) return;
    api
      .call("PUT /api/methods/{id}", { params: { id: m.id }, body, ifMatch: m.version })
      .then(({ body: saved }) => {
        m.version = saved.version;
        status.textContent = `Lagret kl. ${new Date().toLocaleTimeString("nb-NO", { hour: "2-digit", minute: "2-digit" })}`;
      })
      .catch((error: unknown) => (status.textContent = error instanceof Error ? error.message : "Det gikk ikke å lagre."));
  });
  const merge = el("form", { novalidate: true, className: "utp-actions" });
  const sid = `f-${prefix}-merge`;
  const select = el("select", { className: "aksel-select__input aksel-body-short", id: sid }, el("option", { value: "" }, "Velg metode"));
  for (const other of all) if (other.id !== m.id) select.append(el("option", { value: other.id }, other.name));
  const mergeStatus = el("p", { role: "status", className: "aksel-body-short" });
  append(
    merge,
    el("div", { className: "aksel-form-field aksel-select" }, el("label", { className: "aksel-form-field__label aksel-label", for: sid }, `Slå «${m.name}» sammen med`), el("div", { className: "aksel-select__container" }, select)),
    submitButton("Slå sammen", "secondary"),
    mergeStatus,
  );
  merge.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!select.value) {
      mergeStatus.textContent = "Velg metoden den skal slås sammen med.";
      select.focus();
      return;
    }
    api
      .call("POST /api/methods/{id}/merge", { params: { id: m.id }, body: { into: select.value }, ifMatch: m.version })
      .then(reload)
      .catch((error: unknown) => (mergeStatus.textContent = error instanceof Error ? error.message : "Det gikk ikke å slå sammen."));
  });
  return el("li", { className: "utp-card" }, el("details", {}, el("summary", { className: "aksel-heading aksel-heading--xsmall" }, m.name, m.recommended ? " (anbefalt for spredning)" : ""), form, merge));
}

async function render(): Promise<void> {
  const { body } = await api.call("GET /api/methods");
  const methods = body.items.filter((m) => !m.mergedInto).sort((a, b) => a.name.localeCompare(b.name, "nb"));
  clear(root);
  const create = el("form", { novalidate: true, className: "utp-card", "aria-labelledby": "ny-metode" });
  const status = el("p", { role: "status", className: "aksel-body-short" });
  append(create, heading(2, "Ny metode", "medium", { id: "ny-metode" }), ...methodFields("new"), submitButton("Opprett metoden"), status);
  create.addEventListener("submit", (event) => {
    event.preventDefault();
    const input = validate(create, "new");
    if (!input) return;
    api
      .call("POST /api/methods", { body: input })
      .then(() => render())
      .catch((error: unknown) => (status.textContent = error instanceof Error ? error.message : "Det gikk ikke å opprette metoden."));
  });
  const list = el("ul", { className: "utp-cards" });
  for (const m of methods) list.append(methodCard(m, methods, () => void render()));
  append(root, curatorNav(), heading(1, "Metoder", "xlarge"), heading(2, `Alle metoder (${methods.length})`, "medium"), list, create);
}

async function start(): Promise<void> {
  if (!(await startCuratorSession(root))) return;
  await render();
}

start().catch((error: unknown) => showFatal(root, error));
