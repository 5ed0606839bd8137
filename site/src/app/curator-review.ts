import { PublishBodySchema, RequestChangesBodySchema, WithdrawBodySchema } from "../../../shared/domain/review.ts";
import type { MethodListItem, Review } from "../../../shared/api/responses.ts";
import { MethodInputSchema } from "../../../shared/domain/method.ts";
import {
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
import { api, ApiError } from "./api.ts";
import { alertBox, append, button, byId, clear, el, formatDateTime, heading, link } from "./dom.ts";
import { clearErrors, fieldId, pointerToPath, selectField, showErrors, textArea, textField, type FieldError } from "./fields.ts";
import { curatorNav, evidenceFields, readEvidence, submitButton } from "./review-forms.ts";
import { showFatal, startCuratorSession } from "./session.ts";

/** A curator's review of one trial: the content, planned against reported outcomes, changes, and the decisions. */
type MethodItem = Pick<MethodListItem, "id" | "name">;

const root = byId("utp-app");
const id = new URLSearchParams(location.search).get("id") ?? "";

type LabelRow = [key: string, label: string, codes?: readonly Term[]];
const LABELS: LabelRow[] = [
  ["summary", "Sammendrag"],
  ["need", "Behov"],
  ["period", "Periode"],
  ["trialStatus", "Status", TRIAL_STATUSES],
  ["methodDescription", "Arbeidsmåten"],
  ["methodId", "Kontorets forslag til metode"],
  ["targetGroups", "Målgrupper", TARGET_GROUPS],
  ["innsatsgrupper", "Innsatsgrupper", INNSATSGRUPPER],
  ["measureTypes", "Tiltakstyper", MEASURE_TYPES],
  ["participants", "Deltakere"],
  ["partners", "Samarbeidspartnere", PARTNER_TYPES],
  ["funding", "Finansiering", FUNDING_SOURCES],
  ["cost", "Kostnad"],
  ["recipe", "Oppskrift"],
  ["preconditions", "Rammebetingelser"],
  ["results", "Resultater", [...OUTCOMES, ...EVALUATION_DESIGNS, ...EVALUATORS, ...FAILURE_REASONS, ...MEASURE_UNITS]],
  ["lessons", "Erfaringer"],
  ["documents", "Dokumenter"],
  ["contact", "Kontakt"],
  ["replicatesPilotId", "Kopi av utprøving"],
];

function show(value: unknown, codes: readonly Term[] = []): string {
  if (value === undefined || value === null) return "–";
  if (Array.isArray(value)) return value.map((v) => show(v, codes)).join("; ");
  if (typeof value === "object") {
    return Object.entries(value)
      .map(([k, v]) => (k === "id" ? "" : `${k}: ${show(v, codes)}`))
      .filter(Boolean)
      .join(", ");
  }
  const text = String(value);
  return codes.some((c) => c.code === text) ? labelOf(codes, text) : text;
}

function contentList(content: Record<string, unknown>): HTMLElement {
  const dl = el("dl", { className: "utp-dl" });
  for (const [key, label, codes] of LABELS) {
    if (content[key] === undefined) continue;
    append(dl, el("dt", { className: "aksel-label" }, label), el("dd", { className: "aksel-body-short utp-pre" }, show(content[key], codes)));
  }
  return dl;
}

function outcomesTable(review: Review): HTMLElement {
  const dropped = new Set(review.outcomeSwitch.dropped.map((d) => d.id));
  const added = new Set(review.outcomeSwitch.added.map((a) => a.name));
  const rows = el("tbody", { className: "aksel-table__body" });
  const cell = (...c: (string | Node)[]) => el("td", { className: "aksel-table__data-cell aksel-body-short" }, ...c);
  for (const p of review.plannedOutcomes) {
    const reported = review.reportedMeasures.find((m) => m.plannedOutcomeId === p.id);
    rows.append(
      el(
        "tr",
        { className: "aksel-table__row" },
        cell(p.name),
        cell(reported ? `${reported.name}: ${reported.value} (${labelOf(MEASURE_UNITS, reported.unit)}, n = ${reported.n})${reported.comparison ? `; sammenligning ${reported.comparison.value}` : ""}` : "–"),
        cell(dropped.has(p.id) ? el("strong", { className: "utp-flag" }, "Falt bort: planlagt, men ikke rapportert") : reported ? "Rapportert som planlagt" : "Ikke rapportert ennå"),
      ),
    );
  }
  for (const m of review.reportedMeasures.filter((x) => added.has(x.name))) {
    rows.append(el("tr", { className: "aksel-table__row" }, cell("–"), cell(`${m.name}: ${m.value} (${labelOf(MEASURE_UNITS, m.unit)}, n = ${m.n})`), cell(el("strong", { className: "utp-flag" }, "Lagt til: ikke planlagt"))));
  }
  const table = el(
    "table",
    { className: "aksel-table aksel-table--small" },
    el("caption", { className: "aksel-sr-only" }, "Planlagte mot rapporterte resultatmål"),
    el("thead", { className: "aksel-table__header" }, el("tr", {}, ...["Planlagt", "Rapportert", "Vurdering"].map((t) => el("th", { scope: "col", className: "aksel-table__header-cell aksel-label" }, t)))),
    rows,
  );
  return table;
}

function changesTable(changes: NonNullable<Review["changesSincePublished"]>): HTMLElement {
  if (!changes.length) return el("p", {}, "Ingen endringer i innholdet.");
  const rows = el("tbody", { className: "aksel-table__body" });
  for (const c of changes) {
    const cell = (t: string) => el("td", { className: "aksel-table__data-cell aksel-body-short utp-pre" }, t);
    const [top = "", ...rest] = c.pointer.replace(/^\//, "").split("/");
    const label = LABELS.find(([key]) => key === top)?.[1] ?? (top === "title" ? "Tittel" : top);
    const codes = LABELS.find(([key]) => key === top)?.[2];
    rows.append(el("tr", { className: "aksel-table__row" }, cell([label, ...rest].join(" / ")), cell(show(c.before, codes)), cell(show(c.after, codes))));
  }
  return el(
    "table",
    { className: "aksel-table aksel-table--small" },
    el("caption", { className: "aksel-sr-only" }, "Endringer siden publisert versjon"),
    el("thead", { className: "aksel-table__header" }, el("tr", {}, ...["Felt", "Publisert", "Ny versjon"].map((t) => el("th", { scope: "col", className: "aksel-table__header-cell aksel-label" }, t)))),
    rows,
  );
}

function done(message: string): void {
  clear(root);
  const box = alertBox("success", el("p", {}, message), link("/kurator/", "Tilbake til vurderingskøen"));
  box.setAttribute("tabindex", "-1");
  box.setAttribute("role", "status");
  append(root, curatorNav(), box);
  box.focus();
}

function apiErrors(error: unknown, prefix: string): FieldError[] {
  if (error instanceof ApiError && error.problem.errors?.length) return error.problem.errors.map((e) => ({ path: `${prefix}.${pointerToPath(e.pointer)}`, message: e.message }));
  return [{ path: `${prefix}-status`, message: error instanceof Error ? error.message : "Noe gikk galt." }];
}

function publishForm(review: Review, methods: MethodItem[]): HTMLElement {
  const form = el("form", { novalidate: true, className: "utp-card", "aria-labelledby": "publiser" });
  const options: Term[] = methods.map((m) => ({ code: m.id, label: m.name }));
  const methodField = selectField("publish.methodId", "Metode", options, { empty: "Velg metode" });
  const select = methodField.querySelector("select") as HTMLSelectElement;
  select.value = review.pilot.methodId ?? String(review.pilot.content.methodId ?? "");
  const newName = textField("newMethod.name", "Navn på ny metode");
  const newDescription = textArea("newMethod.description", "Beskrivelse av metoden", { rows: 2 });
  const create = button("Opprett metoden", "secondary");
  const createStatus = el("p", { role: "status", className: "aksel-body-short" });
  const newMethod = el("details", {}, el("summary", { className: "aksel-link" }, "Finnes ikke metoden? Opprett en ny"), newName, newDescription, create, createStatus);
  create.addEventListener("click", () => {
    const body = { name: (newName.querySelector("input") as HTMLInputElement).value, description: (newDescription.querySelector("textarea") as HTMLTextAreaElement).value || undefined };
    const parsed = MethodInputSchema.safeParse(body);
    if (!parsed.success) {
      showErrors(newMethod, parsed.error.issues.map((i) => ({ path: `newMethod.${i.path.join(".")}`, message: i.message })));
      return;
    }
    clearErrors(newMethod);
    api
      .call("POST /api/methods", { body: parsed.data })
      .then(({ body: method }) => {
        select.append(el("option", { value: method.id }, method.name));
        select.value = method.id;
        createStatus.textContent = `Metoden «${method.name}» er opprettet og valgt.`;
      })
      .catch((error: unknown) => (createStatus.textContent = error instanceof Error ? error.message : "Det gikk ikke å opprette metoden."));
  });
  const note = textArea("publish.note", "Merknad (vises ikke offentlig)", { rows: 2 });
  const status = el("p", { role: "status", className: "aksel-body-short", id: fieldId("publish-status") });
  append(form, heading(2, "Publiser", "medium", { id: "publiser" }), evidenceFields("publish"), methodField, newMethod, note, submitButton("Publiser utprøvingen"), status);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const body = { evidence: readEvidence(form, "publish"), methodId: select.value, note: (note.querySelector("textarea") as HTMLTextAreaElement).value.trim() || undefined };
    const parsed = PublishBodySchema.safeParse(body);
    if (!parsed.success) {
      const shown = showErrors(form, parsed.error.issues.map((i) => ({ path: `publish.${i.path.join(".")}`, message: i.path[0] === "methodId" ? "Velg en metode" : i.path[1] === "direction" ? "Velg retning på resultatet" : i.message })));
      (shown[0]?.field?.querySelector("input") ?? shown[0]?.field)?.focus();
      return;
    }
    api
      .call("POST /api/pilots/{id}/publish", { params: { id: review.pilot.id }, body: parsed.data, ifMatch: review.pilot.version })
      .then(() => done("Utprøvingen er publisert. Nettstedet bygges på nytt om litt."))
      .catch((error: unknown) => {
        showErrors(form, apiErrors(error, "publish"));
        status.textContent = error instanceof Error ? error.message : "";
      });
  });
  return form;
}

