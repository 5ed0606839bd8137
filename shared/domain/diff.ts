import { toPointer } from "./errors.ts";

export interface FieldChange {
  /** JSON pointer into the trial's content. */
  readonly pointer: string;
  readonly before: unknown;
  readonly after: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isPrimitiveList = (v: unknown): v is unknown[] => Array.isArray(v) && v.every((x) => !isObject(x) && !Array.isArray(x));

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields that differ between two versions of a trial's content, so a curator reviews only what
 * changed. Lists of codes change as a whole; lists of records (partners, measures …) item by item.
 */
export function diffContent(before: unknown, after: unknown, path: (string | number)[] = []): FieldChange[] {
  if (same(before, after)) return [];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diffContent(before[k], after[k], [...path, k]));
  }
  if (Array.isArray(before) && Array.isArray(after) && !isPrimitiveList(before) && !isPrimitiveList(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => diffContent(before[i], after[i], [...path, i])).flat();
  }
  return [{ pointer: toPointer(path), before: before ?? null, after: after ?? null }];
}
