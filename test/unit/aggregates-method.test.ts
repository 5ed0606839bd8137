import { describe, expect, it } from "vitest";
import { aggregateMethod, methodResolver, methodSummaryText, poolMeasures, replicationTree } from "../../shared/public/index.ts";
import { publicPilot, resultsWith } from "../support/public-pilot-builder.ts";

describe("aggregateMethod", () => {
  it("counts trials, distinct offices (partner offices too) and outcomes of the method only", () => {
    // Prepare
    const pilots = [
      publicPilot({ methodId: "ips", officeId: "nav-lier", results: resultsWith("virket") }),
      publicPilot({ methodId: "ips", officeId: "nav-larvik", partnerOfficeIds: ["nav-lier", "nav-horten"], results: resultsWith("delvis") }),
      publicPilot({ methodId: "ips", officeId: "nav-larvik" }),
      publicPilot({ methodId: "annen-metode", officeId: "nav-alta", results: resultsWith("virket") }),
    ];

    // Act
    const aggregate = aggregateMethod({ id: "ips", recommended: true }, pilots);

    // Assess
    expect(aggregate.trials).toBe(3);
    expect(aggregate.offices).toBe(3);
    expect(aggregate.officeIds).toEqual(["nav-horten", "nav-larvik", "nav-lier"]);
    expect(aggregate.outcomes).toEqual({ virket: 1, delvis: 1, "virket-ikke": 0, negativ: 0, "for-tidlig": 0 });
    expect(aggregate.withoutResults).toBe(1);
    expect(aggregate.recommended).toBe(true);
  });

  it("gives the strongest evidence, whatever its direction", () => {
    // Prepare
    const strongNoEffect = publicPilot({ methodId: "m", evidence: { strength: 4, direction: "ingen" } });
    const pilots = [publicPilot({ methodId: "m", evidence: { strength: 3, direction: "positiv" } }), strongNoEffect];

    // Act
    const aggregate = aggregateMethod({ id: "m" }, pilots);

    // Assess
    expect(aggregate.strongestEvidence).toEqual({ strength: 4, direction: "ingen", pilotId: strongNoEffect.id });
    expect(aggregate.recommended).toBe(false);
  });

  it("counts trials filed under a merged method for the method that was kept", () => {
    // Prepare
    const resolve = methodResolver([{ id: "ips" }, { id: "jobbspesialist", mergedInto: "ips" }]);
    const pilots = [publicPilot({ methodId: "ips" }), publicPilot({ methodId: "jobbspesialist" })];

    // Act
    const aggregate = aggregateMethod({ id: "ips" }, pilots, { resolveMethodId: resolve });

    // Assess
    expect(aggregate.trials).toBe(2);
  });

  it("has no strongest evidence and says so when the method has no trials", () => {
    // Act
    const aggregate = aggregateMethod({ id: "tom" }, []);

    // Assess
    expect(aggregate.strongestEvidence).toBeUndefined();
    expect(methodSummaryText(aggregate)).toBe("Ingen publiserte utprøvinger ennå");
  });

  it("sums the record up in words and numbers", () => {
    // Prepare
    const pilots = [
      publicPilot({ methodId: "m", officeId: "a", results: resultsWith("virket"), evidence: { strength: 3, direction: "positiv" } }),
      publicPilot({ methodId: "m", officeId: "b", results: resultsWith("virket") }),
      publicPilot({ methodId: "m", officeId: "c", results: resultsWith("delvis") }),
    ];

    // Act
    const text = methodSummaryText(aggregateMethod({ id: "m" }, pilots));

    // Assess
    expect(text).toBe("Prøvd ved 3 kontorer (3 utprøvinger): 2 virket, 1 delvis; sterkeste kunnskapsgrunnlag: nivå 3");
  });
});

