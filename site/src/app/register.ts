import type { MethodListItem } from "../../../shared/api/responses.ts";
import { PilotCompleteSchema, PilotContentSchema, type Pilot } from "../../../shared/domain/pilot.ts";
import {
  DOCUMENT_KINDS,
  EVALUATION_DESIGNS,
  EVALUATORS,
  FAILURE_REASONS,
  FUNDING_SOURCES,
  INNSATSGRUPPER,
  MEASURE_TYPES,
  MEASURE_UNITS,
  OUTCOMES,
  PARTNER_TYPES,
  PILOT_STATES,
  TARGET_GROUPS,
  TRIAL_STATUSES,
  labelOf,
  type Term,
} from "../../../shared/domain/taxonomy.ts";
import { STANDARD_MEASURES, standardMeasure } from "../../../shared/domain/outcome-measures.ts";
import { onBeforeLogin } from "./auth.ts";
import { api, ApiError } from "./api.ts";
import { alertBox, append, button, byId, clear, el, heading, link } from "./dom.ts";
import {
  checkboxGroup,
  clearErrors,
  collect,
  fieldFor,
  fieldId,
  fill,
  focusTarget,
  getAt,
  issuesToErrors,
  pointerToPath,
  selectField,
  showErrors,
  textArea,
  textField,
  type FieldError,
} from "./fields.ts";
import { showFatal, startSession } from "./session.ts";

/** The registration form: every field of a trial in eight steps, saved as a draft while the user types. */

type MethodItem = Pick<MethodListItem, "id" | "name">;

const STEPS = [
  { key: "om", title: "Om utprøvingen" },
  { key: "malgruppe", title: "Målgruppe og tiltak" },
  { key: "samarbeid", title: "Samarbeid" },
  { key: "kostnad", title: "Kostnad og finansiering" },
  { key: "oppskrift", title: "Oppskrift" },
  { key: "planlagt", title: "Planlagte resultater" },
  { key: "resultater", title: "Resultater" },
  { key: "kontakt", title: "Kontakt" },
] as const;
type StepKey = (typeof STEPS)[number]["key"];

const AUTOSAVE_MS = 2000;
const DRAFT_KEY = (office: string) => `utp:draft:${office}`;
const PENDING_KEY = "utp:pending-form";
/** What was typed but not yet saved, per draft, so leaving before the autosave loses nothing. */
const UNSAVED_KEY = (id: string) => `utp:unsaved:${id}`;

const root = byId("utp-app");
const state = {
  pilot: undefined as Pilot | undefined,
  step: 0,
  dirty: false,
  saving: undefined as Promise<void> | undefined,
  conflict: false,
  timer: undefined as ReturnType<typeof setTimeout> | undefined,
  idempotencyKey: crypto.randomUUID() as string,
  office: "",
  methods: [] as MethodItem[],
};

let form: HTMLFormElement;
let statusLine: HTMLElement;
let summaryBox: HTMLElement;
let noticeBox: HTMLElement;
let conflictPanel: HTMLElement;
const sections: HTMLElement[] = [];
const progressButtons: HTMLButtonElement[] = [];
let progressText: HTMLElement;

const terms = (list: readonly { code: string; label: string }[]): Term[] => list.map((t) => ({ code: t.code, label: t.label }));

// ---------- repeatable lists ----------

interface ListSpec {
  path: string;
  legend: string;
  addText: string;
  itemTitle: (i: number) => string;
  row: (prefix: string, i: number) => HTMLElement[];
  /** Fields each new row starts with (hidden ids). */
  seed?: () => Record<string, unknown>;
}

const lists = new Map<string, { spec: ListSpec; container: HTMLElement }>();

function listSection(spec: ListSpec): HTMLElement {
  const container = el("div", { className: "utp-rows" });
  const set = el("fieldset", { className: "aksel-fieldset utp-list", id: fieldId(spec.path), tabindex: -1 }, el("legend", { className: "aksel-fieldset__legend aksel-heading aksel-heading--xsmall" }, spec.legend), container);
  const add = button(spec.addText, "secondary");
  add.addEventListener("click", () => {
    const content = collect(form);
    const items = (getAt(content, spec.path) as unknown[] | undefined) ?? [];
    renderList(spec.path, [...items, spec.seed?.() ?? {}]);
    const rows = container.querySelectorAll<HTMLElement>(".utp-row");
    const last = rows[rows.length - 1];
    last?.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea")?.focus();
    markDirty();
  });
  append(set, el("div", { className: "aksel-fieldset__error", id: `${fieldId(spec.path)}-error`, "aria-live": "polite" }), add);
  lists.set(spec.path, { spec, container });
  return set;
}

