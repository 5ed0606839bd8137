import { standardMeasure } from "../../domain/outcome-measures.ts";
import { OUTCOMES, type EvidenceDirection, type MeasureUnit, type Outcome } from "../../domain/taxonomy.ts";
import { measureEffects, type MeasureEffects } from "./method-effects.ts";
import type { PublicMethod } from "../../domain/public-trial/page-schemas.ts";
import { HIDDEN_FIGURE_LABEL, isShown, peopleCount, peopleFigure, type PeopleFigure } from "../../domain/public-trial/people-figure.ts";
import type { PublicPilot } from "../../domain/public-trial/public-pilot.ts";

/** The strongest rating among a set of trials, with the trial that holds it. */
export interface StrongestEvidence {
  readonly strength: 1 | 2 | 3 | 4;
  readonly direction: EvidenceDirection;
  readonly pilotId: string;
}

/** One standard measure pooled across the trials of a method that report it. */
export interface PooledMeasure {
  readonly measureCode: string;
  readonly label: string;
  readonly unit: MeasureUnit;
  /**
   * "share" or "mean": what the measure is. `value` and `comparison` describe the trials (the share or mean
   * over everyone, weighted by n); whether the method made a difference is told by `effects`.
   */
  readonly pooling: "share" | "mean";
  /** How many trials report this measure. */
  readonly reportedBy: number;
  /** Trials whose figure went into the pool (n of 5 or more). */
  readonly included: readonly string[];
  /** Trials left out, and why ("færre enn 5" participants, or n of 0). */
  readonly excluded: readonly { readonly pilotId: string; readonly reason: "small-count" | "no-participants" }[];
  /** Total participants behind the pooled figure (a sum of shown counts, so 0 or 5 or more). */
  readonly participants: PeopleFigure;
  /** The pooled figure, weighted by each trial's n; absent when every trial was left out. */
  readonly value?: PeopleFigure;
  /** The pooled comparison over the included trials that give one with a usable n. */
  readonly comparison?: { readonly value: PeopleFigure; readonly n: PeopleFigure; readonly trials: number };
  /** Each trial's difference against its comparison group, and the random-effects pool of them. */
  readonly effects?: MeasureEffects;
}

/** A trial in a method's family tree, with the trials that copied it. */
export interface ReplicationNode {
  readonly pilotId: string;
  readonly children: readonly ReplicationNode[];
}

export interface MethodAggregate {
  readonly methodId: string;
  /** How many published trials the method has. */
  readonly trials: number;
  /** How many offices have tried it (owning and partner offices). */
  readonly offices: number;
  readonly officeIds: readonly string[];
  /** Trials per reported outcome; every outcome code is present. */
  readonly outcomes: Record<Outcome, number>;
  /** Trials with no results reported yet. */
  readonly withoutResults: number;
  readonly strongestEvidence?: StrongestEvidence;
  readonly recommended: boolean;
  readonly pooled: readonly PooledMeasure[];
  readonly replicationTree: readonly ReplicationNode[];
}

export function emptyOutcomeCounts(): Record<Outcome, number> {
  return Object.fromEntries(OUTCOMES.map((o) => [o.code, 0])) as Record<Outcome, number>;
}

/** Newest first by when a trial was first published, then by id, so every listing is stable. */
export function byNewest(a: PublicPilot, b: PublicPilot): number {
  return b.firstPublishedAt.localeCompare(a.firstPublishedAt) || b.id.localeCompare(a.id);
}

/** Strongest evidence first, then newest. */
export function byStrongestEvidence(a: PublicPilot, b: PublicPilot): number {
  return b.evidence.strength - a.evidence.strength || byNewest(a, b);
}

/** The strongest rating among trials; ties go to the most recently published. */
export function strongestEvidence(pilots: readonly PublicPilot[]): StrongestEvidence | undefined {
  const best = [...pilots].sort(byStrongestEvidence)[0];
  return best ? { strength: best.evidence.strength, direction: best.evidence.direction, pilotId: best.id } : undefined;
}

