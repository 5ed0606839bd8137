import type * as z from "zod/mini";

/**
 * Parses an item read back from the table. Data written before today's text guard may hold what the guard
 * now refuses (an identity number that slipped in); such a record must still be readable, so that a curator
 * can find and redact it. Issues raised only by the text guard are therefore accepted on read; any other
 * mismatch throws as before.
 */
export function parseStored<T extends z.ZodMiniType>(schema: T, data: unknown): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  if (onlyTextGuardIssues(result.error)) return data as z.infer<T>;
  throw result.error;
}

/**
 * A record read back on the hot read paths (one trial, an office's list), taken as it was written. Every write
 * of such a record parses it through its schema first (`PilotRepository.create` and `commit`, the redaction's
 * transaction), so parsing it again on each read only repeats that work: for a trial it walks every field and
 * runs the text guard over every string, which was the largest share of a read's time. Only the item's shape
 * is checked, so that an item that is not a record at all still fails here instead of further on.
 */
export function storedRecord<T extends object>(data: unknown): T {
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new TypeError("The stored item holds no record");
  return data as T;
}

/** True when every issue comes from the text guard (see `shared/domain/fields.ts`). */
export function onlyTextGuardIssues(error: z.core.$ZodError): boolean {
  return error.issues.every((issue) => issue.code === "custom" && typeof (issue as { params?: { privacy?: unknown } }).params?.privacy === "string");
}
