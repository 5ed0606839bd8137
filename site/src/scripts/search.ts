import { synonymMatcher, synonymQuery, TOKEN_PATTERN } from "../../../shared/domain/synonyms.ts";
import { correctQuery, suggestions, VOCABULARY_PATH, type Vocabulary } from "../lib/search-vocabulary.ts";
import { breakTies, RANKING } from "../lib/search-ranking.ts";
import { applyRecent, parseRecentManifest, RECENT_MANIFEST, recentFilterCounts, type RecentManifest } from "../lib/search-recent.ts";
import { attachDisclosures } from "./disclosures.ts";
import { excerptSegments } from "./excerpt.ts";
import { element, resultItem, type PagefindData } from "./search-card.ts";

/**
 * The search page: Pagefind over every published trial, with filters that show how many trials each
 * choice gives, sorting, and the state kept in the URL (`?q=…&malgruppe=…&sort=…`) so any view can be
 * linked to. Plain DOM, no framework; every text from the index is set as text, never as HTML.
 *
 * It loads only what a view needs: the counts for the whole bank are in the page from the build; the
 * filters' index is fetched once a filter is used or the reader moves into the filters; a query fetches
 * the index chunk of its words and the fragments of the results shown; the vocabulary for "Mente du …?"
 * is fetched only when a query finds nothing or little, or not every word it asked for.
 *
 * A word the index does not know is searched as the nearest word it knows ("Viser treff for …", with a link
 * back to the words as typed, `ordrett=1`); a word with nothing near finds nothing.
 */

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options: { filters?: Record<string, unknown> }): Promise<PagefindResponse | null>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
}

const PAGE_SIZE = 10;
/** Below this many hits the page also looks for a better spelling. */
const FEW_HITS = 3;
const PAGEFIND_URL = "/pagefind/pagefind.js";
const SORTS = ["relevans", "nyeste", "evidens"] as const;
type Sort = (typeof SORTS)[number];
const matcher = synonymMatcher();

interface State {
  q: string;
  sort: Sort | "";
  filters: Map<string, string[]>;
  /** Search the words as typed, without correcting them (`ordrett=1`). */
  exact: boolean;
}

