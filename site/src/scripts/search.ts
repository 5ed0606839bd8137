import { excerptSegments } from "./excerpt.ts";

/**
 * The search page: Pagefind over every published trial, with filters that show how many trials each
 * choice gives, sorting, and the state kept in the URL (`?q=…&malgruppe=…&sort=…`) so any view can be
 * linked to. Plain DOM, no framework; every text from the index is set as text, never as HTML.
 */

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options: { filters?: Record<string, unknown>; sort?: Record<string, "asc" | "desc"> }): Promise<PagefindResponse | null>;
}

const PAGE_SIZE = 20;
/** Aksel colour roles per outcome code, as on the trial pages; the tag's text carries the meaning. */
const OUTCOME_COLOR: Record<string, string> = { virket: "success", delvis: "warning", "virket-ikke": "neutral", negativ: "danger", "for-tidlig": "info" };
const PAGEFIND_URL = "/pagefind/pagefind.js";
const SORTS = ["relevans", "nyeste", "evidens"] as const;
type Sort = (typeof SORTS)[number];

interface State {
  q: string;
  sort: Sort | "";
  filters: Map<string, string[]>;
}

const root = document.querySelector<HTMLElement>("[data-search]");
if (root) void start(root);

/** An element the page must have; the search is not started without it. */
function required<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`The search page lacks ${selector}`);
  return el;
}