function renderList(path: string, items: unknown[]): void {
  const entry = lists.get(path);
  if (!entry) return;
  const { spec, container } = entry;
  clear(container);
  items.forEach((item, i) => {
    const prefix = `${path}.${i}`;
    const title = spec.itemTitle(i);
    const remove = button(`Fjern ${title.toLowerCase()}`, "tertiary");
    remove.addEventListener("click", () => {
      const content = collect(form);
      const list = [...((getAt(content, path) as unknown[] | undefined) ?? [])];
      list.splice(i, 1);
      renderList(path, list);
      markDirty();
      (container.querySelector<HTMLElement>(".utp-row input:not([type=hidden]), .utp-row select") ?? byId(fieldId(path))).focus();
    });
    const row = el("div", { className: "utp-row", role: "group", "aria-label": title }, el("h4", { className: "aksel-heading aksel-heading--xsmall" }, title), ...spec.row(prefix, i), remove);
    container.append(row);
    fillRow(row, prefix, item);
  });
}

function fillRow(row: HTMLElement, prefix: string, item: unknown): void {
  row.querySelectorAll<HTMLElement>("[data-path]").forEach((node) => {
    const rel = (node.dataset.path ?? "").slice(prefix.length + 1);
    const value = rel ? getAt(item, rel) : item;
    const input = node as HTMLInputElement;
    if (node.dataset.kind === "int" || node.dataset.kind === "number") input.value = typeof value === "number" ? String(value).replace(".", ",") : "";
    else input.value = typeof value === "string" ? value : "";
  });
}

function hidden(path: string): HTMLInputElement {
  return el("input", { type: "hidden", "data-path": path, "data-kind": "text" });
}

const newLocalId = () => `m-${Math.random().toString(36).slice(2, 10)}`;

// ---------- the steps ----------

