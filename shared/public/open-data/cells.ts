import type { ColumnType } from "../../domain/forms/publish.ts";
import type { PublicMethod, PublicOffice } from "../../domain/public-trial/page-schemas.ts";
import type { PublicPilot } from "../../domain/public-trial/public-pilot.ts";

export type { ColumnType };

/** A cell of the open-data table: text, a number, or nothing. Dates are ISO text in the CSV, dates in the workbook. */
export type CsvValue = string | number | undefined;

/**
 * Characters that make a spreadsheet read a cell as a formula (or hide what follows): =, +, -, @, tab and
 * carriage return, also their full-width forms and after leading spaces.
 */
const FORMULA_START = /^(?:[\s\u00A0]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/u;

/** Separator of multi-value cells ("Partner A; Partner B"). */
export const LIST_SEPARATOR = "; ";

/**
 * Text a spreadsheet will show as text: a leading apostrophe before anything that would start a formula
 * (OWASP's advice for CSV injection), so opening the export can never run anything.
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A multi-value cell: each part neutralised, so splitting the cell on "; " can never produce a formula. */
export function listCell(values: readonly string[]): string {
  return neutralise(values.map(neutralise).join(LIST_SEPARATOR));
}

export interface OpenDataColumn {
  /** The CSV's header: machine-readable, ASCII snake_case, as documented on the open-data page. */
  readonly key: string;
  /** The workbook's header: the site's own words, for people. */
  readonly label: string;
  readonly type: ColumnType;
}

export interface OpenDataContext {
  readonly offices: readonly PublicOffice[];
  readonly methods: readonly PublicMethod[];
  readonly pilotUrl: (pilot: PublicPilot) => string;
}
