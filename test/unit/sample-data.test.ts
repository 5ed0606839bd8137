import { describe, expect, it } from "vitest";
import { SAMPLE_METHODS, SAMPLE_OFFICES, SAMPLE_PILOTS, type SamplePilot } from "../../infra/local/sample-data/index.ts";
import { IsoDateTime } from "../../shared/domain/fields.ts";
import { describeIssues } from "../support/issues.ts";
import { standardMeasure } from "../../shared/domain/outcome-measures.ts";
import { PilotCompleteSchema, PilotContentSchema, type PilotContent } from "../../shared/domain/pilot.ts";
import { containsIdentityNumber } from "../../shared/domain/privacy/identity-number.ts";
import {
  codes,
  ENDED_TRIAL_STATUSES,
  FUNDING_SOURCES,
  INNSATSGRUPPER,
  MEASURE_TYPES,
  PARTNER_TYPES,
  PILOT_STATES,
  TARGET_GROUPS,
  type EvaluationDesign,
  type Outcome,
} from "../../shared/domain/taxonomy.ts";

function parsedContent(pilot: SamplePilot): PilotContent {
  return PilotContentSchema.parse(pilot.content);
}

function countBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** The highest strength the published rubric allows for an evaluation design (evidence.ts). */
function maxStrengthFor(design: EvaluationDesign | undefined): number {
  switch (design) {
    case "rct":
    case "kvasi-eksperiment":
      return 4;
    case "sammenligningsgruppe":
      return 3;
    case "for-etter":
      return 2;
    default:
      return 1;
  }
}

/** The curator directions that agree with the outcome the office reported. */
const DIRECTIONS_FOR_OUTCOME: Record<Outcome, readonly string[]> = {
  virket: ["positiv"],
  delvis: ["blandet"],
  "virket-ikke": ["ingen", "uavklart"],
  negativ: ["negativ"],
  "for-tidlig": ["uavklart"],
};

/** A planned outcome that was not reported while an unplanned measure was: the outcome was switched. */
function hasSwitchedOutcome(content: PilotContent): boolean {
  const measures = content.results?.measures ?? [];
  const reported = new Set(measures.map((m) => m.plannedOutcomeId).filter((id) => id !== undefined));
  const dropped = (content.plannedOutcomes ?? []).some((o) => !reported.has(o.id));
  const unplanned = measures.some((m) => m.plannedOutcomeId === undefined);
  return dropped && unplanned;
}

const officeIds = new Set(SAMPLE_OFFICES.map((o) => o.id));
const methodIds = new Set(SAMPLE_METHODS.map((m) => m.id));
const pilotsByKey = new Map(SAMPLE_PILOTS.map((p) => [p.key, p]));
const nonDrafts = SAMPLE_PILOTS.filter((p) => p.state !== "draft");
const published = SAMPLE_PILOTS.filter((p) => p.state === "published");

describe("sample pilots: schemas", () => {
  it("every pilot's content parses with PilotContentSchema", () => {
    // Act
    const problems = SAMPLE_PILOTS.flatMap((p) => describeIssues(p.key, PilotContentSchema.safeParse(p.content).error));

    // Assess
    expect(problems).toEqual([]);
  });

  it("every pilot that is not a draft is complete (PilotCompleteSchema)", () => {
    // Act
    const problems = nonDrafts.flatMap((p) => describeIssues(p.key, PilotCompleteSchema.safeParse(p.content).error));

    // Assess
    expect(problems).toEqual([]);
  });

  it("some drafts are still incomplete", () => {
    // Act
    const incompleteDrafts = SAMPLE_PILOTS.filter((p) => p.state === "draft" && !PilotCompleteSchema.safeParse(p.content).success);

    // Assess
    expect(incompleteDrafts.length).toBeGreaterThanOrEqual(2);
  });

  it("keys are unique and createdAt is an ISO datetime in 2019–2026", () => {
    // Act
    const badDates = SAMPLE_PILOTS.filter((p) => {
      const year = Number(p.createdAt.slice(0, 4));
      return !IsoDateTime.safeParse(p.createdAt).success || year < 2019 || year > 2026;
    }).map((p) => p.key);

    // Assess
    expect(pilotsByKey.size).toBe(SAMPLE_PILOTS.length);
    expect(badDates).toEqual([]);
  });
});

