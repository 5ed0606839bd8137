import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { meanDifference, riskDifference, shareEstimate } from "../../shared/domain/effect-size.ts";
import { standardMeasure } from "../../shared/domain/outcome-measures.ts";
import { measureEffects } from "../../shared/public/pages/method-effects.ts";
import { poolMeasures } from "../../shared/public/pages/method.ts";
import { PublicMeasureSchema, type PublicMeasure } from "../../shared/domain/public-trial/public-pilot.ts";
import { directionText, effectSentence, measureEffect } from "../../shared/domain/public-trial/trial-effects.ts";
import { publicPilot, resultsWith } from "../support/public-pilot-builder.ts";

interface PoolingCase {
  name: string;
  measure: string;
  ai?: number[];
  n1: number[];
  ci?: number[];
  n2: number[];
  m1?: number[];
  sd1?: number[];
  m2?: number[];
  sd2?: number[];
  estimate: number;
  ciLower: number;
  ciUpper: number;
  piLower: number;
  piUpper: number;
  I2: number;
}
const cases = (JSON.parse(readFileSync(new URL("../fixtures/metafor/cases.json", import.meta.url), "utf8")) as { pooling: PoolingCase[] }).pooling;

const share = (value: number, n: number, comparison?: { value: number; n?: number | "færre enn 5" }): PublicMeasure =>
  PublicMeasureSchema.parse({
    measureCode: "arbeid-utdanning-6m",
    name: "Andel i arbeid eller utdanning 6 måneder etter",
    unit: "prosent",
    value,
    n,
    ...(comparison ? { comparison: { ...comparison, description: "Kontrollkontorer" } } : {}),
  });
const waiting = (mean: number, sd: number | undefined, n: number, comparison: { value: number; sd?: number; n: number }): PublicMeasure =>
  PublicMeasureSchema.parse({
    measureCode: "ventetid-dager",
    name: "Ventetid",
    unit: "dager",
    value: mean,
    ...(sd !== undefined ? { sd } : {}),
    n,
    comparison: { ...comparison, description: "Før" },
  });

describe("measureEffect", () => {
  it("gives a share with a comparison group its risk difference with Newcombe's interval", () => {
    const effect = measureEffect(share(45, 64, { value: 19, n: 58 }));
    const expected = riskDifference({ value: 45, n: 64 }, { value: 19, n: 58 });
    expect(effect).toMatchObject({
      kind: "risk-difference",
      difference: expected.difference,
      lower: expected.lower,
      upper: expected.upper,
      n: 64,
      comparisonN: 58,
    });
  });

  it("gives a share without a comparison its Wilson interval, and a mean difference only with both standard deviations", () => {
    const wilson = shareEstimate({ value: 39, n: 38 });
    expect(measureEffect(share(39, 38))).toEqual({ kind: "share", share: wilson.share, lower: wilson.lower, upper: wilson.upper, n: 38 });
    const md = measureEffect(waiting(9, 4, 40, { value: 18, sd: 6, n: 50 }));
    expect(md).toMatchObject({ kind: "mean-difference", difference: -9, lower: meanDifference({ mean: 9, sd: 4, n: 40 }, { mean: 18, sd: 6, n: 50 }).lower });
    expect(measureEffect(waiting(9, undefined, 40, { value: 18, sd: 6, n: 50 }))).toBeUndefined();
  });

  it("gives nothing for a hidden figure, and a share alone where the comparison has no n (public output drops it)", () => {
    expect(measureEffect({ ...share(40, 10), n: "færre enn 5" })).toBeUndefined();
    expect(measureEffect(share(40, 30, { value: 30 }))).toMatchObject({ kind: "share", n: 30 });
  });
});

describe("effectSentence", () => {
  it("tells the difference in percentage points with what it counts and the interval", () => {
    const effect = measureEffect(share(45, 64, { value: 19, n: 58 }))!;
    const sentence = effectSentence(effect, { unit: "prosent", measureCode: "arbeid-utdanning-6m" });
    expect(sentence).toBe("26,3 prosentpoeng flere i arbeid eller utdanning enn i sammenligningsgruppen, trolig mellom 9,7 og 40,9");
  });

  it("marks a share without comparison, and says «vi vet ikke» when the interval spans zero", () => {
    expect(effectSentence(measureEffect(share(39, 38))!, { unit: "prosent" })).toContain("(uten sammenligning)");
    expect(effectSentence(measureEffect(share(31, 98, { value: 34, n: 110 }))!, { unit: "prosent", measureCode: "arbeid-utdanning-6m" })).toMatch(
      /^3 prosentpoeng færre .* trolig mellom −15,4 og 9,7$/,
    );
    expect(directionText(-4, 10, "arbeid-utdanning-6m")).toContain("vi vet ikke");
    expect(directionText(-9, -2, "ventetid-dager")).toBe("Trolig bedre enn sammenligningen.");
  });
});

