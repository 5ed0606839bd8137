import type { PublicMethod } from "../../../shared/domain/public-trial/page-schemas.ts";
import { formatPeriod } from "../../../shared/domain/public-trial/format.ts";
import type { PublicPilot } from "../../../shared/domain/public-trial/public-pilot.ts";
import { verdict } from "../../../shared/domain/verdict.ts";
import { CARD_SNIPPET_LENGTH, evidenceText, type CardView } from "./card-view.ts";
import { label } from "./labels.ts";
import { shorten } from "./search-records.ts";
import { urls } from "./urls.ts";

/** A trial's card as the build renders it: the same parts the search index keeps for the search page's cards. */
export function cardView(pilot: PublicPilot, officeName: string, method?: PublicMethod): CardView {
  const v = verdict({ outcome: pilot.results?.outcome, evidence: pilot.evidence });
  return {
    href: urls.pilot(pilot),
    title: pilot.title,
    facts: [officeName, label.county(pilot.county), formatPeriod(pilot.period), pilot.trialStatus ? label.status(pilot.trialStatus) : undefined]
      .filter(Boolean)
      .join(" · "),
    snippet: shorten(pilot.summary ?? pilot.need ?? pilot.methodDescription, CARD_SNIPPET_LENGTH),
    verdict: v,
    evidence: {
      strength: pilot.evidence.strength,
      text: evidenceText(pilot.evidence.strength, label.evidence(pilot.evidence.strength, pilot.evidence.direction)),
    },
    compare: method ? { method: method.name, href: urls.compare([], method.slug) } : undefined,
  };
}

/** The card the search page's template holds: every part present, filled in by the search script. */
export const TEMPLATE_CARD: CardView = {
  href: "/",
  title: "",
  facts: "",
  snippet: "",
  verdict: { kind: "no-results", label: "", color: "neutral" },
  evidence: { strength: 1, text: "" },
  compare: { method: "", href: "/" },
};
