import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Pilot } from "../../shared/domain/pilot.ts";
import { MEASURE_UNITS } from "../../shared/domain/taxonomy.ts";
import { poolMeasures } from "../../shared/public/pages/method.ts";
import { toPublicPilot } from "../../shared/domain/public-trial/projection.ts";
import { SMALL_COUNT_LABEL } from "../../shared/domain/public-trial/public-pilot.ts";

const small = (n: unknown) => typeof n === "number" && n > 0 && n < 5;

/**
 * Whether a figure rests on fewer than 5 people: its n is below 5 (a zero from nobody excepted), or it is a
 * count of people (unit "antall") between 1 and 4 either way (a count of nobody tells nothing).
 */
function hiddenFrom(value: number, n: number, unit: string): boolean {
  if (n < 5) return !(n === 0 && value === 0);
  return unit === "antall" && value !== 0 && Math.abs(value) < 5;
}

const count = fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 10_000 }));
const figure = fc.oneof(fc.integer({ min: 0, max: 8 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 6, noNaN: true }));

const measure = fc.record(
  {
    measureCode: fc.constant("arbeid-utdanning-6m" as const),
    unit: fc.constantFrom(...MEASURE_UNITS.map((u) => u.code)),
    name: fc.constant("Mål"),
    value: figure,
    n: count,
    comparison: fc.record({ value: figure, n: count, description: fc.constant("Nabokontor") }, { requiredKeys: ["value", "description"] }),
    baseline: fc.record({ value: figure, description: fc.constant("Før") }),
  },
  { requiredKeys: ["unit", "name", "value", "n"] },
);

/** A published trial with random participants and measures; everything else fixed. */
const publishedPilot = fc
  .record({ participants: fc.option(count, { nil: undefined }), measures: fc.array(measure, { maxLength: 4 }), seq: fc.integer({ min: 0, max: 9999 }) })
  .map(
    ({ participants, measures, seq }): Pilot => ({
      id: `01J${String(seq).padStart(23, "0")}`,
      slug: `utproving-${seq}`,
      officeId: "nav-lier",
      county: "buskerud",
      state: "published",
      version: 3,
      createdAt: "2024-01-01T10:00:00.000Z",
      createdBy: { sub: "kontor-nav-lier", name: "Ansatt" },
      updatedAt: "2024-02-01T10:00:00.000Z",
      updatedBy: { sub: "kurator", name: "Kurator" },
      stateChangedAt: "2024-02-01T10:00:00.000Z",
      publishedAt: "2024-02-01T10:00:00.000Z",
      firstPublishedAt: "2024-02-01T10:00:00.000Z",
      publishedVersion: 3,
      evidence: { strength: 2, direction: "positiv" },
      content: {
        title: "Liten gruppe",
        ...(participants !== undefined ? { participants: { count: participants } } : {}),
        results: { outcome: "virket", measures: measures.map((m) => ({ ...m, unit: m.measureCode ? "prosent" : m.unit })) as never },
      },
    }),
  );

/** Every value under a key called count or n, anywhere in a value. */
function countsIn(value: unknown, key = ""): unknown[] {
  if (Array.isArray(value)) return value.flatMap((v) => countsIn(v, key));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => countsIn(v, k));
  return key === "count" || key === "n" ? [value] : [];
}

describe("small counts in the public projection", () => {
  it("shows no count of people between 1 and 4, hides every figure computed from fewer than 5 people, and leaves out a comparison without its n", () => {
    const withCodes = publishedPilot.map((p) => {
      // Half the measures without a standard code, so that every unit occurs.
      const measures = (p.content.results?.measures ?? []).map((m, i) => (i % 2 === 0 ? m : { ...m, measureCode: undefined, unit: m.unit }));
      return { ...p, content: { ...p.content, results: { outcome: "virket" as const, measures } } };
    });
    fc.assert(
      fc.property(withCodes, (pilot) => {
        // Act
        const projected = toPublicPilot(pilot, pilot.firstPublishedAt ?? "");
        // Assess
        expect(countsIn(projected).filter(small)).toEqual([]);
        const source = pilot.content.results?.measures ?? [];
        projected.results?.measures.forEach((m, i) => {
          const raw = source[i];
          if (!raw) throw new Error("measure lost");
          expect(m.value).toBe(hiddenFrom(raw.value, raw.n, raw.unit) ? SMALL_COUNT_LABEL : raw.value);
          if (raw.baseline) expect(m.baseline?.value).toBe(hiddenFrom(raw.baseline.value, raw.n, raw.unit) ? SMALL_COUNT_LABEL : raw.baseline.value);
          if (raw.comparison?.n === undefined) expect(m.comparison).toBeUndefined();
          else expect(m.comparison?.value).toBe(hiddenFrom(raw.comparison.value, raw.comparison.n, raw.unit) ? SMALL_COUNT_LABEL : raw.comparison.value);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("pools only figures from 5 or more people, and hides a pooled count of people below 5", () => {
    fc.assert(
      fc.property(fc.array(publishedPilot, { minLength: 2, maxLength: 6 }), (pilots) => {
        const projected = pilots.map((p, i) => toPublicPilot({ ...p, id: `01J${String(i).padStart(23, "0")}` }, p.firstPublishedAt ?? ""));
        for (const pooled of poolMeasures(projected)) {
          expect(small(pooled.participants)).toBe(false);
          if (pooled.comparison) expect(small(pooled.comparison.n)).toBe(false);
          if (pooled.unit === "antall" && typeof pooled.value === "number") expect(small(pooled.value)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});
