import type { EvidenceRating, PilotContentInput } from "../../shared/domain/pilot.ts";
import type { PublicMethod } from "../../shared/public/index.ts";

/**
 * Trials and methods the fixture holds besides the sample data, each for something the site's tests must
 * prove: Norwegian stemming, inert rendering of hostile text, and redirects for merged methods.
 */
export interface ExtraPilot {
  readonly key: string;
  readonly officeId: string;
  readonly createdAt: string;
  readonly methodId: string;
  readonly evidence: EvidenceRating;
  readonly content: PilotContentInput;
}

/** Says «utplasseringen» (and «utplasseringene»), never the bare «utplassering»: found only by stemming. */
export const STEMMING_PILOT: ExtraPilot = {
  key: "praksis-butikk-stovner",
  officeId: "nav-stovner",
  createdAt: "2025-03-03T09:00:00Z",
  methodId: "jobbklubb-innvandrere",
  evidence: { strength: 2, direction: "positiv" },
  content: {
    title: "Språkpraksis i dagligvarehandelen for nyankomne",
    summary: "Nyankomne innvandrere fikk åtte uker praksis i en dagligvarebutikk med en fast fadder blant de ansatte.",
    need: "Deltakerne i introduksjonsprogrammet hadde lite kontakt med norske arbeidsplasser, og språket kom sent i gang.",
    period: { start: "2025-04-01", end: "2025-12-19" },
    trialStatus: "avsluttet",
    methodDescription:
      "Før utplasseringen møtte deltakeren butikksjefen og fadderen sin. Under utplasseringen jobbet deltakeren fire dager i uken og gikk på norskkurs " +
      "den femte. Etter utplasseringene hadde veilederen en samtale med deltakeren og butikken om veien videre.",
    targetGroups: ["innvandrere-utenfor-eos"],
    innsatsgrupper: ["situasjonsbestemt"],
    measureTypes: ["arbeidstrening", "opplaering"],
    partners: [{ name: "Dagligvarekjede i Groruddalen", type: "arbeidsgiver", role: "Tar imot deltakere og stiller med faddere" }],
    funding: [{ source: "eget-budsjett", amountNok: 180_000 }],
    participants: { count: 14 },
    cost: { staffYears: 0.4, costNok: 180_000 },
    recipe: { steps: ["Avtal plasser med to butikker.", "Lær opp faddere i en halv dag.", "Følg opp deltakeren hver uke."] },
    plannedOutcomes: [
      { id: "arbeid-6m", measureCode: "arbeid-utdanning-6m", name: "Andel i arbeid eller utdanning 6 måneder etter", how: "Registerdata", followUpMonths: 6 },
    ],
    results: {
      outcome: "virket",
      summary: "Fem av deltakerne fikk deltidsjobb i butikken etter praksisperioden.",
      measures: [
        {
          plannedOutcomeId: "arbeid-6m",
          measureCode: "arbeid-utdanning-6m",
          name: "Andel i arbeid eller utdanning 6 måneder etter",
          unit: "prosent",
          value: 50,
          n: 14,
          followUpMonths: 6,
        },
      ],
      evaluationDesign: "for-etter",
      evaluatedBy: "intern",
    },
    lessons: { whatWorked: "Faddere som selv hadde lært norsk som voksne.", whatDidNot: "Kveldsvakter passet dårlig med norskkurset." },
    preconditions: "En arbeidsgiver som vil sette av tid til fadderne.",
    contact: { name: "Amina Berg", email: "amina.berg@nav.example" },
  },
};

const SCRIPT = '<script>alert("xss")</script>';
const IMG = '<img src=x onerror="alert(1)">';
const BREAKOUT = `"><svg onload=alert(2)>'</script><script>alert(3)</script>`;
/** A hostile text: markup, attribute and script breakouts, and an entity that must stay text. */
const payload = (field: string) => `${field} ${SCRIPT} ${IMG} ${BREAKOUT} &amp;`;

/** Every free-text field holds markup that must render as inert text. */
export const HOSTILE_PILOT: ExtraPilot = {
  key: "fiendtlig-tekst",
  officeId: "nav-frogner",
  createdAt: "2024-11-11T11:11:00Z",
  methodId: "digital-forste-samtale",
  evidence: { strength: 1, direction: "uavklart" },
  content: {
    title: payload("Tittel"),
    summary: payload("Sammendrag"),
    need: payload("Behov"),
    period: { start: "2024-01-08", end: "2024-10-31" },
    trialStatus: "avsluttet",
    methodDescription: payload("Arbeidsmåte"),
    targetGroups: ["langtidsledige"],
    innsatsgrupper: ["standard"],
    measureTypes: ["ingen"],
    partners: [{ name: payload("Partner"), type: "frivillig-organisasjon", role: payload("Rolle") }],
    funding: [{ source: "annet", amountNok: 1000, note: payload("Finansiering") }],
    participants: { count: 3, description: payload("Deltakere") },
    cost: { staffYears: 0.1, costNok: 1000, note: payload("Kostnad") },
    recipe: { steps: [payload("Steg")], requirements: payload("Krav") },
    plannedOutcomes: [{ id: "mal", name: payload("Planlagt mål"), how: payload("Hvordan") }],
    results: {
      outcome: "virket-ikke",
      summary: payload("Resultat"),
      measures: [
        {
          name: payload("Målt"),
          unit: "antall",
          value: 2,
          n: 3,
          comparison: { value: 1, n: 3, description: payload("Sammenligning") },
        },
      ],
      failureReasons: ["for-fa-deltakere"],
      evaluationDesign: "brukertilbakemeldinger",
      evaluatedBy: "forskningspartner",
      researchPartner: payload("Forskningspartner"),
    },
    lessons: { whatWorked: payload("Virket"), whatDidNot: payload("Virket ikke"), doDifferently: payload("Annerledes") },
    preconditions: payload("Rammer"),
    documents: [{ title: payload("Dokument"), url: "https://nav.example/dokumenter/rapport.pdf?a=1&b=%3Cscript%3E", kind: "rapport" }],
    contact: { name: payload("Kontakt"), email: "kontakt@nav.example" },
  },
};

export const EXTRA_PILOTS: readonly ExtraPilot[] = [STEMMING_PILOT, HOSTILE_PILOT];

/** A method merged into another: its old slug must keep leading to the kept method. */
export const EXTRA_METHODS: readonly PublicMethod[] = [
  { id: "kjerneoppgaver-i-nav", slug: "kjerneoppgaver-i-nav", name: "Kjerneoppgaver i NAV", mergedInto: "supported-employment" },
];
