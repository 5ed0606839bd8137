import ExcelJS from "exceljs";
import { OPEN_DATA_COLUMNS, openDataRows, type CsvValue, type OpenDataColumn, type OpenDataContext } from "./aggregates-csv.ts";
import type { PublicPilot } from "./public-pilot.ts";

/** Column widths in characters, by type, so the sheet opens readable. */
const WIDTH: Record<OpenDataColumn["type"], number> = { text: 28, integer: 12, decimal: 10, count: 12, date: 12, datetime: 20, url: 50 };

function typedCell(value: CsvValue, column: OpenDataColumn): ExcelJS.CellValue {
  if (value === undefined || value === "") return null;
  switch (column.type) {
    case "integer":
    case "decimal":
      return typeof value === "number" ? value : Number.isFinite(Number(value)) ? Number(value) : value;
    case "count":
      return value;
    case "date":
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value;
    case "datetime": {
      const date = typeof value === "string" ? new Date(value) : undefined;
      return date && !Number.isNaN(date.getTime()) ? date : value;
    }
    case "url":
      return typeof value === "string" && /^https?:\/\//.test(value) ? { text: value, hyperlink: value } : value;
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
 * sheet with the same header and columns as the CSV, then any further tables (the effects), numbers as numbers,
 * dates as dates, links as links, and every text cell neutralised against formulas (exceljs writes strings as
 * strings, never as formulas). Norwegian Excel opens it without the import wizard the comma CSV needs.
 */
export async function pilotsToXlsx(
  pilots: readonly PublicPilot[],
  context: OpenDataContext,
  more: readonly OpenDataSheet[] = [],
  writer: XlsxWriter = "stream",
): Promise<Uint8Array<ArrayBuffer>> {
  // A fixed timestamp from the data, so the same data gives the same file.
  const newest = pilots.map((p) => p.updatedAt).sort().at(-1);
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
  sheet.columns = columns.map((c) => ({
    header: c.key,
    key: c.key,
    width: WIDTH[c.type],
    ...(c.type === "date" ? { style: { numFmt: "dd.mm.yyyy" } } : c.type === "datetime" ? { style: { numFmt: "dd.mm.yyyy hh:mm" } } : {}),
  }));
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
