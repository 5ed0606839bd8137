import fc from "fast-check";
import * as z from "zod";
import type { RouteContract } from "../../shared/contracts/contract.ts";
import { PilotContentSchema } from "../../shared/domain/pilot.ts";

/** Counts are raised for the longer run the benchmark makes (`UTP_RELIABILITY_LONG=1`). */
export const LONG = process.env.UTP_RELIABILITY_LONG === "1";
export const scale = (short: number, long: number) => (LONG ? long : short);

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
};

/** The JSON Schema of a request body, as clients see it. */
export function jsonSchemaOf(schema: z.core.$ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

const text = (max: number) => fc.string({ maxLength: Math.min(max, 60), unit: "grapheme" });

/**
 * Values that fit a JSON Schema's shape: the right types, enum members, strings matching the patterns,
 * numbers in range. Refinements the schema cannot express (dates in order, identity numbers) are not
 * guaranteed, so some of these are still refused.
 */
export function fromJsonSchema(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map((s) => fromJsonSchema(s, depth)));
  if (schema.allOf?.[0]) return fromJsonSchema(schema.allOf[0], depth);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "object": {
      const properties = schema.properties ?? {};
      const required = schema.required ?? [];
      if (depth > 4) return fc.constant({});
      const record = Object.fromEntries(Object.entries(properties).map(([key, s]) => [key, fromJsonSchema(s, depth + 1)]));
      return fc.record(record, { requiredKeys: required.filter((k) => k in properties) });
    }
    case "array":
      return fc.array(schema.items ? fromJsonSchema(schema.items, depth + 1) : fc.jsonValue(), { maxLength: Math.min(schema.maxItems ?? 3, 3) });
    case "string":
      if (schema.format === "date-time") return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
      if (schema.format === "email") return fc.emailAddress();
      if (schema.format === "uri") return fc.webUrl();
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? 10_000));
      return text(schema.maxLength ?? 200).filter((s) => s.length >= (schema.minLength ?? 0));
    case "integer":
      return fc.integer({ min: Math.max(schema.minimum ?? -1e9, -Number.MAX_SAFE_INTEGER), max: Math.min(schema.maximum ?? 1e9, Number.MAX_SAFE_INTEGER) });
    case "number":
      return fc.double({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A valid fødselsnummer or D-nummer (check digits computed), as 11 digits. */
export const identityNumber: fc.Arbitrary<string> = fc
  .record({
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    year: fc.integer({ min: 0, max: 99 }),
    individual: fc.integer({ min: 0, max: 499 }),
    dNumber: fc.boolean(),
  })
  .map(({ day, month, year, individual, dNumber }) =>
    withCheckDigits(`${pad(day + (dNumber ? 40 : 0))}${pad(month)}${pad(year)}${String(individual).padStart(3, "0")}`),
  )
  .filter((n): n is string => n !== undefined);

const pad = (n: number) => String(n).padStart(2, "0");

/** The nine first digits with both check digits, or undefined when the number cannot exist. */
export function withCheckDigits(nine: string): string | undefined {
  const d = Array.from(nine, Number);
  const k1w = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const k1 = (11 - (k1w.reduce((s, w, i) => s + w * (d[i] ?? 0), 0) % 11)) % 11;
  if (k1 === 10) return undefined;
  const k2w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const withK1 = [...d, k1];
  const k2 = (11 - (k2w.reduce((s, w, i) => s + w * (withK1[i] ?? 0), 0) % 11)) % 11;
  if (k2 === 10) return undefined;
  return `${nine}${k1}${k2}`;
}

/** Full-width digits (U+FF10–U+FF19), as text pasted from East Asian input methods has them. */
const fullWidth = (digits: string) => Array.from(digits, (d) => (d >= "0" && d <= "9" ? String.fromCharCode(0xff10 + Number(d)) : d)).join("");

/**
 * An identity number written as people (and people pasting text) write it: plain, 6+5 with a space, a
 * hyphen, an en dash or a line break, with dots, in groups of three, with zero-width or soft-hyphen
 * characters inside, or in full-width digits.
 */
export const writtenIdentityNumber: fc.Arbitrary<string> = fc
  .tuple(
    identityNumber,
    fc.constantFrom(
      "plain",
      "space",
      "dots",
      "spaces",
      "hyphen",
      "en-dash",
      "dotted-3",
      "spaced-3",
      "line-break",
      "zero-width",
      "soft-hyphen",
      "full-width",
      "slash",
    ),
  )
  .map(([n, style]) => {
    const [a, b] = [n.slice(0, 6), n.slice(6)];
    switch (style) {
      case "space":
        return `${a} ${b}`;
      case "dots":
        return `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)} ${b}`;
      case "spaces":
        return `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6, 9)} ${n.slice(9)}`;
      case "hyphen":
        return `${a}-${b}`;
      case "en-dash":
        return `${a}\u2013${b}`;
      case "dotted-3":
        return `${a}.${n.slice(6, 9)}.${n.slice(9)}`;
      case "spaced-3":
        return `${a} ${n.slice(6, 9)} ${n.slice(9)}`;
      case "line-break":
        return `${a}\n${b}`;
      case "zero-width":
        return `${n.slice(0, 4)}\u200B${n.slice(4)}`;
      case "soft-hyphen":
        return `${a}\u00AD${b}`;
      case "full-width":
        return fullWidth(`${a}-${b}`);
      case "slash":
        return `${n.slice(0, 2)}/${n.slice(2, 4)}/${n.slice(4, 6)} ${b}`;
      default:
        return n;
    }
  });

function nested(depth: number): unknown {
  let value: unknown = "bunn";
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}

/** Values no field expects: wrong types, edge numbers, huge and strange strings, deep nesting, identity numbers. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -0,
    -1,
    5e-324,
    -1e-200,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 31,
    -(2 ** 31) - 1,
    0.1 + 0.2,
    "",
    " ",
    "\u0000",
    "\uFEFF",
    "\u202E",
    "𝕳𝖊𝖎",
  ),
  fc.double(),
  fc.integer(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.integer({ min: 1_000, max: 120_000 }).map((n) => "æ".repeat(n)),
  fc.integer({ min: 10, max: 2_000 }).map(nested),
  writtenIdentityNumber.map((n) => `Deltaker ${n} møtte opp`),
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 5 }),
);

/** Replaces, adds or removes values anywhere in a JSON value. */
function mutate(value: unknown, mutation: { path: number[]; replacement: unknown; unknownKey: string | undefined }): unknown {
  const copy: unknown = structuredClone(value);
  let target: unknown = copy;
  for (const step of mutation.path) {
    if (target === null || typeof target !== "object") break;
    const keys = Object.keys(target);
    if (keys.length === 0) break;
    const key = keys[step % keys.length] as string;
    const child = (target as Record<string, unknown>)[key];
    if (child === null || typeof child !== "object" || step % 3 === 0) {
      (target as Record<string, unknown>)[key] = mutation.replacement;
      break;
    }
    target = child;
  }
  if (mutation.unknownKey !== undefined && copy !== null && typeof copy === "object" && !Array.isArray(copy)) {
    (copy as Record<string, unknown>)[mutation.unknownKey] = mutation.replacement;
  }
  return copy;
}

/** Request bodies for a route: shaped by its schema, then broken in every way a client might break them. */
export function bodyFor(schema: z.core.$ZodType): fc.Arbitrary<unknown> {
  const shaped = fromJsonSchema(jsonSchemaOf(schema));
  const mutated = fc
    .tuple(shaped, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), hostileValue, fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }))
    .map(([value, path, replacement, unknownKey]) => mutate(value, { path, replacement, unknownKey }));
  return fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 5, arbitrary: mutated }, { weight: 2, arbitrary: hostileValue });
}