describe("sample pilots: references", () => {
  it("officeId, partner offices, methodIds and replicatesKey refer to existing entries", () => {
    // Prepare
    const problems: string[] = [];

    // Act
    for (const p of SAMPLE_PILOTS) {
      if (!officeIds.has(p.officeId)) problems.push(`${p.key}: unknown office ${p.officeId}`);
      for (const partner of p.content.partnerOfficeIds ?? []) {
        if (!officeIds.has(partner)) problems.push(`${p.key}: unknown partner office ${partner}`);
        if (partner === p.officeId) problems.push(`${p.key}: own office listed as partner`);
      }
      if (p.methodId !== undefined && !methodIds.has(p.methodId)) problems.push(`${p.key}: unknown method ${p.methodId}`);
      if (p.content.methodId !== undefined && !methodIds.has(p.content.methodId)) {
        problems.push(`${p.key}: unknown method ${p.content.methodId} in content`);
      }
      if (p.replicatesKey !== undefined && (!pilotsByKey.has(p.replicatesKey) || p.replicatesKey === p.key)) {
        problems.push(`${p.key}: replicates unknown or itself: ${p.replicatesKey}`);
      }
    }

    // Assess
    expect(problems).toEqual([]);
  });

  it("replications form a family tree at least three generations deep, without cycles", () => {
    // Prepare
    const replications = SAMPLE_PILOTS.filter((p) => p.replicatesKey !== undefined);

    // Act
    const depthOf = (p: SamplePilot, seen: Set<string> = new Set()): number => {
      if (seen.has(p.key)) return Number.POSITIVE_INFINITY;
      seen.add(p.key);
      const parent = p.replicatesKey === undefined ? undefined : pilotsByKey.get(p.replicatesKey);
      return parent === undefined ? 1 : 1 + depthOf(parent, seen);
    };
    const depths = replications.map((p) => depthOf(p));

    // Assess
    expect(replications.length).toBeGreaterThanOrEqual(3);
    expect(depths.every(Number.isFinite)).toBe(true);
    expect(Math.max(...depths)).toBeGreaterThanOrEqual(3);
  });

  it("reported measures reference planned outcomes of the same trial", () => {
    // Prepare
    const problems: string[] = [];

    // Act
    for (const p of SAMPLE_PILOTS) {
      const content = parsedContent(p);
      const planned = new Set((content.plannedOutcomes ?? []).map((o) => o.id));
      for (const m of content.results?.measures ?? []) {
        if (m.plannedOutcomeId !== undefined && !planned.has(m.plannedOutcomeId)) {
          problems.push(`${p.key}: measure "${m.name}" points to unknown planned outcome ${m.plannedOutcomeId}`);
        }
      }
    }

    // Assess
    expect(problems).toEqual([]);
  });
});

