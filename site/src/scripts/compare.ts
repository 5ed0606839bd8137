import type { MethodSummary, PooledEffectSummary } from "../lib/method-summary.ts";
import { addMethod, listText, MIN_METHODS, MAX_METHODS, parseSelection, removeMethod, selectionMessages, selectionSearch } from "../lib/compare-selection.ts";

/**
 * The comparison page: reads `?metoder=` (and `?leggtil=`), fetches each chosen method's summary from
 * `/data/metoder/<slug>.json` and shows them side by side: a table on wide screens and in print, one card per
 * method on narrow ones. The selection is kept in the address (shareable) and in the browser, so "Legg til i
 * sammenligning" on a method page adds to it. Every text from the data is set as text, never as HTML.
 */

const STORAGE_KEY = "utp-sammenligning";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = "", text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function readStored(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "[]");
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

function store(slugs: readonly string[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(slugs));
  } catch {
    // Storage may be off; the address still holds the selection.
  }
}

const summaries = new Map<string, Promise<MethodSummary>>();
function summary(slug: string): Promise<MethodSummary> {
  let pending = summaries.get(slug);
  if (!pending) {
    pending = fetch(`/data/metoder/${encodeURIComponent(slug)}.json`).then((r) => {
      if (!r.ok) throw new Error(`${r.status}`);
      return r.json() as Promise<MethodSummary>;
    });
    pending.catch(() => summaries.delete(slug));
    summaries.set(slug, pending);
  }
  return pending;
}

/** One row of the comparison: its heading and the content of each method's cell (made fresh for table and card). */
interface Row {
  readonly heading: string;
  readonly cell: (m: MethodSummary) => Node;
  readonly measure?: string;
}

function text(value: string, className = ""): HTMLElement {
  return el("span", className, value);
}

function lines(...parts: (Node | string | undefined)[]): HTMLElement {
  const box = el("div", "utp-compare__lines");
  for (const part of parts) if (part !== undefined) box.append(typeof part === "string" ? el("p", "", part) : part);
  return box;
}

function direction(effect: PooledEffectSummary): string {
  if (effect.unknownDirection) return "Intervallet omfatter null: vi vet ikke om metoden gir bedre eller dårligere resultat.";
  return effect.ciLower > 0 === effect.higherIsBetter ? "Trolig bedre enn sammenligningen." : "Trolig dårligere enn sammenligningen.";
}

function effectCell(m: MethodSummary, code: string): Node {
  const effect = m.effects.find((e) => e.measureCode === code);
  if (!effect) return text("Ikke samlet: færre enn to utprøvinger med sammenligningsgruppe.", "utp-muted");
  const estimate = el("p", "utp-compare__estimate");
  estimate.append(el("strong", "", `${effect.text.estimate} ${effect.unitWords}`));
  estimate.dataset.estimate = String(effect.estimate);
  return lines(
    estimate,
    `95 % KI: ${effect.text.ci}`,
    effect.text.prediction ? `Prediksjonsintervall: ${effect.text.prediction}` : "Prediksjonsintervall: for få utprøvinger (under 3)",
    `Bygger på ${effect.k} utprøvinger.`,
    direction(effect),
  );
}

function rows(methods: readonly MethodSummary[]): Row[] {
  const measures = new Map<string, string>();
  for (const m of methods) for (const e of m.effects) if (!measures.has(e.measureCode)) measures.set(e.measureCode, e.label);
  return [
    { heading: "Utprøvinger", cell: (m) => text(String(m.trials)) },
    { heading: "Kontorer", cell: (m) => text(String(m.offices)) },
    {
      heading: "Resultater",
      cell: (m) => {
        const parts = m.outcomes.map((o) => `${o.count} ${o.label.toLocaleLowerCase("nb")}`);
        if (m.withoutResults > 0) parts.push(`${m.withoutResults} uten resultater ennå`);
        return text(parts.length > 0 ? parts.join(", ") : "Ingen utprøvinger ennå");
      },
    },
    {
      heading: "Sterkeste kunnskapsgrunnlag",
      cell: (m) => text(m.strongestEvidence ? `Nivå ${m.strongestEvidence.level}: ${m.strongestEvidence.words}` : "Ikke vurdert"),
    },
    ...[...measures].map(([code, label]) => ({ heading: `Samlet effekt: ${label}`, measure: code, cell: (m: MethodSummary) => effectCell(m, code) })),
    {
      heading: "Kostnad per deltaker",
      cell: (m) => text(m.cost ? `${m.cost.text} (${m.cost.trials} ${m.cost.trials === 1 ? "utprøving" : "utprøvinger"})` : "Ikke oppgitt"),
    },
    { heading: "Målgrupper", cell: (m) => text(m.targetGroups.join(", ") || "Ikke oppgitt") },
    { heading: "Tiltakstyper", cell: (m) => text(m.measureTypes.join(", ") || "Ikke oppgitt") },
    {
      heading: "Kuratorenes anbefaling",
      cell: (m) => {
        if (!m.recommended) return text("Ikke anbefalt for spredning ennå", "utp-muted");
        const tag = el("span", "aksel-tag aksel-tag--small", "Anbefalt for spredning");
        tag.dataset.color = "success";
        tag.dataset.variant = "strong";
        const first = el("p");
        first.append(tag);
        return lines(first, m.recommendationNote);
      },
    },
  ];
}

function methodLink(m: MethodSummary): HTMLAnchorElement {
  const link = el("a", "aksel-link", m.name);
  link.href = m.url;
  return link;
}

