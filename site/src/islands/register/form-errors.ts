import type { FieldErrors } from "react-hook-form";
import { allFields, locate } from "../../../../shared/domain/forms/pilot-form.ts";

export interface ShownError {
  readonly path: string;
  readonly message: string;
  readonly label: string;
  readonly stepIndex: number;
}

const ORDER = new Map(allFields().map(({ def }, i) => [def.name, i]));

/** react-hook-form's nested errors as one list in the form's order, each named by its field's label. */
export function flattenErrors(errors: FieldErrors): ShownError[] {
  const out: ShownError[] = [];
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== "object") return;
    const message = (node as { message?: unknown }).message;
    if (typeof message === "string" && message) {
      const located = locate(path);
      out.push({ path, message, label: located?.label ?? path, stepIndex: located?.stepIndex ?? 0 });
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === "message" || key === "type" || key === "ref" || key === "types" || key === "root") continue;
      walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(errors, "");
  const rank = (e: ShownError) => {
    const located = locate(e.path);
    return [e.stepIndex, ORDER.get(located?.def.name ?? "") ?? 999, located?.index ?? -1] as const;
  };
  return out.sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

/** The element that takes focus for a field's error: the control itself, or the first input of a group. */
export function focusField(id: string): boolean {
  const node = document.getElementById(id);
  if (!node) return false;
  const target = node.tagName === "FIELDSET" || node.tagName === "DIV" ? (node.querySelector<HTMLElement>("input, select, textarea, button") ?? node) : node;
  target.focus();
  target.scrollIntoView({ block: "center" });
  return true;
}
