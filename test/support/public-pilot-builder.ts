import {
  HIDDEN_FIGURE_LABEL,
  isShown,
  peopleCount,
  peopleFigure,
  PeopleFigureSchema,
  type PeopleFigure,
  type ShownFigure,
} from "../../shared/domain/public-trial/people-figure.ts";
import type { PublicPilot } from "../../shared/domain/public-trial/public-pilot.ts";

type BuiltCount = number | typeof HIDDEN_FIGURE_LABEL;

/** A figure as the projection makes it; a hidden count stands for some n between 1 and 4. */
function figureFrom(value: number, n: BuiltCount): PeopleFigure {
  return peopleFigure(value, n === HIDDEN_FIGURE_LABEL ? 1 : n);
}

function countFrom(n: BuiltCount): PeopleFigure {
  return n === HIDDEN_FIGURE_LABEL ? HIDDEN_FIGURE_LABEL : peopleCount(n);
}

/** A figure the projection shows (it rests on `basedOn` people); throws if the rule would hide it. */
export function shown(value: number, basedOn: number): ShownFigure {
  const figure = peopleFigure(value, basedOn);
  if (!isShown(figure)) throw new Error(`${value} from ${basedOn} people is hidden`);
  return figure;
}

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
  measure?: { value: number; n: BuiltCount; comparison?: { value: number; n?: BuiltCount } },
): NonNullable<PublicPilot["results"]> {
  return {
    outcome,
    measures: measure
      ? [
          {
            measureCode: "arbeid-utdanning-6m",
            name: "Andel i arbeid eller utdanning 6 måneder etter",
            unit: "prosent",
            value: figureFrom(measure.value, measure.n),
            n: countFrom(measure.n),
            // A comparison without n is as a record stored before n was required for it reads back.
            ...(measure.comparison
              ? {
                  comparison: {
                    value:
                      measure.comparison.n !== undefined
                        ? figureFrom(measure.comparison.value, measure.comparison.n)
                        : PeopleFigureSchema.parse(measure.comparison.value),
                    ...(measure.comparison.n !== undefined ? { n: countFrom(measure.comparison.n) } : {}),
                    description: "Kontrollkontorer",
                  },
                }
              : {}),
          },
        ]
      : [],
    failureReasons: outcome === "virket-ikke" || outcome === "negativ" ? ["ideen"] : [],
  };
}
