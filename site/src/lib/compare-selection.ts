/**
 * Which methods the comparison page shows, read from its address: `?metoder=a,b,c` (two to four method slugs),
 * and `?leggtil=d` to add one to the reader's current selection (kept in the browser). Pure functions, so
 * the page's script and the tests share them.
 */

export const MIN_METHODS = 2;
export const MAX_METHODS = 4;
export const SELECTION_PARAM = "metoder";
export const ADD_PARAM = "leggtil";

export interface Selection {
  /** Known methods to compare, in the order given, without repeats, at most four. */
  readonly slugs: readonly string[];
  /** Slugs no method has, as given. */
  readonly unknown: readonly string[];
  /** Known methods beyond the fourth, left out. */
  readonly overflow: readonly string[];
}

function splitSlugs(values: readonly string[]): string[] {
  return values
    .flatMap((v) => v.split(","))
    .map((s) => s.trim().toLocaleLowerCase("nb"))
    .filter((s) => s.length > 0);
}

/**
 * The selection from an address's query: the slugs of `metoder` (or, when the address has none, the ones
 * kept from before), then `leggtil`. A slug of a merged method becomes the method it was merged into.
 */
export function parseSelection(
  search: string,
  known: ReadonlySet<string>,
  options: { moved?: ReadonlyMap<string, string>; stored?: readonly string[] } = {},
): Selection {
  const params = new URLSearchParams(search);
  const given = params.has(SELECTION_PARAM) ? splitSlugs(params.getAll(SELECTION_PARAM)) : splitSlugs(options.stored ?? []);
  const all = [...given, ...splitSlugs(params.getAll(ADD_PARAM))].map((s) => options.moved?.get(s) ?? s);
  const unique = [...new Set(all)];
  const found = unique.filter((s) => known.has(s));
  return { slugs: found.slice(0, MAX_METHODS), unknown: unique.filter((s) => !known.has(s)), overflow: found.slice(MAX_METHODS) };
}

/** Adds a method at the end, unless it is there already or the selection is full. */
export function addMethod(slugs: readonly string[], slug: string): readonly string[] {
  return slugs.includes(slug) || slugs.length >= MAX_METHODS ? slugs : [...slugs, slug];
}

export function removeMethod(slugs: readonly string[], slug: string): readonly string[] {
  return slugs.filter((s) => s !== slug);
}

/** The address's query for a selection: `?metoder=a,b` (commas as they are, so the address reads well). */
export function selectionSearch(slugs: readonly string[]): string {
  return slugs.length > 0 ? `?${SELECTION_PARAM}=${slugs.map(encodeURIComponent).join(",")}` : "";
}

/** "A", "A og B", "A, B og C". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`;
}

/** What the reader is told about a selection; empty when it can be compared as it is. */
export function selectionMessages(selection: Selection, nameOf: (slug: string) => string): string[] {
  const messages: string[] = [];
  if (selection.unknown.length > 0) {
    const quoted = listText(selection.unknown.map((s) => `«${s}»`));
    messages.push(selection.unknown.length === 1 ? `Vi fant ingen metode som heter ${quoted}.` : `Vi fant ingen metoder som heter ${quoted}.`);
  }
  if (selection.overflow.length > 0) {
    messages.push(`Du kan sammenligne høyst fire metoder om gangen. Disse ble ikke tatt med: ${listText(selection.overflow.map(nameOf))}.`);
  }
  if (selection.slugs.length === 0) messages.push("Velg minst to metoder for å sammenligne dem.");
  else if (selection.slugs.length < MIN_METHODS) messages.push(`Du har valgt én metode, ${nameOf(selection.slugs[0]!)}. Velg minst én til for å sammenligne.`);
  return messages;
}
