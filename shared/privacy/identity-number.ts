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
 * Combined variants (D-nummer that is also an H-nummer) and synthetic test
 * numbers are deliberately not recognised: they do not identify real persons
 * and accepting them would only raise the false alarm rate.
 */

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

  const isDNumber = day > 40;
  const isHNumber = month > 40;
  if (isDNumber && isHNumber) return false;
  if (isDNumber) day -= 40;
  if (isHNumber) month -= 40;

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

/** One space-like character or a dot between digit groups. */
const SEP = "[ \\t\\u00A0\\u2009\\u202F.]";

/**
 * Accepted ways of writing an identity number, tried at the start of every
 * run of digits. Each must end where the digits end (no longer digit run).
 *   11 digits             01019012345
 *   6+5                   010190 12345, 010190.12345
 *   2+2+2+5               01.01.90 12345, 01 01 90 12345
 *   2+2+2+3+2             01 01 90 123 45
 * Other groupings (such as 4.2.5 account numbers, 1503.12.34567) are not
 * recognised.
 */
const CANDIDATE_PATTERNS: readonly RegExp[] = [
  /[0-9]{11}(?![0-9])/y,
  new RegExp(`[0-9]{6}${SEP}[0-9]{5}(?![0-9])`, "y"),
  new RegExp(`[0-9]{2}${SEP}[0-9]{2}${SEP}[0-9]{2}${SEP}[0-9]{5}(?![0-9])`, "y"),
  new RegExp(`[0-9]{2}${SEP}[0-9]{2}${SEP}[0-9]{2}${SEP}[0-9]{3}${SEP}[0-9]{2}(?![0-9])`, "y"),
];

function isAsciiDigit(char: string | undefined): boolean {
  return char !== undefined && char >= "0" && char <= "9";
}

/**
 * The first substring of `text` that is a valid identity number written as
 * 11 consecutive digits or in one of the accepted groupings, exactly as it
 * appears in the text (separators included); undefined if there is none.
 * Digits that are part of a longer run of digits never match.
 */
export function findIdentityNumber(text: string): string | undefined {
  for (let start = 0; start < text.length; start++) {
    if (!isAsciiDigit(text[start]) || isAsciiDigit(text[start - 1])) continue;
    for (const pattern of CANDIDATE_PATTERNS) {
      pattern.lastIndex = start;
      const match = pattern.exec(text);
      if (match === null) continue;
      const candidate = match[0];
      if (isIdentityNumber(candidate.replace(/[^0-9]/g, ""))) return candidate;
    }
  }
  return undefined;
}

/** True if `text` contains a valid identity number (see findIdentityNumber). */
export function containsIdentityNumber(text: string): boolean {
  return findIdentityNumber(text) !== undefined;
}
