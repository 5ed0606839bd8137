import { evidenceLabel } from "../../domain/evidence.ts";
import { getAt } from "../../domain/forms/form-values.ts";
import { isList, publicFields, type PublicFieldDef } from "../../domain/forms/pilot-form.ts";
import { columnType, displayKind } from "../../domain/forms/publish.ts";
import { COUNTIES, EVIDENCE_DIRECTIONS, FUNDING_SOURCES, labelOf, MEASURE_UNITS } from "../../domain/taxonomy.ts";
import type { PublicPilot } from "../../domain/public-trial/public-pilot.ts";
import { listCell as list, neutralise, type CsvValue, type OpenDataColumn, type OpenDataContext } from "./cells.ts";

/** What a cell is written from: the trial, and the names of offices and methods. */
interface Row {
  readonly pilot: PublicPilot;
  readonly office: (id: string) => string;
  readonly method: (id: string) => string;
  readonly context: OpenDataContext;
}
type Cell = (row: Row) => CsvValue;

/** A column that is no field of the registry: the trial's id, place, rating, publishing and link. */
interface OwnColumn extends OpenDataColumn {
  readonly cell: Cell;
}

/** A registered field's column, written by a cell of its own instead of the display kind's. */
interface FieldColumn {
  readonly field: string;
  readonly cell: Cell;
}

/** Where the columns of registered fields that the layout does not place go. */
const OTHER_FIELDS = Symbol("other registered fields");

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

/**
 * The order of the open-data columns. A string is a registered field (pilot-form.ts): its column key, label
 * and type come from its `public.column` entry and its cell from its display kind. Registered columns the
 * layout does not name come in at `OTHER_FIELDS`, in form order, so a new public field needs no edit here.
 */
const LAYOUT: readonly (string | OwnColumn | FieldColumn | typeof OTHER_FIELDS)[] = [
  { key: "id", label: "ID", type: "text", cell: ({ pilot }) => pilot.id },
  "title",
  "summary",
  { key: "kontor", label: "Kontor", type: "text", cell: ({ pilot, office }) => office(pilot.officeId) },
  { key: "kontor_id", label: "Kontor-ID", type: "text", cell: ({ pilot }) => pilot.officeId },
  "partnerOfficeIds",
  { key: "fylke", label: "Fylke", type: "text", cell: ({ pilot }) => labelOf(COUNTIES, pilot.county) },
  "trialStatus",
  "period.start",
  "period.end",
  "methodId",
  { key: "metode_id", label: "Metode-ID", type: "text", cell: ({ pilot }) => pilot.methodId },
  "targetGroups",
  "innsatsgrupper",
  "measureTypes",
  { field: "partners", cell: ({ pilot }) => list(pilot.partners.map((x) => x.name)) },
  {
    field: "funding",
    cell: ({ pilot }) => list(pilot.funding.map((f) => labelOf(FUNDING_SOURCES, f.source) + (f.amountNok !== undefined ? ` (${f.amountNok} kr)` : ""))),
  },
  "participants.count",
  "cost.staffYears",
  "cost.costNok",
  { key: "kostnad_per_deltaker_nok", label: "Kostnad per deltaker (kr)", type: "money", cell: ({ pilot }) => pilot.costPerParticipantNok },
  "results.outcome",
  "results.failureReasons",
  "results.evaluationDesign",
  { key: "kunnskapsgrunnlag_niva", label: "Kunnskapsgrunnlag, nivå", type: "integer", cell: ({ pilot }) => pilot.evidence.strength },
  {
    key: "kunnskapsgrunnlag_retning",
    label: "Kunnskapsgrunnlag, retning",
    type: "text",
    cell: ({ pilot }) => labelOf(EVIDENCE_DIRECTIONS, pilot.evidence.direction),
  },
  { key: "kunnskapsgrunnlag", label: "Kunnskapsgrunnlag", type: "text", cell: ({ pilot }) => evidenceLabel(pilot.evidence.strength, pilot.evidence.direction) },
  { field: "plannedOutcomes", cell: ({ pilot }) => list(pilot.plannedOutcomes.map((o) => o.name)) },
  { field: "results.measures", cell: ({ pilot }) => list((pilot.results?.measures ?? []).map(measureText)) },
  {
    key: "planlagte_mal_ikke_rapportert",
    label: "Planlagte mål som ikke er rapportert",
    type: "text",
    cell: ({ pilot }) => list(pilot.outcomeSwitch.dropped.map((o) => o.name)),
  },
  {
    key: "rapporterte_mal_ikke_planlagt",
    label: "Rapporterte mål som ikke var planlagt",
    type: "text",
    cell: ({ pilot }) => list(pilot.outcomeSwitch.added.map((o) => o.name)),
  },
  {
    field: "results.notMeasured",
    cell: ({ pilot }) => list((pilot.results?.notMeasured ?? []).map((m) => `${plannedName(pilot, m.plannedOutcomeId)}: ikke målt (${m.reason})`)),
  },
  { field: "interimResults", cell: ({ pilot }) => list((pilot.interimResults ?? []).map(interimText)) },
  "lessons.whatWorked",
  "lessons.whatDidNot",
  "preconditions",
  OTHER_FIELDS,
  "contact.name",
  "contact.email",
  "replicatesPilotId",
  { key: "forst_publisert", label: "Først publisert (norsk tid)", type: "datetime", cell: ({ pilot }) => pilot.firstPublishedAt },
  { key: "sist_publisert", label: "Sist publisert (norsk tid)", type: "datetime", cell: ({ pilot }) => pilot.publishedAt },
  { key: "lenke", label: "Lenke til utprøvingen", type: "url", cell: ({ pilot, context }) => context.pilotUrl(pilot) },
];

