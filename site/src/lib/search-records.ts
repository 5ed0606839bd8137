import { verdict } from "../../../shared/domain/verdict.ts";
import { synonymMatcher } from "../../../shared/domain/synonyms.ts";
import { formatPeriod } from "../../../shared/domain/public-trial/format.ts";
import type { PublicPilot } from "../../../shared/domain/public-trial/public-pilot.ts";
import { getAt } from "../../../shared/domain/forms/form-values.ts";
import { isList, publicFields, type PublicFieldDef } from "../../../shared/domain/forms/pilot-form.ts";
import { displayKind, type SearchPart } from "../../../shared/domain/forms/publish.ts";
import { labelOf } from "../../../shared/domain/taxonomy.ts";
import { label } from "./labels.ts";
import { filterValues } from "./search-filters.ts";
import { urls } from "./urls.ts";

/**
 * A trial as a Pagefind record: a small HTML document made for the index (not the page itself), so that
 * each part of the trial is indexed with its own weight — the title first, then the method's name and
 * aliases, then the taxonomy labels, then the place, then the body text — plus the filters and what a
 * result shows at a glance. There are no sort keys: the records are added newest first, which is the
 * order Pagefind gives without a query, and the search page orders by evidence with the level filter
 * (the sort data would cost every visitor 35 KB at 10,000 trials before the first result). Words from the synonym list are added to the part that holds
 * one of their group, so either word finds the trial; the group's token lets the search page treat an
 * abbreviation and its long form as the same query.
 */
export interface SearchSection {
  /** Which part of the trial: a key of `SECTION_WEIGHT`, or `synonyms` for the words added to one. */
  readonly part: keyof typeof SECTION_WEIGHT | "synonyms";
  /** Pagefind weight: 1 is body text, 10 the most. */
  readonly weight: number;
  readonly text: string;
}

export interface SearchRecord {
  readonly url: string;
  /** Text parts, the highest weight first. */
  readonly sections: readonly SearchSection[];
  readonly meta: Record<string, string>;
  readonly filters: Record<string, string[]>;
}

export interface RecordContext {
  officeName(id: string): string;
  method(id: string | undefined): { name: string; slug: string; aliases?: readonly string[] | undefined } | undefined;
}

/**
 * Weights of the parts of a record, highest first: what the trial is (title), what it is about (summary and
 * the problem it met), the method, whom it was for (target groups and why it failed), the place, the kinds of
 * measure used (a label many trials share), and the rest of the text.
 */
export const SECTION_WEIGHT = { title: 10, about: 7, method: 6, taxonomy: 5, place: 3, measures: 2, body: 1 } as const;
/**
 * The words of the synonym list added to a part (the other words of a group one of whose words it holds)
 * count this share of the part's weight: a synonym's hit counts a little less than the word itself.
 */
export const SYNONYM_SHARE = 0.8;
/**
 * The meta fields whose words stay searchable (Pagefind 1.6 indexes the text of every meta field, and
 * the site build drops the others' from the index, `search-index-tune.ts`): the title, which Pagefind
 * ranks higher when it holds the whole query, and the verdict, evidence, status and period, which no
 * weighted part holds ("lovende", "avsluttet", "desember"). The other fields repeat text the weighted
 * parts hold (summary, results, method, office, county) or are codes for the card (id, colours).
 */
export const SEARCHABLE_META = ["title", "dom", "kunnskapsgrunnlag", "status", "periode"] as const;
/** How long the snippets a result shows may be (characters). */
const SNIPPET_LENGTH = { summary: 220, results: 160 } as const;

const matcher = synonymMatcher();

function joined(parts: readonly (string | undefined)[], separator = "\n"): string {
  return parts.filter((t): t is string => typeof t === "string" && t.trim().length > 0).join(separator);
}

/** A shortened text ending at a word, with an ellipsis when cut. */
export function shorten(text: string | undefined, max: number): string {
  const clean = (text ?? "").replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const end = cut.lastIndexOf(" ");
  return `${(end > max * 0.6 ? cut.slice(0, end) : cut).replace(/[\s,.;:–-]+$/, "")} …`;
}

/**
 * A part as it is indexed: its text with the tokens of the groups and terms it holds, and beside it (at a
 * little less weight) the other words of those groups with their term tokens.
 */
function withSynonyms(part: SearchSection["part"], weight: number, text: string): SearchSection[] {
  const terms = matcher.termTokens(text);
  const own = { part, weight, text: joined([text, [...matcher.tokens(text), ...terms.present].join(" ")], " \n") };
  const related = joined([matcher.expand(text).join(", "), terms.related.join(" ")], " \n");
  return related ? [own, { part: "synonyms", weight: Math.round(weight * SYNONYM_SHARE * 10) / 10, text: related }] : [own];
}

/**
 * How well documented a trial is (0–5): results, a recipe, lessons, documents, and evidence beyond a
 * description. Among equally good hits the search page puts the better documented first.
 */
export function documented(pilot: PublicPilot): number {
  const lessons = pilot.lessons && Object.values(pilot.lessons).some((v) => typeof v === "string" && v.trim());
  return [pilot.results?.summary, pilot.recipe?.steps?.length, lessons, pilot.documents?.length, pilot.evidence.strength >= 2].filter(Boolean).length;
}

