import { describe, expect, it } from "vitest";
import { RECOMMENDATION_CRITERIA } from "../../shared/domain/recommendation.ts";
import { aggregateMethod } from "../../shared/public/pages/method.ts";
import { DEFAULT_RUBRIC } from "../../shared/domain/public-trial/page-schemas.ts";
import { peopleCount } from "../../shared/domain/public-trial/people-figure.ts";
import type { PublicPilot } from "../../shared/domain/public-trial/public-pilot.ts";
import { checklistSummary, recommendationChecklist } from "../../shared/public/pages/recommendation-criteria.ts";
import { publicPilot, resultsWith } from "../support/public-pilot-builder.ts";

const documented = { recipe: { steps: ["Ansett en jobbspesialist."] }, preconditions: "Et samarbeid med helsetjenesten." };

function checklist(trials: PublicPilot[]) {
  const pilots = trials.map((t) => ({ ...t, methodId: "m" }));
  return recommendationChecklist(aggregateMethod({ id: "m" }, pilots), pilots);
}

const byCode = (list: ReturnType<typeof checklist>) => Object.fromEntries(list.criteria.map((c) => [c.code, c]));

/** A trial that beat its comparison group clearly: 70 % against 30 %, 100 people in each. */
const clearWin = (officeId: string, extra: Partial<PublicPilot> = {}) =>
  publicPilot({
    officeId,
    participants: { count: peopleCount(100) },
    results: resultsWith("virket", { value: 70, n: 100, comparison: { value: 30, n: 100 } }),
    ...extra,
  });

describe("recommendationChecklist", () => {
  it("meets every criterion for a method with a pooled effect above zero at two offices, no harm and a documented recipe", () => {
    const list = checklist([clearWin("nav-lier", documented), clearWin("nav-moss")]);
    expect(list.criteria.map((c) => c.code)).toEqual(RECOMMENDATION_CRITERIA.map((c) => c.code));
    expect(list.criteria.every((c) => c.met)).toBe(true);
    expect(list.allMet).toBe(true);
    expect(byCode(list).effekt?.detail).toMatch(/^Samlet effekt: 40 prosentpoeng på «Andel i arbeid eller utdanning 6 måneder etter», 95 %-intervall mellom /);
    expect(byCode(list)["flere-kontorer"]?.detail).toBe("Prøvd ved 2 kontorer.");
    expect(checklistSummary(list)).toBe("Oppfyller 4 av 4 kriterier for spredning");
  });

  it("does not take a pooled interval that spans zero as an effect, but takes level 3–4 evidence with a positive direction", () => {
    const unclear = (officeId: string, value: number) =>
      publicPilot({ officeId, results: resultsWith("virket", { value, n: 20, comparison: { value: 45, n: 20 } }) });
    const spans = checklist([unclear("nav-lier", 50), unclear("nav-moss", 40)]);
    expect(byCode(spans).effekt?.met).toBe(false);
    expect(byCode(spans).effekt?.detail).toBe(
      "Ingen samlet effekt er trolig bedre enn sammenligningen, og ingen utprøving med positiv retning har nivå 3 eller 4.",
    );
    const strong = checklist([publicPilot({ evidence: { strength: 4, direction: "positiv" } })]);
    expect(byCode(strong).effekt?.met).toBe(true);
    expect(byCode(strong).effekt?.detail).toBe("En utprøving med positiv retning har kunnskapsgrunnlag på nivå 4.");
    expect(byCode(strong)["flere-kontorer"]?.met).toBe(false);
    const strongNoEffect = checklist([publicPilot({ evidence: { strength: 4, direction: "ingen" } })]);
    expect(byCode(strongNoEffect).effekt?.met).toBe(false);
  });

  it("fails 'no harm' for a trial with a negative outcome or direction, or a pooled effect that is probably worse", () => {
    const harmful = checklist([clearWin("nav-lier"), publicPilot({ officeId: "nav-moss", evidence: { strength: 2, direction: "negativ" } })]);
    expect(byCode(harmful)["ingen-skade"]).toMatchObject({ met: false, detail: "1 utprøving har negativt resultat eller negativ retning." });
    const worse = (officeId: string) =>
      publicPilot({
        officeId,
        evidence: { strength: 2, direction: "ingen" },
        results: resultsWith("virket-ikke", { value: 20, n: 100, comparison: { value: 60, n: 100 } }),
      });
    const list = checklist([worse("nav-lier"), worse("nav-moss")]);
    expect(byCode(list)["ingen-skade"]?.met).toBe(false);
    expect(byCode(list)["ingen-skade"]?.detail).toMatch(/^Den samlede effekten er trolig dårligere enn sammenligningen: −40 prosentpoeng/);
    expect(list.allMet).toBe(false);
  });

  it("needs both the steps and the preconditions in the same trial (the recipe's requirements count as preconditions)", () => {
    expect(byCode(checklist([publicPilot({ recipe: { steps: ["Steg"] } }), publicPilot({ preconditions: "Noe" })])).oppskrift?.met).toBe(false);
    expect(byCode(checklist([publicPilot({ recipe: { steps: ["Steg"], requirements: "En jobbspesialist" } })])).oppskrift).toMatchObject({
      met: true,
      detail: "1 utprøving beskriver både stegene og forutsetningene.",
    });
  });
});

describe("the published rubric", () => {
  it("carries the criteria for spreading, as the checklist checks them", () => {
    expect(DEFAULT_RUBRIC.recommendation?.criteria.map((c) => c.label)).toEqual(RECOMMENDATION_CRITERIA.map((c) => c.label));
    expect(DEFAULT_RUBRIC.recommendation?.criteria.map((c) => c.code)).toEqual(["effekt", "flere-kontorer", "ingen-skade", "oppskrift"]);
  });
});
