import { STANDARD_MEASURES } from "../outcome-measures.ts";
import {
  DOCUMENT_KINDS,
  EVALUATION_DESIGNS,
  EVALUATORS,
  FAILURE_REASONS,
  FUNDING_SOURCES,
  INNSATSGRUPPER,
  MEASURE_TYPES,
  MEASURE_UNITS,
  OUTCOMES,
  PARTNER_TYPES,
  TARGET_GROUPS,
  TRIAL_STATUSES,
  type Term,
} from "../taxonomy.ts";
import type { FieldDef, FieldKind, Requirement, StepDef } from "./field-types.ts";

/**
 * The registration form's steps and fields, with each field's label, help text, requirement at submit and
 * `public` entry (publish.ts). Read through pilot-form.ts, which adds the lookups over them.
 */

const f = (name: string, kind: FieldKind, label: string, requirement: Requirement, extra: Partial<FieldDef> = {}): FieldDef => ({
  name,
  kind,
  label,
  requirement,
  ...extra,
});

const MEASURE_OPTIONS: readonly Term[] = STANDARD_MEASURES.map((m) => ({ code: m.code, label: m.label }));

export const STEPS: readonly StepDef[] = [
  {
    key: "om",
    title: "Om utprøvingen",
    items: [
      f("title", "text", "Tittel", "required", {
        public: { column: { key: "tittel" }, search: "title" },
        description: "Et kort navn andre kontorer kjenner igjen.",
      }),
      f("summary", "textarea", "Kort sammendrag", "required", {
        public: { column: { key: "sammendrag", label: "Sammendrag" }, search: "about" },
        description: "Hva gjør dere, for hvem, og hvorfor? 2–3 setninger.",
      }),
      f("need", "textarea", "Behov", "required", {
        public: { search: "about", page: { section: "behov" } },
        description: "Hvilket problem eller behov svarer utprøvingen på?",
      }),
      f("trialStatus", "radio", "Status for utprøvingen", "required", { public: { column: { key: "status", label: "Status" } }, options: TRIAL_STATUSES }),
      f("period.start", "date", "Startdato", "required", { public: { column: { key: "startdato" } }, width: "short" }),
      f("period.end", "date", "Sluttdato", "when-ended", {
        public: { column: { key: "sluttdato" } },
        width: "short",
        description: "Planlagt eller faktisk slutt. Må fylles ut når utprøvingen er avsluttet eller avbrutt.",
      }),
      f("partnerOfficeIds", "offices", "Andre NAV-kontorer som er med", "optional", {
        public: { column: { key: "samarbeidskontorer", label: "Samarbeidskontorer" } },
        description: "Skriv navnet på kontoret og velg det fra listen.",
      }),
    ],
  },
  {
    key: "malgruppe",
    title: "Målgruppe og tiltak",
    items: [
      f("methodDescription", "textarea", "Arbeidsmåten", "required", {
        public: { search: "body" },
        description: "Beskriv med egne ord hva dere gjør annerledes.",
      }),
      f("methodId", "method", "Metode i banken", "optional", {
        public: { column: { key: "metode", label: "Metode" } },
        emptyOption: "Vet ikke / ingen passer",
        description: "Velg metoden du tror dette er. Kuratoren bekrefter eller endrer valget.",
      }),
      f("targetGroups", "checkboxes", "Målgrupper", "required", {
        public: { column: { key: "malgrupper" }, search: "taxonomy" },
        options: TARGET_GROUPS,
        description: "Velg alle som passer.",
      }),
      f("innsatsgrupper", "checkboxes", "Innsatsgrupper", "optional", { public: { column: { key: "innsatsgrupper" } }, options: INNSATSGRUPPER }),
      f("measureTypes", "checkboxes", "Tiltakstyper", "required", {
        public: { column: { key: "tiltakstyper" }, search: "measures" },
        options: MEASURE_TYPES,
        description: "Velg «Ingen tiltakstype» hvis dette er en ny arbeidsmåte uten et formelt tiltak.",
      }),
      f("participants.count", "integer", "Antall deltakere", "when-ended", {
        public: { column: { key: "deltakere", label: "Deltakere", type: "count" } },
        width: "short",
        description: "Bare et samlet tall, aldri opplysninger om enkeltpersoner. Må fylles ut når utprøvingen er avsluttet.",
      }),
      f("participants.description", "textarea", "Om deltakerne", "optional", { public: {} }),
    ],
  },
  {
    key: "samarbeid",
    title: "Samarbeid",
    items: [
      {
        name: "partners",
        kind: "list",
        public: { column: { key: "samarbeidspartnere" } },
        label: "Samarbeidspartnere",
        requirement: "optional",
        addText: "Legg til samarbeidspartner",
        itemLabel: "Samarbeidspartner",
        table: true,
        fields: [
          f("name", "text", "Navn", "required"),
          f("type", "select", "Type", "required", { options: PARTNER_TYPES }),
          f("role", "textarea", "Rolle i utprøvingen", "optional"),
        ],
      },
    ],
  },
  {
    key: "kostnad",
    title: "Kostnad og finansiering",
    items: [
      {
        name: "funding",
        kind: "list",
        public: { column: { key: "finansiering" } },
        label: "Finansiering",
        requirement: "required",
        description: "Legg til minst én kilde, også når utprøvingen er betalt av eget budsjett.",
        addText: "Legg til finansieringskilde",
        itemLabel: "Finansieringskilde",
        table: true,
        fields: [
          f("source", "select", "Kilde", "required", { options: FUNDING_SOURCES }),
          f("amountNok", "nok", "Beløp i kroner", "optional", { width: "short" }),
          f("note", "text", "Merknad", "optional"),
        ],
      },
      f("cost.staffYears", "decimal", "Innsats i årsverk for hele perioden", "required", {
        public: { column: { key: "arsverk", label: "Årsverk", type: "years" } },
        width: "short",
        description: "Omtrent, for eksempel 1,5.",
      }),
      f("cost.costNok", "nok", "Kostnad i kroner for hele perioden", "optional", {
        public: { column: { key: "kostnad_nok", label: "Kostnad (kr)" } },
        width: "short",
        description: "Med antall deltakere regnes kostnaden per deltaker ut.",
      }),
      f("cost.plannedStaffYears", "decimal", "Planlagt innsats i årsverk", "optional", {
        public: {},
        width: "short",
        description: "Det dere regnet med da utprøvingen startet. Holdes opp mot den faktiske innsatsen når resultatene er rapportert.",
      }),
      f("cost.plannedCostNok", "nok", "Planlagt kostnad i kroner (budsjett)", "optional", {
        public: {},
        width: "short",
        description: "Det dere regnet med da utprøvingen startet. Holdes opp mot den faktiske kostnaden når resultatene er rapportert.",
      }),
      {
        kind: "derived",
        name: "costPerParticipant",
        label: "Kostnad per deltaker",
        description: "Regnes ut av kostnaden for hele perioden og antall deltakere (vises ikke med færre enn 5 deltakere).",
      },
      f("cost.note", "textarea", "Om kostnaden", "optional", { public: {} }),
    ],
  },
  {
    key: "oppskrift",
    title: "Oppskrift",
    items: [
      {
        name: "recipe.steps",
        kind: "list",
        public: { search: "body" },
        label: "Steg i oppskriften",
        requirement: "required",
        description: "Stegene et annet kontor følger for å gjøre det samme.",
        addText: "Legg til steg",
        itemLabel: "Steg",
        fields: [f("", "textarea", "Hva gjør dere i dette steget?", "required")],
      },
      f("recipe.requirements", "textarea", "Hva trengs for å gjøre det samme?", "optional", { public: { search: "body" } }),
      f("preconditions", "textarea", "Rammebetingelser", "optional", {
        public: { column: { key: "rammebetingelser" }, search: "body", page: { section: "erfaringer", heading: "Rammebetingelser andre kontorer trenger" } },
        description: "Forutsetninger et annet kontor må ha på plass.",
      }),
    ],
  },
  {
    key: "planlagt",
    title: "Planlagte resultater",
    items: [
      { kind: "intro", text: "Skriv hva dere skal måle før resultatene er kjent. Da kan resultatene holdes opp mot det som var planlagt." },
      f("participants.planned", "integer", "Planlagt antall deltakere", "optional", {
        public: {},
        width: "short",
        description:
          "Hvor mange dere regner med skal delta. Brukes til å regne ut hvor stor forskjell utprøvingen kan påvise, og holdes opp mot det faktiske antallet etterpå.",
      }),
      {
        name: "plannedOutcomes",
        kind: "list",
        public: { column: { key: "planlagte_resultatmal" } },
        label: "Planlagte resultatmål",
        requirement: "required",
        addText: "Legg til resultatmål",
        itemLabel: "Resultatmål",
        fields: [
          f("id", "hidden", "Id", "optional"),
          f("measureCode", "select", "Standardmål", "optional", { options: MEASURE_OPTIONS, emptyOption: "Eget mål" }),
          f("name", "text", "Hva skal måles", "required"),
          f("how", "textarea", "Hvordan", "optional"),
          f("followUpMonths", "integer", "Oppfølgingstid i måneder", "optional", { width: "short" }),
          f("expectedShare", "decimal", "Forventet andel uten tiltaket (prosent)", "optional", {
            width: "short",
            description:
              "For mål som er en andel: hvor mange prosent som ville nådd målet uten utprøvingen. Fylles ut med bankens tall når standardmålet har et.",
          }),
        ],
      },
    ],
  },
  {
    key: "resultater",
    title: "Resultater",
    items: [
      {
        kind: "intro",
        text: "Fyll ut når utprøvingen er ferdig, eller når dere har resultater underveis. Feltene må fylles ut når utprøvingen er avsluttet eller avbrutt.",
      },
      f("results.outcome", "select", "Resultat", "when-ended", {
        public: { column: { key: "resultat" } },
        options: OUTCOMES,
        description: "Hvordan gikk det, slik dere vurderer det?",
      }),
      f("results.summary", "textarea", "Oppsummering av resultatene", "optional", { public: { search: "body" } }),
      f("results.failureReasons", "checkboxes", "Hvorfor virket det ikke?", "conditional", {
        public: { column: { key: "arsaker_til_at_det_ikke_virket", label: "Årsaker til at det ikke virket" }, search: "taxonomy" },
        options: FAILURE_REASONS,
        description: "Må fylles ut når resultatet er «Virket ikke» eller «Negativ».",
      }),
      f("results.evaluationDesign", "select", "Hvordan ble resultatene målt?", "when-ended", {
        public: { column: { key: "evalueringsdesign", label: "Evalueringsdesign" } },
        options: EVALUATION_DESIGNS,
      }),
      f("results.evaluatedBy", "select", "Hvem evaluerte?", "optional", { public: {}, options: EVALUATORS }),
      f("results.researchPartner", "text", "Forskningspartner", "conditional", {
        public: { search: "body" },
        description: "Må fylles ut når dere evaluerte med en forskningspartner.",
      }),
      {
        name: "results.measures",
        kind: "list",
        public: { column: { key: "rapporterte_resultatmal", label: "Rapporterte resultatmål" } },
        label: "Resultatmål med tall",
        requirement: "conditional",
        description: "Må fylles ut når resultatene ble målt.",
        addText: "Legg til resultat",
        itemLabel: "Resultat",
        fields: [
          f("plannedOutcomeId", "planned-outcome", "Planlagt resultatmål", "optional", { emptyOption: "Ikke planlagt (nytt mål)" }),
          f("measureCode", "select", "Standardmål", "optional", { options: MEASURE_OPTIONS, emptyOption: "Eget mål" }),
          f("name", "text", "Navn på målet", "required"),
          f("unit", "select", "Enhet", "required", { options: MEASURE_UNITS }),
          f("value", "decimal", "Tall for utprøvingen", "required", { width: "short" }),
          f("sd", "decimal", "Standardavvik", "optional", {
            width: "short",
            description: "Bare når tallet er et gjennomsnitt (for eksempel dager eller en skala).",
          }),
          f("n", "integer", "Antall tallet bygger på", "required", { width: "short" }),
          f("followUpMonths", "integer", "Oppfølgingstid i måneder", "optional", { width: "short" }),
          f("comparison.value", "decimal", "Tall for sammenligningsgruppen", "optional", { width: "short" }),
          f("comparison.sd", "decimal", "Standardavvik i sammenligningsgruppen", "optional", { width: "short" }),
          f("comparison.n", "integer", "Antall i sammenligningsgruppen", "optional", {
            width: "short",
            description: "Uten antall vises ikke sammenligningen offentlig; bygger den på færre enn 5, vises «færre enn 5».",
          }),
          f("comparison.description", "text", "Hvem ble dere sammenlignet med?", "optional"),
          f("baseline.value", "decimal", "Tall før utprøvingen", "optional", { width: "short" }),
          f("baseline.sd", "decimal", "Standardavvik før utprøvingen", "optional", { width: "short" }),
          f("baseline.description", "text", "Hva tallet før utprøvingen viser", "optional"),
        ],
      },
      {
        name: "results.notMeasured",
        kind: "list",
        public: { column: { key: "planlagte_mal_ikke_malt" } },
        label: "Planlagte mål som ikke ble målt",
        requirement: "optional",
        description: "Ble et planlagt resultatmål ikke målt? Si hvorfor, i stedet for å la det falle bort.",
        addText: "Legg til et mål som ikke ble målt",
        itemLabel: "Ikke målt",
        fields: [
          f("plannedOutcomeId", "planned-outcome", "Det planlagte målet", "required", { emptyOption: "Velg" }),
          f("reason", "textarea", "Hvorfor ble det ikke målt?", "required"),
        ],
      },
      {
        name: "interimResults",
        kind: "list",
        public: { column: { key: "delresultater", label: "Delresultater" } },
        label: "Delresultater underveis",
        requirement: "optional",
        description: "For en utprøving som pågår: hva dere har sett så langt, med datoen det gjelder.",
        addText: "Legg til delresultat",
        itemLabel: "Delresultat",
        fields: [
          f("date", "date", "Dato", "required", { width: "short" }),
          f("summary", "textarea", "Hva har dere sett så langt?", "required"),
          f("plannedOutcomeId", "planned-outcome", "Gjelder resultatmålet", "optional", { emptyOption: "Ingen bestemt" }),
          f("value", "decimal", "Tall så langt", "optional", { width: "short" }),
          f("n", "integer", "Antall delresultatet bygger på", "optional", {
            width: "short",
            description: "Uten antall vises ikke tallet offentlig; bygger det på færre enn 5, vises «færre enn 5».",
          }),
        ],
      },
      { kind: "heading", text: "Erfaringer" },
      f("lessons.whatWorked", "textarea", "Hva fungerte?", "when-ended", {
        public: { column: { key: "erfaringer_som_virket", label: "Dette virket" }, search: "body", page: { section: "erfaringer", heading: "Dette fungerte" } },
        description: "Skriv minst én av de tre erfaringene når utprøvingen er avsluttet.",
      }),
      f("lessons.whatDidNot", "textarea", "Hva fungerte ikke?", "when-ended", {
        public: {
          column: { key: "erfaringer_som_ikke_virket", label: "Dette virket ikke" },
          search: "body",
          page: { section: "erfaringer", heading: "Dette fungerte ikke" },
        },
      }),
      f("lessons.doDifferently", "textarea", "Hva ville dere gjort annerledes?", "when-ended", {
        public: { search: "body", page: { section: "erfaringer", heading: "Dette ville vi gjort annerledes" } },
      }),
      {
        name: "documents",
        kind: "list",
        public: {},
        label: "Dokumenter",
        requirement: "optional",
        addText: "Legg til dokument",
        itemLabel: "Dokument",
        fields: [
          f("title", "text", "Tittel", "required"),
          f("url", "url", "Lenke", "required", { description: "Begynner med https://" }),
          f("kind", "select", "Type", "required", { options: DOCUMENT_KINDS }),
        ],
      },
    ],
  },
  {
    key: "kontakt",
    title: "Kontakt",
    items: [
      f("contact.name", "text", "Kontaktperson", "required", { public: { column: { key: "kontaktperson" } } }),
      f("contact.email", "email", "E-post på jobb", "required", { public: { column: { key: "kontakt_epost", label: "Kontaktpersonens e-post" } } }),
      f("contact.phone", "tel", "Telefon", "optional", { public: {}, width: "short" }),
    ],
  },
];

/**
 * Content the office does not type in but that is part of the trial: the trial it copies is set by the
 * "Vil du prøve dette?" link.
 */
export const CONTENT_OUTSIDE_FORM: readonly FieldDef[] = [
  f("replicatesPilotId", "hidden", "Kopi av", "optional", { public: { display: "text", column: { key: "kopi_av", label: "Kopi av (ID)" } } }),
];
