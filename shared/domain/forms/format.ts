import { costPerParticipant } from "../cost.ts";
import { labelOf } from "../taxonomy.ts";
import type { FieldDef } from "./pilot-form.ts";
import { displayKind } from "./publish.ts";

/** Names the page knows for ids that a field holds (offices, methods, planned outcomes). */
export interface Names {
  readonly office?: (id: string) => string | undefined;
  readonly method?: (id: string) => string | undefined;
  readonly plannedOutcome?: (id: string) => string | undefined;
}

const dateFormat = new Intl.DateTimeFormat("nb-NO", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const numberFormat = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 2 });

/** 2025-09-01 → "1. september 2025". */
export function formatDate(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
}

/** 1.5 → "1,5"; 600000 → "600 000" (with the narrow no-break space Norwegian uses). */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** 600000 → "600 000 kr". */
export function formatNok(n: number): string {
  return `${formatNumber(n)} kr`;
}

/** A field's value as a reader sees it, by its display kind: labels for codes, names for ids, dates and money written out. */
export function formatValue(def: FieldDef, value: unknown, names: Names = {}): string {
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) return "";
  const term = (code: unknown) => (def.options ? labelOf(def.options, String(code)) : String(code));
  switch (displayKind(def)) {
    case "date":
      return typeof value === "string" ? formatDate(value) : String(value);
    case "money":
      return typeof value === "number" ? formatNok(value) : String(value);
    case "number":
      return typeof value === "number" ? formatNumber(value) : String(value);
    case "term":
      return term(value);
    case "terms":
      return Array.isArray(value) ? value.map(term).join(", ") : String(value);
    case "offices":
      return Array.isArray(value) ? value.map((id) => names.office?.(String(id)) ?? String(id)).join(", ") : String(value);
    case "method":
      return names.method?.(String(value)) ?? String(value);
    case "planned-outcome":
      return names.plannedOutcome?.(String(value)) ?? String(value);
    case "none":
      return "";
    default:
      return String(value);
  }
}

/** The text of a derived value ("12 500 kr"), or why there is none. */
export function derivedValue(name: "costPerParticipant", content: Parameters<typeof costPerParticipant>[0]): string {
  switch (name) {
    case "costPerParticipant": {
      // Only numbers count: text the user is still typing ("1 4OO") is the field's own error, never "NaN kr".
      const total = content.cost?.costNok;
      const count = content.participants?.count;
      if (typeof total !== "number" || typeof count !== "number") return "";
      const value = costPerParticipant(content);
      return value === undefined || !Number.isFinite(value) ? "" : formatNok(value);
    }
  }
}
