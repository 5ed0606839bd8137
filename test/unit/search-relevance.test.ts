import { describe, expect, it } from "vitest";
import {
  judgementsFor,
  type JudgedQuery,
  ndcgAt,
  outcomeFor,
  readJudgements,
  recallAt,
  reciprocalRank,
  relevanceFigures,
} from "../../bench/search-relevance.ts";
import { withSampleTrials } from "../../bench/site.ts";
import { readFixture } from "../site/built-site.ts";

describe("relevance figures", () => {
  const relevant = { A: 2, B: 1, C: 2 };

  it("gives nDCG 1 for the ideal order and less when the best trial comes late", () => {
    expect(ndcgAt(10, ["A", "C", "B"], relevant)).toBeCloseTo(1, 10);
    expect(ndcgAt(10, ["B", "A", "C"], relevant)).toBeLessThan(1);
    expect(ndcgAt(10, ["X", "Y", "A", "C", "B"], relevant)).toBeLessThan(ndcgAt(10, ["A", "X", "Y", "C", "B"], relevant));
    // Exponential gain, log2 discount: [B, A] against the ideal [A, C, B]
    const expected = (1 + 3 / Math.log2(3)) / (3 + 3 / Math.log2(3) + 1 / Math.log2(4));
    expect(ndcgAt(10, ["B", "A"], relevant)).toBeCloseTo(expected, 10);
    expect(ndcgAt(2, ["X", "A", "C"], relevant)).toBeCloseTo(3 / Math.log2(3) / (3 + 3 / Math.log2(3)), 10);
  });

  it("gives the reciprocal rank of the first relevant trial and the recall in the first k", () => {
    expect(reciprocalRank(["X", "Y", "B"], relevant)).toBeCloseTo(1 / 3, 10);
    expect(reciprocalRank(["X"], relevant)).toBe(0);
    expect(recallAt(2, ["A", "X", "B"], relevant)).toBeCloseTo(1 / 3, 10);
    expect(recallAt(20, ["A", "X", "B"], relevant)).toBeCloseTo(2 / 3, 10);
  });

  it("averages over judged queries, and counts the queries that should and did find nothing apart", () => {
    const queries: JudgedQuery[] = [
      { q: "a", kind: "word", relevant },
      { q: "b", kind: "word", relevant: { B: 2 } },
      { q: "none", kind: "none", relevant: {} },
      { q: "none2", kind: "none", relevant: {} },
    ];
    const figures = relevanceFigures(queries, [
      outcomeFor(queries[0]!, ["A", "C", "B"], 3),
      outcomeFor(queries[1]!, [], 0),
      outcomeFor(queries[2]!, [], 0),
      outcomeFor(queries[3]!, ["A"], 1),
    ]);
    expect(figures.queries).toBe(2);
    expect(figures.ndcg10).toBeCloseTo(0.5, 10);
    expect(figures.mrr).toBeCloseTo(0.5, 10);
    expect(figures.bestBelow10).toEqual(["b"]);
    expect([figures.emptyQueries, figures.emptyFoundNothing]).toEqual([2, 1]);
  });
});

describe("the judged query set", () => {
  const queries = readJudgements();
  const titles = new Set(readFixture().pilots.map((p) => p.title));

  it("has at least 80 queries of every kind, each once", () => {
    expect(queries.length).toBeGreaterThanOrEqual(80);
    expect(new Set(queries.map((q) => q.q.toLocaleLowerCase("nb"))).size).toBe(queries.length);
    const kinds = new Set(queries.map((q) => q.kind));
    for (const kind of ["word", "inflected", "phrase", "abbreviation", "everyday", "place", "target-group", "misspelling", "none"])
      expect(kinds, kind).toContain(kind);
  });

  it("judges only trials of the sample, with grades 1 or 2, and a grade-2 trial for every query that should find something", () => {
    for (const query of queries) {
      for (const [title, grade] of Object.entries(query.relevant)) {
        expect(titles, `${query.q}: ${title}`).toContain(title);
        expect([1, 2], query.q).toContain(grade);
      }
      if (query.kind !== "none") expect(Object.values(query.relevant), query.q).toContain(2);
      else expect(query.relevant, query.q).toEqual({});
    }
    expect(judgementsFor(queries, new Set()).every((q) => Object.keys(q.relevant).length === 0)).toBe(true);
  });
});

describe("the judged trials at scale", () => {
  it("puts the sample's trials into a generated snapshot in place of as many generated ones", () => {
    // Prepare
    const generated = {
      generatedAt: "2025-01-01",
      pilots: [1, 2, 3, 4].map((i) => ({ id: `g${i}`, title: `Generert ${i}` })),
      methods: [{ id: "m1" }],
      offices: [{ id: "o1" }],
    };
    const sample = { generatedAt: "2026-01-01", pilots: [{ id: "s1", title: "Eksempel" }], methods: [{ id: "m1" }, { id: "m2" }], offices: [{ id: "o2" }] };

    // Act
    const merged = withSampleTrials(generated, sample);

    // Assess
    expect(merged.pilots.map((p) => p.id)).toEqual(["s1", "g1", "g2", "g3"]);
    expect(merged.methods.map((m) => m.id)).toEqual(["m1", "m2"]);
    expect(merged.offices.map((o) => o.id)).toEqual(["o1", "o2"]);
    expect(merged.generatedAt).toBe("2026-01-01");
  });
});
