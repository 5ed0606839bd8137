/**
 * Privacy guard for Norwegian national identity numbers (fødselsnummer,
 * D-nummer and H-nummer) in free text.
 *
 * Pure TypeScript without dependencies so that the same check can run in
 * the browser (before a form is submitted) and on the server.
 *
 * Structure of an identity number: DDMMYY III K1 K2
 *   - DDMMYY: date of birth. D-nummer adds 4 to the first digit (day 41–71),
 *     H-nummer adds 4 to the third digit (month 41–52).
 *   - III: individual number. For numbers issued before 2032 it also tells
 *     the century (see `centuriesFromIndividualNumber`).
 *   - K1, K2: check digits (see `hasValidCheckDigits`).
 *
 * The synthetic numbers of NAV's test environments (month + 40 or + 80, also
 * on a D-nummer) are recognised too: they are written exactly like real ones,
 * and a real number typed into a test field is just as much a leak.
 *
 * A number is found on the text's digit skeleton (see digitChains), so no
 * list of separators or invisible characters decides what is caught.
 */

import { digitValue as decimalDigitValue } from "./canonical-text.ts";

const ELEVEN_DIGITS = /^[0-9]{11}$/;

/** Weights for the first check digit, applied to d1..d9. */
const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
/** Weights for the second check digit, applied to d1..d9 and k1. */
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/**
 * Remainders of the first modulus 11 control that are accepted.
 *
 * Today's rule: k1 = 11 − (Σ 3,7,6,1,8,9,4,5,2 · d1..d9 mod 11), where 11
 * maps to 0 and 10 makes the number invalid. Equivalently, with the weights
 * 3,7,6,1,8,9,4,5,2,1 over d1..d9,k1 the weighted sum mod 11 must be 0.
 *
 * Rule for numbers issued from 1 January 2032 (Skatteetaten, "Nytt
 * fødselsnummer fra 2032", Folkeregisteret API documentation): to allow more
 * numbers per birth date, the first control accepts the remainders 0, 1, 2
 * and 3, i.e. k1 = {11, 12, 13, 14} − (Σ 3,7,6,1,8,9,4,5,2 · d1..d9 mod 11),
 * reduced to a single digit; a computed value of 10 is still rejected. Put
 * differently, Σ 3,7,6,1,8,9,4,5,2,1 · d1..d9,k1 mod 11 ∈ {0, 1, 2, 3}.
 * The second check digit k2 is computed exactly as today. Systems must
 * accept both rules in parallel; NAV's own validator (@navikt/fnrvalidator
 * 2.x) implements the same extension.
 */
const TODAYS_K1_REMAINDER = 0;
const MAX_K1_REMAINDER_FROM_2032 = 3;

/** Weighted digit sum modulo 11. */
function weightedSumMod11(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += (weights[i] ?? 0) * (digits[i] ?? 0);
  }
  return sum % 11;
}

/**
 * Remainder of the first control (weights 3,7,6,1,8,9,4,5,2,1 over
 * d1..d9,k1), or undefined when the second check digit is wrong.
 */
function firstControlRemainder(digits: readonly number[]): number | undefined {
  // k2 is valid when Σ 5,4,3,2,7,6,5,4,3,2 · d1..d9,k1 + k2 ≡ 0 (mod 11);
  // this is the same as k2 = 11 − (sum mod 11) with 11 → 0 and 10 → invalid,
  // because k2 is a single digit.
  const k2 = digits[10] ?? 0;
  if ((weightedSumMod11(digits, K2_WEIGHTS) + k2) % 11 !== 0) return undefined;
  const k1 = digits[9] ?? 0;
  return (weightedSumMod11(digits, K1_WEIGHTS) + k1) % 11;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= days;
}

/** Centuries that are plausible when the individual number tells nothing. */
const ANY_CENTURY = [1800, 1900, 2000] as const;

/**
 * Century of birth for numbers issued under today's scheme, from the
 * individual number ranges defined by Skatteetaten:
 *   000–499            → 1900–1999
 *   500–749, year ≥ 54 → 1854–1899
 *   500–999, year ≤ 39 → 2000–2039
 *   900–999, year ≥ 40 → 1940–1999
 * Numbers issued from 2032 no longer encode the century, so a combination
 * outside these ranges is treated as ambiguous rather than invalid.
 */
function centuriesFromIndividualNumber(individual: number, year: number): readonly number[] {
  const centuries: number[] = [];
  if (individual <= 499) centuries.push(1900);
  if (individual >= 500 && individual <= 749 && year >= 54) centuries.push(1800);
  if (individual >= 500 && year <= 39) centuries.push(2000);
  if (individual >= 900 && year >= 40) centuries.push(1900);
  return centuries.length > 0 ? centuries : ANY_CENTURY;
}

