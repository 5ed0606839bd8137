import type { Term } from "../taxonomy.ts";
import type { Publish } from "./publish.ts";

/* The shapes of the registration form's definition (pilot-form.ts): steps, fields, lists and derived values. */

/** How a field is entered and shown. */
export type FieldKind =
  | "text"
  | "textarea"
  | "email"
  | "tel"
  | "url"
  | "date"
  | "integer"
  | "decimal"
  | "nok"
  | "select"
  | "radio"
  | "checkboxes"
  | "offices"
  | "method"
  | "planned-outcome"
  | "hidden";

/**
 * Whether the field must be filled in when the trial is submitted: always, only once the trial has ended
 * (avsluttet or avbrutt), only in a situation the help text names, or never ("valgfritt").
 */
export type Requirement = "required" | "when-ended" | "conditional" | "optional";

export interface FieldDef {
  /** Path relative to the step (or to the list item for fields in a list). */
  readonly name: string;
  readonly kind: FieldKind;
  readonly label: string;
  readonly description?: string;
  readonly requirement: Requirement;
  readonly options?: readonly Term[];
  /** For a select: the text of the empty choice. */
  readonly emptyOption?: string;
  /** Short inputs (dates, numbers) are drawn narrower. */
  readonly width?: "short";
  /**
   * Whether and how the field is published: an entry makes it public (the trial page, the open data, the
   * search), `false` or none keeps it internal. Fields in a list follow their list's entry.
   */
  readonly public?: Publish | false;
}

/** A repeatable group of fields (partners, funding sources, measures …). */
export interface ListDef {
  readonly name: string;
  readonly kind: "list";
  readonly label: string;
  readonly description?: string;
  readonly requirement: Requirement;
  readonly addText: string;
  /** The title of one row, e.g. "Samarbeidspartner 2". */
  readonly itemLabel: string;
  /** Fields of one row; a list of plain text (recipe steps) has one field with an empty name. */
  readonly fields: readonly FieldDef[];
  /** Shown in the review page as a table (partners). */
  readonly table?: boolean;
  /** Whether and how the list is published, as for a field. */
  readonly public?: Publish | false;
}

/** A value the form works out from other fields and shows beside them (cost per participant). */
export interface DerivedDef {
  readonly kind: "derived";
  readonly name: "costPerParticipant";
  readonly label: string;
  readonly description: string;
}

export type StepItem =
  | FieldDef
  | ListDef
  | DerivedDef
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "intro"; readonly text: string };

export interface StepDef {
  readonly key: string;
  readonly title: string;
  readonly items: readonly StepItem[];
}
