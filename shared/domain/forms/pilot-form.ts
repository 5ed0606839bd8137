import type { DerivedDef, FieldDef, ListDef, Requirement, StepDef, StepItem } from "./field-types.ts";
import type { Publish } from "./publish.ts";
import { CONTENT_OUTSIDE_FORM, STEPS } from "./steps.ts";

/**
 * The registration form as data, and the registry of a trial's fields: its steps (declared in steps.ts), every
 * field's label, help text, whether it must be filled in at submit, and whether and how it is published
 * (`public`, see publish.ts), with the lookups over them. The form, the summary step, the curator's review page,
 * the public projection, the trial page, the open data and the search records all read this module, so a field
 * is declared once. Paths are dotted paths into the trial's content (`period.start`).
 */

export type { DerivedDef, FieldDef, FieldKind, ListDef, Requirement, StepDef, StepItem } from "./field-types.ts";

export { CONTENT_OUTSIDE_FORM, STEPS } from "./steps.ts";

/** The last step: everything at once, with a change link per step. */
export const SUMMARY_STEP = { key: "oppsummering", title: "Se over og send inn" } as const;

export const OPTIONAL_MARK = "(valgfritt)";

export const isField = (item: StepItem): item is FieldDef =>
  item.kind !== "list" && item.kind !== "heading" && item.kind !== "intro" && item.kind !== "derived";
export const isDerived = (item: StepItem): item is DerivedDef => item.kind === "derived";
export const isList = (item: StepItem): item is ListDef => item.kind === "list";

/** The label as the form shows it: optional fields say so, as Aksel recommends. */
export function shownLabel(def: { label: string; requirement: Requirement }): string {
  return def.requirement === "optional" ? `${def.label} ${OPTIONAL_MARK}` : def.label;
}

/** The form field's HTML id for a content path: `partners.0.name` → `f-partners-0-name`. */
export function fieldId(path: string): string {
  return `f-${path.replaceAll(".", "-") || "root"}`;
}

export function listItemPath(list: string, index: number, field: string): string {
  return field ? `${list}.${index}.${field}` : `${list}.${index}`;
}

export interface Located {
  readonly step: StepDef;
  readonly stepIndex: number;
  /** The field or list the path belongs to. */
  readonly def: FieldDef | ListDef;
  /** The list row's field, when the path points into a list row. */
  readonly itemField?: FieldDef;
  readonly index?: number;
  /** A Norwegian label for the path, e.g. "Samarbeidspartner 2: Navn". */
  readonly label: string;
}

/**
 * Finds the field a content path belongs to (dotted or JSON pointer). The path may go deeper than a field
 * (a list's row, an object's part): the nearest field that holds it answers.
 */
export function locate(path: string): Located | undefined {
  const dotted = path.startsWith("/")
    ? path
        .slice(1)
        .split("/")
        .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"))
        .join(".")
    : path;
  let best: Located | undefined;
  STEPS.forEach((step, stepIndex) => {
    for (const item of step.items) {
      if (isField(item) && (dotted === item.name || dotted.startsWith(`${item.name}.`))) {
        if (!best || item.name.length > best.def.name.length) best = { step, stepIndex, def: item, label: item.label };
      }
      if (isList(item) && (dotted === item.name || dotted.startsWith(`${item.name}.`))) {
        const rest = dotted.slice(item.name.length + 1);
        const [indexText, ...tail] = rest ? rest.split(".") : [];
        const index = indexText !== undefined && /^\d+$/.test(indexText) ? Number(indexText) : undefined;
        const fieldPath = tail.join(".");
        const itemField =
          index === undefined
            ? undefined
            : (item.fields.find((x) => x.name === fieldPath) ??
              item.fields.find((x) => x.name !== "" && fieldPath.startsWith(`${x.name}.`)) ??
              (fieldPath === "" ? item.fields.find((x) => x.name === "") : undefined));
        const rowLabel = index === undefined ? item.label : `${item.itemLabel} ${index + 1}`;
        const label = itemField && itemField.name !== "" ? `${rowLabel}: ${itemField.label}` : rowLabel;
        if (!best || item.name.length >= best.def.name.length)
          best = { step, stepIndex, def: item, ...(itemField ? { itemField } : {}), ...(index !== undefined ? { index } : {}), label };
      }
    }
  });
  return best;
}

/** Every field's path in a step, for validating just that step (list names stand for their rows). */
export function stepPaths(step: StepDef): string[] {
  return step.items.filter((i): i is FieldDef | ListDef => isField(i) || isList(i)).map((i) => i.name);
}

/** The fields a reader sees, in form order (the review page and the trial page walk these). */
export function allFields(): { step: StepDef; def: FieldDef | ListDef }[] {
  return STEPS.flatMap((step) => step.items.filter((i): i is FieldDef | ListDef => isField(i) || isList(i)).map((def) => ({ step, def })));
}

/** Every top-level field and list of a trial's content: the form's, in form order, then the rest. */
export function registryFields(): (FieldDef | ListDef)[] {
  return [...allFields().map(({ def }) => def), ...CONTENT_OUTSIDE_FORM];
}

/** A field or list with its publishing entry: the ones the public projection copies. */
export type PublicFieldDef = (FieldDef | ListDef) & { readonly public: Publish };

/** The public fields, in registry order. */
export function publicFields(): PublicFieldDef[] {
  return registryFields().filter((def): def is PublicFieldDef => Boolean(def.public));
}

/** The label for a content path, for messages; the path itself only when no field holds it. */
export function labelForPath(path: string): string {
  return locate(path)?.label ?? path;
}

/** Looks a field definition up by its full path (`cost.staffYears`), for pages that show one field. */
export function fieldDef(path: string): FieldDef | undefined {
  const located = locate(path);
  if (!located) return undefined;
  if (located.itemField) return located.itemField;
  return isField(located.def) && located.def.name === path ? located.def : undefined;
}