/** The query as Pagefind is asked it: synonyms as their tokens. */
function pagefindTerm(q: string): string | null {
  return q ? synonymQuery(q) || q : null;
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
  const bestMatch = required<HTMLOptionElement>(sortSelect, "option[value=relevans]");
  const status = required<HTMLElement>(root, "[data-search-status]");
  const list = required<HTMLOListElement>(root, "[data-search-results]");
  const more = required<HTMLButtonElement>(root, "[data-search-more]");
  const reset = required<HTMLButtonElement>(root, "[data-search-reset]");
  const panel = required<HTMLElement>(root, "[data-search-filters]");
  const toggle = required<HTMLButtonElement>(root, "[data-filter-toggle]");
  const toggleText = required<HTMLElement>(toggle, "[data-filter-toggle-text]");
  const closeFilters = required<HTMLButtonElement>(root, "[data-filter-close]");
  const countsNote = required<HTMLElement>(root, "[data-counts-note]");
  const suggest = required<HTMLElement>(root, "[data-search-suggest]");
  const empty = required<HTMLElement>(root, "[data-search-empty]");
  const sortHelp = required<HTMLElement>(root, "[data-sort-help]");
  const cardTemplate = required<HTMLTemplateElement>(root, "template[data-card-template]");
  const downloads = required<HTMLElement>(root, "[data-search-download]");
  const filterKeys = [...new Set([...root.querySelectorAll<HTMLElement>("[data-filter]")].map((el) => el.dataset.filter ?? ""))].filter(Boolean);

  for (const el of root.querySelectorAll<HTMLElement>("[data-search-ui]")) el.hidden = false;
  for (const el of root.querySelectorAll<HTMLElement>("[data-no-js]")) el.hidden = true;
  // The filter groups and "Slik sorterer vi" open at once, before any search has loaded.
  attachDisclosures(root);

  let state = readState(new URL(location.href), filterKeys);
  let results: PagefindResult[] = [];
  /** The words the results are for: the query, or its correction. */
  let searched = state.q;
  /** Set when a word of the query is in no trial, nor anything near it: the query finds nothing, filters included. */
  let absent = false;
  /** Set once the list shows what Pagefind found (before, it is the build's list of the newest trials). */
  let fromPagefind = false;
  /** Results already shown by the build (the newest trials), before Pagefind was asked. */
  let shown = list.children.length;
  let generation = 0;
  /** Set once the filters' index is loaded: from then on every search updates the counts. */
  let filtersReady: Promise<void> | undefined;
  let vocabulary: Promise<Vocabulary | undefined> | undefined;
  let loaded: Promise<Pagefind | undefined> | undefined;
  /** Pagefind, loaded when the page opens with a search in its address or the reader starts one. */
  function pagefind(): Promise<Pagefind | undefined> {
    loaded ??= (async () => {
      try {
        const module = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
        const options = { excerptLength: 24, ranking: RANKING };
        await module.options(options);
        await module.init();
        return withRecent(module, await recentManifest(), options);
      } catch {
        status.textContent = "Søket er ikke tilgjengelig akkurat nå. Listen under viser de nyeste utprøvingene.";
        for (const el of root.querySelectorAll<HTMLElement>("[data-search-ui]")) el.hidden = true;
        return undefined;
      }
    })();
    return loaded;
  }
  writeControls(state);
  // The newest trials are in the page already; Pagefind is asked only for another view.
  if (state.q || state.filters.size > 0 || state.sort) await run(false);
  else more.hidden = shown >= Number(list.dataset.total ?? 0);
  for (const type of ["focusin", "pointerdown"]) form.addEventListener(type, () => void pagefind(), { once: true });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    // A new query keeps the order the reader chose, or goes back to the default for a query.
    state = { ...readControls(), sort: state.sort, exact: false };
    void run(true);
  });
  root.addEventListener("change", (event) => {
    if (event.target === input) return;
    if (event.target === sortSelect) {
      state = { ...readControls(), exact: state.exact };
    } else {
      state = { ...readControls(), sort: state.sort, exact: state.exact };
      void loadFilters();
    }
    void run(true);
  });
  // Moving into the filters is the sign they will be used: their index is fetched then, not before.
  for (const type of ["focusin", "pointerenter", "toggle"]) panel.addEventListener(type, () => void loadFilters(true), { capture: true, once: true });
  reset.addEventListener("click", () => {
    state = { q: "", sort: "", filters: new Map(), exact: false };
    writeControls(state);
    void run(true);
    input.focus();
  });
  toggle.addEventListener("click", () => setPanelOpen(!panel.classList.contains("is-open")));
  for (const button of downloads.querySelectorAll<HTMLButtonElement>("[data-download-format]")) {
    button.addEventListener("click", () => void download(button.dataset.downloadFormat === "csv" ? "csv" : "xlsx", button));
  }
  closeFilters.addEventListener("click", () => {
    setPanelOpen(false);
    toggle.focus();
  });
  more.addEventListener("click", () => {
    // The first "Vis flere" under the build's list asks Pagefind for the same list, then shows the next page.
    if (results.length === 0) void run(false, true);
    else void showMore(true);
  });
  root.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>("a[data-suggestion]");
    if (!link) return;
    event.preventDefault();
    state = { ...state, q: link.dataset.suggestion ?? "", exact: link.dataset.exact === "1" };
    writeControls(state);
    void run(true);
    input.focus();
  });
  window.addEventListener("popstate", () => {
    state = readState(new URL(location.href), filterKeys);
    writeControls(state);
    void run(false);
  });

  function setPanelOpen(open: boolean): void {
    panel.classList.toggle("is-open", open);
    toggle.setAttribute("aria-expanded", String(open));
    if (open) {
      void loadFilters(true);
      panel.querySelector<HTMLElement>("[data-filter-group-toggle], input, select")?.focus();
    }
  }

  /** "Last ned treffene": the writer is fetched now, not with the page. */
  async function download(format: "xlsx" | "csv", button: HTMLButtonElement): Promise<void> {
    button.disabled = true;
    try {
      const ids = fromPagefind ? (await Promise.all(results.map((r) => r.data()))).flatMap((d) => d.meta.id ?? []) : undefined;
      const { downloadHits } = await import("./download-hits.ts");
      await downloadHits(format, ids);
    } catch {
      status.textContent = "Vi klarte ikke å lage filen. Prøv igjen, eller last ned alle utprøvingene fra Åpne data nederst på siden.";
    } finally {
      button.disabled = false;
    }
  }

  /** Fetches the filters' index once; with `refresh`, the counts are brought up to date when it arrives. */
  function loadFilters(refresh = false): Promise<void> {
    const first = !filtersReady;
    filtersReady ??= pagefind().then((pf) => pf?.filters().then(() => undefined));
    if (first && refresh) void filtersReady.then(() => updateCounts(generation, undefined));
    return filtersReady;
  }

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
    return { q, sort: SORTS.includes(sort) && sort !== fallback ? sort : "", filters, exact: false };
  }

  function writeControls(s: State): void {
    input.value = s.q;
    writeSort(s);
    for (const el of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-filter]")) {
      const values = s.filters.get(el.dataset.filter ?? "") ?? [];
      if (el instanceof HTMLInputElement) el.checked = values.includes(el.value);
      else el.value = values[0] ?? "";
    }
    writeToggle(s);
  }

  /** The sort menu always shows the order the list is in: "Beste treff" exists only while there is a query. */
  function writeSort(s: State): void {
    bestMatch.hidden = !s.q;
    bestMatch.disabled = !s.q;
    sortSelect.value = effectiveSort(s);
  }

  function writeToggle(s: State): void {
    const chosen = [...s.filters.values()].reduce((sum, values) => sum + values.length, 0);
    toggleText.textContent = chosen ? `Filtrer (${chosen} valgt)` : "Filtrer";
  }

  async function run(updateUrl: boolean, keepShown = false): Promise<void> {
    const mine = ++generation;
    if (updateUrl) history.replaceState(null, "", urlFor(state));
    writeSort(state);
    writeToggle(state);
    status.textContent = "Søker …";
    suggest.replaceChildren();
    suggest.hidden = true;
    const pf = await pagefind();
    if (!pf || mine !== generation) return;
    if (state.filters.size > 0) await loadFilters();
    searched = state.q;
    absent = false;
    let found = await ordered(pf, pagefindTerm(searched), state);
    if (mine !== generation) return;
    results = found.results;
    if (keepShown) {
      fromPagefind = true;
      await showMore(true);
      status.textContent = countText(results.length);
      return;
    }
    let page = await pageOf(0);
    let corrected: string | undefined;
    let offer = false;
    // A word Pagefind did not find as typed: the vocabulary tells a typo (searched as the nearest known word) from a word no trial holds.
    if (
      state.q &&
      (results.length < FEW_HITS ||
        !allWordsMatched(
          state.q,
          page.map((i) => i.excerpt),
        ))
    ) {
      const words = await loadVocabulary();
      if (mine !== generation) return;
      const correction = words ? correctQuery(state.q, words) : { kind: "known" as const };
      if (correction.kind === "absent") {
        results = [];
        page = [];
        found = { results, filters: undefined };
        searched = "";
        absent = true;
      } else if (correction.kind === "corrected" && !state.exact) {
        corrected = correction.query;
        searched = corrected;
        found = await ordered(pf, pagefindTerm(searched), state);
        if (mine !== generation) return;
        results = found.results;
        page = await pageOf(0);
      } else offer = correction.kind === "corrected" || results.length < FEW_HITS;
    }
    if (mine !== generation) return;
    fromPagefind = true;
    shown = 0;
    list.replaceChildren();
    render(page, false);
    const count = results.length;
    empty.hidden = count > 0;
    sortHelp.hidden = count === 0;
    downloads.hidden = count === 0;
    status.textContent =
      count === 0 ? `Fant ingen utprøvinger${state.q ? ` for «${state.q}»` : ""}${state.filters.size ? " med filtrene du har valgt" : ""}.` : countText(count);
    if (corrected) showCorrection(corrected, state.q);
    else if (offer) void offerSuggestions(state.q, count, mine);
    await updateCounts(mine, found.filters);
  }

  function countText(count: number): string {
    return count === 1 ? "1 utprøving funnet" : `${count.toLocaleString("nb-NO")} utprøvinger funnet`;
  }

  /** The data of the next page of results from `first`, in the order they are shown (ties broken). */
  async function pageOf(first: number): Promise<PagefindData[]> {
    const batch = results.slice(first, first + PAGE_SIZE);
    const items = await Promise.all(batch.map((r) => r.data()));
    if (effectiveSort(state) !== "relevans") return items;
    return breakTies(batch.map((r, i) => ({ score: r.score, item: items[i]!, meta: items[i]!.meta }))).map((t) => t.item);
  }

  function render(items: readonly PagefindData[], moveFocus: boolean): void {
    const first = shown;
    const fragment = document.createDocumentFragment();
    const terms = highlightTerms(searched);
    for (const item of items) fragment.append(resultItem(cardTemplate, item, terms));
    list.append(fragment);
    shown += items.length;
    more.hidden = shown >= results.length;
    if (moveFocus) list.children[first]?.querySelector("a")?.focus();
  }

  /** Shows the next page of results. */
  async function showMore(moveFocus: boolean): Promise<void> {
    render(await pageOf(shown), moveFocus);
  }

  function loadVocabulary(): Promise<Vocabulary | undefined> {
    vocabulary ??= fetch(`/${VOCABULARY_PATH}`)
      .then((r) => (r.ok ? (r.json() as Promise<Vocabulary>) : undefined))
      .catch(() => undefined);
    return vocabulary;
  }

  /** "Viser treff for «arbeidstrening». Søk i stedet for «arbeidstreneing»", the second a link to the words as typed. */
  function showCorrection(corrected: string, typed: string): void {
    const strong = element("strong", "", `«${corrected}»`);
    const link = element("a", "aksel-link", `«${typed}»`);
    link.href = urlFor({ ...state, q: typed, exact: true });
    link.dataset.suggestion = typed;
    link.dataset.exact = "1";
    suggest.replaceChildren(document.createTextNode("Viser treff for "), strong, document.createTextNode(". Søk i stedet for "), link);
    suggest.hidden = false;
  }

  async function offerSuggestions(q: string, count: number, mine: number): Promise<void> {
    const words = await loadVocabulary();
    if (mine !== generation || !words) return;
    const offered = suggestions(q, words);
    if (offered.length === 0) return;
    suggest.replaceChildren(document.createTextNode("Mente du "));
    offered.forEach((text, i) => {
      if (i > 0) suggest.append(document.createTextNode(i === offered.length - 1 ? " eller " : ", "));
      const link = element("a", "aksel-link", text);
      link.href = urlFor({ ...state, q: text, exact: false });
      link.dataset.suggestion = text;
      suggest.append(link);
    });
    suggest.append(
      document.createTextNode(count === 0 ? "?" : `? Søket ga ${count === 1 ? "bare ett treff" : `${count.toLocaleString("nb-NO")} treff`} på «${q}».`),
    );
    suggest.hidden = false;
  }

  /**
   * Each group's counts with the other groups' choices applied, so a count says what ticking it gives.
   * Before the filters' index is loaded, the counts in the page (from the build) hold for the whole bank
   * only; with a query they are hidden until the index arrives.
   */
  async function updateCounts(mine: number, current: Record<string, Record<string, number>> | undefined): Promise<void> {
    const ready = filtersReady !== undefined;
    const stale = !ready && (state.q !== "" || state.filters.size > 0);
    countsNote.hidden = !stale;
    for (const el of root.querySelectorAll<HTMLElement>("[data-count-for]")) el.hidden = stale;
    if (!ready) return;
    await filtersReady;
    const pf = await pagefind();
    if (!pf || mine !== generation) return;
    const term = pagefindTerm(searched);
    let base = absent ? {} : (current ?? {});
    if (!absent && Object.keys(base).length === 0) base = (await pf.search(term, { filters: pagefindFilters(state.filters) }))?.filters ?? {};
    for (const key of filterKeys) {
      let counts = base[key] ?? {};
      if (state.filters.has(key) && !absent) {
        const others = new Map(state.filters);
        others.delete(key);
        const response = await pf.search(term, { filters: pagefindFilters(others) });
        if (mine !== generation) return;
        counts = response?.filters[key] ?? {};
      }
      for (const el of root.querySelectorAll<HTMLElement>(`[data-count-for="${key}"]`)) {
        const n = counts[el.dataset.value ?? ""] ?? 0;
        el.textContent = `(${n.toLocaleString("nb-NO")})`;
        el.hidden = false;
        el.closest(".utp-check")?.classList.toggle("is-zero", n === 0);
      }
      for (const option of root.querySelectorAll<HTMLOptionElement>(`select[data-filter="${key}"] option[data-label]`)) {
        option.textContent = `${option.dataset.label} (${(counts[option.value] ?? 0).toLocaleString("nb-NO")})`;
      }
    }
    countsNote.hidden = true;
  }
}

