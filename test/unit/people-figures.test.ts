import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Pilot, PilotContent } from "../../shared/domain/pilot.ts";
import { MEASURE_UNITS } from "../../shared/domain/taxonomy.ts";
import { aggregateMethod } from "../../shared/public/pages/method.ts";
import { openDataRows, pilotsToCsv } from "../../shared/public/open-data/csv.ts";
import { statistics } from "../../shared/domain/public-trial/statistics.ts";
import { pilotsToXlsx } from "../../shared/public/open-data/xlsx.ts";
import { HIDDEN_FIGURE_LABEL, peopleFigure, type PeopleFigure } from "../../shared/domain/public-trial/people-figure.ts";
import { toPublicPilot } from "../../shared/domain/public-trial/projection.ts";
import { PublicPilotSchema, type PublicPilot } from "../../shared/domain/public-trial/public-pilot.ts";
import { pilotFeed } from "../../site/src/lib/feeds.ts";
import type { SiteData } from "../../site/src/lib/data.ts";
import { publicPilot } from "../support/public-pilot-builder.ts";

/**
 * Every n and every count is drawn from 0–10, and every figure gets a value no other field has (a sentinel),
 * recorded as allowed when its n is 5 or more and as forbidden otherwise. No forbidden sentinel may appear in
 * anything public: the record, the CSV, the workbook, the feed, the method aggregate, the statistics.
 */
const METHOD = "metode-a";
const STANDARD = "arbeid-utdanning-6m";
const fewOrMore = fc.integer({ min: 0, max: 10 });

const storedMeasure = fc.record({
  unit: fc.constantFrom(...MEASURE_UNITS.map((u) => u.code)),
  standard: fc.boolean(),
  n: fewOrMore,
  comparison: fc.option(fc.option(fewOrMore, { nil: undefined }), { nil: null }),
  baseline: fc.boolean(),
});
const storedInterim = fc.record({ value: fc.boolean(), n: fc.option(fewOrMore, { nil: undefined }) });
const storedShape = fc.record({
  participants: fc.option(fewOrMore, { nil: undefined }),
  cost: fc.boolean(),
  results: fc.boolean(),
  measures: fc.array(storedMeasure, { maxLength: 4 }),
  interim: fc.array(storedInterim, { maxLength: 3 }),
});

/** Unique figures, each recorded with the n it rests on. */
class Sentinels {
  private next = 0;
  readonly allowed = new Set<number>();
  readonly forbidden = new Set<number>();

  /** A fresh figure; `n` undefined is a figure whose n was not given. */
  figure(n: number | undefined): number {
    return this.record(31_000_000 + this.nextStep() + 0.5, n);
  }

  /** A fresh whole figure (an amount in kroner). */
  wholeFigure(n: number): number {
    return this.record(52_000_000 + this.nextStep(), n);
  }

  private nextStep(): number {
    this.next += 1;
    return this.next * 1_013;
  }

  private record(value: number, n: number | undefined): number {
    (n !== undefined && n >= 5 ? this.allowed : this.forbidden).add(value);
    return value;
  }
}

type Shape = typeof storedShape extends fc.Arbitrary<infer T> ? T : never;

function storedPilot(shape: Shape, index: number, sentinels: Sentinels): Pilot {
  const content: PilotContent = { title: `Utprøving ${index}` };
  if (shape.participants !== undefined) content.participants = { count: shape.participants };
  if (shape.cost) {
    // The total is chosen so that the cost per participant is a sentinel; with 1 participant it would be the
    // total, which is public anyway.
    const count = shape.participants ?? 0;
    content.cost = { costNok: count >= 2 ? sentinels.wholeFigure(count) * count : 100_000, staffYears: 1.5 };
  }
  if (shape.results) {
    content.results = {
      outcome: "virket",
      measures: shape.measures.map((m) => {
        const unit = m.standard ? "prosent" : m.unit;
        return {
          ...(m.standard ? { measureCode: STANDARD } : {}),
          name: "Mål",
          unit,
          value: sentinels.figure(m.n),
          n: m.n,
          ...(m.comparison !== null
            ? { comparison: { value: sentinels.figure(m.comparison), ...(m.comparison !== undefined ? { n: m.comparison } : {}), description: "Nabokontor" } }
            : {}),
          ...(m.baseline ? { baseline: { value: sentinels.figure(m.n), description: "Før" } } : {}),
        };
      }),
    };
  }
  content.interimResults = shape.interim.map((r, i) => ({
    date: "2024-03-01",
    summary: `Delresultat ${i}`,
    ...(r.value ? { value: sentinels.figure(r.n) } : {}),
    ...(r.n !== undefined ? { n: r.n } : {}),
  }));
  const id = `01J${String(index).padStart(23, "0")}`;
  return {
    id,
    slug: `utproving-${index}`,
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
    methodId: METHOD,
    evidence: { strength: 2, direction: "positiv" },
    content,
  };
}

