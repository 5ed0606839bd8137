import type { EvidenceDirection, Outcome } from "./taxonomy.ts";

/**
 * One plain-language verdict for a trial, joining what the office reported (the outcome) with how far the
 * result can be trusted (the curator's evidence strength): "Virket – dokumentert effekt", "Virket ikke –
 * godt dokumentert", "Ingen resultater ennå". Cards, the trial page and the gap map all say it in these
 * words, so a strong trial that showed no effect never reads (or looks) like a success.
 */

/** What was found, in the groups a reader tells apart at a glance. */
export type VerdictKind = "worked" | "mixed" | "not-worked" | "harmful" | "inconclusive" | "no-results";

/** Aksel colour roles (`data-color` on a tag). "Virket ikke" and "Ingen resultater ennå" differ on purpose. */
export type VerdictColor = "success" | "warning" | "meta-purple" | "danger" | "info" | "neutral";

export interface Verdict {
  readonly kind: VerdictKind;
  /** The whole verdict as one phrase. */
  readonly label: string;
  /** The first part alone: what was found ("Virket ikke"). */
  readonly finding: string;
  /** The second part alone: how well it is documented ("godt dokumentert"); absent when there is nothing to rate. */
  readonly strength?: string;
  readonly color: VerdictColor;
}

export interface VerdictInput {
  /** The outcome the office reported; absent while there are no results. */
  readonly outcome?: Outcome | undefined;
  /** The curator's rating: strength 1–4 and direction. */
  readonly evidence?: { readonly strength: number; readonly direction?: EvidenceDirection | undefined } | undefined;
}

const KIND_OF_OUTCOME: Record<Outcome, VerdictKind> = {
  virket: "worked",
  delvis: "mixed",
  "virket-ikke": "not-worked",
  negativ: "harmful",
  "for-tidlig": "inconclusive",
};

export const VERDICT_FINDING: Record<VerdictKind, string> = {
  worked: "Virket",
  mixed: "Virket delvis",
  "not-worked": "Virket ikke",
  harmful: "Negativ virkning",
  inconclusive: "For tidlig å si",
  "no-results": "Ingen resultater ennå",
};

export const VERDICT_COLOR: Record<VerdictKind, VerdictColor> = {
  worked: "success",
  mixed: "warning",
  "not-worked": "meta-purple",
  harmful: "danger",
  inconclusive: "info",
  "no-results": "neutral",
};

/**
 * How well a result is documented, by evidence level (1–4, as in the published rubric). A trial that
 * worked uses the rubric's own words for an effect; every other finding says how it was measured.
 */
const STRENGTH_WORDS: Record<"effect" | "other", Record<1 | 2 | 3 | 4, string>> = {
  effect: { 1: "ikke målt", 2: "lovende, ikke sammenlignet", 3: "sannsynlig effekt", 4: "dokumentert effekt" },
  other: { 1: "ikke målt", 2: "ikke sammenlignet", 3: "målt mot sammenligning", 4: "godt dokumentert" },
};

function strengthLevel(strength: number | undefined): 1 | 2 | 3 | 4 | undefined {
  return strength === 1 || strength === 2 || strength === 3 || strength === 4 ? strength : undefined;
}

/** The verdict for one trial. Pure: the same input always gives the same words and colour. */
export function verdict(input: VerdictInput): Verdict {
  const kind: VerdictKind = input.outcome ? KIND_OF_OUTCOME[input.outcome] : "no-results";
  const finding = VERDICT_FINDING[kind];
  const color = VERDICT_COLOR[kind];
  const level = strengthLevel(input.evidence?.strength);
  // Without results, or too early to tell, there is no finding whose documentation could be rated.
  if (kind === "no-results" || kind === "inconclusive" || level === undefined) return { kind, label: finding, finding, color };
  const strength = STRENGTH_WORDS[kind === "worked" ? "effect" : "other"][level];
  return { kind, label: `${finding} – ${strength}`, finding, strength, color };
}

/** The verdict kinds in the order a legend lists them. */
export const VERDICT_KINDS: readonly VerdictKind[] = ["worked", "mixed", "not-worked", "harmful", "inconclusive", "no-results"];
