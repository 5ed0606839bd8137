import { describe, expect, it } from "vitest";
import { aggregateMethod } from "../../shared/public/pages/method.ts";
import {
  compareCandidates,
  evaluationCandidate,
  evaluationCandidates,
  isPositiveTrial,
  jointEvaluation,
  jointEvaluationSentence,
  pooledEffectText,
  type CandidateInput,
} from "../../shared/public/pages/evaluation-candidates.ts";
import type { PublicPilot } from "../../shared/domain/public-trial/public-pilot.ts";
import { HIDDEN_FIGURE_LABEL, peopleCount } from "../../shared/domain/public-trial/people-figure.ts";
import { publicPilot, resultsWith } from "../support/public-pilot-builder.ts";

function input(id: string, trials: PublicPilot[]): CandidateInput {
  const pilots = trials.map((t) => ({ ...t, methodId: id }));
  return { method: { id, slug: id, name: id.toUpperCase() }, trials: pilots, aggregate: aggregateMethod({ id }, pilots) };
}

const positive = (officeId: string, count: number, extra: Partial<PublicPilot> = {}) =>
  publicPilot({
    officeId,
    participants: { count: peopleCount(count) },
    evidence: { strength: 2, direction: "positiv" },
    results: resultsWith("virket"),
    ...extra,
  });

describe("isPositiveTrial", () => {
  it("counts the curators' positive direction, and the office's own 'virket' only where the direction is left open", () => {
    expect(isPositiveTrial({ evidence: { strength: 2, direction: "positiv" }, results: { outcome: "delvis" } })).toBe(true);
    expect(isPositiveTrial({ evidence: { strength: 1, direction: "uavklart" }, results: { outcome: "virket" } })).toBe(true);
    expect(isPositiveTrial({ evidence: { strength: 2, direction: "ingen" }, results: { outcome: "virket" } })).toBe(false);
    expect(isPositiveTrial({ evidence: { strength: 2, direction: "blandet" }, results: { outcome: "delvis" } })).toBe(false);
    expect(isPositiveTrial({ evidence: { strength: 1, direction: "uavklart" } })).toBe(false);
  });
});

describe("evaluationCandidate", () => {
  it("takes a method positive at two offices without level 3–4 evidence, counting partner offices", () => {
    const candidate = evaluationCandidate(
      input("a", [
        positive("nav-lier", 30, { partnerOfficeIds: ["nav-asker"] }),
        positive("nav-lier", 20),
        publicPilot({ officeId: "nav-moss", evidence: { strength: 2, direction: "ingen" } }),
      ]),
    );
    expect(candidate?.positiveOffices).toEqual(["nav-asker", "nav-lier"]);
    expect(candidate?.positiveTrials).toBe(2);
    expect(candidate?.trials).toBe(3);
    expect(candidate?.participants).toBe(50);
  });

  it("leaves out a method with one positive office, or with any trial at level 3 or 4", () => {
    expect(
      evaluationCandidate(input("b", [positive("nav-lier", 30), publicPilot({ officeId: "nav-moss", evidence: { strength: 2, direction: "blandet" } })])),
    ).toBeUndefined();
    expect(
      evaluationCandidate(
        input("c", [positive("nav-lier", 30), positive("nav-moss", 30), publicPilot({ officeId: "nav-asker", evidence: { strength: 3, direction: "ingen" } })]),
      ),
    ).toBeUndefined();
  });

  it("counts a hidden participant figure as unknown, not as people", () => {
    const candidate = evaluationCandidate(
      input("d", [
        positive("nav-lier", 30),
        publicPilot({ officeId: "nav-moss", participants: { count: HIDDEN_FIGURE_LABEL }, evidence: { strength: 2, direction: "positiv" } }),
      ]),
    );
    expect(candidate?.participants).toBe(30);
    expect(candidate?.participantsUnknown).toBe(1);
  });
});