function project(shapes: readonly Shape[]) {
  const sentinels = new Sentinels();
  const stored = shapes.map((shape, i) => storedPilot(shape, i, sentinels));
  return { stored, sentinels, published: stored.map((p) => toPublicPilot(p, p.firstPublishedAt ?? "")) };
}

/** Keys whose numbers are not about people: evidence level, follow-up, effort and money, counts of trials. */
const NOT_PEOPLE = new Set(["strength", "followUpMonths", "staffYears", "costNok", "amountNok", "trials", "reportedBy", "offices", "withoutResults"]);
const COUNT_KEYS = new Set(["count", "n", "participants"]);

/** Every number in a value, with the key it sits under. */
function numericLeaves(value: unknown, key = ""): { key: string; value: number }[] {
  if (Array.isArray(value)) return value.flatMap((v) => numericLeaves(v, key));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => numericLeaves(v, k));
  return typeof value === "number" ? [{ key, value }] : [];
}

/** The forbidden sentinels written in a text, as whole numbers (not as part of a longer one). */
function leaked(text: string, sentinels: Sentinels): number[] {
  return [...sentinels.forbidden].filter((s) => new RegExp(`(?<![\\d.])${String(s).replace(".", "\\.")}(?!\\d)`).test(text));
}

const CONTEXT = {
  offices: [{ id: "nav-lier", name: "NAV Lier", county: "buskerud" as const }],
  methods: [{ id: METHOD, slug: METHOD, name: "Metode A" }],
  pilotUrl: (p: PublicPilot) => `https://utproving.nav.example/utproving/${p.slug}/`,
};

const siteData = { officeName: () => "NAV Lier", updatedAt: "2024-02-01T10:00:00.000Z" } as unknown as SiteData;

