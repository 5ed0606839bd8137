import type { MeasureUnit } from "./taxonomy.ts";

/**
 * The catalogue of standard outcome measures. Trials of one method that report the same standard measure
 * can be pooled across offices on the method page.
 */
export interface StandardMeasure {
  readonly code: string;
  readonly label: string;
  readonly unit: MeasureUnit;
  readonly followUpMonths?: number;
  /** How pooling works: shares are weighted by n; means by n. */
  readonly pooling: "share" | "mean";
  /** Whether a higher figure is the better result (false for waiting time and re-offending). */
  readonly higherIsBetter: boolean;
  readonly description: string;
}

export const STANDARD_MEASURES = [
  {
    code: "arbeid-utdanning-6m",
    label: "Andel i arbeid eller utdanning 6 måneder etter",
    unit: "prosent",
    followUpMonths: 6,
    pooling: "share",
    higherIsBetter: true,
    description: "Andel av deltakerne som var i arbeid eller utdanning seks måneder etter avsluttet deltakelse.",
  },
  {
    code: "arbeid-utdanning-12m",
    label: "Andel i arbeid eller utdanning 12 måneder etter",
    unit: "prosent",
    followUpMonths: 12,
    pooling: "share",
    higherIsBetter: true,
    description: "Andel av deltakerne som var i arbeid eller utdanning tolv måneder etter avsluttet deltakelse.",
  },
  {
    code: "ordinaert-arbeid-6m",
    label: "Andel i ordinært arbeid 6 måneder etter",
    unit: "prosent",
    followUpMonths: 6,
    pooling: "share",
    higherIsBetter: true,
    description: "Andel i ordinært arbeid uten lønnstilskudd seks måneder etter.",
  },
  {
    code: "fullfort-vgs",
    label: "Andel som fullfører videregående opplæring",
    unit: "prosent",
    pooling: "share",
    higherIsBetter: true,
    description: "Andel av deltakerne som fullførte og bestod videregående opplæring i perioden.",
  },
  {
    code: "ventetid-dager",
    label: "Ventetid til første samtale (dager)",
    unit: "dager",
    pooling: "mean",
    higherIsBetter: false,
    description: "Gjennomsnittlig antall dager fra henvendelse til første oppfølgingssamtale.",
  },
  {
    code: "brukertilfredshet",
    label: "Brukertilfredshet (1–6)",
    unit: "skala-1-6",
    pooling: "mean",
    higherIsBetter: true,
    description: "Gjennomsnittlig svar på spørsmålet om hvor fornøyd deltakeren var, på en skala fra 1 til 6.",
  },
  {
    code: "ny-straffesak-12m",
    label: "Andel med ny straffesak innen 12 måneder",
    unit: "prosent",
    followUpMonths: 12,
    pooling: "share",
    higherIsBetter: false,
    description: "Andel av deltakerne som fikk en ny straffesak innen tolv måneder etter løslatelse.",
  },
  {
    code: "sosialhjelp-avsluttet-6m",
    label: "Andel uten økonomisk sosialhjelp 6 måneder etter",
    unit: "prosent",
    followUpMonths: 6,
    pooling: "share",
    higherIsBetter: true,
    description: "Andel av deltakerne som ikke mottok økonomisk sosialhjelp seks måneder etter.",
  },
] as const satisfies readonly StandardMeasure[];

export type StandardMeasureCode = (typeof STANDARD_MEASURES)[number]["code"];

export function standardMeasure(code: string): StandardMeasure | undefined {
  return STANDARD_MEASURES.find((m) => m.code === code);
}
