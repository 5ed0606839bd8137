import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  containsIdentityNumber,
  findIdentityNumber,
  findIdentityNumbers,
  isIdentityNumber,
  replaceIdentityNumbers,
} from "../../shared/domain/privacy/identity-number.ts";

// ---------------------------------------------------------------------------
// Test helpers: build identity numbers from their parts. The check digit
// arithmetic is spelled out here independently of the implementation.
// ---------------------------------------------------------------------------

type Kind = "fnr" | "dnr" | "hnr";

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function weightedSum(digits: string, weights: number[]): number {
  return weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0);
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** First control remainder (weights 3,7,6,1,8,9,4,5,2,1) of an 11-digit string. */
function k1Remainder(number: string): number {
  return (weightedSum(number, K1_WEIGHTS) + Number(number[9])) % 11;
}

/** True if the check digits are valid under today's rule only. */
function validUnderTodaysRule(number: string): boolean {
  const k1 = (11 - (weightedSum(number, K1_WEIGHTS) % 11)) % 11;
  if (k1 === 10 || k1 !== Number(number[9])) return false;
  const k2 = (11 - (weightedSum(number, K2_WEIGHTS) % 11)) % 11;
  return k2 !== 10 && k2 === Number(number[10]);
}

/**
 * Appends check digits to nine digits so that the first control leaves
 * `remainder` (0 = today's rule, 1–3 = allowed from 2032, 4–10 = invalid)
 * and k2 is correct. Undefined when k1 or k2 would have to be 10.
 */
function withCheckDigits(nineDigits: string, remainder = 0): string | undefined {
  const k1 = (((remainder - weightedSum(nineDigits, K1_WEIGHTS)) % 11) + 11) % 11;
  if (k1 === 10) return undefined;
  const ten = nineDigits + String(k1);
  const k2 = (11 - (weightedSum(ten, K2_WEIGHTS) % 11)) % 11;
  if (k2 === 10) return undefined;
  return ten + String(k2);
}

/** Date part DDMMYY with the D-nummer / H-nummer offsets applied. */
function datePart(day: number, month: number, year: number, kind: Kind): string {
  const d = kind === "dnr" ? day + 40 : day;
  const m = kind === "hnr" ? month + 40 : month;
  return pad(d, 2) + pad(m, 2) + pad(year % 100, 2);
}

/** Individual numbers that today's scheme uses for a birth year. */
function individualRange(fullYear: number): [number, number] {
  if (fullYear < 1900) return [500, 749];
  if (fullYear < 2000) return [0, 499];
  return [500, 999];
}

/**
 * An identity number for the given date and kind, using the first individual
 * number (from `from` upwards, wrapping after 999) for which the check digits
 * exist. The date is
 * not validated, so this also builds numbers with impossible dates.
 */
function numberFor(date: { day: number; month: number; year: number }, kind: Kind = "fnr", options: { from?: number; remainder?: number } = {}): string {
  const prefix = datePart(date.day, date.month, date.year, kind);
  const from = options.from ?? 0;
  for (let step = 0; step < 1000; step++) {
    const number = withCheckDigits(prefix + pad((from + step) % 1000, 3), options.remainder ?? 0);
    if (number !== undefined) return number;
  }
  throw new Error(`no individual number gives valid check digits for ${prefix}`);
}

const DAY_MS = 86_400_000;

/** Random valid identity numbers (any kind, either check digit rule). */
const validIdentityNumber: fc.Arbitrary<string> = fc
  .record({
    // Any real date from 1854 to 2039, taken from the JavaScript calendar.
    dayNumber: fc.integer({ min: Date.UTC(1854, 0, 1) / DAY_MS, max: Date.UTC(2039, 11, 31) / DAY_MS }),
    kind: fc.constantFrom<Kind>("fnr", "dnr", "hnr"),
    remainder: fc.integer({ min: 0, max: 3 }),
    position: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    extraSeries: fc.boolean(),
  })
  .map(({ dayNumber, kind, remainder, position, extraSeries }) => {
    const date = new Date(dayNumber * DAY_MS);
    const year = date.getUTCFullYear();
    // Today's scheme: individual number from the range of the birth century
    // (900–999 is also used for 1940–1999). From 2032 any individual number.
    let [low, high] = individualRange(year);
    if (remainder > 0) [low, high] = [0, 999];
    else if (extraSeries && year >= 1940 && year < 2000) [low, high] = [900, 999];
    const individual = low + Math.floor(position * (high - low + 1));
    const prefix = datePart(date.getUTCDate(), date.getUTCMonth() + 1, year, kind) + pad(individual, 3);
    return withCheckDigits(prefix, remainder);
  })
  .filter((n): n is string => n !== undefined);