describe("every figure about people in public output", { timeout: 120_000 }, () => {
  it("rests on 5 or more people, or is not there: every numeric leaf of the public records checked", () => {
    fc.assert(
      fc.property(fc.array(storedShape, { minLength: 1, maxLength: 5 }), (shapes) => {
        // Act
        const { sentinels, published } = project(shapes);
        // Assess
        for (const leaf of numericLeaves(published)) {
          if (NOT_PEOPLE.has(leaf.key)) continue;
          if (COUNT_KEYS.has(leaf.key)) expect(leaf.value === 0 || leaf.value >= 5, `${leaf.key} = ${leaf.value}`).toBe(true);
          else expect(leaf.value === 0 || sentinels.allowed.has(leaf.value), `${leaf.key} = ${leaf.value}`).toBe(true);
        }
        expect(leaked(JSON.stringify(published), sentinels)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it("leaves nothing from fewer than 5 people in the CSV, the workbook rows, the feed, the method aggregate or the statistics", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(storedShape, { minLength: 1, maxLength: 5 }), async (shapes) => {
        // Act
        const { sentinels, published } = project(shapes);
        const csv = pilotsToCsv(published, CONTEXT);
        const rows = openDataRows(published, CONTEXT);
        const feed = await pilotFeed({
          data: siteData,
          site: new URL("https://utproving.nav.example"),
          selfPath: "/feed.xml",
          pagePath: "/",
          title: "Nye",
          subtitle: "Nye utprøvinger",
          pilots: published,
        }).text();
        const aggregate = aggregateMethod({ id: METHOD, recommended: false }, published);
        const stats = statistics(published);
        // Assess
        // A pooled mean is new arithmetic, not a copy of a figure (the next test checks what goes into it).
        const copied = { ...aggregate, pooled: aggregate.pooled.map(({ value: _value, comparison, ...rest }) => ({ ...rest, comparisonN: comparison?.n })) };
        const outputs = { csv, rows: JSON.stringify(rows), feed, aggregate: JSON.stringify(copied), statistics: JSON.stringify(stats) };
        for (const [name, text] of Object.entries(outputs)) expect(leaked(text, sentinels), name).toEqual([]);
        expect(csv).not.toMatch(/\(n=[1-4]\)/);
        const participants = rows.map((row) => row[17]);
        expect(participants.filter((c) => typeof c === "number" && c > 0 && c < 5)).toEqual([]);
        for (const pooled of aggregate.pooled) {
          expect(pooled.participants === 0 || (typeof pooled.participants === "number" && pooled.participants >= 5)).toBe(true);
          if (pooled.comparison) expect(typeof pooled.comparison.n === "number" && pooled.comparison.n >= 5).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("pools only the figures of trials whose n is 5 or more", () => {
    fc.assert(
      fc.property(fc.array(storedShape, { minLength: 2, maxLength: 6 }), (shapes) => {
        // Act
        const { stored, published } = project(shapes);
        const pooled = aggregateMethod({ id: METHOD, recommended: false }, published).pooled.find((p) => p.measureCode === STANDARD);
        // Assess: the expected pool from the stored figures, the first standard measure of each trial
        const reports = stored.flatMap((p) => {
          const m = p.content.results?.measures?.find((x) => x.measureCode === STANDARD);
          return m ? [{ id: p.id, value: m.value, n: m.n }] : [];
        });
        if (reports.length < 2) {
          expect(pooled).toBeUndefined();
          return;
        }
        const usable = reports.filter((r) => r.n >= 5);
        expect(pooled?.included).toEqual(usable.map((r) => r.id));
        const total = usable.reduce((sum, r) => sum + r.n, 0);
        expect(pooled?.participants).toBe(total);
        if (total > 0) expect(pooled?.value).toBeCloseTo(usable.reduce((sum, r) => sum + r.value * r.n, 0) / total, 6);
        else expect(pooled?.value).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it("writes no forbidden figure into the workbook", async () => {
    // Prepare: trials with every kind of figure, half from fewer than 5 people
    const shapes = fc.sample(fc.array(storedShape, { minLength: 3, maxLength: 6 }), { numRuns: 5, seed: 5 }).flat();
    const { sentinels, published } = project(shapes);
    expect(sentinels.forbidden.size).toBeGreaterThan(0);
    // Act
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await pilotsToXlsx(published, CONTEXT)).buffer);
    const cells: unknown[] = [];
    workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    // Assess
    expect(cells.length).toBeGreaterThan(0);
    expect(leaked(JSON.stringify(cells), sentinels)).toEqual([]);
    expect(cells).toContain(HIDDEN_FIGURE_LABEL);
  });
});

describe("peopleFigure", () => {
  it.each([
    [77.7, 3, HIDDEN_FIGURE_LABEL],
    [77.7, 4, HIDDEN_FIGURE_LABEL],
    [77.7, 0, HIDDEN_FIGURE_LABEL],
    [77.7, 5, 77.7],
    [0, 0, 0],
    [3, 3, HIDDEN_FIGURE_LABEL],
    [12, 12, 12],
    [Number.NaN, 10, HIDDEN_FIGURE_LABEL],
    [50, Number.NaN, HIDDEN_FIGURE_LABEL],
  ])("shows %s from %s people as %s", (value, basedOn, expected) => {
    expect(peopleFigure(value, basedOn)).toBe(expected);
  });

  it("is the only way to put a number where public output holds a figure about people", () => {
    const figure: PeopleFigure = peopleFigure(40, 20);
    // @ts-expect-error -- a plain number is not a figure about people: it has not been through the rule
    const plain: PeopleFigure = 40;
    // @ts-expect-error -- nor can a public measure take one
    const measure: NonNullable<PublicPilot["results"]>["measures"][number] = { name: "Mål", unit: "prosent", value: 40, n: peopleFigure(20, 20) };
    // @ts-expect-error -- nor the interim results that once showed "77,7, n = færre enn 5"
    const interim: NonNullable<PublicPilot["interimResults"]>[number] = { date: "2024-03-01", summary: "Så langt", value: 77.7, n: HIDDEN_FIGURE_LABEL };
    expect([figure, plain, measure.value, interim.value]).toEqual([40, 40, 40, 77.7]);
  });
});

describe("reading a public record stored before every field went through the rule", () => {
  it("hides a figure whose n is hidden, and leaves out a comparison or interim figure without its n", () => {
    // Prepare: as the projection once wrote them, "77,7, n = færre enn 5"
    const stored = {
      ...JSON.parse(JSON.stringify(publicPilot())),
      results: {
        outcome: "virket",
        failureReasons: [],
        measures: [
          {
            name: "Andel i arbeid",
            unit: "prosent",
            value: 50,
            n: HIDDEN_FIGURE_LABEL,
            baseline: { value: 30, description: "Før" },
            comparison: { value: 40, description: "Landet" },
          },
          { name: "Ventetid", unit: "dager", value: 12, n: 0, comparison: { value: 20, n: HIDDEN_FIGURE_LABEL, description: "Nabokontor" } },
          { name: "Tilfredshet", unit: "skala-1-6", value: 4.5, n: 40, comparison: { value: 4.1, n: 80, description: "Nabokontor" } },
        ],
      },
      interimResults: [
        { date: "2024-03-01", summary: "Så langt", value: 77.7, n: HIDDEN_FIGURE_LABEL },
        { date: "2024-04-01", summary: "Uten antall", value: 12 },
        { date: "2024-05-01", summary: "Mange", value: 30, n: 20 },
      ],
    };

    // Act
    const read = PublicPilotSchema.parse(stored);

    // Assess
    expect(read.results?.measures.map((m) => [m.value, m.baseline?.value, m.comparison?.value])).toEqual([
      [HIDDEN_FIGURE_LABEL, HIDDEN_FIGURE_LABEL, undefined],
      [HIDDEN_FIGURE_LABEL, undefined, HIDDEN_FIGURE_LABEL],
      [4.5, undefined, 4.1],
    ]);
    expect(read.results?.measures[0]).not.toHaveProperty("comparison");
    expect(read.interimResults?.map((r) => r.value)).toEqual([HIDDEN_FIGURE_LABEL, undefined, 30]);
    expect(read.interimResults?.[1]).not.toHaveProperty("value");
  });
});