describe("sample pilots: spread", () => {
  it("has enough pilots in every workflow state", () => {
    // Act
    const byState = countBy(SAMPLE_PILOTS, (p) => p.state);

    // Assess
    expect(SAMPLE_PILOTS.length).toBeGreaterThanOrEqual(36);
    expect(codes(PILOT_STATES).filter((s) => !byState.has(s))).toEqual([]);
    expect(byState.get("published")).toBeGreaterThanOrEqual(24);
    expect(byState.get("submitted")).toBeGreaterThanOrEqual(3);
    expect(byState.get("changes_requested")).toBeGreaterThanOrEqual(3);
    expect(byState.get("draft")).toBeGreaterThanOrEqual(4);
    expect(byState.get("withdrawn")).toBeGreaterThanOrEqual(2);
  });

  it("published pilots report a spread of outcomes", () => {
    // Act
    const byOutcome = countBy(published, (p) => p.content.results?.outcome);
    const notWorked = (byOutcome.get("virket-ikke") ?? 0) + (byOutcome.get("negativ") ?? 0);

    // Assess
    expect(byOutcome.get("virket")).toBeGreaterThanOrEqual(8);
    expect(byOutcome.get("delvis")).toBeGreaterThanOrEqual(5);
    expect(notWorked).toBeGreaterThanOrEqual(5);
    expect(byOutcome.get("negativ")).toBeGreaterThanOrEqual(1);
    expect(byOutcome.get("for-tidlig")).toBeGreaterThanOrEqual(3);
  });

  it("has ongoing, planned and stopped trials, and only ended trials have results", () => {
    // Act
    const byStatus = countBy(nonDrafts, (p) => p.content.trialStatus);
    const resultsBeforeEnd = SAMPLE_PILOTS.filter(
      (p) => p.content.results !== undefined && !ENDED_TRIAL_STATUSES.includes(p.content.trialStatus ?? "planlagt"),
    ).map((p) => p.key);

    // Assess
    expect(byStatus.get("pagar")).toBeGreaterThanOrEqual(2);
    expect(byStatus.get("planlagt")).toBeGreaterThanOrEqual(1);
    expect(byStatus.get("avbrutt")).toBeGreaterThanOrEqual(1);
    expect(resultsBeforeEnd).toEqual([]);
  });

  it("trials that did not work give coded reasons and say what they would do differently", () => {
    // Act
    const notWorked = nonDrafts.filter((p) => p.content.results?.outcome === "virket-ikke" || p.content.results?.outcome === "negativ");
    const withoutLessons = notWorked.filter((p) => !p.content.results?.failureReasons?.length || !p.content.lessons?.doDifferently);

    // Assess
    expect(notWorked.length).toBeGreaterThanOrEqual(5);
    expect(withoutLessons.map((p) => p.key)).toEqual([]);
  });

  it("uses every target group, measure type, funding source, partner type and innsatsgruppe", () => {
    // Prepare
    const contents = SAMPLE_PILOTS.map(parsedContent);

    // Act
    const used = {
      targetGroups: new Set(contents.flatMap((c) => c.targetGroups ?? [])),
      measureTypes: new Set(contents.flatMap((c) => c.measureTypes ?? [])),
      funding: new Set(contents.flatMap((c) => (c.funding ?? []).map((f) => f.source))),
      partners: new Set(contents.flatMap((c) => (c.partners ?? []).map((p) => p.type))),
      innsatsgrupper: new Set(contents.flatMap((c) => c.innsatsgrupper ?? [])),
    };

    // Assess
    expect(codes(TARGET_GROUPS).filter((c) => !used.targetGroups.has(c))).toEqual([]);
    expect(codes(MEASURE_TYPES).filter((c) => !used.measureTypes.has(c))).toEqual([]);
    expect(codes(FUNDING_SOURCES).filter((c) => !used.funding.has(c))).toEqual([]);
    expect(codes(PARTNER_TYPES).filter((c) => !used.partners.has(c))).toEqual([]);
    expect(codes(INNSATSGRUPPER).filter((c) => !used.innsatsgrupper.has(c))).toEqual([]);
  });

  it("exercises the «færre enn 5» rule in at least two trials", () => {
    // Act
    const small = SAMPLE_PILOTS.filter((p) => {
      const count = p.content.participants?.count;
      const measures = p.content.results?.measures ?? [];
      return (count !== undefined && count < 5) || measures.some((m) => m.n < 5);
    });

    // Assess
    expect(small.length).toBeGreaterThanOrEqual(2);
  });

  it("has switched outcomes in at least two trials", () => {
    // Act
    const switched = SAMPLE_PILOTS.filter((p) => hasSwitchedOutcome(parsedContent(p)));

    // Assess
    expect(switched.length).toBeGreaterThanOrEqual(2);
  });
});

describe("sample pilots: curation", () => {
  it("published and withdrawn pilots have a method; returned and withdrawn ones have a comment", () => {
    // Act
    const withoutMethod = SAMPLE_PILOTS.filter((p) => (p.state === "published" || p.state === "withdrawn") && !p.methodId);
    const withoutComment = SAMPLE_PILOTS.filter((p) => (p.state === "changes_requested" || p.state === "withdrawn") && !p.reviewComment);
    const evidenceOutsidePublished = SAMPLE_PILOTS.filter((p) => p.state !== "published" && p.evidence !== undefined);

    // Assess
    expect(withoutMethod.map((p) => p.key)).toEqual([]);
    expect(withoutComment.map((p) => p.key)).toEqual([]);
    expect(evidenceOutsidePublished.map((p) => p.key)).toEqual([]);
  });

  it("evidence ratings follow the published rubric and agree with the reported outcome", () => {
    // Prepare
    const problems: string[] = [];

    // Act
    for (const p of published) {
      const content = parsedContent(p);
      const rating = p.evidence;
      if (!rating) {
        problems.push(`${p.key}: published without an evidence rating`);
        continue;
      }
      const results = content.results;
      const max = results ? maxStrengthFor(results.evaluationDesign) : 1;
      // A switched outcome may lower the rating below what the design allows; otherwise the design decides.
      const expected = results && hasSwitchedOutcome(content) ? undefined : max;
      if (rating.strength > max || (expected !== undefined && rating.strength !== expected)) {
        problems.push(`${p.key}: strength ${rating.strength} does not fit design ${results?.evaluationDesign ?? "(no results)"}`);
      }
      const allowed = results ? DIRECTIONS_FOR_OUTCOME[results.outcome] : ["uavklart"];
      if (!allowed.includes(rating.direction)) {
        problems.push(`${p.key}: direction ${rating.direction} does not fit outcome ${results?.outcome ?? "(none)"}`);
      }
    }

    // Assess
    expect(problems).toEqual([]);
  });

  it("includes well-run trials that found no effect, rated 3 or 4", () => {
    // Act
    const strongNoEffect = published.filter((p) => p.evidence?.direction === "ingen" && p.evidence.strength >= 3);

    // Assess
    expect(strongNoEffect.length).toBeGreaterThanOrEqual(2);
  });
});

