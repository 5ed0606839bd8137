/**
 * The published criteria for recommending a method for spreading (anbefalt for spredning). Curators
 * decide; the criteria say what the decision should rest on, and the site shows which of them a method
 * meets (see `recommendationChecklist` in shared/public/pages/recommendation-criteria.ts).
 */

export type RecommendationCriterionCode = "effekt" | "flere-kontorer" | "ingen-skade" | "oppskrift";

export interface RecommendationCriterion {
  readonly code: RecommendationCriterionCode;
  readonly label: string;
  readonly description: string;
}

export const RECOMMENDATION_CRITERIA: readonly RecommendationCriterion[] = [
  {
    code: "effekt",
    label: "Påvist effekt",
    description:
      "Det samlede estimatet for et standard resultatmål viser at metoden trolig er bedre enn sammenligningen (hele 95 %-intervallet ligger på den gode siden av null), eller minst én utprøving med positiv retning har kunnskapsgrunnlag på nivå 3 eller 4.",
  },
  {
    code: "flere-kontorer",
    label: "Minst to kontorer",
    description: "Metoden er prøvd ved to eller flere NAV-kontorer, så resultatet ikke bygger på ett sted alene.",
  },
  {
    code: "ingen-skade",
    label: "Ingen tegn på skade",
    description:
      "Ingen publisert utprøving av metoden har negativt resultat eller negativ retning, og ingen samlet effekt er trolig dårligere enn sammenligningen.",
  },
  {
    code: "oppskrift",
    label: "Oppskrift og forutsetninger",
    description: "Minst én utprøving beskriver stegene i arbeidsmåten og hva som må være på plass (forutsetninger), så andre kontorer kan gjøre det samme.",
  },
];

export const RECOMMENDATION_RUBRIC = {
  title: "Når anbefaler vi en metode for spredning?",
  introduction:
    "Kuratorene kan merke en metode «Anbefalt for spredning». Anbefalingen er en vurdering, men den skal hvile på disse kriteriene, og metodesiden viser hvilke av dem metoden oppfyller. Bare publiserte utprøvinger teller.",
  criteria: RECOMMENDATION_CRITERIA,
} as const;
