import { describe, expect, it } from "vitest";
import type { MeasureEffects } from "../../shared/public/pages/method-effects.ts";
import {
  directionSentence,
  directionWords,
  effectWithInterval,
  forestScale,
  forestSummary,
  forestValues,
  formatEffect,
  leftOutReason,
  PLOT_LEFT,
  PLOT_RIGHT,
  squareSide,
} from "../../site/src/lib/forest-plot.ts";

const trial = (pilotId: string, difference: number, lower: number, upper: number, weight?: number) => ({
  pilotId,
  difference,
  lower,
  upper,
  n: 100,
  comparisonN: 110,
  ...(weight !== undefined ? { weight } : {}),
});

const fourTrials: MeasureEffects = {
  kind: "risk-difference",
  trials: [
    trial("a", 12.07, 2.27, 21.57, 29.8),
    trial("b", 10.55, -0.57, 21.35, 25.6),
    trial("c", 0.75, -11.12, 12.66, 23.1),
    trial("d", -3.02, -15.42, 9.65, 21.5),
  ],
  leftOut: [{ pilotId: "e", reason: "no-comparison" }],
  pooled: { k: 4, estimate: 5.826, ciLower: -5.808, ciUpper: 17.46, prediction: { lower: -12.519, upper: 24.172 }, tau: 4.457, i2: 37.4 },
};

describe("forest plot numbers", () => {
  it("writes one decimal, a decimal comma and a real minus sign", () => {
    expect(formatEffect(-5.808)).toBe("\u22125,8");
    expect(formatEffect(15)).toBe("15,0");
    expect(formatEffect(-0.01)).toBe("0,0");
    expect(effectWithInterval(12.07, -0.57, 21.35)).toBe("12,1 (\u22120,6 til 21,4)");
  });
});

describe("forest plot scale", () => {
  it("takes in the zero line, every trial interval and the prediction interval, on round ticks", () => {
    // Act
    const scale = forestScale(forestValues(fourTrials));

    // Assess
    expect(scale.min).toBeLessThanOrEqual(-15.42);
    expect(scale.max).toBeGreaterThanOrEqual(24.172);
    expect(scale.ticks).toContain(0);
    expect(scale.ticks[0]).toBe(scale.min);
    expect(scale.ticks.at(-1)).toBe(scale.max);
    expect(scale.ticks.length).toBeGreaterThanOrEqual(4);
    expect(scale.ticks.length).toBeLessThanOrEqual(9);
    expect(scale.x(scale.min)).toBeCloseTo(PLOT_LEFT);
    expect(scale.x(scale.max)).toBeCloseTo(PLOT_RIGHT);
    expect(scale.x(0)).toBeGreaterThan(PLOT_LEFT);
    expect(scale.x(0)).toBeLessThan(PLOT_RIGHT);
  });

  it("keeps zero on the axis when every interval lies on one side of it", () => {
    // Act
    const scale = forestScale([12, 18, 31]);

    // Assess
    expect(scale.min).toBe(0);
    expect(scale.x(0)).toBeCloseTo(PLOT_LEFT);
    expect(scale.max).toBeGreaterThanOrEqual(31);
  });

  it("leaves out the prediction interval only when there is none", () => {
    const values = forestValues(fourTrials);
    expect(values).toContain(-12.519);
    expect(values).toContain(24.172);
    const { prediction: _p, ...pooledWithout } = fourTrials.pooled!;
    expect(forestValues({ ...fourTrials, pooled: pooledWithout })).not.toContain(-12.519);
  });

  it("sizes the squares by weight: the heaviest is the largest", () => {
    expect(squareSide(29.8, 29.8)).toBeGreaterThan(squareSide(21.5, 29.8));
    expect(squareSide(undefined, 0)).toBe(10);
  });
});

describe("forest plot words", () => {
  it("puts «bedre» on the right for a share in work and on the left for a waiting time", () => {
    expect(directionWords("arbeid-utdanning-6m")).toEqual({ left: "dårligere enn sammenligning", right: "bedre enn sammenligning" });
    expect(directionWords("ventetid-dager")).toEqual({ left: "bedre enn sammenligning", right: "dårligere enn sammenligning" });
  });

  it("says «vi vet ikke» when the pooled interval spans zero, and gives the prediction and the spread", () => {
    // Act
    const text = forestSummary({
      effects: fourTrials,
      measureCode: "arbeid-utdanning-6m",
      label: "Andel i arbeid eller utdanning 6 måneder etter",
      unit: "prosent",
    });

    // Assess
    expect(text).toEqual([
      "Samlet var andelen i arbeid eller utdanning 6 måneder etter 5,8 prosentpoeng høyere enn i sammenligningsgruppene (95 % KI \u22125,8 til 17,5).",
      "Intervallet omfatter null, så vi vet ikke om metoden virker bedre enn det sammenligningsgruppene fikk.",
      "I et nytt kontor vil effekten trolig ligge mellom \u221212,5 og 24,2 prosentpoeng.",
      "Forskjellen mellom kontorene: τ = 4,5 prosentpoeng, I² = 37 %.",
    ]);
  });

  it("calls a lower waiting time better and a lower share in work worse", () => {
    expect(directionSentence(-9, -2, "ventetid-dager")).toMatch(/trolig bedre/);
    expect(directionSentence(-9, -2, "arbeid-utdanning-6m")).toMatch(/trolig dårligere/);
    expect(directionSentence(2, 9, "ny-straffesak-12m")).toMatch(/trolig dårligere/);
  });

  it("tells the unit of a mean difference and that two trials give no prediction", () => {
    // Prepare
    const effects: MeasureEffects = {
      kind: "mean-difference",
      trials: [trial("a", -4, -7, -1, 50), trial("b", -3, -6, 0.5, 50)],
      leftOut: [],
      pooled: { k: 2, estimate: -3.5, ciLower: -9.1, ciUpper: 2.1, tau: 0, i2: 0 },
    };

    // Act
    const text = forestSummary({ effects, measureCode: "ventetid-dager", label: "Ventetid til første samtale (dager)", unit: "dager" });

    // Assess
    expect(text[0]).toBe("Samlet var «Ventetid til første samtale (dager)» 3,5 dager lavere enn i sammenligningsgruppene (95 % KI \u22129,1 til 2,1).");
    expect(text[2]).toMatch(/^Med bare to utprøvinger .* nytt kontor/);
  });

  it("with one trial shows its difference and says there is no pooled figure yet", () => {
    // Prepare
    const effects: MeasureEffects = { kind: "risk-difference", trials: [trial("a", 15, 4.41, 25.47)], leftOut: [{ pilotId: "b", reason: "no-comparison" }] };

    // Act
    const text = forestSummary({ effects, measureCode: "ordinaert-arbeid-6m", label: "Andel i ordinært arbeid 6 måneder etter", unit: "prosent" });

    // Assess
    expect(text[0]).toMatch(/ikke noe samlet tall ennå/);
    expect(text[1]).toBe(
      "I den utprøvingen var andelen i ordinært arbeid 6 måneder etter 15,0 prosentpoeng høyere enn i sammenligningsgruppen (95 % KI 4,4 til 25,5).",
    );
    expect(text).toHaveLength(2);
  });

  it("names why a trial was left out", () => {
    expect(leftOutReason("small-count")).toBe("færre enn 5 i en av gruppene");
    expect(leftOutReason("no-comparison")).toBe("uten sammenligningsgruppe");
    expect(leftOutReason("no-sd")).toBe("uten standardavvik");
  });
});