describe("sample pilots: pooling across offices", () => {
  /** Offices of published trials of a method that report the standard measure. */
  function officesReporting(methodId: string, measureCode: string): Set<string> {
    return new Set(
      published.filter((p) => p.methodId === methodId && (p.content.results?.measures ?? []).some((m) => m.measureCode === measureCode)).map((p) => p.officeId),
    );
  }

  it.each([
    ["ips", "arbeid-utdanning-6m", 4],
    ["supported-employment", "arbeid-utdanning-6m", 4],
    ["tjenestedesign", "ventetid-dager", 3],
    ["velferdsobligasjon-loslatte", "ny-straffesak-12m", 4],
    ["arbeidsgiverledet-inkludering", "ordinaert-arbeid-6m", 3],
  ] as const)("%s has trials at several offices reporting %s", (methodId, measureCode, minOffices) => {
    // Act
    const offices = officesReporting(methodId, measureCode);

    // Assess
    expect(offices.size).toBeGreaterThanOrEqual(minOffices);
  });

  it("Kjerneoppgaver at NAV Kongsvinger is among the supported-employment trials", () => {
    // Act
    const offices = officesReporting("supported-employment", "arbeid-utdanning-6m");

    // Assess
    expect(offices.has("nav-kongsvinger")).toBe(true);
  });

  it("standard measures use the catalogue's unit and follow-up, and shares stay within 0–100", () => {
    // Prepare
    const problems: string[] = [];

    // Act
    for (const p of SAMPLE_PILOTS) {
      for (const m of p.content.results?.measures ?? []) {
        const standard = m.measureCode ? standardMeasure(m.measureCode) : undefined;
        if (m.measureCode && !standard) problems.push(`${p.key}: unknown measure ${m.measureCode}`);
        if (standard && standard.unit !== m.unit) problems.push(`${p.key}: ${m.measureCode} should use unit ${standard.unit}`);
        if (standard?.followUpMonths !== undefined && m.followUpMonths !== standard.followUpMonths) {
          problems.push(`${p.key}: ${m.measureCode} should have follow-up ${standard.followUpMonths} months`);
        }
        const values = [m.value, m.comparison?.value].filter((v) => v !== undefined);
        if (m.unit === "prosent" && values.some((v) => v < 0 || v > 100)) problems.push(`${p.key}: share outside 0–100`);
        if (m.unit === "skala-1-6" && values.some((v) => v < 1 || v > 6)) problems.push(`${p.key}: scale value outside 1–6`);
      }
    }

    // Assess
    expect(problems).toEqual([]);
  });
});

describe("sample data: privacy", () => {
  it("holds no identity numbers and no 11-digit runs anywhere", () => {
    // Prepare
    const text = JSON.stringify({ SAMPLE_OFFICES, SAMPLE_METHODS, SAMPLE_PILOTS });

    // Act
    const elevenDigits = text.match(/\d{11,}/g) ?? [];

    // Assess
    expect(elevenDigits).toEqual([]);
    expect(containsIdentityNumber(text)).toBe(false);
  });

  it("contacts use work e-mail on the reserved example domain", () => {
    // Act
    const badEmails = SAMPLE_PILOTS.filter((p) => p.content.contact?.email !== undefined && !p.content.contact.email.endsWith("@nav.example"));
    const nonDraftsWithoutEmail = nonDrafts.filter((p) => !p.content.contact?.email);

    // Assess
    expect(badEmails.map((p) => p.key)).toEqual([]);
    expect(nonDraftsWithoutEmail.map((p) => p.key)).toEqual([]);
  });
});