/**
 * Whether the date part (with the D-nummer / H-nummer offsets removed) is a
 * real calendar date in at least one plausible century. The century matters
 * only for 29 February: in practice it decides whether year 00 is 1900 (not
 * a leap year) or 2000 (a leap year).
 */
function hasValidDatePart(digits: readonly number[], todaysRule: boolean): boolean {
  const [d1 = 0, d2 = 0, d3 = 0, d4 = 0, d5 = 0, d6 = 0, d7 = 0, d8 = 0, d9 = 0] = digits;
  let day = d1 * 10 + d2;
  let month = d3 * 10 + d4;
  const year = d5 * 10 + d6;
  const individual = d7 * 100 + d8 * 10 + d9;

  // D-nummer adds 40 to the day; H-nummer adds 40 to the month, and the synthetic persons of NAV's test
  // environments add 40 or 80 to the month (also on a D-nummer).
  if (day > 40) day -= 40;
  if (month > 80) month -= 80;
  else if (month > 40) month -= 40;

  const centuries = todaysRule ? centuriesFromIndividualNumber(individual, year) : ANY_CENTURY;
  return centuries.some((century) => isCalendarDate(century + year, month, day));
}

/**
 * True for an 11-digit string that is a valid fødselsnummer, D-nummer or
 * H-nummer: a real date of birth and check digits that are valid under
 * today's rule or under the rule for numbers issued from 2032.
 */
export function isIdentityNumber(digits: string): boolean {
  if (!ELEVEN_DIGITS.test(digits)) return false;
  const values = Array.from(digits, (c) => c.charCodeAt(0) - 48);
  const remainder = firstControlRemainder(values);
  if (remainder === undefined || remainder > MAX_K1_REMAINDER_FROM_2032) return false;
  // A number whose first control gives remainder 0 reads as a number issued
  // under today's scheme, where the individual number also gives the century.
  // Remainders 1–3 exist only from 2032, where it no longer does.
  return hasValidDatePart(values, remainder === TODAYS_K1_REMAINDER);
}

/** Letters of any script: they end a number ("sak15038512345" still holds one; "ab12" and "12ab" are groups). */
const LETTER = /^\p{L}$/u;
/**
 * Characters a reader does not see as standing between two digits: default-ignorable code points, format
 * characters and combining marks. The boundary refuses them in what it stores; here they are skipped, so
 * that a text read back from before that rule, or one being scanned, is read as a reader sees it.
 */
const UNSEEN = /^[\p{Default_Ignorable_Code_Point}\p{Cf}\p{M}]$/u;

/**
 * At most this many characters (of any kind that is neither a letter nor a digit) between two digits of one
 * number: "150385 - 12363", "150385\r\n12363", "15_03_85__123_63", "150385 · · · 12363".
 */
const MAX_SEPARATOR_RUN = 8;

/** A calling code written before a number ("+47", "0047"), at most three digits after the plus or the 00. */
function callingCodeLength(text: string, group: DigitGroup): number {
  const extra = group.digits.length - 11;
  if (extra < 1) return 0;
  let before = group.start - 1;
  while (before >= 0 && UNSEEN.test(text[before] ?? "")) before--;
  if (text[before] === "+" || text[before] === "\uFF0B") return extra <= 3 ? extra : 0;
  return group.digits.startsWith("00") && extra >= 3 && extra <= 5 ? extra : 0;
}

/** The value of a decimal digit of any script, or of a character NFKC folds to one ("¹", "①"). */
function digitValue(char: string): number | undefined {
  const value = decimalDigitValue(char);
  if (value !== undefined || char.charCodeAt(0) < 128) return value;
  const folded = char.normalize("NFKC");
  return folded.length === 1 ? decimalDigitValue(folded) : undefined;
}

/** A run of digits in the text (invisible characters inside it are skipped). */
interface DigitGroup {
  /** Offsets into the text: the first digit and one past the last. */
  readonly start: number;
  readonly end: number;
  readonly digits: string;
}

/** An identity number found in a text, with where it is written. */
export interface IdentityNumberMatch {
  /** Offsets into the text: the first digit and one past the last digit. */
  readonly start: number;
  readonly end: number;
  /** The number as written, separators included. */
  readonly written: string;
  /** The eleven digits. */
  readonly digits: string;
}

/**
 * The text's digit skeleton as chains of digit groups. Digits of any script count, by their value. Two
 * groups belong to one chain when only characters that are neither letters nor digits stand between them,
 * at most MAX_SEPARATOR_RUN of them; a letter or a longer gap ends the chain. A calling code before a longer
 * group ("+4715038512345") is a group of its own.
 */
