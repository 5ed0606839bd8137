/**
 * The texts a redaction removes wherever they stand. Blanking a field is not enough: the value it held also
 * stands in the trial's address (a slug made from the title), in the notices sent about it (their subjects
 * and titles, an e-mail sent to the address), in the conversation with the office and in links. So the values
 * of the redacted fields, as every kept version held them, become terms, and every string of every item of the
 * trial has each term replaced in every form it can take there: as written, in any case, slugified,
 * percent-encoded and, for an e-mail address, its local part.
 */
import { slugify } from "../slug.ts";
import { containsIdentityNumber, replaceIdentityNumbers } from "./identity-number.ts";
import { FORMAT_PLACEHOLDERS, isStructural as isStructuralKey, REDACTED } from "./redaction.ts";

/** Shorter forms are left alone: replacing every "ola" or "no" would blank half the text. */
const MIN_TERM_LENGTH = 3;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Every form of one redacted value that can stand in stored text. */
export function termForms(value: string): string[] {
  const text = value.trim();
  if (text.length < MIN_TERM_LENGTH || text.includes(REDACTED) || (FORMAT_PLACEHOLDERS as readonly string[]).includes(text)) return [];
  const forms = new Set([text, encodeURIComponent(text), encodeURIComponent(text).replaceAll("%20", "+")]);
  const slug = slugify(text);
  if (slug !== "utproving") forms.add(slug);
  if (EMAIL.test(text)) {
    const local = text.slice(0, text.lastIndexOf("@"));
    forms.add(local);
    forms.add(encodeURIComponent(local));
    const localSlug = slugify(local);
    if (localSlug !== "utproving") forms.add(localSlug);
  }
  return [...forms].filter((form) => form.length >= MIN_TERM_LENGTH);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export interface TermRules {
  /** Replaces every form of every term in one string; undefined when there are no terms. */
  readonly pattern?: RegExp | undefined;
  /** Whether identity numbers are replaced too. */
  readonly identityNumbers: boolean;
  /** Replacements made before the terms: an old address by the new one, so links keep working. */
  readonly renames: readonly (readonly [from: string, to: string])[];
}

/** The rules for a set of redacted values (duplicates and short values are dropped). */
export function termRules(values: Iterable<string>, identityNumbers: boolean, renames: TermRules["renames"] = []): TermRules {
  const forms = new Set<string>();
  for (const value of values) for (const form of termForms(value)) forms.add(form);
  // Longest first, so an e-mail address goes whole before its local part.
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  return { pattern: sorted.length > 0 ? new RegExp(sorted.map(escape).join("|"), "giu") : undefined, identityNumbers, renames };
}

/** One string with the rules applied. */
export function redactString(text: string, rules: TermRules): string {
  let out = text;
  for (const [from, to] of rules.renames) if (from !== to) out = out.replaceAll(from, to);
  if (rules.pattern) out = out.replace(rules.pattern, REDACTED);
  if (rules.identityNumbers && containsIdentityNumber(out)) out = replaceIdentityNumbers(out, REDACTED);
  return out;
}

/** Whether one string holds a term (or, when asked, an identity number). */
export function holdsTerm(text: string, rules: TermRules): boolean {
  return redactString(text, { ...rules, renames: [] }) !== text;
}

/** Every non-structural string under a value with the rules applied; counts the strings that changed. */
export function redactDeep(value: unknown, rules: TermRules, counter: { n: number } = { n: 0 }, key = ""): unknown {
  if (typeof value === "string") {
    if (isStructuralKey(key)) return value;
    const out = redactString(value, rules);
    if (out !== value) counter.n++;
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, rules, counter, key));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, rules, counter, k)]));
  }
  return value;
}

/** The strings at a pointer in a value (every string under it), as they were before the redaction. */
export function stringsAt(root: unknown, pointer: string): string[] {
  let node = root;
  for (const step of pointer
    .split("/")
    .slice(1)
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"))) {
    if (node === null || typeof node !== "object") return [];
    node = (node as Record<string, unknown>)[step];
  }
  const found: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === "string") {
      if (!isStructuralKey(key)) found.push(value);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(node, "");
  return found;
}
