/**
 * The privacy boundary under generated input: identity numbers dressed in arbitrary Unicode are refused by the
 * very handler wrapper every route uses, and legitimate NAV text passes it. Characters are drawn from whole
 * Unicode classes (general categories, every script's decimal digits, every default-ignorable code point), not
 * from a list of forms someone thought of.
 */
import fc from "fast-check";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { httpHandler, type ApiEvent } from "../../functions/lib/http.ts";
import { jsonBody } from "../../functions/lib/json-body.ts";
import { defineRoute } from "../../shared/contracts/contract.ts";
import { canonicalText } from "../../shared/domain/privacy/canonical-text.ts";
import { containsIdentityNumber } from "../../shared/domain/privacy/identity-number.ts";
import { textProblem } from "../../shared/domain/privacy/text-guard.ts";
import { identityNumber } from "../reliability/arbitraries.ts";

/** Generated cases per property; the figure the bench notes report. */
export const RUNS = Number(process.env.PRIVACY_PROPERTY_RUNS ?? 4000);

/** Every code point (outside the surrogates) whose general category is one of `categories`. */
function codePointsOf(...categories: string[]): number[] {
  const pattern = new RegExp(`^[${categories.map((c) => `\\p{${c}}`).join("")}]$`, "u");
  const found: number[] = [];
  for (let code = 0; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (pattern.test(String.fromCodePoint(code))) found.push(code);
  }
  return found;
}

/** A character that NFKC folds to a letter or a digit is not a separator to a reader of the stored text. */
const foldsToLetterOrDigit = (code: number) => /[\p{L}\p{N}]/u.test(String.fromCodePoint(code).normalize("NFKC"));

const SEPARATOR_CATEGORIES = ["Zs", "Pd", "Po", "Pc", "Ps", "Pe", "Cf", "Mn", "Sm", "So", "Sc", "Sk"] as const;
const separatorsByCategory = Object.fromEntries(SEPARATOR_CATEGORIES.map((c) => [c, codePointsOf(c).filter((code) => !foldsToLetterOrDigit(code))]));
/** The zero of every script's decimal digits (each script's digits are ten code points from its zero). */
const DIGIT_ZEROS = (() => {
  const zeros: number[] = [];
  let runStart = -1;
  for (const code of codePointsOf("Nd")) {
    if (!/^\p{Nd}$/u.test(String.fromCodePoint(code - 1))) runStart = code;
    if ((code - runStart) % 10 === 0) zeros.push(code);
  }
  return zeros;
})();
const DEFAULT_IGNORABLES = codePointsOf("Default_Ignorable_Code_Point").filter((code) => code < 0xe0000 || code <= 0xe007f);

const pick = (codes: readonly number[]) => fc.constantFrom(...codes).map((code) => String.fromCodePoint(code));
const separator = fc.constantFrom(...SEPARATOR_CATEGORIES).chain((category) => pick(separatorsByCategory[category] ?? []));
/** Between two digits: nothing, or one to eight characters that are neither letters nor digits. */
const gap = fc.oneof(
  { weight: 2, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: fc.array(separator, { minLength: 1, maxLength: 8 }).map((s) => s.join("")) },
);
const ignorable = pick(DEFAULT_IGNORABLES);

/** Text a number may be split between: words of letters, punctuation and spaces, never digits. */
const surroundingText = fc.string({ unit: fc.constantFrom(..."abcæøå ABCÆØÅ.,:;!?()-– "), maxLength: 30 });

interface DressedNumber {
  readonly digits: string;
  readonly text: string;
}

/** An identity number in arbitrary dress: any script's digits, separators of any class, invisible characters anywhere, percent-encoded. */
const dressedNumber: fc.Arbitrary<DressedNumber> = fc
  .record({
    digits: identityNumber,
    zeros: fc.array(fc.constantFrom(...DIGIT_ZEROS), { minLength: 11, maxLength: 11 }),
    gaps: fc.array(gap, { minLength: 10, maxLength: 10 }),
    ignorables: fc.array(fc.tuple(fc.nat(), ignorable), { maxLength: 4 }),
    encodings: fc.nat({ max: 3 }),
    before: surroundingText,
    after: surroundingText,
  })
  .map(({ digits, zeros, gaps, ignorables, encodings, before, after }) => {
    let dressed = Array.from(digits, (d, i) => String.fromCodePoint((zeros[i] ?? 48) + Number(d)) + (gaps[i] ?? "")).join("");
    for (const [at, char] of ignorables) {
      const chars = Array.from(dressed);
      chars.splice(at % (chars.length + 1), 0, char);
      dressed = chars.join("");
    }
    let text = `${before}${dressed}${after}`;
    for (let i = 0; i < encodings; i++) text = encodeURIComponent(text);
    return { digits, text };
  });

const digitsOf = (n: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: n, maxLength: n });
const phone = fc.tuple(fc.constantFrom("4", "9", "2", "3", "5", "6", "7"), digitsOf(7)).map(([a, b]) => a + b);
const PHONE_FORMS = [
  (p: string) => p,
  (p: string) => p.replace(/(\d\d)(\d\d)(\d\d)(\d\d)/, "$1 $2 $3 $4"),
  (p: string) => p.replace(/(\d{3})(\d\d)(\d{3})/, "$1 $2 $3"),
  (p: string) => `+47 ${p.replace(/(\d\d)(\d\d)(\d\d)(\d\d)/, "$1 $2 $3 $4")}`,
  (p: string) => `+47${p}`,
  (p: string) => `0047 ${p}`,
  (p: string) => `(+47) ${p}`,
  (p: string) => `tlf. ${p.replace(/(\d{3})(\d\d)(\d{3})/, "$1 $2 $3")}`,
];
const date = fc.date({ min: new Date("1990-01-01"), max: new Date("2035-12-31"), noInvalidDate: true });
const two = (n: number) => String(n).padStart(2, "0");
const DATE_FORMS = [
  (d: Date) => d.toISOString().slice(0, 10),
  (d: Date) => `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`,
  (d: Date) => `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${String(d.getUTCFullYear()).slice(2)}`,
  (d: Date) => `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`,
];
const amount = fc.integer({ min: 0, max: 99_999_999 }).map((n) => n.toLocaleString("nb-NO"));

