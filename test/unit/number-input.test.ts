import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PilotContentSchema } from "../../shared/domain/pilot.ts";
import { derivedValue } from "../../shared/domain/forms/format.ts";
import { toContent } from "../../shared/domain/forms/form-values.ts";
import { NOT_A_NUMBER_MESSAGE, parseNumberInput } from "../../shared/domain/forms/number-input.ts";
import { SubmitCheckSchema } from "../../shared/domain/forms/submit-check.ts";

/** Every Unicode space separator (category Zs), the ones people and word processors put between digit groups. */
const SPACE_SEPARATORS = [
  " ",
  "\u00a0",
  "\u1680",
  "\u2000",
  "\u2001",
  "\u2002",
  "\u2003",
  "\u2004",
  "\u2005",
  "\u2006",
  "\u2007",
  "\u2008",
  "\u2009",
  "\u200a",
  "\u202f",
  "\u205f",
  "\u3000",
];

it("knows every space separator Unicode has", () => {
  const all = Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i)).filter((c) => /\p{Zs}/u.test(c));
  expect(all.sort()).toEqual([...SPACE_SEPARATORS].sort());
});

const space = fc.constantFrom(...SPACE_SEPARATORS);
const spaces = fc.array(space, { minLength: 0, maxLength: 2 }).map((s) => s.join(""));
const money = fc.integer({ min: 0, max: 10_000_000_000 });
const currency = fc.constantFrom(
  { before: "", after: "" },
  { before: "kr", after: "" },
  { before: "kr.", after: "" },
  { before: "KR", after: "" },
  { before: "NOK", after: "" },
  { before: "", after: "kr" },
  { before: "", after: "kr." },
  { before: "", after: "Kr" },
  { before: "", after: "NOK" },
  { before: "", after: ",-" },
);

/** 1400000 → ["1", "400", "000"]. */
function groups(n: number): string[] {
  const digits = String(n);
  const head = digits.length % 3 || 3;
  const out = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) out.push(digits.slice(i, i + 3));
  return out;
}

/** The groups joined by one space separator each (the same one throughout, or a different one each time). */
const grouped = (n: number) =>
  fc
    .array(space, { minLength: groups(n).length, maxLength: groups(n).length })
    .map((seps) => groups(n).reduce((text, g, i) => (i === 0 ? g : `${text}${seps[i] ?? " "}${g}`)));