type Layout = "plain" | "6+5" | "2+2+2+5" | "2+2+2+3+2";

function format(number: string, layout: Layout, seps: string[]): string {
  const s = (i: number): string => seps[i] ?? " ";
  switch (layout) {
    case "plain":
      return number;
    case "6+5":
      return number.slice(0, 6) + s(0) + number.slice(6);
    case "2+2+2+5":
      return number.slice(0, 2) + s(0) + number.slice(2, 4) + s(1) + number.slice(4, 6) + s(2) + number.slice(6);
    case "2+2+2+3+2":
      return number.slice(0, 2) + s(0) + number.slice(2, 4) + s(1) + number.slice(4, 6) + s(2) + number.slice(6, 9) + s(3) + number.slice(9);
  }
}

const samples = (n: number, seed: number): string[] => fc.sample(validIdentityNumber, { numRuns: n, seed });

// ---------------------------------------------------------------------------

describe("isIdentityNumber", () => {
  it("accepts generated fødselsnummer, D-nummer and H-nummer", () => {
    fc.assert(
      fc.property(validIdentityNumber, (n) => isIdentityNumber(n)),
      { numRuns: 2000 },
    );
  });

  it("accepts Skatteetaten's published examples", () => {
    expect(isIdentityNumber("02013299997")).toBe(true); // today's rule
    expect(isIdentityNumber("30108299920")).toBe(true); // remainder 0
    expect(isIdentityNumber("30108299939")).toBe(true); // remainder 1, only valid from 2032
  });

  it("only accepts exactly 11 ASCII digits", () => {
    const n = numberFor({ day: 1, month: 1, year: 1990 });
    expect(isIdentityNumber(n)).toBe(true);
    expect(isIdentityNumber(n.slice(0, 10))).toBe(false);
    expect(isIdentityNumber(n + "0")).toBe(false);
    expect(isIdentityNumber(`${n.slice(0, 6)} ${n.slice(6)}`)).toBe(false);
    expect(isIdentityNumber(` ${n}`)).toBe(false);
    expect(isIdentityNumber("0101901234a")).toBe(false);
    expect(isIdentityNumber("")).toBe(false);
  });

  describe("check digits under today's rule", () => {
    const todays = samples(300, 1).filter((n) => k1Remainder(n) === 0);

    it("has today's-rule numbers to test with", () => {
      expect(todays.length).toBeGreaterThan(50);
      for (const n of todays) expect(validUnderTodaysRule(n)).toBe(true);
    });

    it("refuses any other first check digit", () => {
      for (const n of todays) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === n[9]) continue;
          expect(isIdentityNumber(n.slice(0, 9) + String(d) + n[10]), n).toBe(false);
        }
      }
    });

    it("refuses any other second check digit", () => {
      for (const n of todays) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === n[10]) continue;
          expect(isIdentityNumber(n.slice(0, 10) + String(d)), n).toBe(false);
        }
      }
    });

    it("refuses a changed digit in the date or individual number", () => {
      const n = numberFor({ day: 15, month: 6, year: 1975 });
      // Change the last digit of the individual number, keep the check digits.
      const changed = n.slice(0, 8) + String((Number(n[8]) + 1) % 10) + n.slice(9);
      expect(isIdentityNumber(n)).toBe(true);
      expect(isIdentityNumber(changed)).toBe(false);
    });
  });

  describe("check digits under the rule for numbers issued from 2032", () => {
    it("accepts numbers whose first control leaves remainder 1, 2 or 3", () => {
      for (const remainder of [1, 2, 3]) {
        const n = numberFor({ day: 30, month: 10, year: 1982 }, "fnr", { from: 900, remainder });
        expect(validUnderTodaysRule(n)).toBe(false);
        expect(k1Remainder(n)).toBe(remainder);
        expect(isIdentityNumber(n)).toBe(true);
        expect(containsIdentityNumber(`Nytt fødselsnummer: ${n}.`)).toBe(true);
      }
    });

    it("accepts new-rule D-nummer and H-nummer", () => {
      const d = numberFor({ day: 12, month: 3, year: 2033 }, "dnr", { from: 999, remainder: 2 });
      const h = numberFor({ day: 12, month: 3, year: 1960 }, "hnr", { from: 100, remainder: 3 });
      expect(isIdentityNumber(d)).toBe(true);
      expect(isIdentityNumber(h)).toBe(true);
    });

    it("refuses numbers whose first control leaves remainder 4 to 10", () => {
      for (let remainder = 4; remainder <= 10; remainder++) {
        const n = numberFor({ day: 30, month: 10, year: 1982 }, "fnr", { from: 900, remainder });
        expect(k1Remainder(n)).toBe(remainder);
        expect(isIdentityNumber(n)).toBe(false);
        expect(containsIdentityNumber(`Nytt fødselsnummer: ${n}.`)).toBe(false);
      }
    });

    it("still requires a correct second check digit", () => {
      const n = numberFor({ day: 2, month: 1, year: 2032 }, "fnr", { from: 999, remainder: 2 });
      for (let d = 0; d <= 9; d++) {
        if (String(d) === n[10]) continue;
        expect(isIdentityNumber(n.slice(0, 10) + String(d))).toBe(false);
      }
    });

    it("accepts exactly the generated numbers for every k1 of a prefix", () => {
      for (const prefix of ["301082999", "020132999", "530972480", "135272480"]) {
        const accepted = new Set<string>();
        for (let remainder = 0; remainder <= 3; remainder++) {
          const n = withCheckDigits(prefix, remainder);
          if (n !== undefined) accepted.add(n);
        }
        for (let k = 0; k <= 99; k++) {
          const n = prefix + pad(k, 2);
          expect(isIdentityNumber(n), n).toBe(accepted.has(n));
        }
      }
    });
  });

  describe("date part", () => {
    it("refuses 31 and 30 February", () => {
      expect(isIdentityNumber(numberFor({ day: 31, month: 2, year: 1990 }))).toBe(false);
      expect(isIdentityNumber(numberFor({ day: 30, month: 2, year: 1996 }))).toBe(false);
    });

    it("refuses month 13 and month 00", () => {
      expect(isIdentityNumber(numberFor({ day: 1, month: 13, year: 1990 }))).toBe(false);
      expect(isIdentityNumber(numberFor({ day: 1, month: 0, year: 1990 }))).toBe(false);
    });

    it("refuses day 00 and day 32", () => {
      expect(isIdentityNumber(numberFor({ day: 0, month: 1, year: 1990 }))).toBe(false);
      expect(isIdentityNumber(numberFor({ day: 32, month: 1, year: 1990 }))).toBe(false);
    });

    it("refuses 31 April", () => {
      expect(isIdentityNumber(numberFor({ day: 30, month: 4, year: 1990 }))).toBe(true);
      expect(isIdentityNumber(numberFor({ day: 31, month: 4, year: 1990 }))).toBe(false);
    });

    it("accepts 29 February in a leap year, not in other years", () => {
      expect(isIdentityNumber(numberFor({ day: 29, month: 2, year: 1996 }))).toBe(true);
      expect(isIdentityNumber(numberFor({ day: 29, month: 2, year: 2024 }, "fnr", { from: 500 }))).toBe(true);
      expect(isIdentityNumber(numberFor({ day: 29, month: 2, year: 1997 }))).toBe(false);
      expect(isIdentityNumber(numberFor({ day: 29, month: 2, year: 2023 }, "fnr", { from: 500 }))).toBe(false);
      expect(isIdentityNumber(numberFor({ day: 28, month: 2, year: 1997 }))).toBe(true);
    });

    it("takes the century for year 00 from the individual number", () => {
      // 500–999 with year 00 is 2000 (leap year); 000–499 is 1900 (not).
      expect(isIdentityNumber(numberFor({ day: 29, month: 2, year: 2000 }, "fnr", { from: 500 }))).toBe(true);
      expect(isIdentityNumber(numberFor({ day: 29, month: 2, year: 1900 }, "fnr", { from: 0 }))).toBe(false);
      expect(isIdentityNumber(numberFor({ day: 28, month: 2, year: 1900 }, "fnr", { from: 0 }))).toBe(true);
      // From 2032 the individual number no longer gives the century.
      expect(isIdentityNumber(numberFor({ day: 29, month: 2, year: 2000 }, "fnr", { from: 0, remainder: 1 }))).toBe(true);
    });
  });

  describe("D-nummer and H-nummer", () => {
    it("accepts D-nummer (day + 40) with a real date", () => {
      expect(isIdentityNumber(numberFor({ day: 1, month: 1, year: 1990 }, "dnr"))).toBe(true);
      expect(isIdentityNumber(numberFor({ day: 31, month: 12, year: 1985 }, "dnr"))).toBe(true);
      expect(isIdentityNumber(numberFor({ day: 29, month: 2, year: 1996 }, "dnr"))).toBe(true);
    });

    it("refuses D-nummer with an impossible date", () => {
      expect(isIdentityNumber(numberFor({ day: 32, month: 1, year: 1990 }, "dnr"))).toBe(false); // 72
      expect(isIdentityNumber(numberFor({ day: 0, month: 1, year: 1990 }, "dnr"))).toBe(false); // 40
      expect(isIdentityNumber(numberFor({ day: 30, month: 2, year: 1990 }, "dnr"))).toBe(false);
      expect(isIdentityNumber(numberFor({ day: 29, month: 2, year: 1997 }, "dnr"))).toBe(false);
    });

    it("accepts H-nummer (month + 40) with a real date", () => {
      expect(isIdentityNumber(numberFor({ day: 1, month: 1, year: 1990 }, "hnr"))).toBe(true);
      expect(isIdentityNumber(numberFor({ day: 31, month: 12, year: 1985 }, "hnr"))).toBe(true);
    });

    it("refuses H-nummer with an impossible date", () => {
      expect(isIdentityNumber(numberFor({ day: 1, month: 13, year: 1990 }, "hnr"))).toBe(false); // 53
      expect(isIdentityNumber(numberFor({ day: 1, month: 0, year: 1990 }, "hnr"))).toBe(false); // 40
      expect(isIdentityNumber(numberFor({ day: 31, month: 6, year: 1990 }, "hnr"))).toBe(false);
    });

    it("accepts a D-nummer whose month is shifted too, as NAV's synthetic test persons have", () => {
      const prefix = datePart(17, 5, 1964, "dnr").slice(0, 2) + datePart(17, 5, 1964, "hnr").slice(2);
      expect(prefix).toBe("574564");
      const n = numberFor({ day: 57, month: 45, year: 1964 });
      expect(n.startsWith(prefix)).toBe(true);
      expect(isIdentityNumber(n)).toBe(true);
      expect(isIdentityNumber(numberFor({ day: 57, month: 85, year: 1964 }))).toBe(true);
    });

    it("accepts synthetic numbers (month + 80) and refuses months past them", () => {
      expect(isIdentityNumber(numberFor({ day: 3, month: 53, year: 1990 }))).toBe(false);
      expect(isIdentityNumber(numberFor({ day: 3, month: 92, year: 1990 }))).toBe(true);
      expect(isIdentityNumber(numberFor({ day: 3, month: 93, year: 1990 }))).toBe(false);
      expect(isIdentityNumber(numberFor({ day: 31, month: 82, year: 1990 }))).toBe(false);
    });

    it("refuses months and days between the ordinary and the shifted ranges", () => {
      expect(isIdentityNumber(numberFor({ day: 1, month: 20, year: 1990 }))).toBe(false);
      expect(isIdentityNumber(numberFor({ day: 35, month: 1, year: 1990 }))).toBe(false);
    });
  });
});

