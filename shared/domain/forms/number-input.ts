import { NOT_A_NUMBER_MESSAGE } from "../messages.ts";

/**
 * Numbers as people type them in a Norwegian form: "1 400 000 kr", "kr 1400000", "1.400.000", "1 400 000,50",
 * "0,5", "1 400 000,-", with any kind of space (no-break, narrow no-break, thin …) between the digit groups.
 * Every number field of the form goes through `parseNumberInput` once, where form values become content, so
 * nothing further on ever sees the typed text.
 */

/** How a field holds its number: whole numbers (integers, kroner) or decimals. */
export type NumberKind = "integer" | "decimal";

export { NOT_A_NUMBER_MESSAGE };

export type ParsedNumber = { readonly ok: true; readonly value: number | undefined } | { readonly ok: false; readonly message: string };

// Every space separator (\p{Zs}: no-break, narrow no-break, thin, figure …) and the other white space.
const SPACES = /[\p{Zs}\s]/gu;
const CURRENCY_BEFORE = /^(?:kr\.?|nok)/i;
const CURRENCY_AFTER = /(?:kr\.?|nok|,-|\.-|,—|,–)$/i;
const MINUS = /^[-\u2212\u2013]/;

/** Digits with "." between groups of three, maybe a decimal comma: "1.400.000", "1.400.000,50". */
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
/** Digits with "," between groups of three and a decimal point, or several such commas: "1,400,000.50". */
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

function digitsOnly(text: string, kind: NumberKind): string | undefined {
  if (/^\d+$/.test(text)) return text;
  if (/^\d*,\d+$/.test(text)) return text.replace(",", ".");
  // One dot: a decimal point, except in a whole-number field where "1.400" is written for 1 400.
  if (/^\d*\.\d+$/.test(text)) return kind === "integer" && /^\d{1,3}\.\d{3}$/.test(text) ? text.replace(".", "") : text;
  if (DOT_GROUPS.test(text)) return text.replaceAll(".", "").replace(",", ".");
  if (COMMA_GROUPS.test(text) && (text.includes(".") || text.split(",").length > 2)) return text.replaceAll(",", "");
  return undefined;
}

/**
 * Reads a typed number. Empty text is no value (`value: undefined`); text that is no number gives a
 * Norwegian message for the field, never NaN.
 */
export function parseNumberInput(raw: string, kind: NumberKind = "decimal"): ParsedNumber {
  let text = raw.normalize("NFKC").replace(SPACES, "");
  if (text === "") return { ok: true, value: undefined };
  // Currency before or after ("kr 1400000", "1 400 000 kr", "1 400 000,-"), at most once each.
  text = text.replace(CURRENCY_BEFORE, "").replace(CURRENCY_AFTER, "");
  const negative = MINUS.test(text);
  if (negative) text = text.slice(1);
  const digits = digitsOnly(text, kind);
  if (digits === undefined) return { ok: false, message: NOT_A_NUMBER_MESSAGE };
  const value = Number(digits);
  if (!Number.isFinite(value)) return { ok: false, message: NOT_A_NUMBER_MESSAGE };
  return { ok: true, value: negative && value !== 0 ? -value : value };
}
