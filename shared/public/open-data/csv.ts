import { stringify } from "csv-stringify/sync";
import { evidenceLabel } from "../../domain/evidence.ts";
import {
  COUNTIES,
  EVALUATION_DESIGNS,
  EVIDENCE_DIRECTIONS,
  FAILURE_REASONS,
  FUNDING_SOURCES,
  INNSATSGRUPPER,
  labelOf,
  MEASURE_TYPES,
  MEASURE_UNITS,
  OUTCOMES,
  TARGET_GROUPS,
  TRIAL_STATUSES,
} from "../../domain/taxonomy.ts";
import type { PublicMethod, PublicOffice } from "../../domain/public-trial/page-schemas.ts";
import type { PublicPilot } from "../../domain/public-trial/public-pilot.ts";

/** Byte order mark: tells Excel the file is UTF-8, so æ, ø and å survive. */
export const UTF8_BOM = "\uFEFF";

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

/**
 * How a column is typed in the workbook. `count`: a whole number, or the text "færre enn 5"; `money`: whole
 * kroner; `years`: person-years; `email`: an address the workbook links with mailto.
 */
export type ColumnType = "text" | "integer" | "decimal" | "count" | "money" | "years" | "date" | "datetime" | "url" | "email";

export interface OpenDataColumn {
  /** The CSV's header: machine-readable, ASCII snake_case, as documented on the open-data page. */
  readonly key: string;
  /** The workbook's header: the site's own words, for people. */
  readonly label: string;
  readonly type: ColumnType;
}

/** The columns of the open data table, in order; the CSV and the workbook have exactly these. */
export const OPEN_DATA_COLUMNS: readonly OpenDataColumn[] = [
  { key: "id", label: "ID", type: "text" },
  { key: "tittel", label: "Tittel", type: "text" },
  { key: "sammendrag", label: "Sammendrag", type: "text" },
  { key: "kontor", label: "Kontor", type: "text" },
  { key: "kontor_id", label: "Kontor-ID", type: "text" },
  { key: "samarbeidskontorer", label: "Samarbeidskontorer", type: "text" },
  { key: "fylke", label: "Fylke", type: "text" },
  { key: "status", label: "Status", type: "text" },
  { key: "startdato", label: "Startdato", type: "date" },
  { key: "sluttdato", label: "Sluttdato", type: "date" },
  { key: "metode", label: "Metode", type: "text" },
  { key: "metode_id", label: "Metode-ID", type: "text" },
  { key: "malgrupper", label: "Målgrupper", type: "text" },
  { key: "innsatsgrupper", label: "Innsatsgrupper", type: "text" },
  { key: "tiltakstyper", label: "Tiltakstyper", type: "text" },
  { key: "samarbeidspartnere", label: "Samarbeidspartnere", type: "text" },
  { key: "finansiering", label: "Finansiering", type: "text" },
  { key: "deltakere", label: "Deltakere", type: "count" },
  { key: "arsverk", label: "Årsverk", type: "years" },
  { key: "kostnad_nok", label: "Kostnad (kr)", type: "money" },
  { key: "kostnad_per_deltaker_nok", label: "Kostnad per deltaker (kr)", type: "money" },
  { key: "resultat", label: "Resultat", type: "text" },
  { key: "arsaker_til_at_det_ikke_virket", label: "Årsaker til at det ikke virket", type: "text" },
  { key: "evalueringsdesign", label: "Evalueringsdesign", type: "text" },
  { key: "kunnskapsgrunnlag_niva", label: "Kunnskapsgrunnlag, nivå", type: "integer" },
  { key: "kunnskapsgrunnlag_retning", label: "Kunnskapsgrunnlag, retning", type: "text" },
  { key: "kunnskapsgrunnlag", label: "Kunnskapsgrunnlag", type: "text" },
  { key: "planlagte_resultatmal", label: "Planlagte resultatmål", type: "text" },
  { key: "rapporterte_resultatmal", label: "Rapporterte resultatmål", type: "text" },
  { key: "planlagte_mal_ikke_rapportert", label: "Planlagte mål som ikke er rapportert", type: "text" },
  { key: "rapporterte_mal_ikke_planlagt", label: "Rapporterte mål som ikke var planlagt", type: "text" },
  { key: "planlagte_mal_ikke_malt", label: "Planlagte mål som ikke ble målt", type: "text" },
  { key: "delresultater", label: "Delresultater", type: "text" },
  { key: "erfaringer_som_virket", label: "Dette virket", type: "text" },
  { key: "erfaringer_som_ikke_virket", label: "Dette virket ikke", type: "text" },
  { key: "rammebetingelser", label: "Rammebetingelser", type: "text" },
  { key: "kontaktperson", label: "Kontaktperson", type: "text" },
  { key: "kontakt_epost", label: "Kontaktpersonens e-post", type: "email" },
  { key: "kopi_av", label: "Kopi av (ID)", type: "text" },
  { key: "forst_publisert", label: "Først publisert (norsk tid)", type: "datetime" },
  { key: "sist_publisert", label: "Sist publisert (norsk tid)", type: "datetime" },
  { key: "lenke", label: "Lenke til utprøvingen", type: "url" },
];