function buildSteps(): HTMLElement[][] {
  const methodOptions: Term[] = state.methods.map((m) => ({ code: m.id, label: m.name }));
  return [
    [
      textField("title", "Tittel", { required: true, description: "Et kort navn andre kontorer kjenner igjen." }),
      textArea("summary", "Kort sammendrag", { description: "Hva gjør dere, for hvem, og hvorfor? 2–3 setninger." }),
      textArea("need", "Behov", { description: "Hvilket problem eller behov svarer utprøvingen på?", rows: 4 }),
      el(
        "fieldset",
        { className: "aksel-fieldset", id: fieldId("period") },
        el("legend", { className: "aksel-fieldset__legend aksel-label" }, "Periode"),
        textField("period.start", "Startdato", { type: "date", width: "short" }),
        textField("period.end", "Sluttdato", { type: "date", width: "short", description: "Planlagt eller faktisk slutt." }),
        el("div", { className: "aksel-fieldset__error", id: `${fieldId("period")}-error` }),
      ),
      selectField("trialStatus", "Status for utprøvingen", TRIAL_STATUSES),
      textField("partnerOfficeIds", "Andre NAV-kontorer som er med", { kind: "list", description: "Kontorenes kortnavn, skilt med komma (for eksempel nav-lier)." }),
    ],
    [
      textArea("methodDescription", "Arbeidsmåten", { description: "Beskriv med egne ord hva dere gjør annerledes.", rows: 5 }),
      selectField("methodId", "Metode i banken", methodOptions, { empty: "Vet ikke / ingen passer", description: "Velg metoden du tror dette er. Kuratoren bekrefter eller endrer valget." }),
      checkboxGroup("targetGroups", "Målgrupper", TARGET_GROUPS),
      checkboxGroup("innsatsgrupper", "Innsatsgrupper", INNSATSGRUPPER, { description: "Der det er relevant." }),
      checkboxGroup("measureTypes", "Tiltakstyper", MEASURE_TYPES),
      textField("participants.count", "Antall deltakere", { kind: "int", width: "short", description: "Bare et samlet tall. Skriv aldri opplysninger om enkeltpersoner." }),
      textArea("participants.description", "Om deltakerne"),
    ],
    [
      listSection({
        path: "partners",
        legend: "Samarbeidspartnere",
        addText: "Legg til samarbeidspartner",
        itemTitle: (i) => `Samarbeidspartner ${i + 1}`,
        row: (p) => [textField(`${p}.name`, "Navn"), selectField(`${p}.type`, "Type", PARTNER_TYPES), textArea(`${p}.role`, "Rolle i utprøvingen", { rows: 2 })],
      }),
    ],
    [
      listSection({
        path: "funding",
        legend: "Finansiering",
        addText: "Legg til finansieringskilde",
        itemTitle: (i) => `Finansieringskilde ${i + 1}`,
        row: (p) => [selectField(`${p}.source`, "Kilde", FUNDING_SOURCES), textField(`${p}.amountNok`, "Beløp i kroner", { kind: "int", width: "short" }), textField(`${p}.note`, "Merknad")],
      }),
      textField("cost.staffYears", "Innsats i årsverk", { kind: "number", width: "short", description: "Omtrent, for eksempel 1,5." }),
      textField("cost.costNok", "Kostnad i kroner", { kind: "int", width: "short" }),
      textArea("cost.note", "Om kostnaden"),
    ],
    [
      listSection({
        path: "recipe.steps",
        legend: "Steg i oppskriften",
        addText: "Legg til steg",
        itemTitle: (i) => `Steg ${i + 1}`,
        row: (p) => [textArea(p, "Hva gjør dere i dette steget?", { rows: 2 })],
      }),
      textArea("recipe.requirements", "Hva trengs for å gjøre det samme?", { rows: 3 }),
      textArea("preconditions", "Rammebetingelser", { description: "Forutsetninger et annet kontor må ha på plass.", rows: 3 }),
    ],
    [
      el("p", { className: "aksel-body-long" }, "Skriv hva dere skal måle før resultatene er kjent. Da kan resultatene holdes opp mot det som var planlagt."),
      listSection({
        path: "plannedOutcomes",
        legend: "Planlagte resultatmål",
        addText: "Legg til resultatmål",
        itemTitle: (i) => `Resultatmål ${i + 1}`,
        seed: () => ({ id: newLocalId() }),
        row: (p) => [
          hidden(`${p}.id`),
          selectField(`${p}.measureCode`, "Standardmål", terms(STANDARD_MEASURES), { empty: "Eget mål" }),
          textField(`${p}.name`, "Hva skal måles"),
          textArea(`${p}.how`, "Hvordan", { rows: 2 }),
          textField(`${p}.followUpMonths`, "Oppfølgingstid i måneder", { kind: "int", width: "short" }),
        ],
      }),
    ],
    [
      el("p", { className: "aksel-body-long" }, "Fyll ut når utprøvingen er ferdig, eller når dere har resultater underveis."),
      selectField("results.outcome", "Resultat", OUTCOMES, { description: "Hvordan gikk det, slik dere vurderer det?" }),
      textArea("results.summary", "Oppsummering av resultatene", { rows: 3 }),
      checkboxGroup("results.failureReasons", "Hvorfor virket det ikke?", FAILURE_REASONS, { description: "Fyll ut hvis resultatet var «Virket ikke» eller «Negativ»." }),
      selectField("results.evaluationDesign", "Hvordan ble resultatene målt?", EVALUATION_DESIGNS),
      selectField("results.evaluatedBy", "Hvem evaluerte?", EVALUATORS),
      textField("results.researchPartner", "Forskningspartner"),
      listSection({
        path: "results.measures",
        legend: "Resultatmål med tall",
        addText: "Legg til resultat",
        itemTitle: (i) => `Resultat ${i + 1}`,
        row: (p) => [
          selectField(`${p}.plannedOutcomeId`, "Planlagt resultatmål", plannedOptions(), { empty: "Ikke planlagt (nytt mål)" }),
          selectField(`${p}.measureCode`, "Standardmål", terms(STANDARD_MEASURES), { empty: "Eget mål" }),
          textField(`${p}.name`, "Navn på målet"),
          selectField(`${p}.unit`, "Enhet", MEASURE_UNITS),
          textField(`${p}.value`, "Tall for utprøvingen", { kind: "number", width: "short" }),
          textField(`${p}.n`, "Antall tallet bygger på", { kind: "int", width: "short" }),
          textField(`${p}.followUpMonths`, "Oppfølgingstid i måneder", { kind: "int", width: "short" }),
          el(
            "fieldset",
            { className: "aksel-fieldset", id: fieldId(`${p}.comparison`) },
            el("legend", { className: "aksel-fieldset__legend aksel-label" }, "Sammenligning (hvis dere har)"),
            textField(`${p}.comparison.value`, "Tall for sammenligningsgruppen", { kind: "number", width: "short" }),
            textField(`${p}.comparison.n`, "Antall i sammenligningsgruppen", { kind: "int", width: "short" }),
            textField(`${p}.comparison.description`, "Hvem ble dere sammenlignet med?"),
            el("div", { className: "aksel-fieldset__error", id: `${fieldId(`${p}.comparison`)}-error` }),
          ),
          el(
            "fieldset",
            { className: "aksel-fieldset", id: fieldId(`${p}.baseline`) },
            el("legend", { className: "aksel-fieldset__legend aksel-label" }, "Utgangspunkt før utprøvingen (hvis dere har)"),
            textField(`${p}.baseline.value`, "Tall før utprøvingen", { kind: "number", width: "short" }),
            textField(`${p}.baseline.description`, "Hva tallet viser"),
            el("div", { className: "aksel-fieldset__error", id: `${fieldId(`${p}.baseline`)}-error` }),
          ),
        ],
      }),
      heading(3, "Erfaringer", "small"),
      textArea("lessons.whatWorked", "Hva fungerte?"),
      textArea("lessons.whatDidNot", "Hva fungerte ikke?"),
      textArea("lessons.doDifferently", "Hva ville dere gjort annerledes?"),
      listSection({
        path: "documents",
        legend: "Dokumenter",
        addText: "Legg til dokument",
        itemTitle: (i) => `Dokument ${i + 1}`,
        row: (p) => [textField(`${p}.title`, "Tittel"), textField(`${p}.url`, "Lenke", { type: "url", description: "Begynner med https://" }), selectField(`${p}.kind`, "Type", DOCUMENT_KINDS)],
      }),
    ],
    [
      textField("contact.name", "Kontaktperson"),
      textField("contact.email", "E-post på jobb", { type: "email" }),
      textField("contact.phone", "Telefon", { type: "tel", width: "short" }),
    ],
  ];
}

