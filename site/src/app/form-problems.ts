import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/**
 * The API's refusals back on a form's fields. A 422 answers with Problem Details whose `errors` name each field
 * by a JSON pointer into the request body (`/reason`, `/content/contact/email`); react-hook-form names the same
 * field by a dotted path (`reason`, `contact.email`). This module turns the one into the other and sets the
 * message on the field, so the API's Norwegian message appears where the schema's own would.
 */

export interface FieldProblem {
  /** JSON pointer into the request (RFC 6901). */
  readonly pointer: string;
  readonly message: string;
}

/**
 * Which pointers a form shows at a field: a list of the form's field paths (a pointer at or under one of them lands
 * on it), or a map from the body's dotted path to the form's field (when the form names it otherwise). Leave it
 * out to take every pointer as the form's own path.
 */
export type FieldPaths<T extends FieldValues> = readonly Path<T>[] | Readonly<Partial<Record<string, Path<T>>>>;

/** `/outcomes/0/value` → `outcomes.0.value`, with `~1` and `~0` read back as `/` and `~`. */
export function pointerToPath(pointer: string): string {
  return pointer
    .replace(/^\//, "")
    .split("/")
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"))
    .join(".");
}

/** The form field a body path belongs to: the path itself, else the longest field it lies under (`aliases.0` → `aliases`). */
export function fieldFor<P extends string>(path: string, fieldPaths: readonly P[]): P | undefined {
  let best: P | undefined;
  for (const field of fieldPaths) {
    if ((path === field || path.startsWith(`${field}.`)) && (best === undefined || field.length > best.length)) best = field;
  }
  return best;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** The field errors of a refusal: a thrown `ApiError` (its `problem`) or the Problem Details themselves. */
export function fieldProblems(problem: unknown): FieldProblem[] {
  const body = isRecord(problem) && isRecord(problem.problem) ? problem.problem : problem;
  if (!isRecord(body) || !Array.isArray(body.errors)) return [];
  return body.errors.filter((e): e is FieldProblem => isRecord(e) && typeof e.pointer === "string" && typeof e.message === "string" && e.message !== "");
}

function formPath<T extends FieldValues>(pointer: string, fieldPaths: FieldPaths<T> | undefined): Path<T> | undefined {
  const path = pointerToPath(pointer);
  if (path === "") return undefined;
  if (fieldPaths === undefined) return path as Path<T>;
  if (Array.isArray(fieldPaths)) return fieldFor(path, fieldPaths as readonly Path<T>[]);
  return (fieldPaths as Readonly<Partial<Record<string, Path<T>>>>)[path];
}

/**
 * Sets the field errors of a refusal (`problem`: the caught error or its Problem Details) on the form with
 * `setError`, type `"server"`, one message per field, and moves focus to the first of them. Returns true when the
 * refusal named fields and every one of them found its field; false tells the caller to show the refusal some
 * other way (its `detail`), so that no message is lost.
 */
export function applyProblem<T extends FieldValues>(problem: unknown, setError: UseFormSetError<T>, fieldPaths?: FieldPaths<T>): boolean {
  const problems = fieldProblems(problem);
  const seen = new Set<string>();
  let placed = 0;
  for (const { pointer, message } of problems) {
    const path = formPath(pointer, fieldPaths);
    if (path === undefined) continue;
    placed++;
    if (seen.has(path)) continue;
    setError(path, { type: "server", message }, { shouldFocus: seen.size === 0 });
    seen.add(path);
  }
  return problems.length > 0 && placed === problems.length;
}

/** The text to show for a failure that belongs to no field: the API's `detail`, an error's message, or `fallback`. */
export function problemText(error: unknown, fallback: string): string {
  return error instanceof Error && error.message ? error.message : fallback;
}
