import { describe, expect, it } from "vitest";
import { completenessIssues, PilotContentSchema } from "../../shared/domain/pilot.ts";
import { formatValue } from "../../shared/domain/forms/format.ts";
import { toContent, toFormValues } from "../../shared/domain/forms/form-values.ts";
import { fieldDef, labelForPath, locate, shownLabel, STEPS } from "../../shared/domain/forms/pilot-form.ts";
import { plausibilityWarnings } from "../../shared/domain/forms/plausibility.ts";
import { completeContent, failedResults } from "../../fixtures/pilots.ts";

describe("the form definition", () => {
  it("has a field for every path a submit can find missing, and none of them is marked optional", () => {
    // An empty running trial and an empty ended one that did not work, with research partner.
    const running = completenessIssues(PilotContentSchema.parse({ title: "Tom" }));
    const ended = completenessIssues(
      PilotContentSchema.parse({
        title: "Tom",
        trialStatus: "avsluttet",
        results: { outcome: "virket-ikke", evaluationDesign: "rct", evaluatedBy: "forskningspartner" },
      }),
    );
    for (const issue of [...running, ...ended]) {
      const path = issue.path.join(".");
      const located = locate(path);
      expect(located, path).toBeDefined();
      expect(located?.def.requirement, path).not.toBe("optional");
    }
    expect(running.length).toBeGreaterThanOrEqual(13);
  });

  it("writes each label once and marks optional fields «(valgfritt)»", () => {
    const labels = STEPS.flatMap((s) => s.items.flatMap((i) => ("label" in i ? [i.label] : [])));
    expect(new Set(labels).size).toBe(labels.length);
    expect(shownLabel(fieldDef("contact.phone")!)).toBe("Telefon (valgfritt)");
    expect(shownLabel(fieldDef("contact.name")!)).toBe("Kontaktperson");
  });

  it("names a path in a list row by its row and field, from a pointer too", () => {
    expect(labelForPath("partners.1.name")).toBe("Samarbeidspartner 2: Navn");
    expect(labelForPath("/results/measures/0/comparison/value")).toBe("Resultat 1: Tall for sammenligningsgruppen");
    expect(labelForPath("recipe.steps.2")).toBe("Steg 3");
    expect(labelForPath("period.start")).toBe("Startdato");
  });
});

describe("values as a reader sees them", () => {
  it("writes dates, money, numbers and codes out in Norwegian", () => {
    expect(formatValue(fieldDef("period.start")!, "2025-09-01")).toBe("1. september 2025");
    expect(formatValue(fieldDef("cost.costNok")!, 600000).replace(/\s/g, " ")).toBe("600 000 kr");
    expect(formatValue(fieldDef("cost.staffYears")!, 1.5)).toBe("1,5");
    expect(formatValue(fieldDef("targetGroups")!, ["unge-under-30", "sykmeldte"])).toBe("Unge under 30 år, Sykmeldte");
    expect(formatValue(fieldDef("partners.0.type")!, "arbeidsgiver")).toBe("Arbeidsgiver");
    expect(formatValue(fieldDef("partnerOfficeIds")!, ["nav-lier"], { office: (id) => (id === "nav-lier" ? "NAV Lier" : undefined) })).toBe("NAV Lier");
  });
});

describe("form values and content", () => {
  it("round-trips a complete trial, with numbers written the Norwegian way in the form", () => {
    const content = PilotContentSchema.parse({ ...completeContent(), trialStatus: "avsluttet", results: failedResults() });
    const values = toFormValues(content);
    expect((values.cost as { staffYears: string }).staffYears).toBe("0,5");
    expect(toContent(values)).toEqual(content);
  });

  it("parses «1 500,5» and leaves out empty fields and rows", () => {
    expect(toContent({ title: "A", summary: "  ", cost: { staffYears: "1 500,5", costNok: "" }, partners: [{ name: "", type: "" }] })).toEqual({
      title: "A",
      cost: { staffYears: 1500.5 },
    });
  });
});

describe("plausibility warnings", () => {
  it("warns about a running trial that has ended, an end before the start, and a measure larger than the trial", () => {
    const warnings = plausibilityWarnings(
      {
        trialStatus: "pagar",
        period: { start: "2025-06-01", end: "2025-01-01" },
        participants: { count: 10 },
        results: { measures: [{ n: 30, name: "Andel i jobb" }, { n: 8 }] },
      },
      "2026-01-01",
    );
    expect(warnings.map((w) => w.path)).toEqual(["period.end", "period.end", "results.measures.0.n"]);
    expect(
      plausibilityWarnings(
        { trialStatus: "pagar", period: { start: "2025-06-01", end: "2026-06-01" }, participants: { count: 10 }, results: { measures: [{ n: 10 }] } },
        "2026-01-01",
      ),
    ).toEqual([]);
  });
});

