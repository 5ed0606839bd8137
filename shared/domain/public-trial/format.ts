import type { MeasureUnit } from "../taxonomy.ts";
import { HIDDEN_FIGURE_LABEL, type PeopleFigure } from "./people-figure.ts";

/**
 * How public output writes numbers, dates and ratings in Norwegian bokmål. Plain functions, shared by the
 * site, the CSV and the feed, so a figure reads the same everywhere.
 */

const integerFormat = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat("nb-NO", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Oslo" });
const monthFormat = new Intl.DateTimeFormat("nb-NO", { month: "long", year: "numeric", timeZone: "Europe/Oslo" });

/** A whole number with Norwegian digit grouping (a narrow no-break space). */
export function formatInteger(n: number): string {
  return integerFormat.format(n);
}

/** A number with at most one decimal, decimal comma. */
export function formatDecimal(n: number): string {
  return decimalFormat.format(n);
}

/** A public count: "færre enn 5" stays as it is. */
export function formatCount(count: PeopleFigure | undefined): string {
  if (count === undefined) return "ikke oppgitt";
  return count === HIDDEN_FIGURE_LABEL ? HIDDEN_FIGURE_LABEL : formatInteger(count);
}

/** A public figure without a unit (an interim result): "færre enn 5" stays as it is. */
export function formatFigure(value: PeopleFigure): string {
  return value === HIDDEN_FIGURE_LABEL ? HIDDEN_FIGURE_LABEL : formatDecimal(value);
}

/** A share as Norwegian writes it: "31 %". */
export function formatPercent(value: number): string {
  return `${formatDecimal(value)}\u00a0%`;
}

/** A share of a whole (0–1) as a percentage, or a dash when there is nothing to divide by. */
export function formatShare(part: number, whole: number): string {
  return whole > 0 ? formatPercent((part / whole) * 100) : "–";
}

/** A measured value in its unit. */
export function formatMeasureValue(value: PeopleFigure, unit: MeasureUnit): string {
  if (value === HIDDEN_FIGURE_LABEL) return HIDDEN_FIGURE_LABEL;
  switch (unit) {
    case "prosent":
      return formatPercent(value);
    case "dager":
      return `${formatDecimal(value)} ${value === 1 ? "dag" : "dager"}`;
    case "skala-1-6":
      return `${formatDecimal(value)} av 6`;
    case "antall":
      return formatDecimal(value);
  }
}

/** An ISO date or date-time as "15. januar 2025". */
export function formatDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

const months = new Map<string, string>();

/** "januar 2024"; memoised by month, since 50,000 trials share a few hundred months. */
function formatMonth(iso: string): string {
  const key = iso.slice(0, 7);
  let text = months.get(key);
  if (text === undefined) {
    const date = new Date(`${key}-15T12:00:00Z`);
    text = Number.isNaN(date.getTime()) ? iso : monthFormat.format(date);
    months.set(key, text);
  }
  return text;
}

/** A trial's period: ISO dates, either end may be open (a public trial's `period`). */
export interface TrialPeriod {
  readonly start?: string | undefined;
  readonly end?: string | undefined;
}

/** A trial's period as "januar 2024 – juni 2025", "fra januar 2024" or "ikke oppgitt". */
export function formatPeriod(period: TrialPeriod | undefined): string {
  if (!period?.start && !period?.end) return "ikke oppgitt";
  if (period.start && period.end) return `${formatMonth(period.start)} – ${formatMonth(period.end)}`;
  if (period.start) return `fra ${formatMonth(period.start)}`;
  return `til ${formatMonth(period.end ?? "")}`;
}

/** The year a trial belongs to in filters and statistics: its start year, else the year it was published. */
export function pilotYear(pilot: { readonly period?: TrialPeriod | undefined; readonly firstPublishedAt: string }): string {
  return (pilot.period?.start ?? pilot.firstPublishedAt).slice(0, 4);
}

/** Amounts in kroner: "1 250 000 kr". */
export function formatNok(amount: number): string {
  return `${formatInteger(amount)}\u00a0kr`;
}
