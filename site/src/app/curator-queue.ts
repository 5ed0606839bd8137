import type { ReviewQueue } from "../../../shared/api/responses.ts";
import { ReconsiderationAnswerBodySchema } from "../../../shared/domain/review.ts";
import { api } from "./api.ts";
import { alertBox, append, byId, clear, el, formatDateTime, heading, link } from "./dom.ts";
import { clearErrors, showErrors, textArea } from "./fields.ts";
import { curatorNav, evidenceFields, readEvidence, submitButton } from "./review-forms.ts";
import { showFatal, startCuratorSession } from "./session.ts";

/** The curators' start page: trials waiting for review (oldest first) and requests for reconsideration. */
type Reconsideration = ReviewQueue["reconsiderations"][number];

const root = byId("utp-app");


function answerForm(r: Reconsideration, index: number): HTMLElement {
  const prefix = `svar${index}`;
  const form = el("form", { novalidate: true, className: "utp-card" });
  const decision = el(
    "fieldset",
    { className: "aksel-fieldset aksel-radio-group", id: `f-${prefix}-decision`, tabindex: -1 },
    el("legend", { className: "aksel-fieldset__legend aksel-label" }, "Avgjørelse"),
    ...(["kept", "changed"] as const).map((value) =>
      el(
        "div",
        { className: "aksel-radio" },
        el("input", { className: "aksel-radio__input", type: "radio", name: `${prefix}-decision`, id: `f-${prefix}-decision--${value}`, value }),
        el("label", { className: "aksel-radio__label", for: `f-${prefix}-decision--${value}` }, value === "kept" ? "Vurderingen står" : "Vurderingen endres"),
      ),
    ),
    el("div", { className: "aksel-fieldset__error", id: `f-${prefix}-decision-error` }),
  );
  const evidence = evidenceFields(prefix, "Ny vurdering (bare hvis den endres)");
  const reason = textArea(`${prefix}.reason`, "Begrunnelse til kontoret", { rows: 3 });
  const status = el("p", { role: "status", className: "aksel-body-short" });
  append(form, decision, evidence, reason, submitButton("Send svaret"), status);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearErrors(form);
    const picked = form.querySelector<HTMLInputElement>(`input[name="${prefix}-decision"]:checked`)?.value;
    const rating = readEvidence(form, prefix);
    const body = {
      requestedAt: r.requestedAt,
      decision: picked,
      reason: form.querySelector<HTMLTextAreaElement>("textarea")?.value ?? "",
      ...(picked === "changed" ? { evidence: rating } : {}),
    };
    const parsed = ReconsiderationAnswerBodySchema.safeParse(body);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => {
        const p = i.path.map(String).join(".");
        return { path: p === "decision" ? `${prefix}-decision` : p.startsWith("evidence") ? `${prefix}.evidence.${p === "evidence" ? "strength" : p.slice(9)}` : `${prefix}.${p}`, message: p === "decision" ? "Velg om vurderingen står eller endres" : i.message };
      });
      const shown = showErrors(form, errors);
      shown[0]?.field?.focus();
      return;
    }
    // The answer is a write to the trial: it needs the trial's current version.
    api
      .call("GET /api/pilots/{id}", { params: { id: r.pilotId } })
      // Curators always get the full record (with its version).
      .then(({ body: pilot }) => api.call("POST /api/pilots/{id}/reconsideration/answer", { params: { id: r.pilotId }, body: parsed.data, ifMatch: "version" in pilot ? pilot.version : 0 }))
      .then(() => {
        form.replaceChildren(alertBox("success", el("p", {}, "Svaret er sendt til kontoret.")));
      })
      .catch((error: unknown) => (status.textContent = error instanceof Error ? error.message : "Det gikk ikke å sende svaret."));
  });
  return form;
}

async function start(): Promise<void> {
  if (!(await startCuratorSession(root))) return;
  const { body } = await api.call("GET /api/review-queue");
  clear(root);
  append(root, heading(1, "Vurderingskø", "xlarge"), curatorNav());
  const items = [...body.items].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  if (!items.length) root.append(el("p", {}, "Ingen utprøvinger venter på vurdering."));
  else {
    const table = el("table", { className: "aksel-table aksel-table--medium" }, el("caption", { className: "aksel-sr-only" }, "Utprøvinger som venter, eldste først"));
    const head = el("tr", {}, ...["Utprøving", "Kontor", "Sendt inn", "Venter"].map((t) => el("th", { scope: "col", className: "aksel-table__header-cell aksel-label" }, t)));
    const bodyRows = el("tbody", { className: "aksel-table__body" });
    for (const item of items) {
      bodyRows.append(
        el(
          "tr",
          { className: "aksel-table__row" },
          el("td", { className: "aksel-table__data-cell aksel-body-short" }, link(`/kurator/vurder/?id=${encodeURIComponent(item.id)}`, item.title), item.isEditOfPublished ? " (endring av publisert)" : ""),
          el("td", { className: "aksel-table__data-cell aksel-body-short" }, item.officeName),
          el("td", { className: "aksel-table__data-cell aksel-body-short" }, formatDateTime(item.submittedAt)),
          el("td", { className: "aksel-table__data-cell aksel-body-short" }, item.ageDays === 1 ? "1 dag" : `${item.ageDays} dager`),
        ),
      );
    }
    table.append(el("thead", { className: "aksel-table__header" }, head), bodyRows);
    root.append(table);
  }
  root.append(heading(2, "Forespørsler om ny vurdering", "large"));
  if (!body.reconsiderations.length) root.append(el("p", {}, "Ingen forespørsler."));
  body.reconsiderations.forEach((r, i) => {
    root.append(
      el(
        "section",
        { className: "utp-card", "aria-label": `Forespørsel: ${r.title}` },
        heading(3, r.title, "small"),
        el("p", { className: "aksel-body-short" }, `${r.officeName}, ${formatDateTime(r.requestedAt)}`),
        el("p", { className: "utp-pre" }, r.comment),
        link(`/kurator/vurder/?id=${encodeURIComponent(r.pilotId)}`, "Se utprøvingen"),
        answerForm(r, i),
      ),
    );
  });
}

start().catch((error: unknown) => showFatal(root, error));