function plannedOptions(): Term[] {
  const content = form ? collect(form) : (state.pilot?.content ?? {});
  const planned = (getAt(content, "plannedOutcomes") as { id?: string; name?: string }[] | undefined) ?? [];
  return planned.filter((p) => p.id).map((p, i) => ({ code: p.id ?? "", label: p.name ?? `Resultatmål ${i + 1}` }));
}

// ---------- saving ----------

function setStatus(text: string): void {
  statusLine.textContent = text;
}

function markDirty(): void {
  state.dirty = true;
  if (state.pilot) {
    try {
      localStorage.setItem(UNSAVED_KEY(state.pilot.id), JSON.stringify({ version: state.pilot.version, content: collect(form) }));
    } catch {
      // Storage full or blocked: the autosave still runs.
    }
  }
  if (state.conflict) return;
  clearTimeout(state.timer);
  state.timer = setTimeout(() => void save(), AUTOSAVE_MS);
}

function timeNow(): string {
  return new Date().toLocaleTimeString("nb-NO", { hour: "2-digit", minute: "2-digit" });
}

/** Saves the draft: POST the first time (with an idempotency key), then PUT with If-Match. */
async function save(): Promise<void> {
  clearTimeout(state.timer);
  if (state.saving) await state.saving;
  if (!state.dirty || state.conflict) return;
  const content = collect(form);
  const parsed = PilotContentSchema.safeParse(content);
  if (!parsed.success) {
    const errors = issuesToErrors(parsed.error.issues);
    showErrors(form, errors);
    setStatus(errors.some((e) => e.path === "title") && !content.title ? "Ikke lagret ennå: skriv en tittel for å lagre utkastet." : "Ikke lagret: rett feilene som er markert i skjemaet.");
    return;
  }
  clearErrors(form);
  state.dirty = false;
  state.saving = (async () => {
    try {
      setStatus("Lagrer …");
      if (!state.pilot) {
        const { body } = await api.call("POST /api/pilots", { body: parsed.data, idempotencyKey: state.idempotencyKey });
        state.pilot = body;
        rememberDraft();
      } else {
        const { body } = await api.call("PUT /api/pilots/{id}", { params: { id: state.pilot.id }, body: parsed.data, ifMatch: state.pilot.version });
        state.pilot = body;
        rememberDraft();
      }
      localStorage.removeItem(UNSAVED_KEY(state.pilot.id));
      setStatus(`Lagret kl. ${timeNow()}`);
    } catch (error) {
      state.dirty = true;
      if (error instanceof ApiError && (error.status === 412 || error.status === 409)) showConflict(content);
      else if (error instanceof ApiError && error.status === 422) {
        showErrors(form, (error.problem.errors ?? []).map((e) => ({ path: pointerToPath(e.pointer), message: e.message })));
        setStatus("Ikke lagret: rett feilene som er markert i skjemaet.");
      } else setStatus(`Ikke lagret: ${error instanceof Error ? error.message : "ukjent feil"}`);
    } finally {
      state.saving = undefined;
    }
  })();
  await state.saving;
}

