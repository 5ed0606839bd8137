import { RECOMMENDATION_RUBRIC } from "./recommendation.ts";
import type { EvidenceDirection } from "./taxonomy.ts";

/**
 * The published evidence scale (kunnskapsgrunnlag) with the criteria curators use. The strength says how
 * much the result can be trusted, whatever its direction: a well-run trial that found no effect is strong
 * knowledge and is labelled as such.
 */
export interface EvidenceLevel {
  readonly strength: 1 | 2 | 3 | 4;
  readonly label: string;
  /** The label when the trial found no effect (or a harmful one). */
  readonly labelNoEffect: string;
  readonly summary: string;
  readonly criteria: readonly string[];
  readonly typicalDesigns: readonly string[];
}

export const EVIDENCE_LEVELS: readonly EvidenceLevel[] = [
  {
    strength: 1,
    label: "Beskrevet",
    labelNoEffect: "Beskrevet",
    summary: "Utprøvingen er beskrevet, men har ingen resultatdata.",
    criteria: [
      "Arbeidsmåten, målgruppen og gjennomføringen er beskrevet så andre kan forstå hva som ble gjort.",
      "Det finnes ingen målte resultater, eller bare enkeltstående inntrykk.",
    ],
    typicalDesigns: ["ingen", "brukertilbakemeldinger"],
  },
  {
    strength: 2,
    label: "Lovende",
    labelNoEffect: "Lovende, men uten påvist effekt",
    summary: "Utprøvingen har målte resultater, men ingen sammenligning.",
    criteria: [
      "Minst ett resultatmål er målt for deltakerne, med antall og oppfølgingstid.",
      "Det finnes ingen sammenligningsgruppe, så vi vet ikke hva som ville skjedd uten utprøvingen.",
    ],
    typicalDesigns: ["for-etter", "brukertilbakemeldinger"],
  },
  {
    strength: 3,
    label: "Sannsynlig effekt",
    labelNoEffect: "Ingen effekt påvist",
    summary: "Resultatene er sammenlignet med en gruppe som ikke fikk tilbudet.",
    criteria: [
      "Resultatene er holdt opp mot en sammenligningsgruppe, for eksempel kontrollkontorer eller en historisk gruppe.",
      "Gruppene er rimelig like, og forskjeller mellom dem er beskrevet.",
      "Det planlagte resultatmålet er rapportert (ikke byttet ut underveis).",
    ],
    typicalDesigns: ["sammenligningsgruppe"],
  },
  {
    strength: 4,
    label: "Dokumentert effekt",
    labelNoEffect: "Dokumentert uten effekt",
    summary: "Effekten er målt i et randomisert kontrollert forsøk eller et sterkt kvasi-eksperiment.",
    criteria: [
      "Deltakerne er fordelt tilfeldig, eller et kvasi-eksperiment gir like sammenlignbare grupper.",
      "Evalueringen er gjort av eller sammen med et forskningsmiljø.",
      "Utvalget er stort nok til at resultatet ikke bare er tilfeldig, og frafall er rapportert.",
    ],
    typicalDesigns: ["rct", "kvasi-eksperiment"],
  },
];

export const EVIDENCE_RUBRIC = {
  title: "Slik vurderer vi kunnskapsgrunnlaget",
  introduction:
    "Kuratorer i Arbeids- og velferdsdirektoratet vurderer hver utprøving før den publiseres. Vi vurderer to ting hver for seg: " +
    "hvor sterkt kunnskapsgrunnlaget er (nivå 1–4), og hvilken retning resultatet har. En godt gjennomført utprøving " +
    "som ikke viste effekt, er sterk kunnskap og får samme nivå som en som viste effekt.",
  howWeDecide: [
    "Vi leser hva kontoret planla å måle da utprøvingen ble registrert, og holder det opp mot det som er rapportert.",
    "Nivået settes ut fra evalueringsdesignet og hvor godt det er gjennomført, ikke ut fra om resultatet er positivt.",
    "Et resultatmål som er byttet ut eller droppet, merkes synlig i den publiserte utprøvingen.",
    "Kontoret kan be om ny vurdering med en begrunnelse. Kuratoren svarer, og svaret lagres i historikken.",
  ],
  levels: EVIDENCE_LEVELS,
  recommendation: RECOMMENDATION_RUBRIC,
} as const;

export function evidenceLevel(strength: number): EvidenceLevel | undefined {
  return EVIDENCE_LEVELS.find((l) => l.strength === strength);
}

/** The label for a rating: the no-effect wording when the direction says the trial showed none. */
export function evidenceLabel(strength: number, direction: EvidenceDirection): string {
  const level = evidenceLevel(strength);
  if (!level) return "Ukjent";
  return direction === "ingen" || direction === "negativ" ? level.labelNoEffect : level.label;
}
