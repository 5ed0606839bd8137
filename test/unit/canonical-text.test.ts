/**
 * The boundary's character rule, held to its own statement over every code point and over generated text: no
 * shortcut in how a text is scanned may let a character the rule refuses through, or a number it should find.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asciiDigits, canonicalText, digitValue, refusedCharacter } from "../../shared/domain/privacy/canonical-text.ts";
import { findIdentityNumbers } from "../../shared/domain/privacy/identity-number.ts";
import { textProblem } from "../../shared/domain/privacy/text-guard.ts";
import { identityNumber } from "../reliability/arbitraries.ts";

/** The rule as canonical-text.ts states it, one character at a time, written from the Unicode classes it names. */
function refusedAlone(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (char.length === 1 && code >= 0xd800 && code <= 0xdfff) return true; // a lone surrogate
  if ((code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) return true; // a noncharacter
  if (/^\p{Cc}$/u.test(char) && !"\t\n\r".includes(char)) return true;
  return /^[\p{Default_Ignorable_Code_Point}\p{Cf}]$/u.test(char);
}
const isMark = (char: string) => /^\p{M}$/u.test(char);

/** Every code point, the surrogates as lone code units. */
const everyCharacter = Array.from({ length: 0x110000 }, (_, code) => String.fromCodePoint(code));

/** Every character the rule refuses on its own, and every combining mark: drawn from whole classes. */
const ruled = everyCharacter.filter((char) => refusedAlone(char) || isMark(char));
/** Text that mixes those with digits of other scripts, letters, spaces and any code point at all. */
const mixedText = fc.string({
  unit: fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...ruled) },
    { weight: 2, arbitrary: fc.constantFrom(..."1a æ\t\n", "\u0663", "\uFF11", "\u{1D7CE}", "\uFF9E") },
    { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 24,
});

/** Each value 0–9 and every character read as that digit: decimal digits of any script, and what NFKC folds to one. */
const readAsDigit = Array.from({ length: 10 }, (_, value) =>
  everyCharacter.filter((char) => {
    const folded = char.normalize("NFKC");
    return Array.from(folded).length === 1 && digitValue(folded) === value;
  }),
);

describe("canonical text", () => {
  it("refuses exactly the characters the rule names, alone and between two digits, over every code point", () => {
    const wrong: string[] = [];
    for (const char of everyCharacter) {
      const alone = refusedCharacter(`a${char}b`) !== undefined;
      const betweenDigits = refusedCharacter(`1${char}2`) !== undefined;
      if (alone !== refusedAlone(char) || betweenDigits !== (refusedAlone(char) || isMark(char))) wrong.push(char);
    }
    expect(wrong.map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16)}`)).toEqual([]);
  });

  it("refuses text holding a refused character, and passes text without one or a mark as NFKC with ASCII digits", () => {
    let refused = 0;
    fc.assert(
      fc.property(mixedText, (text) => {
        const result = canonicalText(text);
        const chars = [...Array.from(text), ...Array.from(text.normalize("NFKC"))];
        if (Array.from(text).some(refusedAlone)) {
          refused++;
          expect("refused" in result).toBe(true);
        } else if (!chars.some((char) => refusedAlone(char) || isMark(char))) {
          expect(result).toEqual({ text: asciiDigits(text.normalize("NFKC")) });
        }
      }),
      { numRuns: 3000 },
    );
    // The generator reaches the refused characters, not only text that passes.
    expect(refused).toBeGreaterThan(300);
  });

  it("maps every decimal digit of any script to its ASCII digit, and leaves a text without such digits as it is", () => {
    const digits = everyCharacter.filter((char) => /^\p{Nd}$/u.test(char) && !/[0-9]/.test(char));
    expect(digits.length).toBeGreaterThan(600);
    for (const digit of digits) expect(asciiDigits(`x${digit}y`)).toBe(`x${digitValue(digit)}y`);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        const out = asciiDigits(text);
        expect(/(?![0-9])\p{Nd}/u.test(out)).toBe(false);
        if (!/(?![0-9])\p{Nd}/u.test(text)) expect(out).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("finds an identity number written in any character read as a digit, and none in ten of them", () => {
    expect(readAsDigit.flat().length).toBeGreaterThan(650);
    const dressedNumber = identityNumber.chain((number) =>
      fc.tuple(fc.constant(number), fc.tuple(...[...number].map((digit) => fc.constantFrom(...(readAsDigit[Number(digit)] ?? []))))),
    );
    fc.assert(
      fc.property(dressedNumber, ([number, chars]) => {
        const dressed = chars.join("");
        expect(findIdentityNumbers(`Saken gjelder ${dressed}.`).map((m) => m.digits)).toEqual([number]);
        // Percent-encoded, as in a link: the guard reads the decoded text too.
        expect(textProblem(`Se https://example.org/?q=${encodeURIComponent(dressed)}`)).toBe("identity-number");
        expect(findIdentityNumbers(`Saken gjelder ${chars.slice(0, 10).join("")}.`)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
