import type { ResultsDueItem } from "../../../shared/api/responses.ts";
import type { Pilot } from "../../../shared/domain/pilot.ts";
import { ReconsiderationBodySchema } from "../../../shared/domain/review.ts";
import { PILOT_STATES, TRIAL_STATUSES, labelOf } from "../../../shared/domain/taxonomy.ts";
import { api } from "./api.ts";
import { alertBox, append, byId, clear, el, formatDate, formatDateTime, heading, link } from "./dom.ts";
import { issuesToErrors, showErrors, textArea } from "./fields.ts";
import { showFatal, startSession } from "./session.ts";

/** Mine utprøvinger: the office's trials, returned ones with the curator's comment, results due, reconsideration. */

const root = byId("utp-app");

function reconsiderationForm(item: Pilot): HTMLElement {
  const details = el("details", { className: "utp-details" }, el("summary", { className: "aksel-link" }, "Be om ny vurdering av kunnskapsgrunnlaget"));
  const form = el("form", { novalidate: true });
  const path = `recon-${item.id}`;
  const field = textArea(path, "Hvorfor bør vurderingen endres?", { description: "Kuratoren svarer deg. Vis gjerne til kriteriene for kunnskapsgrunnlag.", rows: 3 });
  const status = el("p", { role: "status", className: "aksel-body-short" });
  form.append(field, el("button", { type: "submit", className: "aksel-button aksel-button--secondary aksel-button--small" }, el("span", { className: "aksel-label aksel-label--small" }, "Send forespørselen")), status);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const comment = (form.querySelector("textarea")?.value ?? "").trim();
    const parsed = ReconsiderationBodySchema.safeParse({ comment });
    if (!parsed.success) {
      showErrors(form, issuesToErrors(parsed.error.issues).map((e) => ({ ...e, path })));
      form.querySelector("textarea")?.focus();
      return;
    }
    api
      .call("POST /api/pilots/{id}/reconsideration", { params: { id: item.id }, body: parsed.data, ifMatch: item.version })
      .then(({ version }) => {
        if (version) item.version = version;
        status.textContent = "Forespørselen er sendt. Kuratoren svarer deg.";
        form.querySelector("textarea")!.value = "";
      })
      .catch((error: unknown) => (status.textContent = error instanceof Error ? error.message : "Det gikk ikke å sende."));
  });
  details.append(form);
  return details;
}

async function start(): Promise<void> {
  const user = await startSession();
  if (user.role !== "kontor" || !user.office) {
    showFatal(root, new Error("Denne siden er for ansatte ved et NAV-kontor."));
    return;
  }
  const [pilots, due] = await Promise.all([
    api.call("GET /api/pilots", { query: { office: user.office } }),
    api.call("GET /api/results-due"),
  ]);
  const dueById = new Map<string, ResultsDueItem>(due.body.items.map((d) => [d.id, d]));
  clear(root);
  append(root, heading(1, "Mine utprøvinger", "xlarge"), el("p", {}, link("/registrer/", "Registrer en ny utprøving")));
  if (due.body.items.length) {
    append(root, alertBox("warning", el("p", {}, `${due.body.items.length === 1 ? "Én utprøving mangler" : `${due.body.items.length} utprøvinger mangler`} resultater. Rapporter dem så andre kontorer kan lære av dem.`)));
  }
  const items = pilots.body.items;
  if (!items.length) {
    append(root, el("p", {}, "Kontoret ditt har ingen utprøvinger ennå."));
    return;
  }
  const list = el("ul", { className: "utp-cards" });
  for (const item of items) {
    const card = el(
      "li",
      { className: "utp-card" },
      heading(2, item.content.title, "small"),
      el(
        "dl",
        { className: "utp-dl" },
        el("dt", {}, "Status"),
        el("dd", {}, labelOf(PILOT_STATES, item.state), item.hasPendingChanges ? " (endringer venter på vurdering)" : ""),
        el("dt", {}, "Utprøvingen"),
        el("dd", {}, item.content.trialStatus ? labelOf(TRIAL_STATUSES, item.content.trialStatus) : "Ikke oppgitt"),
        el("dt", {}, "Sist endret"),
        el("dd", {}, formatDateTime(item.updatedAt)),
      ),
    );
    if (item.state === "changes_requested" && item.reviewComment) {
      card.append(alertBox("warning", el("p", { className: "aksel-label" }, "Kuratoren ba om endringer:"), el("p", { className: "utp-pre" }, item.reviewComment)));
    }
    const d = dueById.get(item.id);
    if (d) {
      card.append(
        alertBox(
          "warning",
          el("p", {}, d.daysOverdue > 0 ? `Resultatene skulle vært rapportert ${formatDate(d.dueDate)} (${d.daysOverdue} dager siden).` : `Resultatene skal rapporteres innen ${formatDate(d.dueDate)}.`),
          link(`/registrer/?id=${encodeURIComponent(item.id)}&steg=resultater`, `Rapporter resultater for «${item.content.title}»`),
        ),
      );
    }
    const actions = el("div", { className: "utp-actions" });
    if (item.state !== "withdrawn") actions.append(link(`/registrer/?id=${encodeURIComponent(item.id)}`, item.state === "draft" ? `Fortsett på «${item.content.title}»` : `Rediger «${item.content.title}»`));
    card.append(actions);
    if (item.state === "published" && item.evidence) card.append(reconsiderationForm(item));
    list.append(card);
  }
  root.append(list);
}

start().catch((error: unknown) => showFatal(root, error));
