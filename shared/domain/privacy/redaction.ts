/**
 * Redaction: removing personal data that got into a trial by mistake, from the record and from every kept
 * revision, the public record and the curators' requests. The one exception to "nothing is deleted".
 *
 * What is removed is replaced by "[fjernet]" (or, where a field's format cannot hold that text, by a
 * placeholder the format accepts, or the optional field is left out), so that every item still reads as a
 * valid record. The history gets an entry saying who redacted, when and why — never what.
 */
import * as z from "zod/mini";
import { containsIdentityNumber, replaceIdentityNumbers } from "./identity-number.ts";

export const REDACTED = "[fjernet]";

/** A JSON pointer into a trial's content, e.g. `/summary` or `/partners/0/name`. */
const ContentPointer = z
  .string()
  .check(
    z.maxLength(200),
    z.regex(/^(?:\/(?:[a-zA-Z]{1,40}|\d{1,3})){1,6}$/, { error: "Skriv feltet som en peker i innholdet, for eksempel /summary eller /partners/0/name" }),
  );

export const RedactBodySchema = z
  .strictObject({
    /** Fields of the content to blank out, in the current record, every revision and the public record. */
    fields: z.optional(z.array(ContentPointer).check(z.maxLength(100))),
    /** Replace every identity number found anywhere in the trial's items. */
    identityNumbers: z.optional(z.boolean()),
    /** Why: kept in the history (the what is not). */
    reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)),
  })
  .check(
    z.refine((b) => (b.fields?.length ?? 0) > 0 || b.identityNumbers === true, {
      error: "Velg felt som skal sladdes, eller sladd alle fødselsnumre",
      path: ["fields"],
    }),
  );
export type RedactBody = z.infer<typeof RedactBodySchema>;

export interface RedactionSpec {
  readonly fields: readonly string[];
  readonly identityNumbers: boolean;
}

/** Keys whose values are ids, timestamps or codes: never personal data, and never rewritten. */
const STRUCTURAL_KEYS = new Set([
  "id",
  "pilotId",
  "replicatesPilotId",
  "officeId",
  "county",
  "state",
  "entity",
  "version",
  "publishedVersion",
  "sub",
  "kind",
  "type",
  "unit",
  "measureCode",
  "outcome",
  "source",
  "direction",
  "action",
  "status",
  "decision",
  "eventKey",
  "role",
  "rhythm",
  "messageId",
]);
export const isStructural = (key: string) => STRUCTURAL_KEYS.has(key) || /At$/.test(key);

function pointerSteps(pointer: string): string[] {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** Every string under a value replaced by "[fjernet]"; counts how many were. */
function blank(value: unknown, counter: { n: number }): unknown {
  if (typeof value === "string") {
    counter.n++;
    return REDACTED;
  }
  if (Array.isArray(value)) return value.map((v) => blank(v, counter));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isStructural(k) ? v : blank(v, counter)]));
  }
  return value;
}

/** A copy of `root` with the value at `steps` blanked; undefined steps leave it as it is. */
function blankAt(root: unknown, steps: readonly string[], counter: { n: number }): unknown {
  if (steps.length === 0) return blank(root, counter);
  if (root === null || typeof root !== "object") return root;
  const [head, ...rest] = steps as [string, ...string[]];
  if (Array.isArray(root)) {
    const index = Number(head);
    if (!Number.isInteger(index) || index < 0 || index >= root.length) return root;
    return root.map((v, i) => (i === index ? blankAt(v, rest, counter) : v));
  }
  const record = root as Record<string, unknown>;
  if (!(head in record)) return root;
  return { ...record, [head]: blankAt(record[head], rest, counter) };
}

/** Every identity number in every non-structural string replaced by "[fjernet]". */
function scrub(value: unknown, counter: { n: number }, key = ""): unknown {
  if (typeof value === "string") {
    if (isStructural(key) || !containsIdentityNumber(value)) return value;
    counter.n++;
    return replaceIdentityNumbers(value, REDACTED);
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v, counter, key));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, counter, k)]));
  }
  return value;
}

/**
 * The content (of a record, a revision's snapshot, or the public record, whose fields mirror the content's)
 * with the chosen fields blanked and, when asked, every identity number replaced. `changed` counts the
 * strings that were rewritten.
 */
export function redactContent(content: unknown, spec: RedactionSpec): { content: unknown; changed: number } {
  const counter = { n: 0 };
  let out = content;
  for (const pointer of spec.fields) out = blankAt(out, pointerSteps(pointer), counter);
  if (spec.identityNumbers) out = scrub(out, counter);
  return { content: out, changed: counter.n };
}

/** Free text outside the content (notes, comments, reasons): blanked when asked by field, scrubbed of identity numbers. */
export function redactText(text: string | undefined, spec: RedactionSpec): { text: string | undefined; changed: boolean } {
  if (text === undefined || !spec.identityNumbers || !containsIdentityNumber(text)) return { text, changed: false };
  return { text: replaceIdentityNumbers(text, REDACTED), changed: true };
}

/**
 * Placeholders for fields whose format cannot hold "[fjernet]": ids and slugs, e-mail addresses, links.
 * Tried in order when a redacted value does not fit its field; an optional field that fits none is left out.
 */
export const FORMAT_PLACEHOLDERS = ["fjernet", "fjernet@fjernet.invalid", "https://fjernet.invalid/"] as const;

/**
 * Makes a redacted value fit its schema again: for every issue the schema reports at a rewritten string, the
 * string is replaced by a placeholder the field accepts, or the field is left out (an optional property, or an
 * element of a list). Gives up after a bounded number of rounds and returns what it has.
 */
export function fitToSchema(value: unknown, schema: z.core.$ZodType, rounds = 8): unknown {
  let current = value;
  for (let round = 0; round < rounds; round++) {
    const result = z.safeParse(schema, current);
    if (result.success) return current;
    let fixed = false;
    for (const issue of result.error.issues) {
      const path = issue.path.map((p) => (typeof p === "number" ? p : String(p)));
      const found = valueAt(current, path);
      if (typeof found !== "string" || !(found === REDACTED || found.includes(REDACTED) || (FORMAT_PLACEHOLDERS as readonly string[]).includes(found)))
        continue;
      const nextPlaceholder = FORMAT_PLACEHOLDERS[(FORMAT_PLACEHOLDERS as readonly string[]).indexOf(found) + 1];
      current = nextPlaceholder !== undefined ? setAt(current, path, nextPlaceholder) : removeAt(current, path);
      fixed = true;
    }
    if (!fixed) return current;
  }
  return current;
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const step of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

function setAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(root)) return root.map((v, i) => (i === Number(head) ? setAt(v, rest, value) : v));
  const record = (root ?? {}) as Record<string, unknown>;
  return { ...record, [head]: setAt(record[head], rest, value) };
}

function removeAt(root: unknown, path: readonly (string | number)[]): unknown {
  if (path.length === 0) return undefined;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(root)) {
    if (rest.length === 0) return root.filter((_, i) => i !== Number(head));
    return root.map((v, i) => (i === Number(head) ? removeAt(v, rest) : v));
  }
  const record = (root ?? {}) as Record<string, unknown>;
  if (rest.length === 0) {
    const { [head]: _removed, ...others } = record;
    return others;
  }
  return { ...record, [head]: removeAt(record[head], rest) };
}
