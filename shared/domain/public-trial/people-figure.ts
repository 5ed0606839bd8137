import * as z from "zod/mini";
import type { MeasureUnit } from "../taxonomy.ts";

/**
 * The small-count rule, in one place. Every number about people that public output shows — a count of
 * participants, a measure and its n, a comparison, a figure before the trial, an interim result, a cost per
 * participant, a pooled figure — is a `PeopleFigure`, and the only way to make one from a number is
 * `peopleFigure(value, basedOn)`, which hides the number when it rests on fewer than 5 people. The public
 * schemas accept nothing else where such a number goes, so the compiler refuses a plain number there and a
 * new field cannot forget the rule.
 *
 * A hidden figure is written as the text "færre enn 5" in every public format (JSON, CSV, workbook, pages),
 * as counts below 5 always have been.
 */
export const PEOPLE_FIGURE_THRESHOLD = 5;
export const HIDDEN_FIGURE_LABEL = "færre enn 5";
export type HiddenFigure = typeof HIDDEN_FIGURE_LABEL;

const HiddenFigureSchema = z.literal(HIDDEN_FIGURE_LABEL);

/** A shown figure: a number that has passed the rule (or was read back from a public record that had). */
export const ShownFigureSchema = z.number().brand<"PeopleFigure">();
export type ShownFigure = z.infer<typeof ShownFigureSchema>;

/** A number about people as public output holds it: the number, or "færre enn 5". */
export const PeopleFigureSchema = z.union([ShownFigureSchema, HiddenFigureSchema]);
export type PeopleFigure = z.infer<typeof PeopleFigureSchema>;

/** A count of people as public output holds it: 0, a whole number of 5 or more, or "færre enn 5". */
export const PeopleCountSchema = z.union([
  z.union([z.int().check(z.minimum(PEOPLE_FIGURE_THRESHOLD)), z.literal(0)]).brand<"PeopleFigure">(),
  HiddenFigureSchema,
]);

/**
 * The one constructor: `value` as public output may show it, given the number of people it rests on. Shown
 * when `basedOn` is 5 or more; a zero that rests on nobody (a count of no participants) is shown too, since
 * it tells nothing about anyone. Everything else — a share of 3 people, a count of 4, a figure from an n
 * that is not a number — is hidden.
 */
export function peopleFigure(value: number, basedOn: number): PeopleFigure {
  const shown = Number.isFinite(value) && (basedOn >= PEOPLE_FIGURE_THRESHOLD || (basedOn === 0 && value === 0));
  return shown ? (value as ShownFigure) : HIDDEN_FIGURE_LABEL;
}

/** A count of people: it rests on the people it counts. */
export function peopleCount(count: number): PeopleFigure {
  return peopleFigure(count, count);
}

export function isShown(figure: PeopleFigure | undefined): figure is ShownFigure {
  return typeof figure === "number";
}

/** The number of a shown figure, or undefined for a hidden one (for fields that are left out rather than labelled). */
export function shownOrAbsent(figure: PeopleFigure | undefined): ShownFigure | undefined {
  return isShown(figure) ? figure : undefined;
}

/** Units whose values are counts of people. */
export const PEOPLE_COUNT_UNITS: readonly MeasureUnit[] = ["antall"];

/**
 * How many people a measured value rests on: its n; and when the value is itself a count of people, also no
 * more than that count (4 of 200 people is a count of 4).
 */
export function measureBasis(unit: MeasureUnit, value: number, n: number): number {
  if (n < PEOPLE_FIGURE_THRESHOLD || !PEOPLE_COUNT_UNITS.includes(unit)) return n;
  return Math.abs(value);
}