/** Every office that took part in a trial: the owner first, then partner offices. */
export function pilotOfficeIds(pilot: Pick<PublicPilot, "officeId" | "partnerOfficeIds">): string[] {
  return [...new Set([pilot.officeId, ...pilot.partnerOfficeIds])];
}

/**
 * Follows merges to the method that was kept: old ids map to the live one. A chain (a merged into b merged
 * into c) resolves to c; a cycle or a dangling reference leaves the id as it is.
 */
export function methodResolver(methods: readonly Pick<PublicMethod, "id" | "mergedInto">[]): (id: string) => string {
  const byId = new Map(methods.map((m) => [m.id, m]));
  return (id) => {
    let current = id;
    for (let hops = 0; hops < 10; hops++) {
      const next = byId.get(current)?.mergedInto;
      if (!next || !byId.has(next)) return current;
      current = next;
    }
    return id;
  };
}

function usableCount(n: PeopleFigure | undefined): number | undefined {
  return isShown(n) && n > 0 ? n : undefined;
}

/** Pools every standard measure that more than one trial reports. */
export function poolMeasures(pilots: readonly PublicPilot[]): PooledMeasure[] {
  const byCode = new Map<string, { pilot: PublicPilot; measure: NonNullable<PublicPilot["results"]>["measures"][number] }[]>();
  for (const pilot of pilots) {
    const seen = new Set<string>();
    for (const measure of pilot.results?.measures ?? []) {
      if (!measure.measureCode || seen.has(measure.measureCode)) continue;
      seen.add(measure.measureCode);
      const list = byCode.get(measure.measureCode) ?? [];
      list.push({ pilot, measure });
      byCode.set(measure.measureCode, list);
    }
  }
  const pooled: PooledMeasure[] = [];
  for (const [code, reports] of byCode) {
    if (reports.length < 2) continue;
    const standard = standardMeasure(code);
    if (!standard) continue;
    const included: string[] = [];
    const excluded: { pilotId: string; reason: "small-count" | "no-participants" }[] = [];
    let participants = 0;
    let weighted = 0;
    let comparisonN = 0;
    let comparisonWeighted = 0;
    let comparisonTrials = 0;
    for (const { pilot, measure } of reports) {
      const n = usableCount(measure.n);
      if (n === undefined || !isShown(measure.value)) {
        const small = measure.n === HIDDEN_FIGURE_LABEL || (measure.n !== 0 && measure.value === HIDDEN_FIGURE_LABEL);
        excluded.push({ pilotId: pilot.id, reason: small ? "small-count" : "no-participants" });
        continue;
      }
      included.push(pilot.id);
      participants += n;
      weighted += measure.value * n;
      const cn = usableCount(measure.comparison?.n);
      if (measure.comparison && cn !== undefined && isShown(measure.comparison.value)) {
        comparisonN += cn;
        comparisonWeighted += measure.comparison.value * cn;
        comparisonTrials += 1;
      }
    }
    const effects = measureEffects(
      standard,
      reports.map(({ pilot, measure }) => ({ pilotId: pilot.id, measure })),
    );
    pooled.push({
      measureCode: code,
      label: standard.label,
      unit: standard.unit,
      pooling: standard.pooling,
      reportedBy: reports.length,
      included,
      excluded,
      participants: peopleCount(participants),
      ...(participants > 0 ? { value: peopleFigure(weighted / participants, participants) } : {}),
      ...(comparisonN > 0
        ? { comparison: { value: peopleFigure(comparisonWeighted / comparisonN, comparisonN), n: peopleCount(comparisonN), trials: comparisonTrials } }
        : {}),
      ...(effects ? { effects } : {}),
    });
  }
  return pooled.sort((a, b) => b.reportedBy - a.reportedBy || a.measureCode.localeCompare(b.measureCode));
}