function rememberDraft(): void {
  if (!state.pilot) return;
  const url = new URL(location.href);
  url.searchParams.delete("kopi");
  url.searchParams.set("id", state.pilot.id);
  history.replaceState(null, "", url.pathname + url.search);
  localStorage.setItem(DRAFT_KEY(state.office), JSON.stringify({ id: state.pilot.id, title: String(getAt(state.pilot.content, "title") ?? "") }));
}

// ---------- conflicts ----------

function flatten(value: unknown, prefix = "", out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== "object")) out.set(prefix, value.join(", "));
    else value.forEach((v, i) => flatten(v, `${prefix}.${i}`, out));
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (value !== undefined) out.set(prefix, String(value));
  return out;
}

function labelFor(path: string): string {
  const field = fieldFor(form, path);
  if (!field) return path;
  const label = field.tagName === "FIELDSET" ? field.querySelector("legend") : form.querySelector(`label[for="${CSS.escape(field.id)}"]`);
  const row = field.closest(".utp-row")?.getAttribute("aria-label");
  const text = (label?.textContent ?? path).replace(" (må fylles ut)", "");
  return row ? `${row}: ${text}` : text;
}

function showConflict(mine: Record<string, unknown>): void {
  state.conflict = true;
  clearTimeout(state.timer);
  setStatus("Ikke lagret: noen andre har lagret en nyere versjon.");
  clear(noticeBox);
  const reload = button("Hent nyeste versjon", "primary");
  reload.addEventListener("click", () => void reloadNewest(mine));
  noticeBox.append(
    el(
      "div",
      { className: "aksel-alert aksel-alert--warning aksel-alert--medium", role: "alert" },
      el(
        "div",
        { className: "aksel-alert__wrapper aksel-body-long" },
        heading(2, "Noen andre har lagret utprøvingen mens du skrev", "xsmall"),
        el("p", {}, "Endringene dine er ikke lagret, men de er ikke borte. Hent den nyeste versjonen: det du har skrevet, vises ved siden av skjemaet, så du kan legge det inn igjen."),
        reload,
      ),
    ),
  );
  reload.focus();
}

/** The office's own trial comes as the full record; another office's as its public projection. */
function workingCopy<T extends object>(body: T): Extract<T, { version: number }> {
  if (!("version" in body)) throw new Error("Utprøvingen tilhører et annet kontor og kan ikke endres her.");
  return body as Extract<T, { version: number }>;
}

async function reloadNewest(mine: Record<string, unknown>): Promise<void> {
  if (!state.pilot) return;
  try {
    const body = workingCopy((await api.call("GET /api/pilots/{id}", { params: { id: state.pilot.id } })).body);
    state.pilot = body;
    const theirs = flatten(body.content);
    const differences = [...flatten(mine)].filter(([path, value]) => theirs.get(path) !== value);
    loadContent(body.content);
    state.conflict = false;
    state.dirty = false;
    clear(noticeBox);
    showYourValues(differences, theirs);
    setStatus(`Hentet nyeste versjon (versjon ${body.version}). Dine endringer står i feltet «Dine endringer».`);
  } catch (error) {
    setStatus(error instanceof Error ? error.message : "Kunne ikke hente nyeste versjon.");
  }
}

function showYourValues(differences: [string, string][], theirs: Map<string, string>): void {
  clear(conflictPanel);
  conflictPanel.hidden = false;
  const head = heading(2, "Dine endringer som ikke ble lagret", "small", { tabindex: -1, id: "utp-conflict-heading" });
  const list = el("dl", { className: "utp-conflict-list" });
  for (const [path, value] of differences) {
    const use = button("Bruk min tekst", "secondary");
    const copy = el("textarea", { className: "aksel-textarea__input aksel-body-short", readonly: true, rows: 3, "aria-label": `Din tekst: ${labelFor(path)}` });
    copy.value = value;
    use.addEventListener("click", () => {
      const field = fieldFor(form, path);
      if (field && field.id === fieldId(path) && "value" in field && field.dataset.kind !== "codes") {
        (field as HTMLInputElement).value = value;
        showStepOf(field);
        field.focus();
        markDirty();
      }
    });
    append(list, el("dt", { className: "aksel-label" }, labelFor(path)), el("dd", {}, el("p", { className: "aksel-detail" }, `Nyeste versjon: ${theirs.get(path) ?? "(tomt)"}`), copy, use));
  }
  if (!differences.length) append(list, el("p", {}, "Ingen forskjeller: det du skrev er med i den nyeste versjonen."));
  const close = button("Lukk", "tertiary");
  close.addEventListener("click", () => {
    conflictPanel.hidden = true;
  });
  append(conflictPanel, head, list, close);
  head.focus();
}

