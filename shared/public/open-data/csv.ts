import { stringify } from "csv-stringify/sync";
import { neutralise, type CsvValue, type OpenDataColumn, type OpenDataContext } from "./cells.ts";
import { OPEN_DATA_COLUMNS, openDataRows } from "./columns.ts";
import type { PublicPilot } from "../../domain/public-trial/public-pilot.ts";

export { LIST_SEPARATOR, listCell, neutralise, type ColumnType, type CsvValue, type OpenDataColumn, type OpenDataContext } from "./cells.ts";
export { OPEN_DATA_COLUMNS, openDataRows } from "./columns.ts";

/** Byte order mark: tells Excel the file is UTF-8, so æ, ø and å survive. */
export const UTF8_BOM = "\uFEFF";

/** The CSV's cell separator: what a Norwegian Excel's list separator is, so a double-click opens it in columns. */
export const CSV_DELIMITER = ";";

/**
 * A place inside a cell where a spreadsheet could start a new cell: after `;` or `,` (whichever its list
 * separator is, when it does not honour the quotes around the cell) or a line break, with any spaces and quotes.
 */
const FRAGMENT_START = /([;,\r\n])(?=[\s\u00A0"]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/gu;

/**
 * A text cell of the CSV: neutralised at its start and at every place a spreadsheet opening the file with
 * either list separator could split it, so no part of it can start a formula.
 */
export function csvText(text: string): string {
  return neutralise(text).replace(FRAGMENT_START, "$1'");
}

/**
 * The open-data CSV, written by csv-stringify as a Norwegian Excel expects it: `;` between cells, decimal
 * commas, CRLF, UTF-8 with a BOM so that Excel reads æ, ø and å, a fixed header and the same number of columns
 * in every row. Every cell holding `;` or `,` is quoted, and no part of a cell can start a formula whether the
 * file is opened with `;` or `,` as the list separator (see csvText). The workbook stays the recommended download.
 */
export function pilotsToCsv(pilots: readonly PublicPilot[], context: OpenDataContext): string {
  return tableToCsv(OPEN_DATA_COLUMNS, openDataRows(pilots, context));
}

/** Any open-data table as the CSV above is written: the same separator, decimal comma, BOM and neutralising. */
export function tableToCsv(columns: readonly OpenDataColumn[], rows: CsvValue[][]): string {
  return stringify(rows, {
    bom: true,
    header: true,
    columns: columns.map((c) => c.key),
    delimiter: CSV_DELIMITER,
    quoted_match: /[;,\r\n]/,
    record_delimiter: "windows",
    cast: { number: (n) => String(n).replace(".", ","), string: csvText },
  });
}

export const CSV_COLUMNS: readonly string[] = OPEN_DATA_COLUMNS.map((c) => c.key);