describe("starting from another office's trial", () => {
  it("copies the method, groups, recipe, preconditions and planned measures, never results, period or contact", async () => {
    const { replicationStart } = await import("../../shared/domain/forms/replication.ts");
    const content = PilotContentSchema.parse({ ...completeContent(), trialStatus: "avsluttet", preconditions: "En koordinator", results: failedResults() });
    const at = "2026-01-01T10:00:00.000Z";
    const who = { sub: "x", name: "X" };
    const original = {
      id: "01JD0000000000000000000000",
      slug: "x",
      officeId: "nav-lier",
      county: "buskerud" as const,
      state: "published" as const,
      version: 3,
      createdAt: at,
      createdBy: who,
      updatedAt: at,
      updatedBy: who,
      stateChangedAt: at,
      methodId: "jobbklubb",
      content,
    };
    const start = replicationStart(original);
    expect(Object.keys(start).sort()).toEqual([
      "innsatsgrupper",
      "measureTypes",
      "methodDescription",
      "methodId",
      "plannedOutcomes",
      "preconditions",
      "recipe",
      "replicatesPilotId",
      "targetGroups",
    ]);
    expect(start.replicatesPilotId).toBe(original.id);
    expect(start.plannedOutcomes?.[0]?.name).toBe(content.plannedOutcomes?.[0]?.name);
  });
});

describe("changes between two versions, as a curator reads them", () => {
  it("names exactly the changed fields with labels and formatted values, never raw keys", async () => {
    const { fieldChanges } = await import("../../shared/domain/forms/changes.ts");
    const before = PilotContentSchema.parse(completeContent());
    const after = PilotContentSchema.parse({
      ...completeContent(),
      period: { start: "2025-02-01", end: "2025-12-15" },
      cost: { staffYears: 1.5, costNok: 350000 },
      partners: [...(completeContent().partners ?? []), { name: "Frivilligsentralen", type: "frivillig-organisasjon" }],
    });
    const changes = fieldChanges(before, after);
    expect(changes.map((c) => c.label)).toEqual(["Startdato", "Samarbeidspartner 2: Navn", "Samarbeidspartner 2: Type", "Innsats i årsverk for hele perioden"]);
    expect(changes[0]).toMatchObject({ before: "15. januar 2025", after: "1. februar 2025" });
    expect(changes[2]?.after).toBe("Frivillig organisasjon");
    expect(changes.map((c) => c.field)).toEqual(["period.start", "partners", "partners", "cost.staffYears"]);
    for (const c of changes) expect(`${c.before} ${c.after}`).not.toMatch(/[a-z]+:/);
  });
});

describe("the check at submit", () => {
  it("lists every missing field of an empty registration at once, the title too", async () => {
    const { SubmitCheckSchema } = await import("../../shared/domain/forms/submit-check.ts");
    const result = SubmitCheckSchema.safeParse({});
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join("."));
    expect(paths).toEqual([
      "title",
      "summary",
      "need",
      "period.start",
      "trialStatus",
      "methodDescription",
      "targetGroups",
      "measureTypes",
      "funding",
      "cost.staffYears",
      "recipe.steps",
      "plannedOutcomes",
      "contact.name",
      "contact.email",
    ]);
    expect(SubmitCheckSchema.safeParse(toFormValues(PilotContentSchema.parse(completeContent()))).success).toBe(true);
  });
});

describe("results that tell the whole story", () => {
  it("derives the cost per participant from the whole period's cost, and leaves it out below 5 participants", async () => {
    const { costPerParticipant } = await import("../../shared/domain/cost.ts");
    expect(costPerParticipant({ cost: { costNok: 600000 }, participants: { count: 24 } })).toBe(25000);
    expect(costPerParticipant({ cost: { costNok: 600000 }, participants: { count: 4 } })).toBeUndefined();
    expect(costPerParticipant({ cost: {}, participants: { count: 24 } })).toBeUndefined();
  });

  it("counts a planned outcome reported as «ikke målt» with a reason as accounted for, not dropped", async () => {
    const { outcomeSwitch } = await import("../../shared/domain/public-trial/projection.ts");
    const content = PilotContentSchema.parse({
      ...completeContent(),
      trialStatus: "avsluttet",
      plannedOutcomes: [
        { id: "arbeid-6m", name: "Andel i arbeid" },
        { id: "tilfredshet", name: "Tilfredshet" },
      ],
      results: {
        outcome: "for-tidlig",
        evaluationDesign: "ingen",
        notMeasured: [{ plannedOutcomeId: "tilfredshet", reason: "Spørreskjemaet ble aldri sendt ut." }],
      },
      interimResults: [{ date: "2025-06-01", summary: "Halvparten har møtt mentoren sin." }],
    });
    expect(outcomeSwitch(content).dropped.map((d) => d.id)).toEqual(["arbeid-6m"]);
    expect(labelForPath("results.notMeasured.0.reason")).toBe("Ikke målt 1: Hvorfor ble det ikke målt?");
    expect(labelForPath("interimResults.0.date")).toBe("Delresultat 1: Dato");
  });
});