describe("findIdentityNumber", () => {
  const n = numberFor({ day: 1, month: 1, year: 1990 });
  const grouped = (layout: Layout, ...seps: string[]): string => format(n, layout, seps);

  it("finds 11 consecutive digits", () => {
    expect(findIdentityNumber(n)).toBe(n);
    expect(findIdentityNumber(`fnr:${n}`)).toBe(n);
  });

  it("finds the accepted groupings and returns them as written", () => {
    const variants = [
      grouped("6+5", " "),
      grouped("6+5", "."),
      grouped("2+2+2+5", ".", ".", " "),
      grouped("2+2+2+5", " ", " ", " "),
      grouped("2+2+2+5", ".", ".", "."),
      grouped("2+2+2+3+2", " ", " ", " ", " "),
      grouped("2+2+2+3+2", ".", ".", ".", "."),
      grouped("2+2+2+3+2", ".", " ", ".", " "),
      grouped("6+5", "\u00A0"),
    ];
    for (const v of variants) {
      expect(findIdentityNumber(`Søker: ${v}, bosatt i Bergen.`), JSON.stringify(v)).toBe(v);
    }
  });

  it("finds any grouping of the eleven digits, with any mix of separators", () => {
    const variants = [
      `${n.slice(0, 6)}-${n.slice(6)}`,
      `${n.slice(0, 6)}.${n.slice(6, 9)}.${n.slice(9)}`,
      `${n.slice(0, 6)} ${n.slice(6, 9)} ${n.slice(9)}`,
      `${n.slice(0, 6)}\n${n.slice(6)}`,
      `${n.slice(0, 6)}\r\n${n.slice(6)}`,
      `${n.slice(0, 6)} - ${n.slice(6)}`,
      `${n.slice(0, 6)}\u2013${n.slice(6)}`,
      `${n.slice(0, 6)}\u2014${n.slice(6)}`,
      `${n.slice(0, 6)}/${n.slice(6)}`,
      `${n.slice(0, 6)}  ${n.slice(6)}`,
      `${n.slice(0, 4)}.${n.slice(4, 6)}.${n.slice(6)}`,
      `${n.slice(0, 5)} ${n.slice(5)}`,
      `${n.slice(0, 2)}/${n.slice(2, 4)}/${n.slice(4, 6)} ${n.slice(6)}`,
      `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`,
      Array.from(n).join(" "),
    ];
    for (const v of variants) {
      expect(findIdentityNumber(`Søker: ${v}, bosatt i Bergen.`), JSON.stringify(v)).toBe(v);
    }
  });

  it("finds numbers with invisible characters and other digit forms", () => {
    const fullWidth = Array.from(n, (d) => String.fromCharCode(0xff10 + Number(d))).join("");
    const variants = [
      `${n.slice(0, 3)}\u200B${n.slice(3)}`,
      `${n.slice(0, 6)}\u00AD${n.slice(6)}`,
      `${n.slice(0, 6)}\u2060-\uFEFF${n.slice(6)}`,
      fullWidth,
      `${fullWidth.slice(0, 6)}\uFF0D${fullWidth.slice(6)}`,
      `${n.slice(0, 6)}\u00A0${n.slice(6)}`,
      `${n.slice(0, 6)}\u202F${n.slice(6)}`,
    ];
    for (const v of variants) expect(containsIdentityNumber(`fnr ${v}.`), JSON.stringify(v)).toBe(true);
  });

  it("returns where each number is written, and replaces them", () => {
    const text = `A ${n.slice(0, 6)}-${n.slice(6)} B ${n} C`;
    const found = findIdentityNumbers(text);
    expect(found.map((m) => m.digits)).toEqual([n, n]);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe(`${n.slice(0, 6)}-${n.slice(6)}`);
    expect(replaceIdentityNumbers(text, "[fjernet]")).toBe("A [fjernet] B [fjernet] C");
  });

  it("joins groups across any few characters that are neither letters nor digits, but not across letters or long gaps", () => {
    for (const gap of [", ", "_", "\u00B7", "'", ":", "     ", " - - - ", "\u2023\u2023", "(\u2603)"]) {
      expect(findIdentityNumber(`${n.slice(0, 6)}${gap}${n.slice(6)}`), JSON.stringify(gap)).toBeDefined();
    }
    expect(findIdentityNumber(`${n.slice(0, 6)} og ${n.slice(6)}`)).toBeUndefined();
    expect(findIdentityNumber(`${n.slice(0, 6)}${" ".repeat(9)}${n.slice(6)}`)).toBeUndefined();
  });

  it("finds a number after a calling code, and one written in another script's digits", () => {
    expect(findIdentityNumber(`+47${n}`)).toBe(n);
    expect(findIdentityNumber(`0047${n}`)).toBe(n);
    const arabicIndic = Array.from(n, (d) => String.fromCharCode(0x0660 + Number(d))).join("");
    const devanagari = Array.from(n, (d) => String.fromCharCode(0x0966 + Number(d))).join("");
    expect(containsIdentityNumber(arabicIndic)).toBe(true);
    expect(containsIdentityNumber(devanagari)).toBe(true);
    expect(containsIdentityNumber(Array.from(n).join("\u034F"))).toBe(true);
  });

  it("reads 4.2.5 right after the word konto as an account number", () => {
    const account = `${n.slice(0, 4)}.${n.slice(4, 6)}.${n.slice(6)}`;
    expect(findIdentityNumber(`Kontonummer: ${account}`)).toBeUndefined();
    expect(findIdentityNumber(`Søker ${account}`)).toBe(account);
  });

  it("finds identity numbers in Norwegian sentences", () => {
    const d = numberFor({ day: 17, month: 5, year: 1964 }, "dnr");
    const h = numberFor({ day: 3, month: 11, year: 2001 }, "hnr", { from: 500 });
    const cases: [string, string][] = [
      [`Deltakeren (fnr. ${n}) møtte til samtale på NAV-kontoret.`, n],
      [`Fødselsnummeret hans er ${grouped("2+2+2+5", ".", ".", " ")}, og han bor i Tromsø.`, grouped("2+2+2+5", ".", ".", " ")],
      [`Brukeren oppga D-nummer ${d} i skjemaet.`, d],
      [`H-nummer:${h}\nTiltak: arbeidstrening`, h],
      [`Ring 22 33 44 55 om saken til ${grouped("2+2+2+3+2", " ", " ", " ", " ")}.`, grouped("2+2+2+3+2", " ", " ", " ", " ")],
    ];
    for (const [text, expected] of cases) {
      expect(findIdentityNumber(text), text).toBe(expected);
      expect(containsIdentityNumber(text), text).toBe(true);
    }
  });

  it("returns the first identity number when there are several", () => {
    const later = numberFor({ day: 2, month: 2, year: 1992 });
    expect(findIdentityNumber(`Først ${n}, så ${later}.`)).toBe(n);
    expect(findIdentityNumber(`Først ${later}, så ${n}.`)).toBe(later);
  });

  it("skips an invalid candidate and finds a valid one after it", () => {
    const invalid = n.slice(0, 10) + String((Number(n[10]) + 1) % 10);
    expect(findIdentityNumber(`${invalid} og ${n}`)).toBe(n);
  });

  it("does not match digits inside a longer run of digits", () => {
    for (const text of [
      `1${n}2`, // 13 digits: no match at offset 1
      `9${n}`,
      `${n}0`,
      `${n.slice(0, 6)} ${n.slice(6)}7`,
      `3${n.slice(0, 6)} ${n.slice(6)}`,
      `${n.slice(0, 6)}-${n.slice(6)}8`,
      `${grouped("2+2+2+5", ".", ".", " ")}1`,
      `1${grouped("2+2+2+5", ".", ".", " ")}`,
      `${grouped("2+2+2+3+2", " ", " ", " ", " ")}9`,
    ]) {
      expect(findIdentityNumber(text), text).toBeUndefined();
    }
  });

  it("leaves ordinary numbers alone", () => {
    for (const text of [
      "Kontonummer 1503.12.34567 og 1234.56.78903.",
      "Ring oss på +47 22 33 44 55 eller 22 33 44 55 12.",
      "Ordrenummer 12345678901, sak 2024/12345, org.nr. 974 760 673.",
      "Telefon 0047 22334455, kl. 08.00-15.30, 01.01.2024.",
      "Referanse 00000000000 og 99999999999.",
    ]) {
      expect(findIdentityNumber(text), text).toBeUndefined();
      expect(containsIdentityNumber(text), text).toBe(false);
    }
  });

  it("returns undefined for text without digits", () => {
    expect(findIdentityNumber("")).toBeUndefined();
    expect(findIdentityNumber("Ingen personopplysninger her.")).toBeUndefined();
  });
});