const list = listCell;

function measureText(m: NonNullable<PublicPilot["results"]>["measures"][number]): string {
  const unit = labelOf(MEASURE_UNITS, m.unit).toLocaleLowerCase("nb");
  const sd = (value: unknown) => (value !== undefined ? `, standardavvik ${String(value)}` : "");
  const comparison = m.comparison ? `, sammenligning ${m.comparison.value}${sd(m.comparison.sd)} (${m.comparison.description})` : "";
  return `${m.name}: ${m.value} ${unit} (n=${m.n}${sd(m.sd)})${comparison}`;
}

function plannedName(pilot: PublicPilot, plannedOutcomeId: string): string {
  return pilot.plannedOutcomes.find((o) => o.id === plannedOutcomeId)?.name ?? plannedOutcomeId;
}

function interimText(r: NonNullable<PublicPilot["interimResults"]>[number]): string {
  const figure = r.value !== undefined ? ` ${r.value}${r.n !== undefined ? ` (n=${r.n})` : ""}` : "";
  return `${r.date}: ${r.summary}${figure}`;
}

export interface OpenDataContext {
  readonly offices: readonly PublicOffice[];
  readonly methods: readonly PublicMethod[];
  readonly pilotUrl: (pilot: PublicPilot) => string;
}

/**
 * The open-data table: one row per published trial, the main fields flattened, lists joined with "; ".
 * Codes are written as their Norwegian labels; ids are kept so rows can be joined with the JSON export.
 * Every text cell is neutralised against formulas. The CSV and the workbook are both written from it.
 */
export function openDataRows(pilots: readonly PublicPilot[], context: OpenDataContext): CsvValue[][] {
  const offices = new Map(context.offices.map((o) => [o.id, o.name]));
  const methods = new Map(context.methods.map((m) => [m.id, m.name]));
  const rows: CsvValue[][] = [];
  for (const p of pilots) {
    const row: CsvValue[] = [
      p.id,
      p.title,
      p.summary,
      offices.get(p.officeId) ?? p.officeId,
      p.officeId,
      list(p.partnerOfficeIds.map((id) => offices.get(id) ?? id)),
      labelOf(COUNTIES, p.county),
      p.trialStatus ? labelOf(TRIAL_STATUSES, p.trialStatus) : undefined,
      p.period?.start,
      p.period?.end,
      p.methodId ? (methods.get(p.methodId) ?? p.methodId) : undefined,
      p.methodId,
      list(p.targetGroups.map((c) => labelOf(TARGET_GROUPS, c))),
      list(p.innsatsgrupper.map((c) => labelOf(INNSATSGRUPPER, c))),
      list(p.measureTypes.map((c) => labelOf(MEASURE_TYPES, c))),
      list(p.partners.map((x) => x.name)),
      list(p.funding.map((f) => labelOf(FUNDING_SOURCES, f.source) + (f.amountNok !== undefined ? ` (${f.amountNok} kr)` : ""))),
      p.participants?.count,
      p.cost?.staffYears,
      p.cost?.costNok,
      p.costPerParticipantNok,
      p.results ? labelOf(OUTCOMES, p.results.outcome) : undefined,
      list((p.results?.failureReasons ?? []).map((c) => labelOf(FAILURE_REASONS, c))),
      p.results?.evaluationDesign ? labelOf(EVALUATION_DESIGNS, p.results.evaluationDesign) : undefined,
      p.evidence.strength,
      labelOf(EVIDENCE_DIRECTIONS, p.evidence.direction),
      evidenceLabel(p.evidence.strength, p.evidence.direction),
      list(p.plannedOutcomes.map((o) => o.name)),
      list((p.results?.measures ?? []).map(measureText)),
      list(p.outcomeSwitch.dropped.map((o) => o.name)),
      list(p.outcomeSwitch.added.map((o) => o.name)),
      list((p.results?.notMeasured ?? []).map((m) => `${plannedName(p, m.plannedOutcomeId)}: ikke målt (${m.reason})`)),
      list((p.interimResults ?? []).map(interimText)),
      p.lessons?.whatWorked,
      p.lessons?.whatDidNot,
      p.preconditions,
      p.contact?.name,
      p.contact?.email,
      p.replicatesPilotId,
      p.firstPublishedAt,
      p.publishedAt,
      context.pilotUrl(p),
    ];
    rows.push(row.map((cell) => (typeof cell === "string" ? neutralise(cell) : cell)));
  }
  return rows;
}

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