/** Fields a part puts after the others, as the trial page does (what another office needs comes last). */
const LAST_IN_PART: ReadonlySet<string> = new Set(["preconditions"]);

const searchedIn = (part: SearchPart) => {
  const fields = publicFields().filter((def) => def.public.search === part);
  return [...fields.filter((def) => !LAST_IN_PART.has(def.name)), ...fields.filter((def) => LAST_IN_PART.has(def.name))];
};

/** The public fields each part of a record indexes, in form order, from the registry (pilot-form.ts). */
export const SEARCHED: Readonly<Record<SearchPart, readonly PublicFieldDef[]>> = {
  title: searchedIn("title"),
  about: searchedIn("about"),
  taxonomy: searchedIn("taxonomy"),
  measures: searchedIn("measures"),
  body: searchedIn("body"),
};

/** How the fields of a part are joined: labels as sentences, text as paragraphs. */
const PART_SEPARATOR: Record<SearchPart, string> = { title: " ", about: "\n", taxonomy: ". ", measures: ". ", body: "\n" };

/** A field's words for the index: labels for codes, a list's texts one after another. */
function searchText(def: PublicFieldDef, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const term = (code: unknown) => (!isList(def) && def.options ? labelOf(def.options, String(code)) : String(code));
  switch (displayKind(def)) {
    case "term":
      return term(value);
    case "terms":
      return (value as unknown[]).map(term).join(". ");
    case "list":
      return (value as unknown[])
        .map((item) =>
          typeof item === "object" && item
            ? Object.values(item)
                .filter((v) => typeof v === "string")
                .join(" ")
            : String(item),
        )
        .join(" ");
    default:
      return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
  }
}

export function searchRecord(pilot: PublicPilot, context: RecordContext): SearchRecord {
  const office = context.officeName(pilot.officeId);
  const method = context.method(pilot.methodId);
  const v = verdict({ outcome: pilot.results?.outcome, evidence: pilot.evidence });
  const evidence = `Nivå ${pilot.evidence.strength}: ${label.evidence(pilot.evidence.strength, pilot.evidence.direction)}`;
  const registered = (part: SearchPart) =>
    joined(
      SEARCHED[part].map((def) => searchText(def, getAt(pilot, def.name))),
      PART_SEPARATOR[part],
    );
  const parts: { part: keyof typeof SECTION_WEIGHT; text: string }[] = [
    { part: "title", text: registered("title") },
    { part: "about", text: registered("about") },
    { part: "method", text: joined([method?.name, ...(method?.aliases ?? [])], ". ") },
    { part: "taxonomy", text: registered("taxonomy") },
    { part: "place", text: joined([office, label.county(pilot.county), ...pilot.partners.map((p) => p.name)], ". ") },
    { part: "measures", text: registered("measures") },
    { part: "body", text: registered("body") },
  ];
  const sections = parts
    .filter((p) => p.text.length > 0)
    .flatMap((p) => withSynonyms(p.part, SECTION_WEIGHT[p.part], p.text))
    .sort((a, b) => b.weight - a.weight);
  const summary = shorten(pilot.summary ?? pilot.need ?? pilot.methodDescription, SNIPPET_LENGTH.summary);
  const resultsText = shorten(pilot.results?.summary, SNIPPET_LENGTH.results);
  return {
    url: urls.pilot(pilot),
    sections,
    meta: {
      id: pilot.id,
      title: pilot.title,
      kontor: office,
      fylke: label.county(pilot.county),
      periode: formatPeriod(pilot.period),
      ...(pilot.trialStatus ? { status: label.status(pilot.trialStatus) } : {}),
      dom: v.label,
      domtype: v.kind,
      domfarge: v.color,
      kunnskapsgrunnlag: evidence,
      ...(method ? { metode: method.name, metodeslug: method.slug } : {}),
      ...(pilot.period?.start ? { start: pilot.period.start.slice(0, 4) } : {}),
      dokumentert: String(documented(pilot)),
      ...(summary ? { sammendrag: summary } : {}),
      ...(resultsText ? { resultater: resultsText } : {}),
    },
    filters: Object.fromEntries(Object.entries(filterValues(pilot)).filter(([, values]) => values.length > 0)),
  };
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * The record as the HTML document Pagefind indexes: weighted parts as text, and the meta and filters in
 * an ignored block, so they are read as data without becoming searchable text twice.
 */
export function recordHtml(record: SearchRecord): string {
  const parts = record.sections.map((s) => `<p data-pagefind-weight="${s.weight}">${escapeHtml(s.text)}</p>`);
  const meta = Object.entries(record.meta).map(([key, value]) => `<span data-pagefind-meta="${escapeHtml(key)}">${escapeHtml(value)}</span>`);
  const filters = Object.entries(record.filters).flatMap(([key, values]) =>
    values.map((v) => `<span data-pagefind-filter="${escapeHtml(key)}">${escapeHtml(v)}</span>`),
  );
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${escapeHtml(record.meta.title ?? "")}</title></head><body>${parts.join("")}<div data-pagefind-ignore>${[...meta, ...filters].join("")}</div></body></html>`;
}
