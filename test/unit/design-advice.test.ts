import { describe, expect, it } from "vitest";
import { designAdvice } from "../../shared/domain/design-advice.ts";

describe("what a planned trial can detect, in one sentence", () => {
  it("gives the smallest detectable increase with an equally large comparison group and against a known level", () => {
    // power.prop.test(n = 40, p1 = 0.3, power = 0.8) gives p2 = 0.6073: 30.7 points, rounded up to 31.
    const advice = designAdvice({ participants: 40, expectedShare: 30, followUpMonths: 6 });
    expect(advice.kind).toBe("estimate");
    if (advice.kind !== "estimate") return;
    expect(advice.sentence).toBe(
      "Med 40 deltakere og 30 % uten tiltaket kan utprøvingen bare påvise en forskjell på minst 31 prosentpoeng med en like stor sammenligningsgruppe, eller 21 prosentpoeng mot et kjent nivå uten.",
    );
    expect(advice.withComparison).toBe(31);
    expect(advice.withoutComparison).toBe(21);
    expect(advice.stronger).toHaveLength(3);
    expect(advice.stronger[0]).toMatch(/^En sammenligningsgruppe/);
    expect(advice.stronger[1]).toBe(
      "Flere kontorer sammen gir flere deltakere: 3 kontorer med 40 deltakere hver kan sammen påvise 18 prosentpoeng med sammenligningsgruppe.",
    );
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
    expect(tiny.sentence).toBe(
      "Med 3 deltakere og 50 % uten tiltaket kan utprøvingen ikke påvise noen forskjell med en like stor sammenligningsgruppe, og heller ikke mot et kjent nivå uten.",
    );
    expect(tiny.withComparison).toBeUndefined();
    const small = designAdvice({ participants: 3, expectedShare: 30 });
    expect(small.kind === "estimate" && small.sentence).toBe(
      "Med 3 deltakere og 30 % uten tiltaket kan utprøvingen ikke påvise noen forskjell med en like stor sammenligningsgruppe, men minst 64 prosentpoeng mot et kjent nivå uten.",
    );
    expect(designAdvice({ expectedShare: 30 })).toEqual({
      kind: "missing",
      text: "Fyll ut planlagt antall deltakere (minst 2) for å se hvor stor forskjell utprøvingen kan påvise.",
    });
    expect(designAdvice({ participants: 40, expectedShare: 100 }).kind).toBe("missing");
    expect(designAdvice({ participants: 1.5, expectedShare: 30 }).kind).toBe("missing");
  });
});

describe("the expected share without the trial, from the bank", () => {
  it("pools comparison groups of share measures weighted by n, per method and for the whole bank, leaving out small groups", async () => {
    const { expectedShareDefaults, expectedShareFor, expectedShareSource } = await import("../../shared/domain/forms/expected-share.ts");
    const trial = (method: string, value: number, n: number | string, code = "arbeid-utdanning-6m") => ({
      method,
      results: { measures: [{ measureCode: code, name: "x", unit: "prosent" as const, value: 50, n: 20, comparison: { value, n, description: "y" } }] },
    });
    const pilots = [trial("a", 30, 10), trial("a", 40, 30), trial("b", 20, 40), trial("b", 90, "færre enn 5"), trial("b", 10, 50, "ventetid-dager")];
    const defaults = expectedShareDefaults(pilots as never, (p) => (p as unknown as { method: string }).method);
    expect(defaults.byMethod.a?.["arbeid-utdanning-6m"]).toEqual({ value: 37.5, trials: 2, n: 40 });
    expect(defaults.bank["arbeid-utdanning-6m"]).toEqual({ value: 28.8, trials: 3, n: 80 });
    expect(defaults.bank["ventetid-dager"]).toBeUndefined();
    expect(expectedShareFor(defaults, "arbeid-utdanning-6m", "a")?.scope).toBe("method");
    const bank = expectedShareFor(defaults, "arbeid-utdanning-6m", "c");
    expect(bank?.value).toBe(28.8);
    expect(bank && expectedShareSource(bank)).toBe("Fylt ut med sammenligningsgruppene i bankens 3 utprøvinger med dette standardmålet (80 personer).");
    expect(expectedShareFor(defaults, "fullfort-vgs")).toBeUndefined();
  });
});