/** Legitimate text of NAV's trials: phone numbers, dates and periods, amounts, case numbers of other lengths, postcodes. */
const legitimateText = fc.oneof(
  fc.tuple(phone, fc.nat({ max: PHONE_FORMS.length - 1 })).map(([p, f]) => (PHONE_FORMS[f] ?? String)(p)),
  fc.tuple(date, fc.nat({ max: DATE_FORMS.length - 1 })).map(([d, f]) => (DATE_FORMS[f] ?? String)(d)),
  fc.tuple(date, date, fc.nat({ max: DATE_FORMS.length - 1 })).map(([a, b, f]) => `Periode ${(DATE_FORMS[f] ?? String)(a)}–${(DATE_FORMS[f] ?? String)(b)}`),
  amount.map((a) => `Kostnad ${a} kr`),
  fc.tuple(amount, amount).map(([a, b]) => `${a} kr i 2024 og ${b} kr i 2025`),
  fc.tuple(fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 1, max: 99_999 })).map(([y, n]) => `Saksnummer ${y}/${n}`),
  fc
    .constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13)
    .chain((n) => digitsOf(n))
    .map((n) => `Saksnr. ${n}`),
  digitsOf(4).map((p) => `${p} Oslo`),
  fc.tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 100 })).map(([n, p]) => `${n} deltakere, ${p} % i jobb etter 6 måneder`),
);

/** A public route with a stored body and an `Idempotency-Key`, answered only when the boundary lets the body through. */
const probe = defineRoute({
  method: "POST",
  path: "/api/probe",
  access: "public",
  tag: "system",
  summary: "Prøve",
  body: z.strictObject({ text: z.string().max(4000) }),
  idempotencyKey: true,
  success: 200,
  response: z.strictObject({ text: z.string() }),
});
const handler = httpHandler(probe, jsonBody, async (request) => ({ body: { text: request.body.text } }));

async function send(body: unknown, headers: Record<string, string> = {}): Promise<APIGatewayProxyStructuredResultV2> {
  const event = {
    version: "2.0",
    routeKey: "POST /api/probe",
    rawPath: "/api/probe",
    rawQueryString: "",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
    isBase64Encoded: false,
    requestContext: { http: { method: "POST", path: "/api/probe" }, requestId: "probe", routeKey: "POST /api/probe" },
  } as unknown as ApiEvent;
  return (await handler(event, {
    awsRequestId: "probe",
    functionName: "probe",
    getRemainingTimeInMillis: () => 30_000,
  } as never)) as APIGatewayProxyStructuredResultV2;
}

/** Thousands of generated cases: the default five seconds is too short on a busy two-core machine. */
const PROPERTY_TIMEOUT = 120_000;

describe("identity numbers dressed in arbitrary Unicode", { timeout: PROPERTY_TIMEOUT }, () => {
  it("are found by the guard in every dress, on the text as sent", () => {
    fc.assert(
      fc.property(dressedNumber, ({ text }) => {
        expect(textProblem(text), JSON.stringify(text)).toBe("identity-number");
      }),
      { numRuns: RUNS, seed: 18 },
    );
  });

  it("are refused with 422 by the handler wrapper, in the body and as Idempotency-Key", async () => {
    await fc.assert(
      fc.asyncProperty(dressedNumber, async ({ text, digits }) => {
        const inBody = await send({ text });
        expect(inBody.statusCode, JSON.stringify(text)).toBe(422);
        expect(JSON.parse(String(inBody.body)).errors.map((e: { pointer: string }) => e.pointer)).toContain("/text");
        const key = `${digits.slice(0, 6)}_${digits.slice(6)}`;
        const asKey = await send({ text: "ok" }, { "idempotency-key": key });
        expect(asKey.statusCode, key).toBe(422);
      }),
      { numRuns: RUNS, seed: 19 },
    );
  });

  it("store nothing but canonical text: what passes is NFKC with ASCII digits and holds no number", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 40 }), async (text) => {
        const response = await send({ text });
        if (response.statusCode !== 200) {
          expect(response.statusCode, JSON.stringify(text)).toBe(422);
          return;
        }
        const stored = (JSON.parse(String(response.body)) as { text: string }).text;
        expect(stored).toBe(stored.normalize("NFKC"));
        expect(/\p{Nd}/u.test(stored.replace(/[0-9]/g, ""))).toBe(false);
        expect(containsIdentityNumber(stored)).toBe(false);
      }),
      { numRuns: RUNS, seed: 20 },
    );
  });
});

describe("legitimate NAV text", { timeout: PROPERTY_TIMEOUT }, () => {
  it("passes the handler wrapper unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(legitimateText, async (text) => {
        const response = await send({ text });
        expect(response.statusCode, `${JSON.stringify(text)} ${String(response.body)}`).toBe(200);
        expect((JSON.parse(String(response.body)) as { text: string }).text).toBe(canonicalTextOf(text));
      }),
      { numRuns: RUNS, seed: 21 },
    );
  });
});

function canonicalTextOf(text: string): string {
  const result = canonicalText(text);
  if (!("text" in result)) throw new Error(`refused: ${JSON.stringify(result.refused)}`);
  return result.text;
}
