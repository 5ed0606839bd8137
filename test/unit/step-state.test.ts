import { describe, expect, it } from "vitest";
import { completeContent } from "../../fixtures/pilots.ts";
import { toContent, toFormValues } from "../../shared/domain/forms/form-values.ts";
import { isField, isList, shownLabel, STEPS, type StepDef } from "../../shared/domain/forms/pilot-form.ts";
import { completedSteps, shownItems, stepOfPath } from "../../shared/domain/forms/step-state.ts";

const step = (key: string): StepDef => STEPS.find((s) => s.key === key)!;
const labels = (key: string, content: Record<string, unknown>) =>
  shownItems(step(key), content).flatMap((i) => (isField(i) || isList(i) ? [shownLabel(i)] : []));

describe("the form's steps", () => {
  it("marks no step completed when nothing is filled in, even after every step was visited", () => {
    const all = new Set(STEPS.map((_, i) => i));
    const done = completedSteps({}, {}, all);
    // Only a step that asks for nothing (partners) counts as done once visited; results are due once the status says so.
    expect(STEPS.filter((_, i) => done[i]).map((s) => s.key)).toEqual(["samarbeid"]);
    expect(completedSteps({}, {}, new Set())).toEqual(STEPS.map(() => false));
  });

  it("marks a filled-in step completed once visited or holding content, and not while one of its fields is wrong", () => {
    const content = completeContent({ title: "En fullstendig utprøving" }) as Record<string, unknown>;
    const values = toFormValues(content);
    // A running trial without results: its results step is done once visited, as it asks for nothing yet.
    expect(completedSteps(values, toContent(values), new Set())).toEqual(STEPS.map((s) => s.key !== "resultater"));
    expect(completedSteps(values, toContent(values), new Set([STEPS.findIndex((s) => s.key === "resultater")]))).toEqual(STEPS.map(() => true));
    const wrong = { ...values, cost: { ...(values.cost as object), staffYears: "halvannet" } };
    expect(completedSteps(wrong, toContent(wrong), new Set([3]))[3]).toBe(false);
  });

  it("puts a path no field names on the step holding its fields", () => {
    expect(stepOfPath("results")).toBe(STEPS.findIndex((s) => s.key === "resultater"));
    expect(stepOfPath("contact.email")).toBe(STEPS.findIndex((s) => s.key === "kontakt"));
  });

  it("shows a running trial's results step as interim parts marked optional, and an ended trial's in full", () => {
    const running = labels("resultater", { trialStatus: "pagar" });
    expect(running).toEqual(["Delresultater underveis (valgfritt)", "Dokumenter (valgfritt)"]);
    expect(shownItems(step("resultater"), { trialStatus: "pagar" })[0]).toMatchObject({ kind: "intro" });
    // What was already given stays in sight, now marked optional.
    expect(labels("resultater", { trialStatus: "pagar", results: { outcome: "virket" } })).toContain("Resultat (valgfritt)");
    expect(labels("om", { trialStatus: "planlagt" })).toContain("Sluttdato (valgfritt)");
    const ended = labels("resultater", { trialStatus: "avsluttet" });
    expect(ended).toEqual(expect.arrayContaining(["Resultat", "Hvordan ble resultatene målt?", "Hva fungerte?", "Delresultater underveis (valgfritt)"]));
    expect(ended.length).toBe(step("resultater").items.filter((i) => isField(i) || isList(i)).length);
    expect(labels("om", { trialStatus: "avsluttet" })).toContain("Sluttdato");
  });
});
