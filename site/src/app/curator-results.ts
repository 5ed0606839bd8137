import { PILOT_STATES, labelOf } from "../../../shared/domain/taxonomy.ts";
import { api } from "./api.ts";
import { append, byId, clear, el, formatDate, heading, link } from "./dom.ts";
import { curatorNav } from "./review-forms.ts";
import { showFatal, startCuratorSession } from "./session.ts";

/** Every office's trials whose results are due, most overdue first, with whom to chase. */

const root = byId("utp-app");

async function start(): Promise<void> {
  if (!(await startCuratorSession(root))) return;
  const { body } = await api.call("GET /api/results-due");
  const items = [...body.items].sort((a, b) => b.daysOverdue - a.daysOverdue);
  clear(root);
  append(root, curatorNav(), heading(1, "Utprøvinger som mangler resultater", "xlarge"), el("p", {}, `${items.length} utprøvinger er avsluttet eller skulle vært ferdige, uten at resultatene er rapportert.`));
  if (!items.length) return;
  const rows = el("tbody", { className: "aksel-table__body" });
  const cell = (...c: (string | Node)[]) => el("td", { className: "aksel-table__data-cell aksel-body-short" }, ...c);
  for (const d of items) {
    rows.append(
      el(
        "tr",
        { className: "aksel-table__row" },
        cell(d.state === "submitted" ? link(`/kurator/vurder/?id=${encodeURIComponent(d.id)}`, d.title) : d.title),
        cell(d.officeName),
        cell(labelOf(PILOT_STATES, d.state)),
        cell(formatDate(d.dueDate)),
        cell(d.daysOverdue > 0 ? `${d.daysOverdue} dager` : "Ikke ennå"),
        cell(d.contact?.email ? link(`mailto:${d.contact.email}`, d.contact.name ?? d.contact.email) : (d.contact?.name ?? "–")),
      ),
    );
  }
  root.append(
    el(
      "table",
      { className: "aksel-table aksel-table--small" },
      el("caption", { className: "aksel-sr-only" }, "Utprøvinger som mangler resultater, mest forsinket først"),
      el("thead", { className: "aksel-table__header" }, el("tr", {}, ...["Utprøving", "Kontor", "Status", "Frist", "Forsinket", "Kontakt"].map((t) => el("th", { scope: "col", className: "aksel-table__header-cell aksel-label" }, t)))),
      rows,
    ),
  );
}

start().catch((error: unknown) => showFatal(root, error));