function commentForm(review: Review, kind: "request-changes" | "withdraw"): HTMLElement {
  const changes = kind === "request-changes";
  const path = changes ? "changes.comment" : "withdraw.reason";
  const form = el("form", { novalidate: true, className: "utp-card", "aria-labelledby": `h-${kind}` });
  const field = textArea(path, changes ? "Hva må kontoret endre?" : "Hvorfor trekkes utprøvingen tilbake?", { rows: 4, description: changes ? "Kommentaren vises for kontoret." : "Utprøvingen slettes aldri; historikken beholdes." });
  const status = el("p", { role: "status", className: "aksel-body-short" });
  append(form, heading(2, changes ? "Be om endringer" : "Trekk tilbake", "medium", { id: `h-${kind}` }), field, submitButton(changes ? "Send tilbake til kontoret" : "Trekk tilbake", changes ? "secondary" : "danger"), status);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = (field.querySelector("textarea") as HTMLTextAreaElement).value;
    const parsed = changes ? RequestChangesBodySchema.safeParse({ comment: text }) : WithdrawBodySchema.safeParse({ reason: text });
    if (!parsed.success) {
      showErrors(form, parsed.error.issues.map((i) => ({ path, message: i.message })));
      (field.querySelector("textarea") as HTMLTextAreaElement).focus();
      return;
    }
    const write = { params: { id: review.pilot.id }, ifMatch: review.pilot.version };
    const body = parsed.data;
    ("comment" in body ? api.call("POST /api/pilots/{id}/request-changes", { ...write, body }) : api.call("POST /api/pilots/{id}/withdraw", { ...write, body }))
      .then(() => done(changes ? "Utprøvingen er sendt tilbake til kontoret med kommentaren din." : "Utprøvingen er trukket tilbake."))
      .catch((error: unknown) => (status.textContent = error instanceof Error ? error.message : "Noe gikk galt."));
  });
  return form;
}