describe("jointEvaluation", () => {
  it("adds up each office's participants and detects what power.prop.test(n = 40, p1 = 0.3) gives: 30.7 points", () => {
    const withComparison = (officeId: string, count: number) =>
      positive(officeId, count, { results: resultsWith("virket", { value: 60, n: count, comparison: { value: 30, n: 20 } }) });
    const joint = jointEvaluation(input("e", [withComparison("nav-lier", 25), withComparison("nav-moss", 15)]));
    expect(joint.offices).toBe(2);
    expect(joint.people).toBe(40);
    expect(joint.baseline).toBe(30);
    expect(joint.baselineSource).toEqual({ kind: "comparison", measureLabel: "Andel i arbeid eller utdanning 6 måneder etter" });
    expect(joint.detectable).toBeCloseTo(30.7, 1);
    expect(jointEvaluationSentence(joint)).toBe(
      "En felles evaluering ved de 2 kontorene som har prøvd metoden, med 40 deltakere og en like stor sammenligningsgruppe, kan påvise en forskjell på 30,7 prosentpoeng eller mer, regnet fra 30\u00a0% uten metoden, som er andelen i sammenligningsgruppene for «Andel i arbeid eller utdanning 6 måneder etter».",
    );
  });

  it("falls back to 50 % when no trial has a comparison share, and says so", () => {
    const joint = jointEvaluation(input("f", [positive("nav-lier", 100), positive("nav-moss", 100)]));
    expect(joint.baseline).toBe(50);
    expect(joint.baselineSource).toEqual({ kind: "unknown" });
    // 200 per group at 50 %: 2 · (1.96 + 0.84)² · 0.25 / 200 ≈ 0.0196, √ ≈ 14 points by the simple formula.
    expect(joint.detectable).toBeGreaterThan(13);
    expect(joint.detectable).toBeLessThan(14.5);
    expect(jointEvaluationSentence(joint)).toContain("regnet fra 50\u00a0% uten metoden fordi ingen utprøving har en sammenligningsgruppe");
  });

  it("says plainly when no office gave 5 or more participants", () => {
    const joint = jointEvaluation(input("g", [publicPilot({ participants: { count: HIDDEN_FIGURE_LABEL } })]));
    expect(joint.offices).toBe(0);
    expect(joint.detectable).toBeUndefined();
    expect(jointEvaluationSentence(joint)).toMatch(/^Vi kan ikke regne ut/);
  });
});

describe("evaluationCandidates", () => {
  it("ranks by offices, then participants, then the pooled effect", () => {
    const effect = (officeId: string, value: number) =>
      positive(officeId, 40, { results: resultsWith("virket", { value, n: 40, comparison: { value: 30, n: 40 } }) });
    const three = input("tre", [positive("nav-lier", 10), positive("nav-moss", 10), positive("nav-asker", 10)]);
    const many = input("mange", [positive("nav-lier", 200), positive("nav-moss", 200)]);
    const big = input("stor", [effect("nav-lier", 70), effect("nav-moss", 72)]);
    const small = input("liten", [effect("nav-lier", 40), effect("nav-moss", 42)]);
    const ranked = evaluationCandidates([small, many, big, three]);
    expect(ranked.map((c) => c.methodId)).toEqual(["tre", "mange", "stor", "liten"]);
    expect(ranked[2]?.pooled?.estimate).toBeGreaterThan(ranked[3]?.pooled?.estimate ?? Infinity);
    expect(compareCandidates(ranked[0]!, ranked[1]!)).toBeLessThan(0);
  });

  it("writes the pooled effect with its interval, decimal comma and a real minus sign", () => {
    expect(pooledEffectText({ measureLabel: "Andel i arbeid", estimate: 4.25, lower: -1.04, upper: 9.5, unit: "prosentpoeng", trials: 3 })).toBe(
      "+4,3 prosentpoeng (95 % KI \u22121 til 9,5) på «Andel i arbeid», 3 utprøvinger",
    );
  });
});
