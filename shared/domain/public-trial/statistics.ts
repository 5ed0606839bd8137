import * as z from "zod/mini";
import { lazySchema } from "../lazy-schema.ts";
import {
  COUNTIES,
  ENDED_TRIAL_STATUSES,
  EVIDENCE_DIRECTIONS,
  MEASURE_TYPES,
  NOT_WORKED_OUTCOMES,
  OUTCOMES,
  PILOT_STATES,
  TARGET_GROUPS,
  TRIAL_STATUSES,
  type Term,
} from "../taxonomy.ts";
import { pilotYear } from "./format.ts";
import type { PublicPilot } from "./public-pilot.ts";

/** A count per code of a taxonomy, in the taxonomy's order, with its label. */
export interface CountRow {
  readonly code: string;
  readonly label: string;
  readonly count: number;
}

export interface Statistics {
  readonly published: number;
  readonly byCounty: readonly CountRow[];
  readonly byTargetGroup: readonly CountRow[];
  readonly byMeasureType: readonly CountRow[];
  /** Reported outcomes, and a last row for trials with no results yet. */
  readonly byOutcome: readonly CountRow[];
  readonly byStatus: readonly CountRow[];
  readonly byEvidenceStrength: readonly CountRow[];
  readonly byEvidenceDirection: readonly CountRow[];
  readonly byYear: readonly CountRow[];
  /** Trials that have ended (avsluttet or avbrutt), and how many of them reported results. */
  readonly ended: number;
  readonly endedWithResults: number;
  /** Trials with a reported outcome, and how many of them showed no effect (virket ikke or negativ). */
  readonly withResults: number;
  readonly noEffect: number;
  /** Trials started as a copy of another published trial. */
  readonly replications: number;
  /** Methods tried at three offices or more (owning offices and partner offices alike). */
  readonly methodsAtThreeOffices: number;
  /** Methods with at least one trial. */
  readonly methodsTried: number;
}

export const NO_RESULTS_CODE = "ingen-resultater";
export const NO_RESULTS_LABEL = "Ingen resultater ennå";

function countBy(terms: readonly Term[], pilots: readonly PublicPilot[], codesOf: (p: PublicPilot) => readonly string[]): CountRow[] {
  const counts = new Map<string, number>(terms.map((t) => [t.code, 0]));
  for (const pilot of pilots) {
    for (const code of new Set(codesOf(pilot))) {
      if (counts.has(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  return terms.map((t) => ({ code: t.code, label: t.label, count: counts.get(t.code) ?? 0 }));
}

/** Counts for the statistics page, over published trials. A trial counts once in each row it belongs to. */
export function statistics(pilots: readonly PublicPilot[], resolveMethodId: (id: string) => string = (id) => id): Statistics {
  const ended = pilots.filter((p) => p.trialStatus !== undefined && ENDED_TRIAL_STATUSES.includes(p.trialStatus));
  const withResults = pilots.filter((p) => p.results !== undefined);
  const years = [...new Set(pilots.map(pilotYear))].sort();
  const ids = new Set(pilots.map((p) => p.id));
  const officesByMethod = new Map<string, Set<string>>();
  for (const p of pilots) {
    if (!p.methodId) continue;
    const method = resolveMethodId(p.methodId);
    const offices = officesByMethod.get(method) ?? new Set<string>();
    for (const office of [p.officeId, ...p.partnerOfficeIds]) offices.add(office);
    officesByMethod.set(method, offices);
  }
  return {
    published: pilots.length,
    byCounty: countBy(COUNTIES, pilots, (p) => [p.county]),
    byTargetGroup: countBy(TARGET_GROUPS, pilots, (p) => p.targetGroups),
    byMeasureType: countBy(MEASURE_TYPES, pilots, (p) => p.measureTypes),
    byOutcome: [
      ...countBy(OUTCOMES, pilots, (p) => (p.results ? [p.results.outcome] : [])),
      { code: NO_RESULTS_CODE, label: NO_RESULTS_LABEL, count: pilots.length - withResults.length },
    ],
    byStatus: countBy(TRIAL_STATUSES, pilots, (p) => (p.trialStatus ? [p.trialStatus] : [])),
    byEvidenceStrength: countBy(
      [1, 2, 3, 4].map((s) => ({ code: String(s), label: `Nivå ${s}` })),
      pilots,
      (p) => [String(p.evidence.strength)],
    ),
    byEvidenceDirection: countBy(EVIDENCE_DIRECTIONS, pilots, (p) => [p.evidence.direction]),
    byYear: countBy(
      years.map((y) => ({ code: y, label: y })),
      pilots,
      (p) => [pilotYear(p)],
    ),
    ended: ended.length,
    endedWithResults: ended.filter((p) => p.results !== undefined).length,
    withResults: withResults.length,
    noEffect: withResults.filter((p) => p.results && NOT_WORKED_OUTCOMES.includes(p.results.outcome)).length,
    replications: pilots.filter((p) => p.replicatesPilotId !== undefined && ids.has(p.replicatesPilotId)).length,
    methodsAtThreeOffices: [...officesByMethod.values()].filter((o) => o.size >= 3).length,
    methodsTried: officesByMethod.size,
  };
}

/**
 * Counts over every registered trial, drafts included — counts only, never content — so the share that
 * reports results is held against all trials that have ended, not only the published ones.
 */
export const RegistryStatisticsSchema = lazySchema(() =>
  z.strictObject({
    asOf: z.string(),
    registered: z.int().check(z.minimum(0)),
    byState: z.record(z.string(), z.int().check(z.minimum(0))),
    /** Trials whose status is ended (avsluttet or avbrutt), in any workflow state, and those with results. */
    ended: z.int().check(z.minimum(0)),
    endedWithResults: z.int().check(z.minimum(0)),
    /** Median days from the last submission to publication, by the quarter of publication. */
    publicationDays: z.array(z.strictObject({ quarter: z.string(), medianDays: z.number(), trials: z.int().check(z.minimum(1)) })),
  }),
);
export type RegistryStatistics = z.infer<typeof RegistryStatisticsSchema>;

/** What the registry counts need of a trial (its workflow state, status, results and times). */
export interface RegistryEntry {
  readonly state: string;
  readonly trialStatus?: string | undefined;
  readonly hasResults: boolean;
  readonly submittedAt?: string | undefined;
  readonly publishedAt?: string | undefined;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function registryStatistics(entries: readonly RegistryEntry[], asOf: string): RegistryStatistics {
  const byState: Record<string, number> = Object.fromEntries(PILOT_STATES.map((s) => [s.code, 0]));
  for (const e of entries) byState[e.state] = (byState[e.state] ?? 0) + 1;
  const ended = entries.filter((e) => e.trialStatus !== undefined && (ENDED_TRIAL_STATUSES as readonly string[]).includes(e.trialStatus));
  const days = new Map<string, number[]>();
  for (const e of entries) {
    if (!e.submittedAt || !e.publishedAt || e.publishedAt < e.submittedAt) continue;
    const published = new Date(e.publishedAt);
    const quarter = `${published.getUTCFullYear()} K${Math.floor(published.getUTCMonth() / 3) + 1}`;
    const list = days.get(quarter) ?? [];
    list.push((published.getTime() - new Date(e.submittedAt).getTime()) / 86_400_000);
    days.set(quarter, list);
  }
  return {
    asOf,
    registered: entries.length,
    byState,
    ended: ended.length,
    endedWithResults: ended.filter((e) => e.hasResults).length,
    publicationDays: [...days]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([quarter, list]) => ({ quarter, medianDays: Math.round(median(list) * 10) / 10, trials: list.length })),
  };
}