describe("poolMeasures", () => {
  it("pools a standard measure reported by several trials, weighted by n, against the pooled comparison", () => {
    // Prepare
    const pilots = [
      publicPilot({ results: resultsWith("virket", { value: 40, n: 100, comparison: { value: 30, n: 200 } }) }),
      publicPilot({ results: resultsWith("delvis", { value: 20, n: 300, comparison: { value: 20, n: 100 } }) }),
    ];

    // Act
    const [pooled] = poolMeasures(pilots);

    // Assess
    expect(pooled?.measureCode).toBe("arbeid-utdanning-6m");
    expect(pooled?.participants).toBe(400);
    expect(pooled?.value).toBeCloseTo((40 * 100 + 20 * 300) / 400);
    expect(pooled?.comparison?.value).toBeCloseTo((30 * 200 + 20 * 100) / 300);
    expect(pooled?.comparison?.n).toBe(300);
    expect(pooled?.comparison?.trials).toBe(2);
  });

  it("leaves out trials whose n is «færre enn 5» and says which", () => {
    // Prepare
    const small = publicPilot({ results: resultsWith("virket", { value: 100, n: "færre enn 5" }) });
    const pilots = [
      publicPilot({ results: resultsWith("virket", { value: 50, n: 10 }) }),
      publicPilot({ results: resultsWith("virket", { value: 30, n: 30 }) }),
      small,
    ];

    // Act
    const [pooled] = poolMeasures(pilots);

    // Assess
    expect(pooled?.reportedBy).toBe(3);
    expect(pooled?.included).toHaveLength(2);
    expect(pooled?.excluded).toEqual([{ pilotId: small.id, reason: "small-count" }]);
    expect(pooled?.value).toBeCloseTo((50 * 10 + 30 * 30) / 40);
  });

  it("does not pool a measure only one trial reports, nor pool a comparison without a usable n", () => {
    // Prepare
    const single = [publicPilot({ results: resultsWith("virket", { value: 50, n: 10 }) })];
    const noComparisonN = [
      publicPilot({ results: resultsWith("virket", { value: 50, n: 10, comparison: { value: 40 } }) }),
      publicPilot({ results: resultsWith("virket", { value: 50, n: 10, comparison: { value: 40, n: "færre enn 5" } }) }),
    ];

    // Act
    const fromSingle = poolMeasures(single);
    const [pooled] = poolMeasures(noComparisonN);

    // Assess
    expect(fromSingle).toEqual([]);
    expect(pooled?.comparison).toBeUndefined();
  });
});

describe("replicationTree", () => {
  it("hangs copies under the trial they copy, oldest first, and copies of copies deeper", () => {
    // Prepare
    const original = publicPilot({ firstPublishedAt: "2020-01-01T00:00:00.000Z" });
    const copyA = publicPilot({ replicatesPilotId: original.id, firstPublishedAt: "2021-01-01T00:00:00.000Z" });
    const copyB = publicPilot({ replicatesPilotId: original.id, firstPublishedAt: "2022-01-01T00:00:00.000Z" });
    const copyOfA = publicPilot({ replicatesPilotId: copyA.id, firstPublishedAt: "2023-01-01T00:00:00.000Z" });
    const unrelated = publicPilot({ firstPublishedAt: "2019-01-01T00:00:00.000Z" });

    // Act
    const tree = replicationTree([copyOfA, copyB, unrelated, original, copyA]);

    // Assess
    expect(tree).toEqual([
      { pilotId: unrelated.id, children: [] },
      {
        pilotId: original.id,
        children: [
          { pilotId: copyA.id, children: [{ pilotId: copyOfA.id, children: [] }] },
          { pilotId: copyB.id, children: [] },
        ],
      },
    ]);
  });

  it("makes a copy of a trial outside the method a root, and shows a copy cycle once", () => {
    // Prepare
    const outside = publicPilot({ replicatesPilotId: "01J0000000000000000000ZZZZ" });
    const a = publicPilot({ firstPublishedAt: "2020-01-01T00:00:00.000Z" });
    const b = publicPilot({ firstPublishedAt: "2021-01-01T00:00:00.000Z", replicatesPilotId: a.id });
    const cycleA = { ...a, replicatesPilotId: b.id };

    // Act
    const tree = replicationTree([outside, cycleA, b]);

    // Assess
    expect(tree.map((n) => n.pilotId)).toEqual([outside.id, a.id]);
    expect(tree[1]?.children.map((n) => n.pilotId)).toEqual([b.id]);
  });
});
