import { MEASURE_TYPES, TARGET_GROUPS } from "../../../shared/domain/taxonomy.ts";
import { urls } from "../lib/urls.ts";
import { excerptSegments, highlightSegments, type ExcerptSegment } from "./excerpt.ts";

/**
 * A search result as a card on the search page, built with plain DOM from Pagefind's data: every text from
 * the index is set as text, never as HTML.
 */

/** What the search page shows of a Pagefind result: its URL, excerpt and the record's meta. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Only paths on this site are linked; anything else in the index is not followed. */
function sameSitePath(url: string): string {
  return /^\/(?!\/)/.test(url) ? url : "/";
}

function appendSegments(parent: HTMLElement, segments: readonly ExcerptSegment[]): void {
  for (const segment of segments) parent.append(segment.marked ? element("mark", "", segment.text) : document.createTextNode(segment.text));
}

const LABELS = [...TARGET_GROUPS, ...MEASURE_TYPES].map((t) => t.label.toLocaleLowerCase("nb"));

/**
 * Pagefind's excerpt, when the query's word is only in the body text (the method, lessons, recipe): used
 * only if it is body text, never the title, the place or the list of labels, nor the index's tokens.
 */
function bodyExcerpt(item: PagefindData): ExcerptSegment[] | undefined {
  const segments = fromLastToken(excerptSegments(item.excerpt));
  const text = segments.map((s) => s.text).join("").toLocaleLowerCase("nb");
  const avoid = [item.meta.title, item.meta.kontor].filter((t): t is string => Boolean(t)).map((t) => t.toLocaleLowerCase("nb"));
  if (!segments.some((s) => s.marked) || /\bq[xz][^aeiouyæøå\s]{2,3}\b/.test(text) || [...avoid, ...LABELS].some((t) => text.includes(t))) return undefined;
  return [{ text: "… ", marked: false }, ...segments, { text: " …", marked: false }];
}

const TOKENS = /\bq[xz][^aeiouyæøå\s]{2,3}\b/gu;

/**
 * The excerpt from after the last index token before its first marked word: a word early in the body text
 * gets an excerpt that starts in the part before it, which ends with that part's tokens.
 */
function fromLastToken(segments: readonly ExcerptSegment[]): ExcerptSegment[] {
  const first = segments.findIndex((s) => s.marked);
  if (first < 0) return [...segments];
  for (let i = first - 1; i >= 0; i -= 1) {
    const text = segments[i]!.text;
    const ends = [...text.matchAll(TOKENS)].map((m) => (m.index ?? 0) + m[0].length);
    const cut = ends.at(-1);
    if (cut !== undefined) return [{ text: text.slice(cut).replace(/^[\s.,;:]+/u, ""), marked: false }, ...segments.slice(i + 1)].filter((s) => s.text.length > 0);
  }
  return [...segments];
}

const VERDICT_COLORS = new Set(["success", "warning", "meta-purple", "danger", "info", "neutral"]);

/** A result as a card: the same parts as the cards the build renders, the snippet with the query marked. */
export function resultItem(item: PagefindData, terms: readonly string[]): HTMLLIElement {
  const meta = item.meta;
  const li = element("li", "utp-card");
  const heading = element("h2", "aksel-heading aksel-heading--small");
  const link = element("a", "aksel-link", meta.title ?? "Uten tittel");
  link.href = sameSitePath(item.url);
  heading.append(link);
  const facts = [meta.kontor, meta.fylke, meta.periode, meta.status].filter(Boolean).join(" · ");
  li.append(heading, element("p", "utp-card__meta aksel-body-short aksel-body-short--small", facts));
  // The snippet: the summary, or the results when only they hold a word of the query.
  const summary = highlightSegments(meta.sammendrag ?? "", terms);
  const resultsText = highlightSegments(meta.resultater ?? "", terms);
  const useResults = terms.length > 0 && !summary.some((s) => s.marked) && resultsText.some((s) => s.marked);
  const fromBody = terms.length > 0 && !summary.some((s) => s.marked) && !useResults ? bodyExcerpt(item) : undefined;
  const snippet = useResults ? resultsText : (fromBody ?? summary);
  if (snippet.length) {
    const p = element("p", "utp-excerpt aksel-body-short");
    if (useResults) p.append(element("span", "utp-excerpt__label", "Resultater: "));
    appendSegments(p, snippet);
    li.append(p);
  }
  const badges = element("div", "utp-badges");
  const verdict = element("span", "aksel-tag aksel-tag--small utp-badge", meta.dom ?? "Ingen resultater ennå");
  verdict.dataset.color = VERDICT_COLORS.has(meta.domfarge ?? "") ? (meta.domfarge ?? "neutral") : "neutral";
  verdict.dataset.variant = meta.domtype === "no-results" ? "outline" : "moderate";
  verdict.dataset.verdict = meta.domtype ?? "no-results";
  const evidence = element("span", "aksel-tag aksel-tag--small utp-badge", `Kunnskapsgrunnlag ${(meta.kunnskapsgrunnlag ?? "").replace(/^Nivå/, "nivå")}`);
  evidence.dataset.color = "accent";
  evidence.dataset.variant = "outline";
  badges.append(verdict, evidence);
  li.append(badges);
  // The trial's method can be put beside others on the comparison page.
  if (meta.metode && meta.metodeslug) {
    const compare = element("a", "aksel-link utp-card__compare", `Legg til ${meta.metode} i sammenligning`);
    compare.href = urls.compare([], meta.metodeslug);
    const p = element("p", "aksel-body-short aksel-body-short--small");
    p.append(compare);
    li.append(p);
  }
  return li;
}
