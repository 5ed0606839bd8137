import type { PublicPilot } from "../../shared/public/public-pilot.ts";

let sequence = 0;

/** A valid published trial in one call; each test states only what it varies. */
export function publicPilot(overrides: Partial<PublicPilot> = {}): PublicPilot {
  sequence += 1;
  const n = String(sequence).padStart(4, "0");
  const id = `01J0000000000000000000${n}`.slice(0, 26);
  return {
    id,
    slug: `utproving-${n.toLowerCase()}`,
    title: `Utprøving ${n}`,
    officeId: "nav-lier",
    partnerOfficeIds: [],
    county: "buskerud",
    targetGroups: ["unge-under-30"],
    innsatsgrupper: [],
    measureTypes: ["oppfolging"],
    partners: [],
    funding: [],
    plannedOutcomes: [],
    outcomeSwitch: { dropped: [], added: [] },
    documents: [],
    evidence: { strength: 2, direction: "positiv" },
    firstPublishedAt: `2024-01-${String((sequence % 28) + 1).padStart(2, "0")}T10:00:00.000Z`,
    publishedAt: `2024-02-${String((sequence % 28) + 1).padStart(2, "0")}T10:00:00.000Z`,
    updatedAt: `2024-02-${String((sequence % 28) + 1).padStart(2, "0")}T10:00:00.000Z`,
    ...overrides,
  };
}

/** Results with one standard measure, as a trial that reports "andel i arbeid eller utdanning 6 måneder etter". */
export function resultsWith(
  outcome: NonNullable<PublicPilot["results"]>["outcome"],
  measure?: { value: number; n: number | "færre enn 5"; comparison?: { value: number; n?: number | "færre enn 5" } },
): NonNullable<PublicPilot["results"]> {
  return {
    outcome,
    measures: measure
      ? [
          {
            measureCode: "arbeid-utdanning-6m",
            name: "Andel i arbeid eller utdanning 6 måneder etter",
            unit: "prosent",
            value: measure.value,
            n: measure.n,
            ...(measure.comparison ? { comparison: { value: measure.comparison.value, ...(measure.comparison.n !== undefined ? { n: measure.comparison.n } : {}), description: "Kontrollkontorer" } } : {}),
          },
        ]
      : [],
    failureReasons: outcome === "virket-ikke" || outcome === "negativ" ? ["ideen"] : [],
  };
}
