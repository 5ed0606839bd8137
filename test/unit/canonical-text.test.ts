/**
 * The boundary's character rule, held to its own statement over every code point and over generated text: no
 * shortcut in how a text is scanned may let a character the rule refuses through, or a number it should find.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asciiDigits, canonicalText, digitValue, refusedCharacter } from "../../shared/domain/privacy/canonical-text.ts";
import { findIdentityNumbers } from "../../shared/domain/privacy/identity-number.ts";
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

  it("passes text with none of those characters unchanged but for NFKC and ASCII digits", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        const result = canonicalText(text);
        const refusedSomewhere = Array.from(text).some(refusedAlone);
        if (!refusedSomewhere && !Array.from(text).some(isMark)) expect(result).toEqual({ text: asciiDigits(text.normalize("NFKC")) });
        if (refusedSomewhere) expect("refused" in result).toBe(true);
      }),
      { numRuns: 2000 },
    );
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

  it("finds an identity number written in any script's digits, and none in ten of them", () => {
    const zeros = everyCharacter.filter((char) => digitValue(char) === 0);
    fc.assert(
      fc.property(identityNumber, fc.constantFrom(...zeros), (number, zero) => {
        const dressed = [...number].map((d) => String.fromCodePoint((zero.codePointAt(0) ?? 48) + Number(d))).join("");
        expect(findIdentityNumbers(`Saken gjelder ${dressed}.`).map((m) => m.digits)).toEqual([number]);
        // Ten of its digits are not a number.
        expect(findIdentityNumbers(`Saken gjelder ${dressed.slice(0, 10)}.`)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
