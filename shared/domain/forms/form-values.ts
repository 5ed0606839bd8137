import { parseNumberInput, type NumberKind } from "./number-input.ts";
import { locate } from "./pilot-form.ts";

/**
 * The form holds what the user typed (numbers as text, "1,5"); the API holds the trial's content (1.5).
 * These two functions convert between them, so the same zod schemas validate both the form and the API.
 */
export type FormValues = Record<string, unknown>;

const NUMERIC: Record<string, NumberKind> = { integer: "integer", nok: "integer", decimal: "decimal" };

function numberKindOf(path: string): NumberKind | undefined {
  const located = locate(path);
  const kind = located?.itemField?.kind ?? (located && "name" in located.def && located.def.name === path ? located.def.kind : undefined);
  return kind === undefined ? undefined : NUMERIC[kind];
}

/**
 * "1 400 000 kr" → 1400000, "1,5" → 1.5; text that is no number stays text, so the schema names the field
 * ("Skriv bare et tall …") and nothing computes with it.
 */
export function parseNumber(raw: string, kind: NumberKind = "decimal"): number | string | undefined {
  const parsed = parseNumberInput(raw, kind);
  return parsed.ok ? parsed.value : raw;
}

/** Removes empty strings, undefined, empty objects and empty lists, so the schema sees only what was given. */
export function prune(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (p !== undefined) out[k] = p;
    }
    return Object.keys(out).length ? out : undefined;
  }
  if (typeof value === "string" && value.trim() === "") return undefined;
  return value;
}

function walk(value: unknown, path: string, leaf: (v: unknown, path: string) => unknown): unknown {
  if (Array.isArray(value)) return value.map((v, i) => walk(v, path ? `${path}.${i}` : String(i), leaf));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, path ? `${path}.${k}` : k, leaf)]));
  }
  return leaf(value, path);
}

/** The trial's content as form values: numbers written the Norwegian way. */
export function toFormValues(content: unknown): FormValues {
  const out = walk(content ?? {}, "", (v) => (typeof v === "number" ? String(v).replace(".", ",") : v));
  return (out && typeof out === "object" ? out : {}) as FormValues;
}

/**
 * Form values as the trial's content: numbers parsed, empty fields and rows left out. List rows that are
 * entirely empty disappear, and their position is kept only for rows with something in them.
 */
export function toContent(values: FormValues): Record<string, unknown> {
  const parsed = walk(values, "", (v, path) => {
    const kind = typeof v === "string" ? numberKindOf(path) : undefined;
    return kind && typeof v === "string" ? parseNumber(v, kind) : v;
  });
  return (prune(parsed) as Record<string, unknown> | undefined) ?? {};
}

/** Reads a dotted path. */
export function getAt(source: unknown, path: string): unknown {
  let node: unknown = source;
  for (const part of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Writes a dotted path, making the objects on the way; an undefined value writes nothing. */
export function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  if (value === undefined) return;
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    node = (next !== null && typeof next === "object" ? next : (node[part] = {})) as Record<string, unknown>;
  }
  node[parts.at(-1) as string] = value;
}