describe("parseNumberInput", () => {
  it("reads whole kroner written with any space separator between the groups, with or without «kr», before or after", () => {
    fc.assert(
      fc.property(
        money.chain((n) => fc.record({ n: fc.constant(n), text: grouped(n), currency, pad: fc.tuple(spaces, spaces, spaces) })),
        ({ n, text, currency: c, pad: [a, b, d] }) => {
          const typed = `${a}${c.before}${c.before ? b : ""}${text}${c.after ? b : ""}${c.after}${d}`;
          expect(parseNumberInput(typed, "integer")).toEqual({ ok: true, value: n });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reads «.» between groups of three as thousands, with a decimal comma after them", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 10_000_000_000 }), fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }), (n, cents) => {
        const fraction = cents === undefined ? "" : `,${String(cents).padStart(2, "0")}`;
        const expected = cents === undefined ? n : Number(`${n}.${String(cents).padStart(2, "0")}`);
        expect(parseNumberInput(`${groups(n).join(".")}${fraction}`, "integer")).toEqual({ ok: true, value: expected });
        // In a decimal field a single point is a decimal point ("1.400" is 1,4); two points or a comma make it thousands.
        if (groups(n).length > 2 || cents !== undefined)
          expect(parseNumberInput(`${groups(n).join(".")}${fraction}`, "decimal")).toEqual({ ok: true, value: expected });
      }),
      { numRuns: 300 },
    );
  });

  it("reads a decimal comma (and a decimal point), with grouped whole part and any spaces", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 1_000_000 })
          .chain((n) =>
            fc.record({ n: fc.constant(n), whole: grouped(n), fraction: fc.stringMatching(/^\d{1,4}$/), mark: fc.constantFrom(",", "."), c: currency }),
          ),
        ({ n, whole, fraction, mark, c }) => {
          const typed = `${c.before}${whole}${mark}${fraction}${c.after === ",-" ? "" : c.after}`;
          // A point with exactly three digits after up to three is a thousands separator in a whole-number field only.
          expect(parseNumberInput(typed, "decimal")).toEqual({ ok: true, value: Number(`${n}.${fraction}`) });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("gives the field's Norwegian message, never NaN, for text that holds anything but a number", () => {
    const letter = fc.constantFrom(..."abcdefghijlmpqstuvwxyzæøåABCXYZ?!%/");
    fc.assert(
      fc.property(
        money.chain((n) => fc.record({ text: grouped(n), at: fc.nat({ max: 20 }), letter })),
        ({ text, at, letter: l }) => {
          const i = Math.min(at, text.length);
          const typed = `${text.slice(0, i)}${l}${text.slice(i)}`;
          expect(parseNumberInput(typed, "integer")).toEqual({ ok: false, message: NOT_A_NUMBER_MESSAGE });
          expect(parseNumberInput(typed, "decimal")).toEqual({ ok: false, message: NOT_A_NUMBER_MESSAGE });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("never answers NaN or an infinite number, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), fc.constantFrom("integer" as const, "decimal" as const), (typed, kind) => {
        const parsed = parseNumberInput(typed, kind);
        if (parsed.ok && parsed.value !== undefined) expect(Number.isFinite(parsed.value)).toBe(true);
        if (!parsed.ok) expect(parsed.message).toBe(NOT_A_NUMBER_MESSAGE);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads the examples people type", () => {
    expect(parseNumberInput("1 400 000 kr", "integer")).toEqual({ ok: true, value: 1_400_000 });
    expect(parseNumberInput("1\u202f400\u202f000,50", "integer")).toEqual({ ok: true, value: 1_400_000.5 });
    expect(parseNumberInput("kr 1400000", "integer")).toEqual({ ok: true, value: 1_400_000 });
    expect(parseNumberInput("1.400.000", "integer")).toEqual({ ok: true, value: 1_400_000 });
    expect(parseNumberInput("1.400", "integer")).toEqual({ ok: true, value: 1400 });
    expect(parseNumberInput("1.400", "decimal")).toEqual({ ok: true, value: 1.4 });
    expect(parseNumberInput("1,400,000.50", "integer")).toEqual({ ok: true, value: 1_400_000.5 });
    expect(parseNumberInput("0,5", "decimal")).toEqual({ ok: true, value: 0.5 });
    expect(parseNumberInput("−3", "decimal")).toEqual({ ok: true, value: -3 });
    expect(parseNumberInput("  ", "integer")).toEqual({ ok: true, value: undefined });
    expect(parseNumberInput("1 4OO OOO", "integer").ok).toBe(false);
    expect(parseNumberInput("1,4,0", "integer").ok).toBe(false);
  });
});

describe("the form's numbers", () => {
  it("turn «1 400 000 kr» into content the schema accepts and a cost per participant", () => {
    const content = toContent({ cost: { costNok: "1 400 000 kr", staffYears: "1,5" }, participants: { count: "20" } });
    expect(content).toEqual({ cost: { costNok: 1_400_000, staffYears: 1.5 }, participants: { count: 20 } });
    expect(PilotContentSchema.safeParse({ title: "Tittel", ...content }).success).toBe(true);
    expect(derivedValue("costPerParticipant", content).replace(/\s/g, " ")).toBe("70 000 kr");
  });

  it("never show «NaN» as the cost per participant, and name the field whose text is no number", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 6 }), (cost, count) => {
        const values = { title: "T", cost: { costNok: cost }, participants: { count } };
        expect(derivedValue("costPerParticipant", toContent(values) as Parameters<typeof derivedValue>[1])).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 1000 },
    );
    const checked = SubmitCheckSchema.safeParse({ title: "T", cost: { costNok: "mange kroner" } });
    const issue = checked.error?.issues.find((i) => i.path.join(".") === "cost.costNok");
    expect(issue?.message).toBe(NOT_A_NUMBER_MESSAGE);
  });
});
