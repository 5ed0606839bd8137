/**
 * How a field of the registration form leaves the database: whether it is public at all, how a reader sees
 * it, its open-data column and which part of the search record holds its words. The form definition
 * (pilot-form.ts) gives each field a `public` entry of this shape; the public projection, the trial page,
 * the CSV and workbook and the search records read it. A field without one stays internal.
 */

/** How a public value is shown: the trial page, the review and the open data format it by this kind. */
export type DisplayKind =
  | "text"
  | "paragraph"
  | "date"
  | "number"
  | "money"
  | "term"
  | "terms"
  | "offices"
  | "method"
  | "link"
  | "email"
  | "phone"
  | "planned-outcome"
  | "list"
  | "none";

/**
 * How a column is typed in the workbook. `count`: a whole number, or the text "færre enn 5"; `money`: whole
 * kroner; `years`: person-years; `email`: an address the workbook links with mailto.
 */
export type ColumnType = "text" | "integer" | "decimal" | "count" | "money" | "years" | "date" | "datetime" | "url" | "email";

/** A field's column in the open data (the CSV and the workbook's first sheet). */
export interface ColumnDef {
  /** The CSV's header: machine-readable, ASCII snake_case, as documented on the open-data page. */
  readonly key: string;
  /** The workbook's header; the field's label when left out. */
  readonly label?: string;
  /** The workbook's cell type; worked out from the display kind when left out. */
  readonly type?: ColumnType;
}

/** The parts of a search record a field's words can go to (see site/src/lib/search-records.ts). */
export type SearchPart = "title" | "about" | "taxonomy" | "measures" | "body";

/**
 * The sections of the trial page a field can be placed in. Behov and Erfaringer are drawn from the registry
 * alone; the others draw their composite values by hand (links, tables, amounts with their notes) and show
 * any registered field placed in them after those.
 */
export type PageSection = "fakta" | "behov" | "arbeidsmate" | "ressurser" | "resultater" | "erfaringer" | "kontakt";

export interface Publish {
  /** How a reader sees the value; worked out from the form's input kind when left out. */
  readonly display?: DisplayKind;
  /** The open-data column, when the field has one. */
  readonly column?: ColumnDef;
  /** The part of the search record that indexes the field's words. */
  readonly search?: SearchPart;
  /**
   * Where the trial page shows the field by the generic renderer (site/src/lib/page-fields.ts), and its heading
   * under the section's; none when the field is the section's only text (Behov). In a section drawn by hand
   * the field's label stands for a heading left out.
   */
  readonly page?: { readonly section: PageSection; readonly heading?: string };
}

/** The display kind a form input has unless its entry says otherwise. */
const DISPLAY_BY_INPUT: Record<string, DisplayKind> = {
  text: "text",
  textarea: "paragraph",
  email: "email",
  tel: "phone",
  url: "link",
  date: "date",
  integer: "number",
  decimal: "number",
  nok: "money",
  select: "term",
  radio: "term",
  checkboxes: "terms",
  offices: "offices",
  method: "method",
  "planned-outcome": "planned-outcome",
  list: "list",
  hidden: "none",
};

export function displayKind(def: { readonly kind: string; readonly public?: Publish | false }): DisplayKind {
  return (def.public && def.public.display) || DISPLAY_BY_INPUT[def.kind] || "text";
}

/** The workbook type a column has unless its entry says otherwise. */
const COLUMN_TYPE_BY_DISPLAY: Partial<Record<DisplayKind, ColumnType>> = {
  date: "date",
  money: "money",
  email: "email",
  link: "url",
};

export function columnType(def: { readonly kind: string; readonly public?: Publish | false }): ColumnType {
  const column = def.public ? def.public.column : undefined;
  if (column?.type) return column.type;
  const display = displayKind(def);
  if (display === "number") return def.kind === "integer" ? "integer" : "decimal";
  return COLUMN_TYPE_BY_DISPLAY[display] ?? "text";
}
