/**
 * The taxonomies of the domain as data: every code a record may hold, with its Norwegian label.
 * Schemas, forms, filters and the site all read these lists; nothing else defines a code.
 */

export interface Term<C extends string = string> {
  readonly code: C;
  readonly label: string;
  readonly description?: string;
}

function terms<const T extends readonly Term[]>(list: T): T {
  return list;
}

export type CodeOf<T extends readonly Term[]> = T[number]["code"];

export function codes<const T extends readonly Term[]>(list: T): [CodeOf<T>, ...CodeOf<T>[]] {
  return list.map((t) => t.code) as [CodeOf<T>, ...CodeOf<T>[]];
}

export function labelOf(list: readonly Term[], code: string): string {
  return list.find((t) => t.code === code)?.label ?? code;
}

/** Norway's 15 counties (fylker) from 2024. */
export const COUNTIES = terms([
  { code: "oslo", label: "Oslo" },
  { code: "akershus", label: "Akershus" },
  { code: "ostfold", label: "Østfold" },
  { code: "buskerud", label: "Buskerud" },
  { code: "innlandet", label: "Innlandet" },
  { code: "vestfold", label: "Vestfold" },
  { code: "telemark", label: "Telemark" },
  { code: "agder", label: "Agder" },
  { code: "rogaland", label: "Rogaland" },
  { code: "vestland", label: "Vestland" },
  { code: "more-og-romsdal", label: "Møre og Romsdal" },
  { code: "trondelag", label: "Trøndelag" },
  { code: "nordland", label: "Nordland" },
  { code: "troms", label: "Troms" },
  { code: "finnmark", label: "Finnmark" },
]);
export type County = CodeOf<typeof COUNTIES>;

export const TRIAL_STATUSES = terms([
  { code: "planlagt", label: "Planlagt" },
  { code: "pagar", label: "Pågår" },
  { code: "avsluttet", label: "Avsluttet" },
  { code: "avbrutt", label: "Avbrutt", description: "Stoppet før planlagt slutt" },
]);
export type TrialStatus = CodeOf<typeof TRIAL_STATUSES>;
/** A trial in one of these statuses has ended and must report results. */
export const ENDED_TRIAL_STATUSES: readonly TrialStatus[] = ["avsluttet", "avbrutt"];

export const TARGET_GROUPS = terms([
  { code: "unge-under-30", label: "Unge under 30 år" },
  { code: "innvandrere-utenfor-eos", label: "Innvandrere fra land utenfor EU/EØS" },
  { code: "langtidsledige", label: "Langtidsledige" },
  { code: "nedsatt-arbeidsevne", label: "Personer med nedsatt arbeidsevne" },
  { code: "sosialhjelpsmottakere", label: "Mottakere av økonomisk sosialhjelp" },
  { code: "psykisk-helse-rus", label: "Personer med psykiske helseproblemer og/eller rusproblemer" },
  { code: "tidligere-innsatte", label: "Tidligere innsatte" },
  { code: "hull-i-cv", label: "Personer med hull i CV-en" },
  { code: "sykmeldte", label: "Sykmeldte" },
  { code: "uten-fullfort-vgs", label: "Unge som ikke har fullført videregående skole" },
]);
export type TargetGroup = CodeOf<typeof TARGET_GROUPS>;

/** Labour-market measure types (tiltakstyper), Meld. St. 32 (2020–2021) box 8.9, or none. */
export const MEASURE_TYPES = terms([
  { code: "avklaring", label: "Avklaring" },
  { code: "oppfolging", label: "Oppfølging" },
  { code: "arbeidstrening", label: "Arbeidstrening" },
  { code: "aft", label: "Arbeidsforberedende trening (AFT)" },
  { code: "opplaering", label: "Opplæring" },
  { code: "arbeidsrettet-rehabilitering", label: "Arbeidsrettet rehabilitering" },
  { code: "inkluderingstilskudd", label: "Inkluderingstilskudd" },
  { code: "midlertidig-lonnstilskudd", label: "Midlertidig lønnstilskudd" },
  { code: "varig-lonnstilskudd", label: "Varig lønnstilskudd" },
  { code: "arbeids-og-utdanningsreiser", label: "Arbeids- og utdanningsreiser" },
  { code: "funksjonsassistanse", label: "Funksjonsassistanse" },
  { code: "vta", label: "Varig tilrettelagt arbeid (VTA)" },
  { code: "ips", label: "Individuell jobbstøtte (IPS)" },
  { code: "ingen", label: "Ingen tiltakstype (ny arbeidsmåte)" },
]);
export type MeasureType = CodeOf<typeof MEASURE_TYPES>;

export const INNSATSGRUPPER = terms([
  { code: "standard", label: "Standard innsats" },
  { code: "situasjonsbestemt", label: "Situasjonsbestemt innsats" },
  { code: "spesielt-tilpasset", label: "Spesielt tilpasset innsats" },
  { code: "varig-tilpasset", label: "Varig tilpasset innsats" },
]);
export type Innsatsgruppe = CodeOf<typeof INNSATSGRUPPER>;

