/**
 * How often the identity-number guard refuses an ordinary number: `npx tsx bench/identity-number-false-alarms.ts`.
 * Prints the share of random digit strings and of realistic Norwegian phone and account numbers, written in
 * their usual formats, that the guard takes for a fødselsnummer, D-nummer or H-nummer. Seeded, so the
 * figures are the same on every run.
 */
import fc from "fast-check";
import { containsIdentityNumber } from "../shared/domain/privacy/identity-number.ts";

const RUNS = Number(process.env.RUNS ?? 100_000);
const SEED = 2032;

const digits = (n: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: n, maxLength: n });

/** Norwegian phone numbers: eight digits, mobile from 4 or 9, landline from 2, 3, 5, 6 or 7. */
const phoneNumber = fc.tuple(fc.constantFrom("4", "9", "2", "3", "5", "6", "7"), digits(7)).map(([first, rest]) => first + rest);

const PHONE_FORMATS: Record<string, (p: string) => string> = {
  "22334455": (p) => p,
  "22 33 44 55": (p) => p.replace(/(\d\d)(\d\d)(\d\d)(\d\d)/, "$1 $2 $3 $4"),
  "223 34 455": (p) => p.replace(/(\d{3})(\d\d)(\d{3})/, "$1 $2 $3"),
  "+47 22 33 44 55": (p) => `+47 ${p.replace(/(\d\d)(\d\d)(\d\d)(\d\d)/, "$1 $2 $3 $4")}`,
  "+47 223 34 455": (p) => `+47 ${p.replace(/(\d{3})(\d\d)(\d{3})/, "$1 $2 $3")}`,
  "+4722334455": (p) => `+47${p}`,
  "0047 22334455": (p) => `0047 ${p}`,
  "(+47) 22 33 44 55": (p) => `(+47) ${p.replace(/(\d\d)(\d\d)(\d\d)(\d\d)/, "$1 $2 $3 $4")}`,
};

/** Two phone numbers in one field, as contact lines often hold them. */
const PHONE_PAIR_FORMATS: Record<string, (a: string, b: string) => string> = {
  "22 33 44 55 / 987 65 432": (a, b) => `${PHONE_FORMATS["22 33 44 55"]!(a)} / ${PHONE_FORMATS["223 34 455"]!(b)}`,
  "22334455/98765432": (a, b) => `${a}/${b}`,
  "+47 22 33 44 55 - +47 98 76 54 32": (a, b) => `${PHONE_FORMATS["+47 22 33 44 55"]!(a)} - ${PHONE_FORMATS["+47 22 33 44 55"]!(b)}`,
};

/** Account-number check digit: modulus 11 with weights 5,4,3,2,7,6,5,4,3,2; none when it would be 10. */
function accountCheckDigit(ten: string): string | undefined {
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(ten[i]), 0);
  const k = (11 - (sum % 11)) % 11;
  return k === 10 ? undefined : String(k);
}

/** Registration numbers (the first four digits) of Norwegian banks that hold many accounts. */
const BANK_REGISTRATIONS = [
  "1201",
  "1254",
  "1503",
  "1506",
  "1594",
  "1644",
  "2801",
  "3000",
  "3201",
  "3610",
  "4200",
  "6000",
  "7874",
  "8601",
  "9235",
  "9710",
  "1813",
  "2050",
  "3411",
  "5082",
];

const accountNumber = (registration: fc.Arbitrary<string>) =>
  fc
    .tuple(registration, digits(6))
    .map(([reg, rest]) => {
      const check = accountCheckDigit(reg + rest);
      return check === undefined ? undefined : reg + rest + check;
    })
    .filter((a): a is string => a !== undefined);

const ACCOUNT_FORMATS: Record<string, (a: string) => string> = {
  "12345678903": (a) => a,
  "1234.56.78903": (a) => `${a.slice(0, 4)}.${a.slice(4, 6)}.${a.slice(6)}`,
  "1234 56 78903": (a) => `${a.slice(0, 4)} ${a.slice(4, 6)} ${a.slice(6)}`,
};

function rate(samples: readonly string[]): string {
  const hits = samples.filter((s) => containsIdentityNumber(s)).length;
  return `${((hits / samples.length) * 100).toFixed(3)} % (${hits} of ${samples.length})`;
}

const rows: [string, string][] = [];
const sample = <T>(arb: fc.Arbitrary<T>) => fc.sample(arb, { numRuns: RUNS, seed: SEED });

rows.push(["random 11-digit strings", rate(sample(digits(11)))]);
rows.push(['random 11 digits as 6+5 ("dddddd ddddd")', rate(sample(digits(11)).map((d) => `${d.slice(0, 6)} ${d.slice(6)}`))]);
rows.push(["random 8-digit strings", rate(sample(digits(8)))]);
rows.push(["random 12-digit strings", rate(sample(digits(12)))]);

const phones = sample(phoneNumber);
for (const [name, format] of Object.entries(PHONE_FORMATS)) rows.push([`phone ${name}`, rate(phones.map(format))]);
const others = fc.sample(phoneNumber, { numRuns: RUNS, seed: SEED + 1 });
for (const [name, format] of Object.entries(PHONE_PAIR_FORMATS)) {
  rows.push([`two phones ${name}`, rate(phones.map((p, i) => format(p, others[i] ?? p)))]);
}

const banks = sample(accountNumber(fc.constantFrom(...BANK_REGISTRATIONS)));
const anyBank = sample(accountNumber(digits(4)));
for (const [name, format] of Object.entries(ACCOUNT_FORMATS)) {
  rows.push([`account ${name}, common banks`, rate(banks.map(format))]);
  rows.push([`account "Kontonummer: ${name}", common banks`, rate(banks.map((a) => `Kontonummer: ${format(a)}`))]);
  rows.push([`account ${name}, any registration number`, rate(anyBank.map(format))]);
}

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`Identity-number guard, false alarms (${RUNS} samples each, seed ${SEED})`);
for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