describe("properties", () => {
  it("detects only a small share of random 11-digit strings", () => {
    const randomDigits = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 11, maxLength: 11 });
    const strings = fc.sample(randomDigits, { numRuns: 200_000, seed: 20_32 });
    const detected = strings.filter((s) => isIdentityNumber(s)).length;
    const rate = detected / strings.length;
    console.log(`identity-number false alarm rate on random 11-digit strings: ${(rate * 100).toFixed(3)} %`);
    expect(strings.every((s) => /^[0-9]{11}$/.test(s))).toBe(true);
    expect(rate).toBeGreaterThan(0);
    expect(rate).toBeLessThan(0.05);
  });

  it("finds every valid identity number in random surrounding text", () => {
    const textChar = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzæøåABCÆØÅ .,:;!?()-/\n0123456789");
    const text = fc.string({ unit: textChar, maxLength: 40 });
    const boundary = fc.constantFrom(" ", "\n", "(", ")", ":", ",", ";", "-", "/", "a", "ø", ".");
    const layout = fc.constantFrom<Layout>("plain", "6+5", "2+2+2+5", "2+2+2+3+2");
    const seps = fc.array(fc.constantFrom(" ", "."), { minLength: 4, maxLength: 4 });

    fc.assert(
      fc.property(validIdentityNumber, layout, seps, text, boundary, boundary, text, (number, lay, sep, before, left, right, after) => {
        const written = format(number, lay, sep);
        const haystack = before + left + written + right + after;
        expect(containsIdentityNumber(haystack)).toBe(true);
        const found = findIdentityNumber(haystack);
        expect(found).toBeDefined();
        // The match is at or before the inserted number.
        expect(haystack.indexOf(found ?? "")).toBeLessThanOrEqual(before.length + left.length);
      }),
      { numRuns: 3000 },
    );
  });

  it("finds a valid number in any grouping with any separators", () => {
    const separator = fc.constantFrom(" ", "-", "\u2013", "\u2014", ".", "/", "\n", "\r\n", " - ", "\u00A0", ". ");
    const invisible = fc.constantFrom("", "", "\u200B", "\u00AD", "\u2060", "\uFEFF");
    // Cut points between the digits: any subset of the ten gaps.
    const cuts = fc.uniqueArray(fc.integer({ min: 1, max: 10 }), { maxLength: 10 });
    fc.assert(
      fc.property(
        validIdentityNumber,
        cuts,
        fc.array(separator, { minLength: 10, maxLength: 10 }),
        fc.array(invisible, { minLength: 11, maxLength: 11 }),
        (number, at, seps, hidden) => {
          const gaps = new Set(at);
          let written = "";
          for (let i = 0; i < 11; i++) {
            if (gaps.has(i)) written += seps[i - 1] ?? " ";
            written += (number[i] ?? "") + (i < 10 ? (hidden[i] ?? "") : "");
          }
          expect(containsIdentityNumber(`Notat: ${written} (sak)`), JSON.stringify(written)).toBe(true);
          expect(findIdentityNumbers(written)[0]?.digits).toBe(number);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("finds a valid number on its own exactly as written", () => {
    fc.assert(
      fc.property(
        validIdentityNumber,
        fc.constantFrom<Layout>("plain", "6+5", "2+2+2+5", "2+2+2+3+2"),
        fc.array(fc.constantFrom(" ", "."), { minLength: 4, maxLength: 4 }),
        (number, lay, sep) => {
          const written = format(number, lay, sep);
          expect(findIdentityNumber(written)).toBe(written);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