/** The recent part of the index (trials changed since the main index was built); empty when unreadable. */
async function recentManifest(): Promise<RecentManifest> {
  try {
    const response = await fetch(`/${RECENT_MANIFEST}`, { cache: "no-store" });
    return parseRecentManifest(response.ok ? await response.json() : undefined);
  } catch {
    return parseRecentManifest(undefined);
  }
}

/** Pagefind with the recent part merged in: its pages found, the pages they replace left out. */
async function withRecent(module: Pagefind, manifest: RecentManifest, options: Record<string, unknown>): Promise<Pagefind> {
  if (!manifest.index) return module;
  await module.mergeIndex(manifest.index, options);
  return {
    ...module,
    filters: async () => recentFilterCounts(await module.filters(), manifest),
    search: async (term, searchOptions) => {
      const response = await module.search(term, searchOptions);
      return response ? applyRecent(response, manifest, term) : response;
    },
  };
}

/**
 * The results in the order asked for. The index has no sort data (it would cost every visitor 35 KB at
 * 10,000 trials): without a query Pagefind keeps the order the records were added in, newest first; a
 * query comes in best-match order; "strongest evidence" asks once per evidence level, strongest first,
 * and "newest" with a query asks once per start year, newest first, keeping the best match within each.
 */
async function ordered(
  pf: Pagefind,
  term: string | null,
  state: State,
): Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> | undefined }> {
  const sort = effectiveSort(state);
  const filters = pagefindFilters(state.filters);
  if (sort === "relevans" || (sort === "nyeste" && term === null)) {
    const response = await pf.search(term, { filters });
    return { results: response?.results ?? [], filters: response?.filters };
  }
  const key = sort === "evidens" ? "kunnskapsgrunnlag" : "ar";
  const chosen = state.filters.get(key);
  const levels = sort === "evidens" ? ["4", "3", "2", "1"] : yearsNewestFirst();
  const buckets = await Promise.all(
    levels.filter((v) => !chosen || chosen.includes(v)).map((v) => pf.search(term, { filters: { ...filters, [key]: { any: [v] } } })),
  );
  return { results: buckets.flatMap((b) => b?.results ?? []), filters: undefined };
}