describe("measureEffects", () => {
  it.each(cases.filter((c) => c.measure === "RD" && c.n1.every((n, i) => n >= 5 && c.n2[i]! >= 5)).map((c) => [c.name, c] as const))(
    "pools share trials as metafor does: %s",
    (_name, c) => {
      const reports = c.n1.map((n1, i) => ({
        pilotId: `t${i}`,
        measure: share((100 * c.ai![i]!) / n1, n1, { value: (100 * c.ci![i]!) / c.n2[i]!, n: c.n2[i]! }),
      }));
      const effects = measureEffects(standardMeasure("arbeid-utdanning-6m")!, reports)!;
      expect(effects.trials).toHaveLength(c.n1.length);
      expect(effects.pooled!.estimate).toBeCloseTo(100 * c.estimate, 8);
      expect(effects.pooled!.ciLower).toBeCloseTo(100 * c.ciLower, 8);
      expect(effects.pooled!.ciUpper).toBeCloseTo(100 * c.ciUpper, 8);
      if (c.n1.length >= 3) expect(effects.pooled!.prediction!.lower).toBeCloseTo(100 * c.piLower, 8);
      else expect(effects.pooled!.prediction).toBeUndefined();
      expect(effects.trials.reduce((s, t) => s + t.weight!, 0)).toBeCloseTo(100, 10);
    },
  );

  it.each(cases.filter((c) => c.measure === "MD").map((c) => [c.name, c] as const))("pools mean differences as metafor does: %s", (_name, c) => {
    const reports = c.n1.map((n1, i) => ({ pilotId: `t${i}`, measure: waiting(c.m1![i]!, c.sd1![i]!, n1, { value: c.m2![i]!, sd: c.sd2![i]!, n: c.n2[i]! }) }));
    const effects = measureEffects(standardMeasure("ventetid-dager")!, reports)!;
    expect(effects.kind).toBe("mean-difference");
    expect(effects.pooled!.estimate).toBeCloseTo(c.estimate, 8);
    expect(effects.pooled!.ciUpper).toBeCloseTo(c.ciUpper, 8);
    expect(effects.pooled!.i2).toBeCloseTo(c.I2, 6);
  });

  it("names the trials it leaves out: fewer than 5, no comparison, no standard deviation", () => {
    const shares = measureEffects(standardMeasure("arbeid-utdanning-6m")!, [
      { pilotId: "a", measure: share(40, 60, { value: 30, n: 60 }) },
      { pilotId: "b", measure: share(50, 40, { value: 30, n: "færre enn 5" }) },
      { pilotId: "c", measure: share(50, 40) },
    ])!;
    expect(shares.trials.map((t) => t.pilotId)).toEqual(["a"]);
    expect(shares.pooled).toBeUndefined();
    expect(shares.leftOut).toEqual([
      { pilotId: "b", reason: "small-count" },
      { pilotId: "c", reason: "no-comparison" },
    ]);
    const means = measureEffects(standardMeasure("ventetid-dager")!, [
      { pilotId: "d", measure: waiting(9, 4, 40, { value: 18, sd: 6, n: 50 }) },
      { pilotId: "e", measure: waiting(9, undefined, 40, { value: 18, n: 50 }) },
    ])!;
    expect(means.leftOut).toEqual([{ pilotId: "e", reason: "no-sd" }]);
  });

  it("is what the method aggregate carries per standard measure", () => {
    const pilots = [
      publicPilot({ results: resultsWith("virket", { value: 40, n: 100, comparison: { value: 30, n: 200 } }) }),
      publicPilot({ results: resultsWith("virket", { value: 20, n: 300, comparison: { value: 10, n: 100 } }) }),
      publicPilot({ results: resultsWith("virket", { value: 35, n: 80 }) }),
    ];
    const [pooled] = poolMeasures(pilots);
    expect(pooled?.effects?.trials.map((t) => t.pilotId)).toEqual([pilots[0]!.id, pilots[1]!.id]);
    expect(pooled?.effects?.leftOut).toEqual([{ pilotId: pilots[2]!.id, reason: "no-comparison" }]);
    expect(pooled?.effects?.pooled?.k).toBe(2);
  });
});
