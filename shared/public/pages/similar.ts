import { byStrongestEvidence } from "./method.ts";
import type { PublicPilot } from "../../domain/public-trial/public-pilot.ts";

/** How many of the best trials of each target group × measure type pair are weighed for a trial. */
const CANDIDATES_PER_PAIR = 25;

function pairKeys(pilot: PublicPilot): string[] {
  const keys: string[] = [];
  for (const tg of new Set(pilot.targetGroups)) {
    for (const mt of new Set(pilot.measureTypes)) keys.push(`${tg}|${mt}`);
  }
  return keys;
}

/** How alike two trials are: shared target groups and measure types, more when both match. */
export function similarityScore(a: PublicPilot, b: PublicPilot): number {
  const targetGroups = b.targetGroups.filter((t) => a.targetGroups.includes(t)).length;
  const measureTypes = b.measureTypes.filter((m) => a.measureTypes.includes(m) && m !== "ingen").length;
  const sameWayOfWorking = b.measureTypes.includes("ingen") && a.measureTypes.includes("ingen") ? 1 : 0;
  const sameCounty = a.county === b.county ? 0.5 : 0;
  return targetGroups * 2 + measureTypes * 2 + sameWayOfWorking + sameCounty;
}

/**
 * Finds trials like a given one — sharing a target group and a measure type — among trials of other
 * methods (the same method is listed on its own). Built once over all trials; each lookup weighs only the
 * strongest and newest trials of the pairs the trial spans, so 50,000 trials stay fast.
 */
export interface SimilarIndex {
  /** The trials most like `pilot`, best first. */
  (pilot: PublicPilot, limit?: number): PublicPilot[];
  /**
   * The lists a lookup for `pilot` reads, one per target group × measure type pair it spans, each as
   * `version` makes it of the list (strongest and newest first). A lookup reads nothing else but the trial
   * itself and the trials on these lists, so the same trial with the same versions finds the same trials.
   */
  inputs(pilot: PublicPilot, version: (list: readonly PublicPilot[]) => string): string[];
}

export function similarPilotsIndex(pilots: readonly PublicPilot[]): SimilarIndex {
  const byPair = new Map<string, PublicPilot[]>();
  for (const pilot of pilots) {
    for (const key of pairKeys(pilot)) {
      const list = byPair.get(key) ?? [];
      list.push(pilot);
      byPair.set(key, list);
    }
  }
  // One global order (strongest evidence, then newest) as a number per trial, so ties compare cheaply.
  const rank = new Map([...pilots].sort(byStrongestEvidence).map((p, i) => [p.id, i]));
  const rankOf = (p: PublicPilot) => rank.get(p.id) ?? Number.MAX_SAFE_INTEGER;
  for (const list of byPair.values()) list.sort((a, b) => rankOf(a) - rankOf(b));
  const lookup = (pilot: PublicPilot, limit = 5) => {
    const candidates = new Map<string, PublicPilot>();
    for (const key of pairKeys(pilot)) {
      let taken = 0;
      for (const other of byPair.get(key) ?? []) {
        if (taken >= CANDIDATES_PER_PAIR) break;
        if (other.id === pilot.id || (pilot.methodId !== undefined && other.methodId === pilot.methodId)) continue;
        candidates.set(other.id, other);
        taken += 1;
      }
    }
    return [...candidates.values()]
      .map((other) => ({ other, score: similarityScore(pilot, other) }))
      .sort((a, b) => b.score - a.score || rankOf(a.other) - rankOf(b.other))
      .slice(0, limit)
      .map((s) => s.other);
  };
  const inputs = (pilot: PublicPilot, version: (list: readonly PublicPilot[]) => string) =>
    pairKeys(pilot).map((key) => `${key}:${version(byPair.get(key) ?? [])}`);
  return Object.assign(lookup, { inputs });
}
