import { MEASURE_TYPES, TARGET_GROUPS, type MeasureType, type Outcome, type TargetGroup } from "../../domain/taxonomy.ts";
import { verdict } from "../../domain/verdict.ts";
import { emptyOutcomeCounts, strongestEvidence, type StrongestEvidence } from "./method.ts";
import type { PublicPilot } from "../../domain/public-trial/public-pilot.ts";

/**
 * What a cell of the gap map says was found, apart from how strong the evidence is: every reported
 * result worked, every one did not work (no effect or harmful), they point different ways (or some only
 * partly worked), tried without results yet, or not tried at all.
 */
export type GapMapFinding = "worked" | "mixed" | "not-worked" | "no-results" | "untried";

export const GAP_MAP_FINDINGS: readonly { readonly code: GapMapFinding; readonly label: string; readonly description: string }[] = [
  { code: "worked", label: "Virket", description: "Alle rapporterte resultater viste at det virket" },
  { code: "mixed", label: "Blandet", description: "Delvis virket, eller resultatene peker i ulike retninger" },
  { code: "not-worked", label: "Virket ikke", description: "Alle rapporterte resultater viste ingen eller negativ effekt" },
  { code: "no-results", label: "Ingen resultater ennå", description: "Prøvd, men ingen resultater er rapportert" },
  { code: "untried", label: "Ikke prøvd", description: "Ingen utprøving ennå" },
];

/** The finding of a set of trials, from each trial's verdict. */
export function gapMapFinding(pilots: readonly Pick<PublicPilot, "results" | "evidence">[]): GapMapFinding {
  if (pilots.length === 0) return "untried";
  const kinds = new Set(
    pilots.map((p) => verdict({ outcome: p.results?.outcome, evidence: p.evidence }).kind).filter((k) => k !== "no-results" && k !== "inconclusive"),
  );
  if (kinds.size === 0) return "no-results";
  if (kinds.size === 1 && kinds.has("worked")) return "worked";
  if ([...kinds].every((k) => k === "not-worked" || k === "harmful")) return "not-worked";
  return "mixed";
}

/** One cell of the gap map: the trials for one target group with one measure type. */
export interface GapMapCell {
  readonly targetGroup: TargetGroup;
  readonly measureType: MeasureType;
  readonly trials: number;
  readonly strongestEvidence?: StrongestEvidence;
  readonly outcomes: Record<Outcome, number>;
  readonly withoutResults: number;
  readonly finding: GapMapFinding;
}

export interface GapMap {
  readonly targetGroups: readonly TargetGroup[];
  readonly measureTypes: readonly MeasureType[];
  /** Rows by target group, columns by measure type, in taxonomy order. */
  readonly rows: readonly { readonly targetGroup: TargetGroup; readonly cells: readonly GapMapCell[] }[];
  /** How many cells have no trial at all. */
  readonly untried: number;
}

/**
 * The gap map: target groups × measure types. A trial counts in every cell its target groups and measure
 * types span; an empty cell means nothing has been tried there.
 */
export function gapMap(pilots: readonly PublicPilot[]): GapMap {
  const byCell = new Map<string, PublicPilot[]>();
  for (const pilot of pilots) {
    for (const tg of new Set(pilot.targetGroups)) {
      for (const mt of new Set(pilot.measureTypes)) {
        const key = `${tg}|${mt}`;
        const list = byCell.get(key) ?? [];
        list.push(pilot);
        byCell.set(key, list);
      }
    }
  }
  let untried = 0;
  const rows = TARGET_GROUPS.map(({ code: targetGroup }) => ({
    targetGroup,
    cells: MEASURE_TYPES.map(({ code: measureType }): GapMapCell => {
      const trials = byCell.get(`${targetGroup}|${measureType}`) ?? [];
      if (trials.length === 0) untried += 1;
      const outcomes = emptyOutcomeCounts();
      let withoutResults = 0;
      for (const p of trials) {
        if (p.results) outcomes[p.results.outcome] += 1;
        else withoutResults += 1;
      }
      const strongest = strongestEvidence(trials);
      return {
        targetGroup,
        measureType,
        trials: trials.length,
        ...(strongest ? { strongestEvidence: strongest } : {}),
        outcomes,
        withoutResults,
        finding: gapMapFinding(trials),
      };
    }),
  }));
  return { targetGroups: TARGET_GROUPS.map((t) => t.code), measureTypes: MEASURE_TYPES.map((m) => m.code), rows, untried };
}