/** The start years the search page offers, newest first (from the year filter's options). */
function yearsNewestFirst(): string[] {
  return [...document.querySelectorAll<HTMLInputElement>('input[data-filter="ar"]')]
    .map((el) => el.value)
    .sort()
    .reverse();
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
  return {
    q: (url.searchParams.get("q") ?? "").trim(),
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as Sort) : "",
    filters,
    exact: url.searchParams.get("ordrett") === "1",
  };
}

function urlFor(state: State): string {
  const query = new URLSearchParams();
  if (state.q) query.set("q", state.q);
  for (const [key, values] of state.filters) for (const v of values) query.append(key, v);
  if (state.sort) query.set("sort", state.sort);
  if (state.exact && state.q) query.set("ordrett", "1");
  const text = query.toString();
  return text ? `${location.pathname}?${text}` : location.pathname;
}

/** The words to mark in a snippet: the query's own words and the synonyms they stand for. */
function highlightTerms(q: string): string[] {
  if (!q) return [];
  return [...new Set([...(q.toLocaleLowerCase("nb").match(/[\p{L}\p{N}]+/gu) ?? []), ...matcher.expand(q).map((t) => t.toLocaleLowerCase("nb"))])];
}

/**
 * Whether Pagefind found every word of the query as typed (or a word form of it), judged by the words it
 * marked in the excerpts. A misspelt word is matched only by a much shorter word ("arbeid" for
 * "arbeidstreneing"), which is when a better spelling is worth offering.
 */
function allWordsMatched(q: string, excerpts: readonly string[]): boolean {
  const marked = new Set(
    excerpts.flatMap((e) =>
      excerptSegments(e)
        .filter((s) => s.marked)
        .map((s) => s.text.toLocaleLowerCase("nb")),
    ),
  );
  const words = synonymQuery(q)
    .split(" ")
    .filter((w) => w.length >= 3 && !TOKEN_PATTERN.test(w));
  return words.every((w) => [...marked].some((m) => m.startsWith(w) || (w.startsWith(m) && m.length >= w.length - 3)));
}
