import { evidenceLabel } from "../domain/evidence.ts";
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
} from "../domain/taxonomy.ts";
import type { PublicMethod, PublicOffice } from "./aggregates-schemas.ts";
import type { PublicPilot } from "./public-pilot.ts";

/** Byte order mark: tells Excel the file is UTF-8, so æ, ø and å survive. */
export const UTF8_BOM = "\uFEFF";

/** A cell value: text is guarded against formula injection, numbers are written as they are. */
export type CsvValue = string | number | undefined;

/**
 * One CSV cell by RFC 4180: quoted when it holds a comma, a quote or a line break, quotes doubled. Text that
 * a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading
 * apostrophe, so opening the export can never execute anything.
 */
export function csvCell(value: CsvValue): string {
  if (value === undefined) return "";
  let text = typeof value === "number" ? String(value) : value;
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text: CRLF line ends, as RFC 4180 says. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

const COLUMNS = [
  "id",
  "tittel",
  "sammendrag",
  "kontor",
  "kontor_id",
  "samarbeidskontorer",
  "fylke",
  "status",
  "startdato",
  "sluttdato",
  "metode",
  "metode_id",
  "malgrupper",
  "innsatsgrupper",
  "tiltakstyper",
  "samarbeidspartnere",
  "finansiering",
  "deltakere",
  "arsverk",
  "kostnad_nok",
  "resultat",
  "arsaker_til_at_det_ikke_virket",
  "evalueringsdesign",
  "kunnskapsgrunnlag_niva",
  "kunnskapsgrunnlag_retning",
  "kunnskapsgrunnlag",
  "planlagte_resultatmal",
  "rapporterte_resultatmal",
  "planlagte_mal_ikke_rapportert",
  "rapporterte_mal_ikke_planlagt",
  "erfaringer_som_virket",
  "erfaringer_som_ikke_virket",
  "rammebetingelser",
  "kontaktperson",
  "kontakt_epost",
  "kopi_av",
  "forst_publisert",
  "sist_publisert",
  "lenke",
] as const;

const list = (values: readonly string[]) => values.join("; ");

function measureText(m: NonNullable<PublicPilot["results"]>["measures"][number]): string {
  const unit = labelOf(MEASURE_UNITS, m.unit).toLocaleLowerCase("nb");
  const comparison = m.comparison ? `, sammenligning ${m.comparison.value} (${m.comparison.description})` : "";
  return `${m.name}: ${m.value} ${unit} (n=${m.n})${comparison}`;
}

/**
 * The open-data CSV: one row per published trial, the main fields flattened, lists joined with "; ".
 * Codes are written as their Norwegian labels; ids are kept so rows can be joined with the JSON export.
 */
export function pilotsToCsv(
  pilots: readonly PublicPilot[],
  context: { offices: readonly PublicOffice[]; methods: readonly PublicMethod[]; pilotUrl: (pilot: PublicPilot) => string },
): string {
  const offices = new Map(context.offices.map((o) => [o.id, o.name]));
  const methods = new Map(context.methods.map((m) => [m.id, m.name]));
  const rows: CsvValue[][] = [[...COLUMNS]];
  for (const p of pilots) {
    rows.push([
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
      p.lessons?.whatWorked,
      p.lessons?.whatDidNot,
      p.preconditions,
      p.contact?.name,
      p.contact?.email,
      p.replicatesPilotId,
      p.firstPublishedAt,
      p.publishedAt,
      context.pilotUrl(p),
    ]);
  }
  return UTF8_BOM + toCsv(rows);
}

export const CSV_COLUMNS: readonly string[] = COLUMNS;
