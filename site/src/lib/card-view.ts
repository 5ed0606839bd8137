import type { Verdict } from "../../../shared/domain/verdict.ts";

/**
 * What a trial's card shows, whatever it is built from: the build renders it from the trial (PilotCard.astro),
 * the search page fills the same markup from a Pagefind record (scripts/search-card.ts).
 */
export interface CardView {
  readonly href: string;
  readonly title: string;
  /** Office · county · period · status. */
  readonly facts: string;
  readonly snippet?: string | undefined;
  readonly verdict: Pick<Verdict, "kind" | "label" | "color">;
  readonly evidence: { readonly strength: number; readonly text: string };
  /** The trial's method, offered for the comparison page. */
  readonly compare?: { readonly method: string; readonly href: string } | undefined;
}

/** The summary's length on a card. */
export const CARD_SNIPPET_LENGTH = 220;

/** The evidence tag's text: "Kunnskapsgrunnlag nivå 3: Godt dokumentert". */
export function evidenceText(strength: number, label: string): string {
  return `Kunnskapsgrunnlag nivå ${strength}: ${label}`;
}

/** The evidence tag is strong from level 3 up, outlined below. */
export function evidenceVariant(strength: number): "strong" | "outline" {
  return strength >= 3 ? "strong" : "outline";
}

/** The verdict tag is outlined when there are no results yet. */
export function verdictVariant(kind: Verdict["kind"]): "outline" | "moderate" {
  return kind === "no-results" ? "outline" : "moderate";
}