// ---------- steps and navigation ----------

function goTo(index: number, focus = true): void {
  state.step = Math.max(0, Math.min(STEPS.length - 1, index));
  sections.forEach((s, i) => (s.hidden = i !== state.step));
  progressButtons.forEach((b, i) => {
    if (i === state.step) b.setAttribute("aria-current", "step");
    else b.removeAttribute("aria-current");
  });
  progressText.textContent = `Steg ${state.step + 1} av ${STEPS.length}`;
  const step = STEPS[state.step];
  if (step?.key === "resultater") refreshPlannedOptions();
  const url = new URL(location.href);
  url.searchParams.set("steg", step?.key ?? "om");
  history.replaceState(null, "", url.pathname + url.search);
  if (focus) sections[state.step]?.querySelector<HTMLElement>("h2")?.focus();
}

function refreshPlannedOptions(): void {
  const options = plannedOptions();
  form.querySelectorAll<HTMLSelectElement>("select[data-path$='.plannedOutcomeId']").forEach((select) => {
    const value = select.value;
    while (select.options.length > 1) select.remove(1);
    for (const o of options) select.append(el("option", { value: o.code }, o.label));
    select.value = value;
  });
}

function showStepOf(node: HTMLElement): void {
  const section = node.closest<HTMLElement>("section[data-step]");
  const index = section ? sections.indexOf(section) : -1;
  if (index >= 0 && index !== state.step) goTo(index, false);
}

async function changeStep(index: number): Promise<void> {
  if (state.dirty) await save();
  goTo(index);
}

// ---------- submitting ----------

function showSummary(errors: FieldError[]): void {
  clear(summaryBox);
  if (!errors.length) {
    summaryBox.hidden = true;
    return;
  }
  const placed = showErrors(form, errors);
  const list = el("ul", { className: "aksel-error-summary__list" });
  for (const { error, field } of placed) {
    const target = field ? focusTarget(field) : undefined;
    const a = el("a", { className: "aksel-link", href: `#${target?.id ?? "utp-form"}` }, `${field ? `${labelFor(error.path)}: ` : ""}${error.message}`);
    a.addEventListener("click", (event) => {
      event.preventDefault();
      if (!target) return;
      showStepOf(target);
      target.focus();
    });
    list.append(el("li", {}, a));
  }
  summaryBox.hidden = false;
  append(summaryBox, heading(2, "Du må rette dette før du kan sende inn:", "small", { className: "aksel-error-summary__heading aksel-heading aksel-heading--small" }), list);
  summaryBox.focus();
}

async function submit(): Promise<void> {
  const content = collect(form);
  const checked = PilotCompleteSchema.safeParse(content);
  if (!checked.success) {
    showSummary(issuesToErrors(checked.error.issues));
    return;
  }
  state.dirty = true;
  await save();
  if (!state.pilot || state.conflict || state.dirty) {
    showSummary([{ path: "", message: "Utprøvingen kunne ikke lagres. Se meldingen over skjemaet." }]);
    return;
  }
  try {
    const { body } = await api.call("POST /api/pilots/{id}/submit", { params: { id: state.pilot.id }, ifMatch: state.pilot.version });
    state.pilot = body;
    localStorage.removeItem(DRAFT_KEY(state.office));
    showSummary([]);
    clear(noticeBox);
    const box = el("div", { className: "aksel-alert aksel-alert--success aksel-alert--medium", role: "status", tabindex: -1 }, el("div", { className: "aksel-alert__wrapper aksel-body-long" }, heading(2, "Utprøvingen er sendt til vurdering", "xsmall"), el("p", {}, "En kurator i direktoratet ser på den og publiserer den, eller ber om endringer. "), link("/mine/", "Gå til Mine utprøvinger")));
    noticeBox.append(box);
    setStatus(`Sendt til vurdering kl. ${timeNow()}`);
    box.focus();
  } catch (error) {
    if (error instanceof ApiError && error.status === 422) {
      showSummary((error.problem.errors ?? []).map((e) => ({ path: pointerToPath(e.pointer), message: e.message })));
    } else if (error instanceof ApiError && error.status === 412) {
      showConflict(content);
    } else {
      showSummary([{ path: "", message: error instanceof Error ? error.message : "Innsendingen feilet." }]);
    }
  }
}