function digitChains(text: string): DigitGroup[][] {
  const chains: DigitGroup[][] = [];
  let chain: DigitGroup[] = [];
  let group: { start: number; end: number; digits: string } | undefined;
  let separators = 0;
  const closeGroup = () => {
    if (!group) return;
    const code = callingCodeLength(text, group);
    if (code > 0) {
      chain.push({ start: group.start, end: group.start + code, digits: group.digits.slice(0, code) });
      chain.push({ start: group.start + code, end: group.end, digits: group.digits.slice(code) });
    } else chain.push(group);
    group = undefined;
  };
  const closeChain = () => {
    closeGroup();
    if (chain.length > 0) chains.push(chain);
    chain = [];
  };
  for (let i = 0; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
    const width = char.length;
    const value = digitValue(char);
    if (value !== undefined) {
      if (!group) {
        if (separators > MAX_SEPARATOR_RUN) closeChain();
        group = { start: i, end: i + width, digits: "" };
      }
      group.digits += String(value);
      group.end = i + width;
      separators = 0;
    } else if (UNSEEN.test(char)) {
      // Not seen between the digits: neither ends a group nor counts as a separator.
    } else if (LETTER.test(char)) {
      closeChain();
      separators = 0;
    } else {
      closeGroup();
      separators++;
    }
    i += width;
  }
  closeChain();
  return chains;
}

/**
 * Account numbers (kontonummer) are written 4.2.5; their check digit is computed like an identity
 * number's second one, so a number in that layout right after the word "konto" is read as an account number.
 */
function isAccountNumberInContext(text: string, groups: readonly DigitGroup[]): boolean {
  if (groups.length !== 3 || groups.map((g) => g.digits.length).join(".") !== "4.2.5") return false;
  const before = text.slice(Math.max(0, (groups[0]?.start ?? 0) - 30), groups[0]?.start ?? 0);
  return /konto(?:nummer|nr)?\.?\s*:?\s*$/iu.test(before);
}

/**
 * Numbers of any kind (\p{N}): every character `digitValue` reads as a digit is one, a decimal digit of any
 * script or a character NFKC folds to one ("³", "①"), and some that it does not read ("Ⅻ", "½").
 */
const ANY_NUMBER = /\p{N}/gu;

/** Whether `text` may hold eleven digits: most texts hold fewer than eleven numbers, and then no chain can. */
function mayHoldElevenDigits(text: string): boolean {
  let count = 0;
  for (const _ of text.matchAll(ANY_NUMBER)) if (++count === 11) return true;
  return false;
}

/**
 * Every identity number in `text`, however it is written: eleven digits in any grouping, with any mix of
 * spaces, hyphens, dashes, dots, slashes and line breaks between the groups, invisible characters
 * anywhere, full-width digits. A number is made of whole groups: digits inside a longer group never match.
 */
export function findIdentityNumbers(text: string): IdentityNumberMatch[] {
  if (!mayHoldElevenDigits(text)) return [];
  const found: IdentityNumberMatch[] = [];
  for (const chain of digitChains(text)) {
    for (let first = 0; first < chain.length; first++) {
      let digits = "";
      for (let last = first; last < chain.length && digits.length < 11; last++) {
        digits += chain[last]?.digits ?? "";
        if (digits.length !== 11) continue;
        const groups = chain.slice(first, last + 1);
        if (!isIdentityNumber(digits) || isAccountNumberInContext(text, groups)) continue;
        const start = groups[0]?.start ?? 0;
        const end = groups[groups.length - 1]?.end ?? start;
        found.push({ start, end, written: text.slice(start, end), digits });
        first = last; // the next number starts after this one
      }
    }
  }
  return found;
}

/**
 * The first identity number in `text` (see findIdentityNumbers), exactly as it appears in the text
 * (separators included); undefined if there is none.
 */
export function findIdentityNumber(text: string): string | undefined {
  return findIdentityNumbers(text)[0]?.written;
}

/** True if `text` contains a valid identity number (see findIdentityNumbers). */
export function containsIdentityNumber(text: string): boolean {
  return findIdentityNumbers(text).length > 0;
}

/** `text` with every identity number in it replaced by `replacement`. */
export function replaceIdentityNumbers(text: string, replacement: string): string {
  let out = "";
  let at = 0;
  for (const match of findIdentityNumbers(text)) {
    out += text.slice(at, match.start) + replacement;
    at = match.end;
  }
  return out + text.slice(at);
}