/** Raw request bodies that are not JSON a schema can read, with content types that may or may not say JSON. */
/**
 * Bodies to throw at a write route, from its contract: shaped by its body schema, with hostile values mixed
 * in. A route without a body gets trial-shaped bodies, which it must ignore.
 */
export function bodiesFor(route: Pick<RouteContract, "body">, count: number): unknown[] {
  return fc.sample(bodyFor(route.body ?? PilotContentSchema), { numRuns: count });
}

/** The routes that write: every POST and PUT in the contracts. */
export function writeRoutes(routes: readonly RouteContract[]): RouteContract[] {
  return routes.filter((r) => r.method === "POST" || r.method === "PUT");
}

export const rawRequest = fc.record({
  body: fc.oneof(
    fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.constantFrom("{", "[", '{"title":', '{"title":"x",}', "nul", "undefined", "NaN", "{'title':'x'}", "\u0000", '{"a":1}{"a":2}', "[".repeat(5_000)),
    fc.jsonValue().map((v) => JSON.stringify(v) ?? "null"),
  ),
  contentType: fc.constantFrom(
    "application/json",
    "application/json; charset=utf-8",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/problem+json",
    "",
    "application/jsonx",
    "json",
  ),
});

/** Runs `tasks` with at most `concurrency` at a time. */
export async function inParallel<T>(tasks: readonly (() => Promise<T>)[], concurrency: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await (tasks[i] as () => Promise<T>)();
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker));
  return results;
}