async function start(root: HTMLElement): Promise<void> {
  const form = required<HTMLFormElement>(root, "form[data-search-form]");
  const input = required<HTMLInputElement>(root, "input[name=q]");
  const sortSelect = required<HTMLSelectElement>(root, "select[name=sort]");
  const status = required<HTMLElement>(root, "[data-search-status]");
  const list = required<HTMLOListElement>(root, "[data-search-results]");
  const more = required<HTMLButtonElement>(root, "[data-search-more]");
  const reset = required<HTMLButtonElement>(root, "[data-search-reset]");
  const filterKeys = [...new Set([...root.querySelectorAll<HTMLElement>("[data-filter]")].map((el) => el.dataset.filter ?? ""))].filter(Boolean);

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    // Loads every filter's index up front, so each search reports counts for all filters.
    await pagefind.filters();
  } catch {
    status.textContent = "Søket er ikke tilgjengelig akkurat nå. Listen under viser de nyeste utprøvingene.";
    return;
  }
  for (const el of root.querySelectorAll<HTMLElement>("[data-search-ui]")) el.hidden = false;
  for (const el of root.querySelectorAll<HTMLElement>("[data-no-js]")) el.hidden = true;

  let state = readState(new URL(location.href), filterKeys);
  let results: PagefindResult[] = [];
  let shown = 0;
  let generation = 0;
  writeControls(state);
  await run(false);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    // A new query keeps the order the reader chose, or goes back to the default for a query.
    state = { ...readControls(), sort: state.sort };
    void run(true);
  });
  root.addEventListener("change", (event) => {
    if (event.target === input) return;
    state = readControls();
    void run(true);
  });
  reset.addEventListener("click", () => {
    state = { q: "", sort: "", filters: new Map() };
    writeControls(state);
    void run(true);
    input.focus();
  });
  more.addEventListener("click", () => void showMore(true));
  window.addEventListener("popstate", () => {
    state = readState(new URL(location.href), filterKeys);
    writeControls(state);
    void run(false);
  });

  function readControls(): State {
    const filters = new Map<string, string[]>();
    for (const key of filterKeys) {
      const values = [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[data-filter="${key}"]`)].flatMap((el) =>
        el instanceof HTMLInputElement ? (el.checked ? [el.value] : []) : el.value ? [el.value] : [],
      );
      if (values.length) filters.set(key, values);
    }
    const q = input.value.trim();
    const sort = sortSelect.value as Sort;
    // The default order (best match with a query, newest without) is left out of the URL.
    const fallback: Sort = q ? "relevans" : "nyeste";
    return { q, sort: SORTS.includes(sort) && sort !== fallback ? sort : "", filters };
  }

  function writeControls(s: State): void {
    input.value = s.q;
    sortSelect.value = effectiveSort(s);
    for (const el of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-filter]")) {
      const values = s.filters.get(el.dataset.filter ?? "") ?? [];
      if (el instanceof HTMLInputElement) el.checked = values.includes(el.value);
      else el.value = values[0] ?? "";
    }
  }

  async function run(updateUrl: boolean): Promise<void> {
    const mine = ++generation;
    if (updateUrl) history.replaceState(null, "", urlFor(state));
    const term = state.q || null;
    const sort = effectiveSort(state);
    const sortOption = sort === "relevans" ? undefined : { [sort]: "desc" as const };
    status.textContent = "Søker …";
    const response = await pagefind.search(term, { filters: pagefindFilters(state.filters), ...(sortOption ? { sort: sortOption } : {}) });
    if (mine !== generation) return;
    results = response?.results ?? [];
    shown = 0;
    list.replaceChildren();
    await showMore(false);
    if (mine !== generation) return;
    const count = results.length;
    status.textContent =
      count === 0 ? "Fant ingen utprøvinger. Prøv et annet ord eller færre filtre." : count === 1 ? "1 utprøving funnet" : `${count.toLocaleString("nb-NO")} utprøvinger funnet`;
    await updateCounts(term, response?.filters ?? {}, mine);
  }

  async function showMore(moveFocus: boolean): Promise<void> {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const first = shown;
    const items = await Promise.all(batch.map((r) => r.data()));
    const fragment = document.createDocumentFragment();
    for (const item of items) fragment.append(resultItem(item));
    list.append(fragment);
    shown += batch.length;
    more.hidden = shown >= results.length;
    if (moveFocus) list.children[first]?.querySelector("a")?.focus();
  }

  /** Each group's counts with the other groups' choices applied, so a count says what ticking it gives. */
  async function updateCounts(term: string | null, current: Record<string, Record<string, number>>, mine: number): Promise<void> {
    for (const key of filterKeys) {
      let counts = current[key] ?? {};
      if (state.filters.has(key)) {
        const others = new Map(state.filters);
        others.delete(key);
        const response = await pagefind.search(term, { filters: pagefindFilters(others) });
        if (mine !== generation) return;
        counts = response?.filters[key] ?? {};
      }
      for (const el of root.querySelectorAll<HTMLElement>(`[data-count-for="${key}"]`)) {
        const n = counts[el.dataset.value ?? ""] ?? 0;
        el.textContent = `(${n.toLocaleString("nb-NO")})`;
        el.closest(".utp-check")?.classList.toggle("is-zero", n === 0);
      }
      for (const option of root.querySelectorAll<HTMLOptionElement>(`select[data-filter="${key}"] option[data-label]`)) {
        option.textContent = `${option.dataset.label} (${(counts[option.value] ?? 0).toLocaleString("nb-NO")})`;
      }
    }
  }
}

function effectiveSort(state: State): Sort {
  if (state.sort) return state.sort === "relevans" && !state.q ? "nyeste" : state.sort;
  return state.q ? "relevans" : "nyeste";
}

function pagefindFilters(filters: Map<string, string[]>): Record<string, { any: string[] }> {
  return Object.fromEntries([...filters].map(([key, values]) => [key, { any: values }]));
}

function readState(url: URL, filterKeys: readonly string[]): State {
  const filters = new Map<string, string[]>();
  for (const key of filterKeys) {
    const values = url.searchParams.getAll(key).filter(Boolean);
    if (values.length) filters.set(key, values);
  }
  const sort = url.searchParams.get("sort") ?? "";
  return { q: (url.searchParams.get("q") ?? "").trim(), sort: (SORTS as readonly string[]).includes(sort) ? (sort as Sort) : "", filters };
}

function urlFor(state: State): string {
  const query = new URLSearchParams();
  if (state.q) query.set("q", state.q);
  for (const [key, values] of state.filters) for (const v of values) query.append(key, v);
  if (state.sort) query.set("sort", state.sort);
  const text = query.toString();
  return text ? `${location.pathname}?${text}` : location.pathname;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Only paths on this site are linked; anything else in the index is not followed. */
function sameSitePath(url: string): string {
  return /^\/(?!\/)/.test(url) ? url : "/";
}

function resultItem(item: { url: string; excerpt: string; meta: Record<string, string | undefined> }): HTMLLIElement {
  const meta = item.meta;
  const li = element("li", "utp-card");
  const heading = element("h2", "aksel-heading aksel-heading--small");
  const link = element("a", "aksel-link", meta.title ?? "Uten tittel");
  link.href = sameSitePath(item.url);
  heading.append(link);
  const facts = [meta.kontor, meta.fylke, meta.periode, meta.status].filter(Boolean).join(" · ");
  const excerpt = element("p", "utp-excerpt aksel-body-short");
  for (const segment of excerptSegments(item.excerpt)) {
    excerpt.append(segment.marked ? element("mark", "", segment.text) : document.createTextNode(segment.text));
  }
  const badges = element("div", "utp-badges");
  const outcome = element("span", "aksel-tag aksel-tag--small utp-badge", `Resultat: ${meta.resultat ?? "ukjent"}`);
  outcome.dataset.color = OUTCOME_COLOR[meta.resultatkode ?? ""] ?? "neutral";
  outcome.dataset.variant = "moderate";
  const evidence = element("span", "aksel-tag aksel-tag--small utp-badge", `Kunnskapsgrunnlag ${(meta.kunnskapsgrunnlag ?? "").replace(/^Nivå/, "nivå")}`);
  evidence.dataset.color = "accent";
  evidence.dataset.variant = "outline";
  badges.append(outcome, evidence);
  li.append(heading, element("p", "utp-card__meta aksel-body-short aksel-body-short--small", facts), excerpt, badges);
  return li;
}