/**
 * The family tree of replications among a method's trials: a trial that copies another hangs under it;
 * a trial that copies one outside the set (or none) is a root. Oldest first at every level.
 */
export function replicationTree(pilots: readonly PublicPilot[]): ReplicationNode[] {
  const ids = new Set(pilots.map((p) => p.id));
  const children = new Map<string, PublicPilot[]>();
  const roots: PublicPilot[] = [];
  for (const pilot of pilots) {
    const parent = pilot.replicatesPilotId;
    if (parent && parent !== pilot.id && ids.has(parent)) {
      const list = children.get(parent) ?? [];
      list.push(pilot);
      children.set(parent, list);
    } else {
      roots.push(pilot);
    }
  }
  const oldestFirst = (a: PublicPilot, b: PublicPilot) => byNewest(b, a);
  const visited = new Set<string>();
  const build = (pilot: PublicPilot): ReplicationNode => {
    visited.add(pilot.id);
    const kids = (children.get(pilot.id) ?? []).filter((c) => !visited.has(c.id)).sort(oldestFirst);
    return { pilotId: pilot.id, children: kids.map(build) };
  };
  const tree = roots.sort(oldestFirst).map(build);
  // Trials in a copy cycle have no root; show each cycle once, from its oldest trial.
  for (const pilot of [...pilots].sort(oldestFirst)) {
    if (!visited.has(pilot.id)) tree.push(build(pilot));
  }
  return tree;
}

/**
 * Everything a method page (and later the API) shows about a method, derived from its published trials.
 * `pilots` may hold every trial: only those of this method (or of a method merged into it) are used.
 */
export function aggregateMethod(
  method: Pick<PublicMethod, "id" | "recommended">,
  pilots: readonly PublicPilot[],
  options: { resolveMethodId?: (id: string) => string } = {},
): MethodAggregate {
  const resolve = options.resolveMethodId ?? ((id: string) => id);
  const trials = pilots.filter((p) => p.methodId !== undefined && resolve(p.methodId) === method.id);
  const officeIds = [...new Set(trials.flatMap(pilotOfficeIds))].sort();
  const outcomes = emptyOutcomeCounts();
  let withoutResults = 0;
  for (const pilot of trials) {
    if (pilot.results) outcomes[pilot.results.outcome] += 1;
    else withoutResults += 1;
  }
  const strongest = strongestEvidence(trials);
  return {
    methodId: method.id,
    trials: trials.length,
    offices: officeIds.length,
    officeIds,
    outcomes,
    withoutResults,
    ...(strongest ? { strongestEvidence: strongest } : {}),
    recommended: method.recommended === true,
    pooled: poolMeasures(trials),
    replicationTree: replicationTree(trials),
  };
}

/** The method's record in one sentence, e.g. "Prøvd ved 5 kontorer: 2 virket, 3 delvis". */
export function methodSummaryText(aggregate: MethodAggregate): string {
  if (aggregate.trials === 0) return "Ingen publiserte utprøvinger ennå";
  const where = aggregate.offices === 1 ? "Prøvd ved 1 kontor" : `Prøvd ved ${aggregate.offices} kontorer`;
  const parts = OUTCOMES.filter((o) => aggregate.outcomes[o.code] > 0).map((o) => `${aggregate.outcomes[o.code]} ${o.label.toLocaleLowerCase("nb")}`);
  if (aggregate.withoutResults > 0) parts.push(`${aggregate.withoutResults} uten resultater ennå`);
  const trials = aggregate.trials === 1 ? "1 utprøving" : `${aggregate.trials} utprøvinger`;
  const strongest = aggregate.strongestEvidence ? `; sterkeste kunnskapsgrunnlag: nivå ${aggregate.strongestEvidence.strength}` : "";
  return `${where} (${trials}): ${parts.join(", ")}${strongest}`;
}
