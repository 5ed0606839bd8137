import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PilotContentSchema } from "../../shared/domain/pilot.ts";
import { api, tokenFor } from "../support/api.ts";
import { endedContent, publishedPilot, wholeExport } from "../support/lifecycle.ts";
import { inParallel, jsonSchemaOf, scale, writtenIdentityNumber } from "./arbitraries.ts";

const OFFICE = "nav-hamar";

type Schema = { type?: string; properties?: Record<string, Schema>; items?: Schema; enum?: unknown[]; pattern?: string; format?: string; anyOf?: Schema[] };

/** Every string field of a schema that is not a fixed choice (free text, ids, e-mail, phone, links), as paths into the body. */
function freeTextPaths(schema: Schema, path: (string | number)[] = []): (string | number)[][] {
  if (schema.anyOf) return schema.anyOf.flatMap((s) => freeTextPaths(s, path));
  if (schema.type === "object") return Object.entries(schema.properties ?? {}).flatMap(([key, s]) => freeTextPaths(s, [...path, key]));
  if (schema.type === "array" && schema.items) return freeTextPaths(schema.items, [...path, 0]);
  if (schema.type === "string" && !schema.enum) return [path];
  return [];
}

/** A copy of `body` with `value` at `path`, creating objects and arrays on the way. */
function withValueAt(body: unknown, path: (string | number)[], value: string): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  path.forEach((step, i) => {
    if (i === path.length - 1) {
      node[step] = value;
      return;
    }
    const nextIsIndex = typeof path[i + 1] === "number";
    if (node[step] === undefined || node[step] === null) node[step] = nextIsIndex ? [] : {};
    node = node[step] as Record<string | number, unknown>;
  });
  return copy;
}

/** A body with every optional part filled in, so that each free-text field exists in a valid context. */
function richContent() {
  const content = endedContent();
  return {
    ...content,
    documents: [{ kind: "rapport", title: "Sluttrapport", url: "https://nav.example/rapport.pdf" }],
    results: { ...content.results, researchPartner: "Fafo" },
    lessons: { whatWorked: "Tett oppfølging.", whatDidNot: "Sen rekruttering.", doDifferently: "Start tidligere." },
  };
}

const FREE_TEXT_PATHS = freeTextPaths(jsonSchemaOf(PilotContentSchema) as Schema);
const pointer = (path: (string | number)[]) => `/${path.join("/")}`;

describe("personal data stays out", () => {
  it("finds the free-text fields of the content schema", () => {
    expect(FREE_TEXT_PATHS.map(pointer)).toEqual(
      expect.arrayContaining([
        "/title",
        "/summary",
        "/lessons/whatWorked",
        "/recipe/steps/0",
        "/partners/0/role",
        "/partnerOfficeIds/0",
        "/contact/phone",
        "/contact/email",
        "/documents/0/url",
        "/plannedOutcomes/0/id",
      ]),
    );
  });

  it("refuses a fødselsnummer or D-nummer in any written form in every text field (ids, e-mail and links too) with 422 at that field", {
    timeout: 120_000,
  }, async () => {
    // Prepare
    const token = await tokenFor("kontor", OFFICE);
    const perField = scale(3, 25);
    const numbers = fc.sample(writtenIdentityNumber, { numRuns: FREE_TEXT_PATHS.length * perField });
    const cases = FREE_TEXT_PATHS.flatMap((path, i) =>
      numbers.slice(i * perField, (i + 1) * perField).map((number) => ({ path, number, text: `Gjelder bruker ${number}, se saken` })),
    );

    // Act
    const results = await inParallel(
      cases.map((c) => async () => ({ ...c, res: await api("POST", "/api/pilots", { token, body: withValueAt(richContent(), c.path, c.text) }) })),
      8,
    );

    // Assess
    for (const { path, number, res } of results) {
      const context = `${pointer(path)} ${number}: ${res.text.slice(0, 300)}`;
      expect(res.status, context).toBe(422);
      expect(res.body.errors, context).toContainEqual({ pointer: pointer(path), message: expect.stringMatching(/fødselsnummer/i) });
    }
  });

  it("never shows a count between 1 and 4 in the public export", { timeout: 120_000 }, async () => {
    // Prepare: trials published with small participant counts and small measure sizes
    const small = fc.sample(
      fc.record({ participants: fc.integer({ min: 1, max: 4 }), n: fc.integer({ min: 1, max: 4 }), comparisonN: fc.integer({ min: 1, max: 4 }) }),
      { numRuns: scale(3, 20) },
    );
    const ids: string[] = [];
    for (const [i, s] of small.entries()) {
      const content = endedContent({ title: `Liten gruppe ${i}`, participants: { count: s.participants } });
      const measure = content.results?.measures?.[0];
      if (measure && content.results)
        content.results = { ...content.results, measures: [{ ...measure, n: s.n, comparison: { value: 30, n: s.comparisonN, description: "Nabokontor" } }] };
      ids.push((await publishedPilot(OFFICE, content)).id);
    }

    // Act
    const exported = await wholeExport();

    // Assess
    const counts: unknown[] = [];
    const walk = (value: unknown, key = "") => {
      if (Array.isArray(value)) value.forEach((v) => walk(v, key));
      else if (value !== null && typeof value === "object") Object.entries(value).forEach(([k, v]) => walk(v, k));
      else if (key === "count" || key === "n" || key === "participants") counts.push(value);
    };
    walk(exported);
    expect(exported.filter((p) => ids.includes(p.id))).toHaveLength(ids.length);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.filter((c) => typeof c === "number" && c > 0 && c < 5)).toEqual([]);
    const res = await api("GET", `/api/public/pilots?limit=50`);
    expect(res.text).not.toMatch(/"(count|n)":[1-4][,}]/);
  });
});
