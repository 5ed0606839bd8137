import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";

/** One field error of a refusal: where in the body (JSON Pointer) and what is wrong, in Norwegian. */
interface FieldProblem {
  readonly pointer: string;
  readonly message: string;
}

/** A JSON Pointer (RFC 6901) of a field error as a react-hook-form path: `/evidence/strength` → `evidence.strength`. */
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

/** The field errors of a refusal, given as the Problem Details or as the client's error that carries them. */
function fieldProblems(problem: unknown): FieldProblem[] {
  const details = isRecord(problem) && isRecord(problem.problem) ? problem.problem : problem;
  if (!isRecord(details) || !Array.isArray(details.errors)) return [];
  return details.errors.filter((e): e is FieldProblem => isRecord(e) && typeof e.pointer === "string" && typeof e.message === "string" && e.message !== "");
}

/**
 * Puts the field errors of an API refusal (Problem Details, 422 with pointers) at the form's own fields with
 * `setError`, the first of them focused. `fieldPaths` are the form's field names; an error deeper in the body
 * goes to the field it lies under. Returns true when the refusal named fields and every one found its field;
 * false when the caller must show the refusal's own message (no field errors, or one the form has no field for).
 */
export function applyProblem<T extends FieldValues>(problem: unknown, setError: UseFormSetError<T>, fieldPaths: readonly FieldPath<T>[]): boolean {
  const problems = fieldProblems(problem);
  let placed = 0;
  const seen = new Set<string>();
  for (const { pointer, message } of problems) {
    const field = fieldFor(pointerToPath(pointer), fieldPaths);
    if (field === undefined) continue;
    placed += 1;
    if (seen.has(field)) continue;
    setError(field, { type: "server", message }, { shouldFocus: seen.size === 0 });
    seen.add(field);
  }
  return problems.length > 0 && placed === problems.length;
}