function table(methods: readonly MethodSummary[], all: readonly Row[]): HTMLElement {
  const wrap = el("div", "utp-compare__table");
  const t = el("table", "aksel-table aksel-table--small utp-table utp-compare__grid");
  t.dataset.compareTable = "";
  const caption = el("caption", "", `Sammenligning av ${listText(methods.map((m) => m.name))}`);
  const head = el("thead", "aksel-table__header");
  const headRow = el("tr", "aksel-table__row");
  headRow.append(el("td", "aksel-table__header-cell"));
  for (const m of methods) {
    const th = el("th", "aksel-table__header-cell");
    th.scope = "col";
    th.append(methodLink(m));
    headRow.append(th);
  }
  head.append(headRow);
  const body = el("tbody", "aksel-table__body");
  for (const row of all) {
    const tr = el("tr", "aksel-table__row");
    const th = el("th", "aksel-table__header-cell", row.heading);
    th.scope = "row";
    tr.append(th);
    for (const m of methods) {
      const td = el("td", "aksel-table__data-cell");
      td.dataset.method = m.slug;
      if (row.measure) td.dataset.measure = row.measure;
      td.append(row.cell(m));
      tr.append(td);
    }
    body.append(tr);
  }
  t.append(caption, head, body);
  wrap.append(t);
  return wrap;
}

function cards(methods: readonly MethodSummary[], all: readonly Row[]): HTMLElement {
  const list = el("ul", "utp-compare__cards");
  list.setAttribute("aria-label", `Sammenligning av ${listText(methods.map((m) => m.name))}`);
  for (const m of methods) {
    const item = el("li", "utp-panel utp-compare__card");
    item.dataset.compareCard = m.slug;
    const heading = el("h3", "aksel-heading aksel-heading--small");
    heading.append(methodLink(m));
    const dl = el("dl");
    for (const row of all) {
      const dd = el("dd");
      dd.dataset.method = m.slug;
      if (row.measure) dd.dataset.measure = row.measure;
      dd.append(row.cell(m));
      dl.append(el("dt", "", row.heading), dd);
    }
    item.append(heading, dl);
    list.append(item);
  }
  return list;
}

function start(root: HTMLElement): void {
  const select = root.querySelector<HTMLSelectElement>("[data-compare-select]")!;
  const form = root.querySelector<HTMLFormElement>("[data-compare-form]")!;
  const chosen = root.querySelector<HTMLElement>("[data-compare-chosen]")!;
  const messages = root.querySelector<HTMLElement>("[data-compare-messages]")!;
  const result = root.querySelector<HTMLElement>("[data-compare-result]")!;
  const names = new Map([...select.options].filter((o) => o.value).map((o) => [o.value, o.text]));
  const moved = new Map(Object.entries(JSON.parse(root.dataset.moved ?? "{}") as Record<string, string>));
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  const initial = parseSelection(location.search, new Set(names.keys()), { moved, stored: readStored() });
  let slugs = initial.slugs;
  let notes = selectionMessages(initial, nameOf);
  let version = 0;

  // The live region stays in the page; only its content comes and goes, so screen readers announce it.
  const say = (all: readonly string[]) => {
    if (all.length === 0) return messages.replaceChildren();
    const box = el("div", "utp-compare__messages");
    box.append(...all.map((m) => el("p", "", m)));
    messages.replaceChildren(box);
  };

  const render = async () => {
    const mine = ++version;
    history.replaceState(null, "", `${location.pathname}${selectionSearch(slugs)}`);
    store(slugs);
    chosen.replaceChildren(
      ...slugs.map((slug) => {
        const li = el("li");
        const button = el("button", "aksel-button aksel-button--small");
        button.type = "button";
        button.dataset.variant = "tertiary";
        button.append(el("span", "aksel-label", "Fjern"), el("span", "aksel-sr-only", ` ${nameOf(slug)}`));
        button.addEventListener("click", () => {
          slugs = removeMethod(slugs, slug);
          notes = selectionMessages({ slugs, unknown: [], overflow: [] }, nameOf);
          void render();
        });
        li.append(el("span", "", nameOf(slug)), " ", button);
        return li;
      }),
    );
    for (const option of select.options) option.disabled = option.value !== "" && slugs.includes(option.value);
    say(notes);
    if (slugs.length < MIN_METHODS) {
      result.replaceChildren();
      return;
    }
    result.setAttribute("aria-busy", "true");
    try {
      const methods = await Promise.all(slugs.map(summary));
      if (mine !== version) return;
      const all = rows(methods);
      result.replaceChildren(table(methods, all), cards(methods, all));
    } catch {
      if (mine !== version) return;
      result.replaceChildren();
      say([...notes, "Vi kunne ikke hente metodene akkurat nå. Last siden på nytt for å prøve igjen."]);
    } finally {
      if (mine === version) result.removeAttribute("aria-busy");
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const slug = select.value;
    if (!slug) {
      say(["Velg en metode i listen først."]);
      return;
    }
    if (slugs.length >= MAX_METHODS && !slugs.includes(slug)) {
      say([`Du kan sammenligne høyst fire metoder om gangen. Fjern en før du legger til ${nameOf(slug)}.`]);
      return;
    }
    slugs = addMethod(slugs, slug);
    notes = selectionMessages({ slugs, unknown: [], overflow: [] }, nameOf);
    select.value = "";
    void render();
  });
  void render();
}

const root = document.querySelector<HTMLElement>("[data-compare]");
if (root) start(root);
