import { describe, expect, it } from "vitest";
import { designAdvice } from "../../shared/domain/design-advice.ts";

describe("what a planned trial can detect, in one sentence", () => {
  it("gives the smallest detectable increase with an equally large comparison group and against a known level", () => {
    // power.prop.test(n = 40, p1 = 0.3, power = 0.8) gives p2 = 0.6073: 30.7 points, rounded up to 31.
    const advice = designAdvice({ participants: 40, expectedShare: 30, followUpMonths: 6 });
    expect(advice.kind).toBe("estimate");
    if (advice.kind !== "estimate") return;
    expect(advice.sentence).toBe("Med 40 deltakere og 30 % uten tiltaket kan utprøvingen bare påvise en forskjell på minst 31 prosentpoeng med en like stor sammenligningsgruppe, eller 21 prosentpoeng mot et kjent nivå uten.");
    expect(advice.withComparison).toBe(31);
    expect(advice.withoutComparison).toBe(21);
    expect(advice.stronger).toHaveLength(3);
    expect(advice.stronger[0]).toMatch(/^En sammenligningsgruppe/);
    expect(advice.stronger[1]).toBe("Flere kontorer sammen gir flere deltakere: 3 kontorer med 40 deltakere hver kan sammen påvise 18 prosentpoeng med sammenligningsgruppe.");
    expect(advice.stronger[2]).toMatch(/lengre oppfølging/);
  });

  it("looks for a decrease when a lower share is better, and leaves out the longer follow-up when it is long already", () => {
    const advice = designAdvice({ participants: 40, expectedShare: 30, higherIsBetter: false, followUpMonths: 12 });
    if (advice.kind !== "estimate") throw new Error("expected an estimate");
    expect([advice.withComparison, advice.withoutComparison]).toEqual([24, 19]);
    expect(advice.stronger.some((s) => s.includes("oppfølging"))).toBe(false);
  });

  it("says plainly when the trial is too small to detect anything, and what is missing before it can tell", () => {
    const tiny = designAdvice({ participants: 3, expectedShare: 50 });
    if (tiny.kind !== "estimate") throw new Error("expected an estimate");
    expect(tiny.sentence).toBe("Med 3 deltakere og 50 % uten tiltaket kan utprøvingen ikke påvise noen forskjell med en like stor sammenligningsgruppe, og heller ikke mot et kjent nivå uten.");
    expect(tiny.withComparison).toBeUndefined();
    const small = designAdvice({ participants: 3, expectedShare: 30 });
    expect(small.kind === "estimate" && small.sentence).toBe("Med 3 deltakere og 30 % uten tiltaket kan utprøvingen ikke påvise noen forskjell med en like stor sammenligningsgruppe, men minst 64 prosentpoeng mot et kjent nivå uten.");
    expect(designAdvice({ expectedShare: 30 })).toEqual({ kind: "missing", text: "Fyll ut planlagt antall deltakere (minst 2) for å se hvor stor forskjell utprøvingen kan påvise." });
    expect(designAdvice({ participants: 40, expectedShare: 100 }).kind).toBe("missing");
    expect(designAdvice({ participants: 1.5, expectedShare: 30 }).kind).toBe("missing");
  });
});
