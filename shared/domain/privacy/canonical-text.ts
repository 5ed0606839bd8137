/**
 * Canonical text: what every string the hub accepts is turned into, once, at the boundary, before any check.
 *
 * - Characters with no visible use in NAV's text are refused, not silently dropped: default-ignorable code
 *   points (zero-width characters, joiners, variation selectors, tag characters, fillers, bidirectional
 *   marks), other format characters, control characters other than tab and line breaks, lone surrogates and
 *   noncharacters, and combining marks that stand between two digits. Dropping them would hide that the text
 *   was tampered with; refusing them names the character and where it is.
 * - The rest is normalised to Unicode NFKC, and every decimal digit of any script is mapped to 0–9, so that
 *   what a reader sees as a number is stored as that number.
 *
 * Pure TypeScript without dependencies: the API and the browser's form run the same rule.
 */

/** Default-ignorable code points and format characters (Cf): invisible, or changing how text around them reads. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u;
/** C0 and C1 control characters except tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Noncharacters: U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF … U+10FFFF). */
const NONCHARACTER = new RegExp(
  `[\\uFDD0-\\uFDEF${Array.from({ length: 17 }, (_, plane) => `\\u{${(plane * 0x10000 + 0xfffe).toString(16)}}-\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`).join("")}]`,
  "u",
);
/** A lone surrogate: one code unit, which a Unicode pattern matches on its own (a pair is one character). */
const SURROGATE = /[\uD800-\uDFFF]/u;
/** Combining marks: refused between two digits. */
const MARK = /[\p{M}]/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
/** What stands between a one-class pattern's brackets, to put its ranges in another class. */
const inBrackets = (pattern: RegExp) => pattern.source.slice(1, -1);
/**
 * Any character the rules above look at: refused ones, and marks. A text holding none, as nearly every text does,
 * is taken in one scan instead of character by character.
 */
const CANDIDATE = new RegExp(`[${[INVISIBLE, CONTROL, NONCHARACTER, SURROGATE, MARK].map(inBrackets).join("")}]`, "u");
/** A decimal digit outside 0–9. */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;

/** A character the hub refuses, and where it stands (1-based, counted in characters as a reader counts them). */
export interface RefusedCharacter {
  /** The code point as U+XXXX. */
  readonly codePoint: string;
  /** Position in the text, counted in code points from 1. */
  readonly position: number;
  readonly kind: "invisible" | "control" | "mark-between-digits" | "invalid";
}

export type CanonicalResult = { readonly text: string } | { readonly refused: RefusedCharacter };

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;

/** Whether a code point (as a string) is a decimal digit in some script, or an ASCII digit. */
function isDigit(char: string | undefined): boolean {
  return char !== undefined && DECIMAL_DIGIT.test(char);
}

function refusal(char: string): RefusedCharacter["kind"] | undefined {
  if (SURROGATE.test(char) || NONCHARACTER.test(char)) return "invalid";
  if (CONTROL.test(char)) return "control";
  if (INVISIBLE.test(char)) return "invisible";
  return undefined;
}

/** The first character the hub refuses in `text`, or undefined. */
export function refusedCharacter(text: string): RefusedCharacter | undefined {
  if (!CANDIDATE.test(text)) return undefined;
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? "";
    const code = char.codePointAt(0) ?? 0;
    const kind = refusal(char);
    if (kind) return { codePoint: hex(code), position: i + 1, kind };
    if (MARK.test(char)) {
      // A combining mark between digits (also after other marks): "1\u0301\u03012" joins nothing a reader sees.
      let before = i - 1;
      while (before >= 0 && MARK.test(chars[before] ?? "")) before--;
      let after = i + 1;
      while (after < chars.length && MARK.test(chars[after] ?? "")) after++;
      if (isDigit(chars[before]) && isDigit(chars[after])) return { codePoint: hex(code), position: i + 1, kind: "mark-between-digits" };
    }
  }
  return undefined;
}

/** Zero of the run of ten decimal digits a digit belongs to; cached per code point. */
const digitValues = new Map<number, number>();

/**
 * The value 0–9 of a decimal digit of any script. Unicode keeps every script's decimal digits as runs of ten
 * consecutive code points from 0 to 9 (a stability guarantee), so a digit's value is its distance from the
 * start of its run, modulo ten (some runs of ten follow one another).
 */
export function digitValue(char: string): number | undefined {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 48 && code <= 57) return code - 48;
  if (!isDigit(char)) return undefined;
  const cached = digitValues.get(code);
  if (cached !== undefined) return cached;
  let start = code;
  while (isDigit(String.fromCodePoint(start - 1))) start--;
  const value = (code - start) % 10;
  digitValues.set(code, value);
  return value;
}

/** Every decimal digit of any script as its ASCII digit. */
export function asciiDigits(text: string): string {
  if (!OTHER_DIGIT.test(text)) return text;
  return text.replace(/\p{Nd}/gu, (d) => String(digitValue(d) ?? d));
}

/** The canonical form of a text: refused with the first character that has no place in it, or NFKC with ASCII digits. */
export function canonicalText(text: string): CanonicalResult {
  const refused = refusedCharacter(text);
  if (refused) return { refused };
  const canonical = asciiDigits(text.normalize("NFKC"));
  // NFKC can compose something that is refused on its own (rare); check the result as well.
  const after = refusedCharacter(canonical);
  return after ? { refused: after } : { text: canonical };
}

/** The Norwegian message for a refused character, naming it and where it is. */
export function refusedCharacterMessage(refused: RefusedCharacter): string {
  const what =
    refused.kind === "mark-between-digits"
      ? `et kombinerende tegn mellom to sifre (${refused.codePoint})`
      : refused.kind === "control"
        ? `et styretegn (${refused.codePoint})`
        : refused.kind === "invalid"
          ? `et ugyldig tegn (${refused.codePoint})`
          : `et usynlig tegn (${refused.codePoint})`;
  return `Feltet inneholder ${what} på plass ${refused.position}. Fjern det, for eksempel ved å skrive teksten inn på nytt.`;
}

export interface CanonicalIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * A parsed JSON value with every string and every object key in canonical form, and the issues for the
 * strings and keys that were refused (the value keeps those as they were).
 */
export function canonicalValue(value: unknown, path: readonly (string | number)[] = [], depth = 0): { value: unknown; issues: CanonicalIssue[] } {
  if (typeof value === "string") {
    const result = canonicalText(value);
    return "text" in result ? { value: result.text, issues: [] } : { value, issues: [{ path, message: refusedCharacterMessage(result.refused) }] };
  }
  if (depth > 64 || value === null || typeof value !== "object") return { value, issues: [] };
  if (Array.isArray(value)) {
    const issues: CanonicalIssue[] = [];
    const items = value.map((item, i) => {
      const inner = canonicalValue(item, [...path, i], depth + 1);
      issues.push(...inner.issues);
      return inner.value;
    });
    return { value: items, issues };
  }
  const issues: CanonicalIssue[] = [];
  const entries = Object.entries(value).map(([key, item]) => {
    const keyResult = canonicalText(key);
    if ("refused" in keyResult) issues.push({ path: [...path, key], message: refusedCharacterMessage(keyResult.refused) });
    const inner = canonicalValue(item, [...path, key], depth + 1);
    issues.push(...inner.issues);
    return ["text" in keyResult ? keyResult.text : key, inner.value] as const;
  });
  return { value: Object.fromEntries(entries), issues };
}