// ---------- building the page ----------

function loadContent(content: Record<string, unknown>): void {
  for (const [path] of lists) renderList(path, (getAt(content, path) as unknown[] | undefined) ?? []);
  fill(form, content);
}

function build(): void {
  clear(root);
  const title = state.pilot ? `Rediger «${String(getAt(state.pilot.content, "title") ?? "")}»` : "Registrer en utprøving";
  noticeBox = el("div", { className: "utp-notices" });
  statusLine = el("p", { className: "aksel-body-short utp-save-status", role: "status", "aria-live": "polite", id: "utp-save-status" });
  summaryBox = el("div", { className: "aksel-error-summary", tabindex: -1, hidden: true, id: "utp-error-summary" });
  conflictPanel = el("aside", { className: "utp-conflict-panel", hidden: true, "aria-labelledby": "utp-conflict-heading" });
  const progress = el("ol", { className: "utp-steps" });
  progressText = el("p", { className: "aksel-detail", id: "utp-step-count" });
  STEPS.forEach((step, i) => {
    const b = el("button", { type: "button", className: "utp-steps__button" }, el("span", { className: "utp-steps__number" }, String(i + 1)), " ", step.title);
    b.addEventListener("click", () => void changeStep(i));
    progressButtons.push(b);
    progress.append(el("li", {}, b));
  });
  form = el("form", { id: "utp-form", className: "utp-form", novalidate: true });
  const contents = buildSteps();
  STEPS.forEach((step, i) => {
    const nav = el("div", { className: "utp-step-nav" });
    if (i > 0) {
      const prev = button("Forrige steg", "secondary");
      prev.addEventListener("click", () => void changeStep(i - 1));
      nav.append(prev);
    }
    if (i < STEPS.length - 1) {
      const next = button(`Neste: ${STEPS[i + 1]?.title ?? ""}`, "primary");
      next.addEventListener("click", () => void changeStep(i + 1));
      nav.append(next);
    } else {
      const send = el("button", { type: "submit", className: "aksel-button aksel-button--primary" }, el("span", { className: "aksel-label" }, "Send til vurdering"));
      nav.append(send);
    }
    const section = el("section", { "data-step": step.key, "aria-labelledby": `steg-${step.key}` }, heading(2, `${i + 1}. ${step.title}`, "large", { id: `steg-${step.key}`, tabindex: -1 }), ...(contents[i] ?? []), nav);
    sections.push(section);
    form.append(section);
  });
  form.addEventListener("input", () => markDirty());
  form.addEventListener("change", (event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLSelectElement && target.dataset.path?.endsWith(".measureCode")) {
      const measure = standardMeasure(target.value);
      const prefix = target.dataset.path.slice(0, -".measureCode".length);
      const unit = form.querySelector<HTMLSelectElement>(`#${CSS.escape(fieldId(`${prefix}.unit`))}`);
      const name = form.querySelector<HTMLInputElement>(`#${CSS.escape(fieldId(`${prefix}.name`))}`);
      if (measure && unit) unit.value = measure.unit;
      if (measure && name && !name.value) name.value = measure.label;
    }
    markDirty();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void submit();
  });
  const layout = el("div", { className: "utp-form-layout" }, el("div", {}, summaryBox, form), conflictPanel);
  append(root, heading(1, title, "xlarge"), noticeBox, el("nav", { "aria-label": "Steg i skjemaet", className: "utp-progress" }, progressText, progress), statusLine, layout);
  if (state.pilot) {
    const stateLabel = labelOf(PILOT_STATES, state.pilot.state);
    noticeBox.append(el("p", { className: "aksel-body-short" }, `Status: ${stateLabel}.`));
    if (state.pilot.state === "changes_requested" && state.pilot.reviewComment) {
      noticeBox.append(alertBox("warning", heading(2, "Kuratoren ba om endringer", "xsmall"), el("p", { className: "utp-pre" }, state.pilot.reviewComment)));
    }
  }
}

