import { diffContent } from "../diff.ts";
import { formatValue, type Names } from "./format.ts";
import { getAt } from "./form-values.ts";
import { allFields, isField, locate } from "./pilot-form.ts";

const ORDER = new Map(allFields().map(({ def }, i) => [def.name, i]));

/** One changed field between two versions, labelled and formatted for a reader. */
export interface FieldChangeView {
  /** Dotted path of the field (for a list row's field: `partners.0.name`). */
  readonly path: string;
  /** The field or list the change belongs to (`partners`), to highlight it in the content. */
  readonly field: string;
  readonly label: string;
  readonly stepIndex: number;
  readonly before: string;
  readonly after: string;
}

function show(path: string, value: unknown, names: Names): string {
  if (value === undefined || value === null) return "";
  const located = locate(path);
  const def = located?.itemField ?? (located && isField(located.def) ? located.def : undefined);
  if (def) return formatValue(def, value, names);
  if (typeof value === "object") return "";
  return String(value);
}

/**
 * The fields that differ between two versions of a trial's content, one entry per field (a list row's
 * fields one by one), in the form's order. Internal ids (a planned outcome's id) are left out.
 */
export function fieldChanges(before: unknown, after: unknown, names: Names = {}): FieldChangeView[] {
  const out: FieldChangeView[] = [];
  for (const change of diffContent(before ?? {}, after ?? {})) {
    const path = change.pointer.replace(/^\//, "").split("/").join(".");
    const located = locate(path);
    if (!located) continue;
    if (located.itemField?.kind === "hidden") continue;
    // A whole row added or removed: one entry per field it holds.
    if (located.def.kind === "list" && !located.itemField && located.index !== undefined && located.def.fields.some((f) => f.name !== "")) {
      for (const f of located.def.fields) {
        if (f.kind === "hidden") continue;
        const b = getAt(change.before, f.name);
        const a = getAt(change.after, f.name);
        if (b === undefined && a === undefined) continue;
        const fieldPath = `${path}.${f.name}`;
        out.push({
          path: fieldPath,
          field: located.def.name,
          label: `${located.label}: ${f.label}`,
          stepIndex: located.stepIndex,
          before: show(fieldPath, b, names),
          after: show(fieldPath, a, names),
        });
      }
      continue;
    }
    out.push({
      path,
      field: located.def.name,
      label: located.label,
      stepIndex: located.stepIndex,
      before: show(path, change.before, names),
      after: show(path, change.after, names),
    });
  }
  const rank = (c: FieldChangeView) => ORDER.get(c.field) ?? 999;
  return out
    .map((c, i) => ({ c, i }))
    .sort((x, y) => rank(x.c) - rank(y.c) || x.i - y.i)
    .map(({ c }) => c);
}