async function start(): Promise<void> {
  if (!(await startCuratorSession(root))) return;
  if (!id) {
    showFatal(root, new Error("Mangler hvilken utprøving som skal vurderes."));
    return;
  }
  const [{ body: review }, methods] = await Promise.all([
    api.call("GET /api/pilots/{id}/review", { params: { id } }),
    api.call("GET /api/methods").then((r): MethodItem[] => r.body.items.filter((m) => !m.mergedInto).sort((a, b) => a.name.localeCompare(b.name, "nb"))),
  ]);
  const { pilot } = review;
  clear(root);
  append(
    root,
    curatorNav(),
    heading(1, String(pilot.content.title ?? ""), "xlarge"),
    el("p", { className: "aksel-body-short" }, `${pilot.officeId} · ${labelOf(PILOT_STATES, pilot.state)} · versjon ${pilot.version}${pilot.submittedAt ? ` · sendt inn ${formatDateTime(pilot.submittedAt)}` : ""}`),
  );
  if (review.missingFields.length) {
    const list = el("ul", {});
    for (const m of review.missingFields) list.append(el("li", {}, `${m.pointer}: ${m.message}`));
    root.append(alertBox("warning", el("p", {}, "Dette mangler for at utprøvingen er komplett:"), list));
  }
  if (review.changesSincePublished) root.append(heading(2, "Endret siden publisert versjon", "large"), changesTable(review.changesSincePublished));
  root.append(heading(2, "Planlagte og rapporterte resultater", "large"));
  if (review.outcomeSwitch.dropped.length || review.outcomeSwitch.added.length) {
    root.append(alertBox("warning", el("p", {}, `Resultatmål er endret underveis: ${review.outcomeSwitch.dropped.length} falt bort, ${review.outcomeSwitch.added.length} lagt til.`)));
  }
  root.append(outcomesTable(review), heading(2, "Utprøvingen", "large"), contentList(pilot.content));
  if (pilot.state === "submitted") root.append(publishForm(review, methods), commentForm(review, "request-changes"));
  if (pilot.state !== "withdrawn") root.append(commentForm(review, "withdraw"));
}

start().catch((error: unknown) => showFatal(root, error));
