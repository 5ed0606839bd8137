import ExcelJS from "exceljs";
import { OPEN_DATA_COLUMNS, openDataRows, type CsvValue, type OpenDataColumn, type OpenDataContext } from "./csv.ts";
import type { PublicPilot } from "../../domain/public-trial/public-pilot.ts";

/** Column widths in characters, by type, so the sheet opens readable. */
const WIDTH: Record<OpenDataColumn["type"], number> = {
  text: 28,
  integer: 12,
  decimal: 10,
  count: 12,
  money: 16,
  years: 10,
  date: 12,
  datetime: 20,
  url: 50,
  email: 30,
};

/** Number formats by type: thousands grouped (Excel shows its own locale's separator, a space in Norway). */
const NUM_FMT: Partial<Record<OpenDataColumn["type"], string>> = {
  money: "#,##0",
  years: "#,##0.0#",
  count: "#,##0",
  date: "dd.mm.yyyy",
  datetime: "dd.mm.yyyy hh:mm",
};

/** How a link looks in the sheet: blue and underlined, as the spreadsheet draws the links it makes itself. */
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };

/** The time zone of the workbook's times: spreadsheets have none, so a time is written as Norway's clock shows it. */
export const WORKBOOK_TIME_ZONE = "Europe/Oslo";

const osloParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: WORKBOOK_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** The wall-clock time in Norway at an instant, as the Date a spreadsheet cell stores (its fields read as UTC). */
export function norwegianClock(instant: Date): Date {
  const part = Object.fromEntries(osloParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return new Date(Date.UTC(Number(part.year), Number(part.month) - 1, Number(part.day), Number(part.hour), Number(part.minute), Number(part.second)));
}

const number = (value: CsvValue): CsvValue => (typeof value === "number" ? value : Number.isFinite(Number(value)) ? Number(value) : value);

function typedCell(value: CsvValue, column: OpenDataColumn): ExcelJS.CellValue {
  if (value === undefined || value === "") return null;
  switch (column.type) {
    case "integer":
    case "decimal":
    case "money":
    case "years":
      return number(value) ?? null;
    case "count":
      return value;
    case "date":
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value;
    case "datetime": {
      const date = typeof value === "string" ? new Date(value) : undefined;
      return date && !Number.isNaN(date.getTime()) ? norwegianClock(date) : value;
    }
    case "url":
      return typeof value === "string" && /^https?:\/\//.test(value) ? { text: value, hyperlink: value } : value;
    case "email":
      return typeof value === "string" && /^[^\s@'=+-][^\s@]*@[^\s@]+$/.test(value) ? { text: value, hyperlink: `mailto:${value}` } : String(value);
    case "text":
      // Text stays text: numbers in text columns (ids) are written as strings.
      return String(value);
  }
}

/** A sheet of the workbook: its name, its columns and its rows (as the open-data tables give them). */
export interface OpenDataSheet {
  readonly name: string;
  readonly columns: readonly OpenDataColumn[];
  readonly rows: Iterable<CsvValue[]>;
}

/**
 * The open data as an Excel workbook (`/data/utprovinger.xlsx`), written by exceljs: the trials on the first
 * sheet with the CSV's columns under the site's own labels, then any further tables (the effects), numbers as
 * numbers (money and person-years with thousands grouped), dates as dates, times as Norway's clock shows them,
 * links and e-mail addresses as links, and every text cell neutralised against formulas (exceljs writes strings as
 * strings, never as formulas). Norwegian Excel opens it without the import wizard the comma CSV needs.
 */
export async function pilotsToXlsx(
  pilots: readonly PublicPilot[],
  context: OpenDataContext,
  more: readonly OpenDataSheet[] = [],
  writer: XlsxWriter = "stream",
): Promise<Uint8Array<ArrayBuffer>> {
  // A fixed timestamp from the data, so the same data gives the same file.
  const newest = pilots
    .map((p) => p.updatedAt)
    .sort()
    .at(-1);
  const sheets = [{ name: "Utprøvinger", columns: OPEN_DATA_COLUMNS, rows: openDataRows(pilots, context) }, ...more];
  const created = new Date(newest ?? "2020-01-01T00:00:00Z");
  return writer === "memory" ? sheetsToXlsxInMemory(sheets, created) : sheetsToXlsx(sheets, created);
}

/**
 * How the workbook is written: streamed row by row (Node, the build), or built in memory first (the browser,
 * whose exceljs has no streaming writer: the search page's "Last ned treffene").
 */
export type XlsxWriter = "stream" | "memory";

/** The parts of an exceljs worksheet both writers fill in the same way. */
interface SheetLike {
  columns: Partial<ExcelJS.Column>[];
  getRow(n: number): { font: Partial<ExcelJS.Font> };
  autoFilter?: ExcelJS.AutoFilter;
}

/** A sheet's header, widths, formats and filter. */
function describeSheet(sheet: SheetLike, columns: readonly OpenDataColumn[]): void {
  sheet.columns = columns.map((c) => {
    const numFmt = NUM_FMT[c.type];
    const font = c.type === "url" || c.type === "email" ? LINK_FONT : undefined;
    return {
      header: c.label,
      key: c.key,
      width: Math.max(WIDTH[c.type], Math.min(c.label.length + 2, 40)),
      style: { ...(numFmt ? { numFmt } : {}), ...(font ? { font } : {}) },
    };
  });
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

async function sheetsToXlsxInMemory(sheets: readonly OpenDataSheet[], created: Date): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Utprøvingsbanken";
  workbook.created = workbook.modified = created;
  for (const { name, columns, rows } of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    describeSheet(sheet, columns);
    for (const row of rows) sheet.addRow(columns.map((column, i) => typedCell(row[i], column)));
  }
  const written = await workbook.xlsx.writeBuffer();
  return new Uint8Array(written as ArrayBuffer).slice();
}

async function sheetsToXlsx(sheets: readonly OpenDataSheet[], created: Date): Promise<Uint8Array<ArrayBuffer>> {
  const { PassThrough } = await import("node:stream");
  // The streaming writer: each row is written out as it is added, which at 10,000 trials takes about 60 % of
  // the time of building the whole workbook in memory first.
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = "Utprøvingsbanken";
  workbook.created = workbook.modified = created;
  for (const { name, columns, rows } of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    describeSheet(sheet, columns);
    for (const row of rows) {
      sheet.addRow(columns.map((column, i) => typedCell(row[i], column))).commit();
    }
    sheet.commit();
  }
  await workbook.commit();
  await ended;
  const written = Buffer.concat(chunks);
  return new Uint8Array(written.buffer.slice(written.byteOffset, written.byteOffset + written.byteLength) as ArrayBuffer);
}