async function start(): Promise<void> {
  const user = await startSession();
  if (user.role !== "kontor" || !user.office) {
    showFatal(root, new Error("Bare ansatte ved et NAV-kontor kan registrere utprøvinger."));
    return;
  }
  state.office = user.office;
  const params = new URLSearchParams(location.search);
  const id = params.get("id");
  const copyOf = params.get("kopi");
  const [methods] = await Promise.all([api.call("GET /api/methods").then((r): MethodItem[] => r.body.items.filter((m) => !m.mergedInto)).catch((): MethodItem[] => [])]);
  state.methods = methods.sort((a, b) => a.name.localeCompare(b.name, "nb"));
  let initial: Record<string, unknown> = {};
  let copyNotice: HTMLElement | undefined;
  if (id) {
    const body = workingCopy((await api.call("GET /api/pilots/{id}", { params: { id } })).body);
    state.pilot = body;
    initial = body.content;
  } else if (copyOf) {
    // Another office's trial comes as its public projection (the fields at the top level).
    const { body } = await api.call("GET /api/pilots/{id}", { params: { id: copyOf } });
    const original = "content" in body ? body.content : body;
    initial = {
      ...(original.methodDescription ? { methodDescription: original.methodDescription } : {}),
      ...(body.methodId || original.methodId ? { methodId: body.methodId ?? original.methodId } : {}),
      ...(original.targetGroups ? { targetGroups: original.targetGroups } : {}),
      ...(original.measureTypes ? { measureTypes: original.measureTypes } : {}),
      replicatesPilotId: body.id,
    };
    copyNotice = alertBox("info", el("p", {}, `Du starter en ny utprøving for ditt kontor etter «${String(original.title ?? "")}». Metoden, målgruppene og tiltakstypene er fylt ut; endre det som er annerledes hos dere.`));
  }
  let restored = false;
  let restoredUnsaved = false;
  const unsavedRaw = state.pilot ? localStorage.getItem(UNSAVED_KEY(state.pilot.id)) : null;
  if (state.pilot && unsavedRaw) {
    const unsaved = JSON.parse(unsavedRaw) as { version: number; content: Record<string, unknown> };
    if (unsaved.version === state.pilot.version) {
      initial = unsaved.content;
      restoredUnsaved = true;
    } else localStorage.removeItem(UNSAVED_KEY(state.pilot.id));
  }
  const pendingRaw = sessionStorage.getItem(PENDING_KEY);
  if (pendingRaw) {
    const pending = JSON.parse(pendingRaw) as { id: string | null; content: Record<string, unknown>; step: number; idempotencyKey: string };
    if ((pending.id ?? null) === (id ?? null)) {
      initial = pending.content;
      state.step = pending.step;
      state.idempotencyKey = pending.idempotencyKey;
      restored = true;
    }
    sessionStorage.removeItem(PENDING_KEY);
  }
  build();
  if (copyNotice) noticeBox.append(copyNotice);
  if (!id && !copyOf) offerDraft();
  loadContent(initial);
  // The replicated trial's id has no field of its own: keep it in a hidden one.
  if (initial.replicatesPilotId) {
    const keep = hidden("replicatesPilotId");
    keep.value = String(initial.replicatesPilotId);
    form.append(keep);
  }
  const wanted = STEPS.findIndex((s) => s.key === (params.get("steg") as StepKey | null));
  goTo(restored ? state.step : wanted >= 0 ? wanted : 0, false);
  if (restored) {
    noticeBox.append(alertBox("info", el("p", {}, "Du ble logget inn på nytt. Det du hadde skrevet, er hentet tilbake.")));
    markDirty();
  } else if (restoredUnsaved) {
    noticeBox.append(alertBox("info", el("p", {}, "Det du skrev sist, var ikke lagret ennå. Det er hentet tilbake og lagres nå.")));
    markDirty();
  } else if (copyOf) markDirty();
  onBeforeLogin(() => {
    sessionStorage.setItem(PENDING_KEY, JSON.stringify({ id: state.pilot?.id ?? id, content: collect(form), step: state.step, idempotencyKey: state.idempotencyKey }));
  });
  window.addEventListener("beforeunload", (event) => {
    if (state.dirty) event.preventDefault();
  });
}

function offerDraft(): void {
  const saved = localStorage.getItem(DRAFT_KEY(state.office));
  if (!saved) return;
  try {
    const draft = JSON.parse(saved) as { id: string; title: string };
    noticeBox.append(alertBox("info", el("p", {}, "Du har et utkast som ikke er sendt inn: "), link(`/registrer/?id=${encodeURIComponent(draft.id)}`, `Fortsett med «${draft.title}»`)));
  } catch {
    localStorage.removeItem(DRAFT_KEY(state.office));
  }
}

start().catch((error: unknown) => showFatal(root, error));