export const PARTNER_TYPES = terms([
  { code: "sosial-entreprenor", label: "Sosial entreprenør" },
  { code: "ideell-aktor", label: "Ideell aktør" },
  { code: "kommersiell-leverandor", label: "Kommersiell leverandør" },
  { code: "arbeidsgiver", label: "Arbeidsgiver" },
  { code: "forskningsmiljo", label: "Forskningsmiljø" },
  { code: "kommunal-tjeneste", label: "Kommunal tjeneste" },
  { code: "helsetjeneste", label: "Helsetjeneste" },
  { code: "utdanning", label: "Utdanning" },
  { code: "frivillig-organisasjon", label: "Frivillig organisasjon" },
  { code: "offentlig-etat", label: "Annen offentlig etat", description: "For eksempel kriminalomsorgen eller fylkeskommunen" },
  { code: "investor", label: "Investor eller finansiør", description: "For eksempel investorer i en effektkontrakt" },
]);
export type PartnerType = CodeOf<typeof PARTNER_TYPES>;

export const FUNDING_SOURCES = terms([
  { code: "eget-budsjett", label: "Eget budsjett" },
  { code: "tilskudd-sosiale-tjenester", label: "Tilskudd til utvikling av sosiale tjenester" },
  { code: "tilskudd-sosialt-entreprenorskap", label: "Tilskudd til sosialt entreprenørskap" },
  { code: "effektkontrakt", label: "Effektkontrakt / velferdsobligasjon" },
  { code: "innovativ-anskaffelse", label: "Innovativ anskaffelse (StartOff)" },
  { code: "resultatbasert-finansiering", label: "Resultatbasert finansiering" },
  { code: "annet", label: "Annet" },
]);
export type FundingSource = CodeOf<typeof FUNDING_SOURCES>;

/** The outcome as the office reports it. */
export const OUTCOMES = terms([
  { code: "virket", label: "Virket" },
  { code: "delvis", label: "Delvis" },
  { code: "virket-ikke", label: "Virket ikke" },
  { code: "negativ", label: "Negativ" },
  { code: "for-tidlig", label: "For tidlig å si" },
]);
export type Outcome = CodeOf<typeof OUTCOMES>;
/** Outcomes for which the coded reasons why it did not work are required. */
export const NOT_WORKED_OUTCOMES: readonly Outcome[] = ["virket-ikke", "negativ"];

export const FAILURE_REASONS = terms([
  { code: "ideen", label: "Selve ideen", description: "Arbeidsmåten ga ikke ønsket effekt" },
  { code: "gjennomforingen", label: "Gjennomføringen", description: "Arbeidsmåten ble ikke gjennomført som planlagt" },
  { code: "feil-malgruppe", label: "Feil målgruppe" },
  { code: "for-fa-deltakere", label: "For få deltakere" },
  { code: "partner-trakk-seg", label: "Samarbeidspartner trakk seg" },
  { code: "ytre-forhold", label: "Ytre forhold", description: "For eksempel pandemien eller endringer i arbeidsmarkedet" },
  { code: "ressurser-tok-slutt", label: "Ressursene tok slutt" },
]);
export type FailureReason = CodeOf<typeof FAILURE_REASONS>;

export const EVALUATION_DESIGNS = terms([
  { code: "ingen", label: "Ingen evaluering" },
  { code: "brukertilbakemeldinger", label: "Brukertilbakemeldinger" },
  { code: "for-etter", label: "Før–etter-måling" },
  { code: "sammenligningsgruppe", label: "Sammenligningsgruppe", description: "For eksempel kontrollkontorer" },
  { code: "kvasi-eksperiment", label: "Kvasi-eksperiment" },
  { code: "rct", label: "Randomisert kontrollert forsøk (RCT)" },
]);
export type EvaluationDesign = CodeOf<typeof EVALUATION_DESIGNS>;

export const EVALUATORS = terms([
  { code: "intern", label: "Internt ved kontoret" },
  { code: "forskningspartner", label: "Med forskningspartner" },
]);
export type Evaluator = CodeOf<typeof EVALUATORS>;

export const DOCUMENT_KINDS = terms([
  { code: "rapport", label: "Rapport" },
  { code: "presentasjon", label: "Presentasjon" },
  { code: "evaluering", label: "Evaluering" },
  { code: "annet", label: "Annet" },
]);
export type DocumentKind = CodeOf<typeof DOCUMENT_KINDS>;

export const MEASURE_UNITS = terms([
  { code: "prosent", label: "Prosent" },
  { code: "antall", label: "Antall" },
  { code: "dager", label: "Dager" },
  { code: "skala-1-6", label: "Skala 1–6" },
]);
export type MeasureUnit = CodeOf<typeof MEASURE_UNITS>;

/** The direction of a published result, set by the curator next to the evidence strength. */
export const EVIDENCE_DIRECTIONS = terms([
  { code: "positiv", label: "Positiv effekt" },
  { code: "blandet", label: "Blandet effekt" },
  { code: "ingen", label: "Ingen effekt" },
  { code: "negativ", label: "Negativ effekt" },
  { code: "uavklart", label: "Uavklart" },
]);
export type EvidenceDirection = CodeOf<typeof EVIDENCE_DIRECTIONS>;

/** Workflow states of a record in the bank. */
export const PILOT_STATES = terms([
  { code: "draft", label: "Utkast" },
  { code: "submitted", label: "Sendt til vurdering" },
  { code: "changes_requested", label: "Returnert for endringer" },
  { code: "published", label: "Publisert" },
  { code: "withdrawn", label: "Trukket tilbake" },
]);
export type PilotState = CodeOf<typeof PILOT_STATES>;
