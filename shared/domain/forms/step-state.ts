import { ENDED_TRIAL_STATUSES, type TrialStatus } from "../taxonomy.ts";
import { getAt, type FormValues } from "./form-values.ts";
import { isField, isList, locate, STEPS, type StepDef, type StepItem } from "./pilot-form.ts";
import { SubmitCheckSchema } from "./submit-check.ts";

/**
 * What the form's step list shows for each step: a step counts as completed only when what it asks for at
 * submit is there and valid, and the user has been there or it already holds something (a draft opened again).
 */

/** The step a content path belongs to; a path no field names ("results") goes to the step holding its fields. */
export function stepOfPath(path: string): number | undefined {
  const located = locate(path);
  if (located) return located.stepIndex;
  const index = STEPS.findIndex((s) => s.items.some((i) => "name" in i && i.name.startsWith(`${path}.`)));
  return index >= 0 ? index : undefined;
}

/** The steps that hold at least one problem a submit would list. */
export function stepsWithIssues(values: FormValues): Set<number> {
  const checked = SubmitCheckSchema.safeParse(values);
  const steps = new Set<number>();
  for (const issue of checked.success ? [] : checked.error.issues) {
    const step = stepOfPath(issue.path.map(String).join("."));
    if (step !== undefined) steps.add(step);
  }
  return steps;
}

const filled = (value: unknown) => value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && value.length === 0);

/** Whether a step holds anything the user gave (content, not form text: pass the content). */
export function stepHasContent(step: StepDef, content: Record<string, unknown>): boolean {
  return step.items.some((i) => (isField(i) || isList(i)) && filled(getAt(content, i.name)));
}

/**
 * One flag per step of `STEPS`: completed when nothing in it is missing or wrong, and it holds something, or
 * it was visited and asks for nothing (partners; a running trial's results).
 */
export function completedSteps(values: FormValues, content: Record<string, unknown>, visited: ReadonlySet<number>): boolean[] {
  const withIssues = stepsWithIssues(values);
  const asksNothing = (step: StepDef) => shownItems(step, content).every((i) => !(isField(i) || isList(i)) || i.requirement === "optional");
  return STEPS.map((step, i) => !withIssues.has(i) && (stepHasContent(step, content) || (visited.has(i) && asksNothing(step))));
}

/** Whether the trial has ended (avsluttet or avbrutt): then its results are due. */
export function hasEnded(content: Record<string, unknown>): boolean {
  return ENDED_TRIAL_STATUSES.includes(content.trialStatus as TrialStatus);
}

/** The results step's parts that apply while a trial is planned or running: what has been seen so far. */
const INTERIM_ITEMS = new Set(["interimResults", "documents"]);
export const INTERIM_INTRO =
  "Utprøvingen er ikke avsluttet ennå. Legg gjerne inn delresultater: hva dere har sett så langt. Resultatene, erfaringene og tallene fyller dere ut når utprøvingen er avsluttet eller avbrutt.";

/** A field or list that is due only once the trial has ended is optional while it runs, and says so. */
function asOptional(item: StepItem): StepItem {
  return (isField(item) || isList(item)) && item.requirement === "when-ended" ? { ...item, requirement: "optional" } : item;
}

/**
 * The items a step shows. While a trial is planned or running, what is due only once it has ended is marked
 * optional, and the results step shows only its interim parts (and any field that already holds something,
 * so nothing given is hidden); an ended trial, or one without a status yet, shows them all as they are.
 */
export function shownItems(step: StepDef, content: Record<string, unknown>): readonly StepItem[] {
  if (content.trialStatus === undefined || hasEnded(content)) return step.items;
  if (step.key !== "resultater") return step.items.map(asOptional);
  return [
    { kind: "intro", text: INTERIM_INTRO },
    ...step.items.filter((i) => (isField(i) || isList(i)) && (INTERIM_ITEMS.has(i.name) || filled(getAt(content, i.name)))).map(asOptional),
  ];
}