/** A registered field's cell by its display kind: labels for codes, names for ids, lists joined with "; ". */
export function fieldCell(def: PublicFieldDef, row: Row): CsvValue {
  const value = getAt(row.pilot, def.name);
  const display = displayKind(def);
  const many = display === "terms" || display === "offices" || display === "list";
  if (value === undefined || value === null) return many ? "" : undefined;
  const term = (code: unknown) => (!isList(def) && def.options ? labelOf(def.options, String(code)) : String(code));
  switch (display) {
    case "term":
      return term(value);
    case "terms":
      return list((value as unknown[]).map(term));
    case "offices":
      return list((value as unknown[]).map((id) => row.office(String(id))));
    case "method":
      return row.method(String(value));
    case "planned-outcome":
      return plannedName(row.pilot, String(value));
    case "list":
      return list(
        (value as unknown[]).map((item) =>
          typeof item === "object" && item ? String(Object.values(item).find((v) => typeof v === "string") ?? "") : String(item),
        ),
      );
    case "none":
      return undefined;
    default:
      return typeof value === "number" ? value : String(value);
  }
}

interface Placed extends OpenDataColumn {
  readonly cell: Cell;
}

function placed(def: PublicFieldDef, cell?: Cell): Placed {
  const column = def.public.column;
  if (!column) throw new Error(`The open data has a column for ${def.name}, which has no column in the registry`);
  return { key: column.key, label: column.label ?? def.label, type: columnType(def), cell: cell ?? ((row) => fieldCell(def, row)) };
}

function layoutColumns(): Placed[] {
  const fields = new Map(publicFields().map((def) => [def.name, def]));
  const field = (name: string) => {
    const def = fields.get(name);
    if (!def) throw new Error(`The open data has a column for ${name}, which is not a public field`);
    return def;
  };
  const named = new Set(LAYOUT.flatMap((entry) => (typeof entry === "string" ? [entry] : typeof entry === "object" && "field" in entry ? [entry.field] : [])));
  const others = [...fields.values()].filter((def) => def.public.column && !named.has(def.name)).map((def) => placed(def));
  return LAYOUT.flatMap((entry) => {
    if (entry === OTHER_FIELDS) return others;
    if (typeof entry === "string") return [placed(field(entry))];
    if ("field" in entry) return [placed(field(entry.field), entry.cell)];
    return [entry];
  });
}

const COLUMNS = layoutColumns();

/** The columns of the open data table, in order; the CSV and the workbook have exactly these. */
export const OPEN_DATA_COLUMNS: readonly OpenDataColumn[] = COLUMNS.map(({ key, label, type }) => ({ key, label, type }));

/**
 * The open-data table: one row per published trial, the main fields flattened, lists joined with "; ".
 * Codes are written as their Norwegian labels; ids are kept so rows can be joined with the JSON export.
 * Every text cell is neutralised against formulas. The CSV and the workbook are both written from it.
 */
export function openDataRows(pilots: readonly PublicPilot[], context: OpenDataContext): CsvValue[][] {
  const offices = new Map(context.offices.map((o) => [o.id, o.name]));
  const methods = new Map(context.methods.map((m) => [m.id, m.name]));
  const office = (id: string) => offices.get(id) ?? id;
  const method = (id: string) => methods.get(id) ?? id;
  return pilots.map((pilot) => {
    const row: Row = { pilot, office, method, context };
    return COLUMNS.map(({ cell }) => {
      const value = cell(row);
      return typeof value === "string" ? neutralise(value) : value;
    });
  });
}
