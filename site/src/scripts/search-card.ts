import { MEASURE_TYPES, TARGET_GROUPS } from "../../../shared/domain/taxonomy.ts";
import { evidenceText, evidenceVariant, verdictVariant, type CardView } from "../lib/card-view.ts";
import { urls } from "../lib/urls.ts";
import { excerptSegments, highlightSegments, type ExcerptSegment } from "./excerpt.ts";

/**
 * A search result as a card on the search page: the build's card markup filled from Pagefind's data, every
 * text from the index set as text, never as HTML.
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
  const text = segments
    .map((s) => s.text)
    .join("")
    .toLocaleLowerCase("nb");
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
    if (cut !== undefined)
      return [{ text: text.slice(cut).replace(/^[\s.,;:]+/u, ""), marked: false }, ...segments.slice(i + 1)].filter((s) => s.text.length > 0);
  }
  return [...segments];
}

const VERDICT_COLORS = new Set(["success", "warning", "meta-purple", "danger", "info", "neutral"]);
const VERDICT_KINDS = new Set(["worked", "mixed", "not-worked", "harmful", "inconclusive", "no-results"]);

/** A record's card data: the same parts the build gives its cards (lib/card.ts). */
export function cardOf(item: PagefindData): CardView {
  const meta = item.meta;
  const strength = Number(/\d/.exec(meta.kunnskapsgrunnlag ?? "")?.[0] ?? "1");
  const kind = VERDICT_KINDS.has(meta.domtype ?? "") ? (meta.domtype as CardView["verdict"]["kind"]) : "no-results";
  return {
    href: sameSitePath(item.url),
    title: meta.title ?? "Uten tittel",
    facts: [meta.kontor, meta.fylke, meta.periode, meta.status].filter(Boolean).join(" · "),
    snippet: meta.sammendrag,
    verdict: {
      kind,
      label: meta.dom ?? "Ingen resultater ennå",
      color: VERDICT_COLORS.has(meta.domfarge ?? "") ? (meta.domfarge as CardView["verdict"]["color"]) : "neutral",
    },
    evidence: { strength, text: evidenceText(strength, (meta.kunnskapsgrunnlag ?? "").replace(/^Nivå \d+:\s*/u, "")) },
    compare: meta.metode && meta.metodeslug ? { method: meta.metode, href: urls.compare([], meta.metodeslug) } : undefined,
  };
}

function part<T extends HTMLElement>(card: HTMLElement, selector: string): T {
  const el = card.querySelector<T>(selector);
  if (!el) throw new Error(`The card template lacks ${selector}`);
  return el;
}

/**
 * A card filled from its data: a copy of the card the build renders (PilotCard.astro, kept in the page as a
 * `<template>`), every text set as text. `snippet` replaces the summary (the query's words marked).
 */
export function fillCard(template: HTMLTemplateElement, view: CardView, snippet?: { segments: readonly ExcerptSegment[]; results: boolean }): HTMLLIElement {
  const li = template.content.firstElementChild?.cloneNode(true);
  if (!(li instanceof HTMLLIElement)) throw new Error("The card template holds no card");
  delete li.dataset.cardBlank;
  const link = part<HTMLAnchorElement>(li, "[data-card-link]");
  link.textContent = view.title;
  link.href = view.href;
  part(li, "[data-card-facts]").textContent = view.facts;
  const p = part(li, "[data-card-snippet]");
  if (snippet && snippet.segments.length > 0) {
    p.replaceChildren();
    if (snippet.results) p.append(element("span", "utp-excerpt__label", "Resultater: "));
    appendSegments(p, snippet.segments);
  } else if (view.snippet) p.textContent = view.snippet;
  else p.remove();
  const verdict = part(li, "[data-verdict]");
  verdict.dataset.color = view.verdict.color;
  verdict.dataset.variant = verdictVariant(view.verdict.kind);
  verdict.dataset.verdict = view.verdict.kind;
  part(verdict, "[data-badge-text]").textContent = view.verdict.label;
  const evidence = part(li, "[data-evidence]");
  evidence.dataset.variant = evidenceVariant(view.evidence.strength);
  evidence.dataset.evidence = String(view.evidence.strength);
  part(evidence, "[data-badge-text]").textContent = view.evidence.text;
  [...evidence.querySelectorAll(".utp-badge__meter > span")].forEach((dot, i) => dot.classList.toggle("is-on", i < view.evidence.strength));
  const compare = part<HTMLAnchorElement>(li, "[data-card-compare]");
  if (view.compare) {
    compare.textContent = `Legg til ${view.compare.method} i sammenligning`;
    compare.href = view.compare.href;
  } else part(li, "[data-card-compare-row]").remove();
  return li;
}

/** A result as a card: the card of its record, the snippet with the query marked. */
export function resultItem(template: HTMLTemplateElement, item: PagefindData, terms: readonly string[]): HTMLLIElement {
  const meta = item.meta;
  // The snippet: the summary, or the results when only they hold a word of the query.
  const summary = highlightSegments(meta.sammendrag ?? "", terms);
  const resultsText = highlightSegments(meta.resultater ?? "", terms);
  const useResults = terms.length > 0 && !summary.some((s) => s.marked) && resultsText.some((s) => s.marked);
  const fromBody = terms.length > 0 && !summary.some((s) => s.marked) && !useResults ? bodyExcerpt(item) : undefined;
  const segments = useResults ? resultsText : (fromBody ?? summary);
  return fillCard(template, cardOf(item), { segments, results: useResults });
}
