import type { PilotContentInput } from "../../../shared/domain/pilot.ts";

export interface SamplePilot {
  /** A stable short key, used by `replicatesKey` and by tests. */
  key: string;
  officeId: string;
  state: "draft" | "submitted" | "changes_requested" | "published" | "withdrawn";
  /** ISO datetime in 2019–2026. */
  createdAt: string;
  content: PilotContentInput;
  /** The curator's decision, for published and withdrawn trials. */
  methodId?: string;
  /** The curator's rating, for published trials. */
  evidence?: { strength: 1 | 2 | 3 | 4; direction: "positiv" | "blandet" | "ingen" | "negativ" | "uavklart" };
  /** The curator's comment, for trials returned for changes or withdrawn. */
  reviewComment?: string;
  /** Key of the sample trial this one copies. */
  replicatesKey?: string;
}

/** A contact person at the office, with a work e-mail on the reserved example domain. */
function contact(name: string): { name: string; email: string } {
  const local = name
    .toLowerCase()
    .replaceAll("æ", "ae")
    .replaceAll("ø", "o")
    .replaceAll("å", "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z]+/g, ".")
    .replace(/^\.+|\.+$/g, "");
  return { name, email: `${local}@nav.example` };
}

function documentLink(file: string): string {
  return `https://nav.example/dokumenter/${file}`;
}

const VESTFOLD_PILOT_OFFICES = ["nav-larvik", "nav-sandefjord", "nav-tonsberg", "nav-faerder"];
const otherVestfoldOffices = (own: string) => VESTFOLD_PILOT_OFFICES.filter((id) => id !== own);

const VELFERDSOBLIGASJON_NEED =
  "Mange som løslates fra fengsel, står uten bolig, arbeid og nettverk. Tilbakefallet til ny kriminalitet er høyt det første året, " +
  "og hjelpen fra kommunen, NAV og kriminalomsorgen kommer ofte for sent og uten sammenheng.";

const VELFERDSOBLIGASJON_METHOD =
  "Back in the Ring følger opp deltakerne fra før løslatelse og i opptil to år etter, med hjelp til bolig, økonomi, arbeid og et nytt " +
  "nettverk. Kriminalomsorgen henviser deltakere før løslatelse. NAV-kontoret har en fast kontaktperson som sørger for ytelser og " +
  "arbeidsrettede tiltak uten ventetid. Private investorer finansierte tilbudet gjennom velferdsobligasjoner, og kommunene betaler " +
  "etter avtalte resultater. De fire kommunene i Vestfold har et interkommunalt samarbeid med en felles koordinator.";

const VELFERDSOBLIGASJON_STEPS = [
  "Få politisk vedtak i kommunen om deltakelse og om resultatbasert betaling.",
  "Inngå avtale med tjenesteleverandør, investorer og de andre kommunene, og ansett en felles koordinator.",
  "Avtal med kriminalomsorgen hvordan deltakere henvises, helst tre måneder før løslatelse.",
  "Utpek en fast kontaktperson ved NAV-kontoret som kan fatte vedtak om ytelser og tiltak raskt.",
  "Mål resultatene som ligger til grunn for betalingen, og del dem med alle partene hvert kvartal.",
];

const VELFERDSOBLIGASJON_PARTNERS: NonNullable<PilotContentInput["partners"]> = [
  { name: "Back in the Ring", type: "sosial-entreprenor", role: "Leverer oppfølgingen av deltakerne før og etter løslatelse." },
  { name: "Interkommunal koordinator for Vestfold-kommunene", type: "kommunal-tjeneste", role: "Koordinerer piloten mellom de fire kommunene." },
  { name: "Oxford Research", type: "forskningsmiljo", role: "Evaluerer piloten på oppdrag fra direktoratene." },
  { name: "Kriminalomsorgen region sør", type: "offentlig-etat", role: "Meldte inn deltakere før løslatelse og ga plass til samtaler i fengselet." },
];

const VELFERDSOBLIGASJON_PLANNED: NonNullable<PilotContentInput["plannedOutcomes"]> = [
  {
    id: "straffesak-12m",
    measureCode: "ny-straffesak-12m",
    name: "Andel med ny straffesak innen 12 måneder",
    how: "Tall fra kriminalomsorgen for deltakerne, sammenlignet med løslatte fra regionen i årene før piloten",
    followUpMonths: 12,
  },
  {
    id: "arbeid-6m",
    measureCode: "arbeid-utdanning-6m",
    name: "Andel i arbeid eller utdanning 6 måneder etter",
    how: "Registerdata fra NAV",
    followUpMonths: 6,
  },
];

const KJERNEOPPGAVER_NEED =
  "Brukere med nedsatt arbeidsevne ventet lenge på eksterne avklarings- og oppfølgingstiltak, og mye av avklaringen skjedde i " +
  "skjermede miljøer langt fra arbeidslivet. Overgangene mellom NAV-kontoret og tiltaksarrangøren ga brudd i oppfølgingen.";

const KJERNEOPPGAVER_STEPS = [
  "Sett sammen et eget team av veiledere som bare jobber med arbeidsrettet oppfølging, og frita dem for andre oppgaver.",
  "Gi teamet opplæring i metodikk for rask utplassering og i markedsarbeid mot arbeidsgivere.",
  "Kartlegg deltakerens interesser og behov i løpet av de første to ukene, og finn en ordinær arbeidsplass raskt.",
  "Bruk arbeidsplassen til avklaring og opplæring, og følg opp både deltaker og arbeidsgiver tett.",
  "Fortsett oppfølgingen etter ansettelse så lenge arbeidsgiver eller deltaker trenger det.",
];

const KJERNEOPPGAVER_PLANNED: NonNullable<PilotContentInput["plannedOutcomes"]> = [
  {
    id: "arbeid-6m",
    measureCode: "arbeid-utdanning-6m",
    name: "Andel i arbeid eller utdanning 6 måneder etter",
    how: "Registerdata, sammenlignet med kontrollkontorer som kjøpte tiltakene eksternt",
    followUpMonths: 6,
  },
  { id: "ventetid", name: "Ventetid fra vedtak til oppstart (dager)", how: "Gjennomsnitt fra saksbehandlingssystemet" },
];

const KJERNEOPPGAVER_EVALUATOR = "Arbeidsforskningsinstituttet (AFI), OsloMet";

const KJERNEOPPGAVER_PARTNERS: NonNullable<PilotContentInput["partners"]> = [
  { name: KJERNEOPPGAVER_EVALUATOR, type: "forskningsmiljo", role: "Evaluerte forsøket med kontrollkontorer." },
  { name: "Lokale arbeidsgivere i handel, industri og helse", type: "arbeidsgiver", role: "Tok imot deltakere til utprøving og opplæring." },
];

const KJERNEOPPGAVER_REPORT = {
  title: "Inkluderingskompetanse i NAV. Evaluering av forsøket «Kjerneoppgaver i NAV» (AFI-rapport 2016:05)",
  url: documentLink("afi-rapport-2016-05-kjerneoppgaver.pdf"),
  kind: "evaluering",
} as const;

const KJERNEOPPGAVER_COMPARISON = "Kontrollkontorer som kjøpte avklaring og oppfølging fra eksterne leverandører";

const UTSIDEN_INN_STEPS = [
  "Sett ned et lite team med ansatte fra mottak og oppfølging, og gi dem opplæring i tjenestedesign.",
  "Intervju brukere og samarbeidspartnere, og observer i mottaket i minst to uker.",
  "Lag et systemkart over aktørene rundt kontoret, og diskuter det med brukere og partnere.",
  "Velg to eller tre konsepter, prøv dem ut i korte runder og juster etter tilbakemeldingene.",
  "Mål ventetid og brukertilfredshet før og etter, og behold bare det som virker.",
];

const UTSIDEN_INN_PLANNED: NonNullable<PilotContentInput["plannedOutcomes"]> = [
  {
    id: "ventetid",
    measureCode: "ventetid-dager",
    name: "Ventetid til første samtale (dager)",
    how: "Gjennomsnitt fra saksbehandlingssystemet, før og etter endringene",
  },
  { id: "tilfredshet", measureCode: "brukertilfredshet", name: "Brukertilfredshet (1–6)", how: "Kort spørreskjema etter første samtale" },
];

const STIMULAB_FUNDING = { source: "annet", amountNok: 450_000, note: "Støtte fra StimuLab (Digdir og DOGA) til prosjektet «Utsiden inn»." } as const;

export const SAMPLE_PILOTS: SamplePilot[] = [
  // ── Individuell jobbstøtte (IPS): a family of trials copied from NAV Årstad ──
  {
    key: "ips-arstad",
    officeId: "nav-bergen-arstad",
    state: "published",
    createdAt: "2019-02-11T08:30:00Z",
    methodId: "ips",
    evidence: { strength: 3, direction: "positiv" },
    content: {
      title: "Jobbspesialister i behandlingsteamene ved Bjørgvin DPS",
      summary:
        "NAV Årstad plasserte to jobbspesialister i behandlingsteamene ved Bjørgvin DPS. Pasienter med moderate til alvorlige psykiske " +
        "lidelser fikk hjelp til å finne og beholde ordinært arbeid mens behandlingen pågikk.",
      need:
        "Mange av brukerne våre med psykiske lidelser gikk i flere år på arbeidsavklaringspenger uten å prøve seg i arbeid. Behandlingen og " +
        "den arbeidsrettede oppfølgingen gikk i hvert sitt spor, og flere fortalte at de hadde fått beskjed om å bli friske før de kunne tenke på jobb.",
      period: { start: "2019-03-01", end: "2021-02-26" },
      trialStatus: "avsluttet",
      methodDescription:
        "Vi fulgte IPS-modellen. Jobbspesialisten deltok i de ukentlige behandlingsmøtene, startet jobbsøkingen innen en måned etter " +
        "henvisning og kontaktet arbeidsgivere ut fra deltakerens egne ønsker. Alle som ønsket arbeid fikk delta, uten krav om at de var «klare». " +
        "Etter ansettelse fulgte jobbspesialisten opp både deltaker og arbeidsgiver så lenge det trengtes. Hver jobbspesialist hadde høyst 20 " +
        "deltakere, og modelltrofastheten ble målt to ganger i året.",
      methodId: "ips",
      targetGroups: ["psykisk-helse-rus", "nedsatt-arbeidsevne", "unge-under-30"],
      innsatsgrupper: ["spesielt-tilpasset"],
      measureTypes: ["ips", "oppfolging"],
      partners: [
        {
          name: "Helse Bergen, Bjørgvin DPS",
          type: "helsetjeneste",
          role: "Behandlingsteamene henviste pasienter og hadde jobbspesialisten med i teammøtene.",
        },
        { name: "Bergen kommune, psykisk helse og rus", type: "kommunal-tjeneste", role: "Henviste brukere med kommunal oppfølging." },
        { name: "NORCE", type: "forskningsmiljo", role: "Sammenlignet resultatene med DPS-team uten jobbspesialist." },
      ],
      funding: [
        { source: "eget-budsjett", amountNok: 1_800_000 },
        { source: "annet", amountNok: 2_800_000, note: "Tilskudd til individuell jobbstøtte fra Helsedirektoratet og Arbeids- og velferdsdirektoratet." },
      ],
      participants: { count: 64, description: "Pasienter 18–55 år ved to poliklinikker ved DPS som ønsket ordinært arbeid." },
      cost: {
        staffYears: 2.5,
        costNok: 4_600_000,
        note: "To jobbspesialister i full stilling og en halv stilling til koordinering og opplæring, i to år.",
      },
      recipe: {
        steps: [
          "Inngå en samarbeidsavtale med DPS-ledelsen om at jobbspesialisten skal være en del av behandlingsteamet.",
          "Rekrutter jobbspesialister med erfaring fra markedsarbeid, og gi dem IPS-opplæring før oppstart.",
          "Avklar hvordan henvisning skjer: behandler og pasient tar sammen kontakt med jobbspesialisten.",
          "Start jobbsøkingen innen fire uker, ut fra deltakerens egne ønsker, og bruk arbeidsgiverkontakt aktivt.",
          "Følg opp deltaker og arbeidsgiver etter ansettelse, og mål modelltrofasthet hvert halvår.",
        ],
        requirements: "Skriftlig avtale med helsetjenesten, faste dager på DPS og en leder som skjermer jobbspesialistene fra andre oppgaver.",
      },
      plannedOutcomes: [
        {
          id: "arbeid-6m",
          measureCode: "arbeid-utdanning-6m",
          name: "Andel i arbeid eller utdanning 6 måneder etter",
          how: "Registerdata fra NAV, sammenlignet med pasienter ved DPS-team uten jobbspesialist",
          followUpMonths: 6,
        },
        { id: "tilfredshet", measureCode: "brukertilfredshet", name: "Brukertilfredshet (1–6)", how: "Spørreskjema ved avslutning" },
      ],
      results: {
        outcome: "virket",
        summary:
          "45 prosent av deltakerne var i arbeid eller utdanning seks måneder etter avsluttet oppfølging, mot 19 prosent blant pasienter ved " +
          "to DPS-team uten jobbspesialist. De fleste jobbene var deltidsstillinger i handel, lager og omsorg.",
        measures: [
          {
            plannedOutcomeId: "arbeid-6m",
            measureCode: "arbeid-utdanning-6m",
            name: "Andel i arbeid eller utdanning 6 måneder etter",
            unit: "prosent",
            value: 45,
            n: 64,
            followUpMonths: 6,
            comparison: { value: 19, n: 58, description: "Pasienter ved to DPS-team uten jobbspesialist i samme periode" },
          },
          {
            plannedOutcomeId: "tilfredshet",
            measureCode: "brukertilfredshet",
            name: "Brukertilfredshet (1–6)",
            unit: "skala-1-6",
            value: 5.1,
            n: 49,
          },
        ],
        evaluationDesign: "sammenligningsgruppe",
        evaluatedBy: "forskningspartner",
        researchPartner: "NORCE",
      },
      lessons: {
        whatWorked:
          "Å sitte i behandlingsmøtene gjorde arbeid til et tema i behandlingen fra første dag. Arbeidsgiverne satte pris på å ha én fast kontaktperson.",
        whatDidNot: "Det tok et halvt år før alle behandlerne henviste pasienter. I starten ble jobbspesialistene trukket inn i vanlige oppgaver på kontoret.",
        doDifferently: "Vi ville brukt mer tid på forankring hos behandlerne før oppstart, og skjermet jobbspesialistene fra andre oppgaver fra første dag.",
      },
      preconditions: "Ledelsen ved både NAV-kontoret og DPS må stå bak, og kontoret må tåle at jobbspesialistene har langt færre brukere enn andre veiledere.",
      documents: [{ title: "Sluttrapport: IPS ved NAV Årstad og Bjørgvin DPS", url: documentLink("ips-arstad-sluttrapport.pdf"), kind: "rapport" }],
      contact: contact("Ingrid Haugland"),
    },
  },
  {
    key: "ips-drammen",
    officeId: "nav-drammen",
    state: "published",
    createdAt: "2020-11-18T12:05:00Z",
    methodId: "ips",
    evidence: { strength: 2, direction: "positiv" },
    replicatesKey: "ips-arstad",
    content: {
      title: "Individuell jobbstøtte for personer med rus- og psykiske helseproblemer",
      summary: "NAV Drammen tok i bruk IPS etter oppskriften fra NAV Årstad, og utvidet samarbeidet til kommunens rusteam i tillegg til DPS.",
      need: "Kommunens rustjeneste og DPS møtte mange som ønsket arbeid, men kontoret hadde ikke et tilbud som kunne starte mens behandlingen pågikk.",
      period: { start: "2021-01-04", end: "2023-06-30" },
      trialStatus: "avsluttet",
      methodDescription:
        "Vi kopierte oppsettet fra NAV Årstad: jobbspesialister i behandlingsteamene, rask jobbsøking og oppfølging etter ansettelse. " +
        "Det vi endret, var at én av jobbspesialistene ble knyttet til kommunens rusteam, og at deltakere i legemiddelassistert " +
        "rehabilitering også kunne delta.",
      methodId: "ips",
      targetGroups: ["psykisk-helse-rus", "nedsatt-arbeidsevne", "sosialhjelpsmottakere"],
      innsatsgrupper: ["spesielt-tilpasset"],
      measureTypes: ["ips"],
      partners: [
        { name: "Vestre Viken, Drammen DPS", type: "helsetjeneste" },
        {
          name: "Drammen kommune, rus og psykisk helse",
          type: "kommunal-tjeneste",
          role: "Rusteamet henviste deltakere og hadde faste møter med jobbspesialisten.",
        },
      ],
      funding: [
        { source: "eget-budsjett", amountNok: 900_000 },
        { source: "annet", amountNok: 1_200_000, note: "Tilskudd til individuell jobbstøtte." },
      ],
      participants: { count: 38 },
      cost: { staffYears: 2, costNok: 3_100_000 },
      recipe: {
        steps: [
          "Les oppskriften fra NAV Årstad, og besøk kontoret sammen med en leder fra DPS.",
          "Avtal med kommunens rusteam hvordan de kan henvise deltakere på samme måte som DPS.",
          "Sett av faste dager der jobbspesialistene er til stede hos behandlerne.",
          "Start jobbsøkingen innen fire uker, og følg opp deltaker og arbeidsgiver etter ansettelse.",
        ],
      },
      plannedOutcomes: [
        {
          id: "arbeid-6m",
          measureCode: "arbeid-utdanning-6m",
          name: "Andel i arbeid eller utdanning 6 måneder etter",
          how: "Registerdata fra NAV",
          followUpMonths: 6,
        },
        {
          id: "sosialhjelp-6m",
          measureCode: "sosialhjelp-avsluttet-6m",
          name: "Andel uten økonomisk sosialhjelp 6 måneder etter",
          how: "Blant dem som mottok sosialhjelp ved oppstart",
          followUpMonths: 6,
        },
      ],
      results: {
        outcome: "virket",
        summary:
          "39 prosent var i arbeid eller utdanning etter seks måneder. Av de 23 som mottok sosialhjelp ved oppstart, var 14 uten sosialhjelp seks måneder etter.",
        measures: [
          {
            plannedOutcomeId: "arbeid-6m",
            measureCode: "arbeid-utdanning-6m",
            name: "Andel i arbeid eller utdanning 6 måneder etter",
            unit: "prosent",
            value: 39,
            n: 38,
            followUpMonths: 6,
          },
          {
            plannedOutcomeId: "sosialhjelp-6m",
            measureCode: "sosialhjelp-avsluttet-6m",
            name: "Andel uten økonomisk sosialhjelp 6 måneder etter",
            unit: "prosent",
            value: 61,
            n: 23,
            followUpMonths: 6,
          },
        ],
        evaluationDesign: "for-etter",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Rusteamet ble en viktig henviser, og deltakerne derfra var like ofte i jobb som deltakerne fra DPS.",
        whatDidNot: "Vi fikk ikke til en sammenligningsgruppe, så vi vet ikke hvor mange som ville kommet i jobb uansett.",
        doDifferently: "Vi ville avtalt med DPS fra start å hente tall for pasienter uten jobbspesialist, slik at resultatet kan sammenlignes.",
      },
      contact: contact("Marius Lie"),
    },
  },
  {
    key: "ips-bodo",
    officeId: "nav-bodo",
    state: "published",
    createdAt: "2022-01-24T09:40:00Z",
    methodId: "ips",
    evidence: { strength: 2, direction: "blandet" },
    replicatesKey: "ips-drammen",
    content: {
      title: "Individuell jobbstøtte i Bodø",
      summary: "NAV Bodø prøvde IPS sammen med Nordlandssykehuset og kommunen, med oppsettet fra NAV Drammen som mal.",
      need: "Unge voksne med psykiske lidelser var den største gruppen blant nye mottakere av arbeidsavklaringspenger ved kontoret.",
      period: { start: "2022-03-01", end: "2024-02-29" },
      trialStatus: "avsluttet",
      methodDescription:
        "Vi brukte oppskriften fra NAV Drammen, men hadde én jobbspesialist i 60 prosent stilling som dekket både DPS og kommunens " +
        "psykiske helsetjeneste. Jobbsøking og oppfølging fulgte IPS-modellen.",
      methodId: "ips",
      targetGroups: ["psykisk-helse-rus", "unge-under-30"],
      innsatsgrupper: ["spesielt-tilpasset"],
      measureTypes: ["ips"],
      partners: [
        { name: "Nordlandssykehuset, psykisk helsevern", type: "helsetjeneste" },
        { name: "Bodø kommune, psykisk helse og rus", type: "kommunal-tjeneste" },
      ],
      funding: [{ source: "annet", amountNok: 700_000, note: "Tilskudd til individuell jobbstøtte." }],
      participants: { count: 22, planned: 25 },
      cost: { staffYears: 0.6, costNok: 1_300_000, plannedStaffYears: 0.6, plannedCostNok: 1_200_000 },
      recipe: {
        steps: [
          "Bruk oppskriften fra NAV Drammen, og avtal henvisningsrutiner med både DPS og kommunen.",
          "Sett av minst én hel stilling til jobbspesialist; en deltidsstilling gir for lite tid til arbeidsgivere.",
          "Følg opp deltaker og arbeidsgiver etter ansettelse.",
        ],
      },
      plannedOutcomes: [
        {
          id: "arbeid-6m",
          measureCode: "arbeid-utdanning-6m",
          name: "Andel i arbeid eller utdanning 6 måneder etter",
          how: "Registerdata fra NAV",
          followUpMonths: 6,
        },
      ],
      results: {
        outcome: "delvis",
        summary:
          "Seks av 22 deltakere var i arbeid eller utdanning etter seks måneder. Det er lavere enn i Drammen og Årstad, og vi tror det " +
          "henger sammen med at stillingen var for liten og henvisningene for få.",
        measures: [
          {
            plannedOutcomeId: "arbeid-6m",
            measureCode: "arbeid-utdanning-6m",
            name: "Andel i arbeid eller utdanning 6 måneder etter",
            unit: "prosent",
            value: 27,
            n: 22,
            followUpMonths: 6,
          },
        ],
        evaluationDesign: "for-etter",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "De som kom i jobb, ble værende: alle seks var fortsatt i arbeid ved slutten av perioden.",
        whatDidNot: "Med én jobbspesialist i deltidsstilling ble det lite tid til arbeidsgiverkontakt, og behandlerne henviste færre enn ventet.",
        doDifferently: "Vi ville startet med minst én hel stilling og en skriftlig avtale om henvisning fra DPS.",
      },
      contact: contact("Hanne Johansen"),
    },
  },
  {
    key: "ips-tromso",
    officeId: "nav-tromso",
    state: "published",
    createdAt: "2019-11-05T10:15:00Z",
    methodId: "ips",
    evidence: { strength: 4, direction: "positiv" },
    content: {
      title: "IPS ung: jobbstøtte for unge med psykiske lidelser og rusproblemer",
      summary:
        "NAV Tromsø, UNN og Tromsø kommune ga unge under 30 år individuell jobbstøtte mens de fikk behandling. Utprøvingen ble evaluert " +
        "mot en matchet gruppe unge i nabokommunene.",
      need: "Mange unge med psykiske lidelser og rusproblemer falt ut av skole og arbeid, og ventet på at behandlingen skulle bli ferdig før de fikk arbeidsrettet hjelp.",
      period: { start: "2020-01-06", end: "2023-12-22" },
      trialStatus: "avsluttet",
      methodDescription:
        "Jobbspesialistene fulgte IPS-modellen, tilpasset unge: de støttet også deltakere som ville tilbake til skole eller ta fagbrev. " +
        "Oppstarten ble forsinket av pandemien, og i 2020 foregikk mye av oppfølgingen digitalt.",
      methodId: "ips",
      targetGroups: ["unge-under-30", "psykisk-helse-rus", "uten-fullfort-vgs"],
      innsatsgrupper: ["spesielt-tilpasset", "situasjonsbestemt"],
      measureTypes: ["ips", "oppfolging"],
      partners: [
        { name: "Universitetssykehuset Nord-Norge (UNN)", type: "helsetjeneste" },
        { name: "Tromsø kommune, rus og psykisk helse", type: "kommunal-tjeneste" },
        {
          name: "UiT Norges arktiske universitet",
          type: "forskningsmiljo",
          role: "Evaluerte utprøvingen med en matchet sammenligningsgruppe fra registerdata.",
        },
      ],
      funding: [
        { source: "eget-budsjett", amountNok: 2_400_000 },
        { source: "annet", amountNok: 3_600_000, note: "Tilskudd til individuell jobbstøtte." },
      ],
      participants: { count: 112, description: "Unge 18–29 år i behandling ved UNN eller kommunens rus- og psykiske helsetjeneste." },
      cost: { staffYears: 4, costNok: 7_900_000, note: "Fire jobbspesialister i fire år, med redusert aktivitet i 2020." },
      recipe: {
        steps: [
          "Inngå avtale med helseforetaket og kommunen om at jobbspesialistene er en del av behandlingsteamene.",
          "Tilpass IPS til unge: åpne for skole og fagbrev som mål, ikke bare arbeid.",
          "Avtal med en forskningspartner før oppstart hvordan sammenligningsgruppen skal lages.",
          "Følg opp deltakerne i arbeid eller skole så lenge de trenger det.",
        ],
        requirements: "Avtale om utlevering av registerdata til forskningspartneren må være på plass før oppstart.",
      },
      plannedOutcomes: [
        {
          id: "arbeid-6m",
          measureCode: "arbeid-utdanning-6m",
          name: "Andel i arbeid eller utdanning 6 måneder etter",
          how: "Registerdata, sammenlignet med matchede unge i nabokommunene",
          followUpMonths: 6,
        },
        {
          id: "ordinaert-6m",
          measureCode: "ordinaert-arbeid-6m",
          name: "Andel i ordinært arbeid 6 måneder etter",
          how: "Registerdata, samme sammenligningsgruppe",
          followUpMonths: 6,
        },
      ],
      results: {
        outcome: "virket",
        summary:
          "41 prosent av deltakerne var i arbeid eller utdanning etter seks måneder, mot 24 prosent i sammenligningsgruppen. Forskjellen " +
          "var størst for dem som startet i løpet av de første tre månedene i behandling.",
        measures: [
          {
            plannedOutcomeId: "arbeid-6m",
            measureCode: "arbeid-utdanning-6m",
            name: "Andel i arbeid eller utdanning 6 måneder etter",
            unit: "prosent",
            value: 41,
            n: 112,
            followUpMonths: 6,
            comparison: { value: 24, n: 109, description: "Matchede unge i behandling i nabokommunene, uten jobbspesialist" },
          },
          {
            plannedOutcomeId: "ordinaert-6m",
            measureCode: "ordinaert-arbeid-6m",
            name: "Andel i ordinært arbeid 6 måneder etter",
            unit: "prosent",
            value: 28,
            n: 112,
            followUpMonths: 6,
            comparison: { value: 15, n: 109, description: "Matchede unge i behandling i nabokommunene, uten jobbspesialist" },
          },
        ],
        evaluationDesign: "kvasi-eksperiment",
        evaluatedBy: "forskningspartner",
        researchPartner: "UiT Norges arktiske universitet",
      },
      lessons: {
        whatWorked: "Å la skole og fagbrev telle som mål gjorde tilbudet relevant for de yngste. Tidlig start i behandlingen ga best resultat.",
        whatDidNot: "Digital oppfølging under pandemien fungerte dårlig for dem med mest angst, og flere falt fra i 2020.",
        doDifferently: "Vi ville hatt en plan for fysisk oppfølging også ved nedstengning, og startet samarbeidet med skolene tidligere.",
      },
      preconditions: "Helseforetaket må prioritere arbeid som en del av behandlingen, og kommunen må delta i henvisningen.",
      documents: [
        { title: "Evaluering av IPS ung i Tromsø", url: documentLink("ips-ung-tromso-evaluering.pdf"), kind: "evaluering" },
        { title: "Presentasjon fra mulighetskonferansen", url: documentLink("ips-ung-tromso-presentasjon.pdf"), kind: "presentasjon" },
      ],
      contact: contact("Siri Pedersen"),
    },
  },
  {
    key: "ips-hamar",
    officeId: "nav-hamar",
    state: "published",
    createdAt: "2024-11-12T13:20:00Z",
    methodId: "ips",
    evidence: { strength: 1, direction: "uavklart" },
    replicatesKey: "ips-arstad",
    content: {
      title: "Individuell jobbstøtte med henvisning fra fastleger",
      summary: "NAV Hamar starter IPS sammen med Sykehuset Innlandet og bruker NAV Årstads oppskrift, men tar også imot henvisninger fra fastleger.",
      need: "Ventetiden i DPS er lang, og mange med moderate psykiske lidelser følges bare opp av fastlegen. De får i dag ikke tilbud om jobbstøtte.",
      period: { start: "2025-01-06" },
      trialStatus: "pagar",
      methodDescription:
        "Vi følger oppskriften fra NAV Årstad. Forskjellen er at jobbspesialistene også tar imot henvisninger fra fastleger, og at de " +
        "har faste samarbeidsmøter med de tre største legekontorene i kommunen.",
      methodId: "ips",
      targetGroups: ["psykisk-helse-rus", "nedsatt-arbeidsevne", "hull-i-cv"],
      innsatsgrupper: ["spesielt-tilpasset"],
      measureTypes: ["ips"],
      partners: [
        { name: "Sykehuset Innlandet, distriktspsykiatrisk senter", type: "helsetjeneste" },
        { name: "Fastleger i Hamar", type: "helsetjeneste", role: "Henviser pasienter som ikke får behandling i DPS." },
        { name: "Hamar kommune, psykisk helse og rus", type: "kommunal-tjeneste" },
      ],
      funding: [{ source: "annet", amountNok: 1_500_000, note: "Tilskudd til individuell jobbstøtte." }],
      participants: { count: 17, description: "Deltakere per mars 2026." },
      cost: { staffYears: 2 },
      recipe: {
        steps: [
          "Følg oppskriften fra NAV Årstad for samarbeidet med DPS.",
          "Inviter de største legekontorene til et møte om henvisning, og gi dem et enkelt henvisningsskjema.",
          "Hold et felles møte med DPS og fastlegene hver tredje måned.",
        ],
      },
      plannedOutcomes: [
        {
          id: "arbeid-6m",
          measureCode: "arbeid-utdanning-6m",
          name: "Andel i arbeid eller utdanning 6 måneder etter",
          how: "Registerdata fra NAV, fordelt på henvisning fra DPS og fra fastlege",
          followUpMonths: 6,
        },
        { id: "tilfredshet", measureCode: "brukertilfredshet", name: "Brukertilfredshet (1–6)", how: "Spørreskjema etter seks måneder" },
      ],
      contact: contact("Ole Martin Dahl"),
    },
  },

  // ── Kjerneoppgaver i NAV: assessment and follow-up in the office's own hands ──
  {
    key: "kjerneoppgaver-kongsvinger",
    officeId: "nav-kongsvinger",
    state: "published",
    createdAt: "2019-06-03T07:55:00Z",
    methodId: "supported-employment",
    evidence: { strength: 3, direction: "positiv" },
    content: {
      title: "Kjerneoppgaver i NAV: avklaring og oppfølging i egen regi",
      summary:
        "NAV Kongsvinger var forsøkskontor i «Kjerneoppgaver i NAV». Kontoret gjorde avklaring og oppfølging selv i stedet for å kjøpe " +
        "tiltakene, og brukte ordinære arbeidsplasser som arena fra starten.",
      need: KJERNEOPPGAVER_NEED,
      period: { start: "2012-01-02", end: "2016-12-30" },
      trialStatus: "avsluttet",
      methodDescription:
        "Kontoret etablerte et eget team av veiledere som bare jobbet med arbeidsrettet oppfølging. Teamet erstattet de eksterne tiltakene " +
        "avklaring, oppfølging og arbeid med bistand. Veilederne kartla deltakerens interesser og behov, fant en passende arbeidsplass raskt " +
        "og brukte arbeidsplassen til å avklare og lære opp. De fulgte opp både deltakeren og arbeidsgiveren tett, også etter ansettelse.",
      methodId: "supported-employment",
      targetGroups: ["nedsatt-arbeidsevne", "langtidsledige"],
      innsatsgrupper: ["spesielt-tilpasset", "situasjonsbestemt"],
      measureTypes: ["avklaring", "oppfolging"],
      partners: KJERNEOPPGAVER_PARTNERS,
      funding: [{ source: "eget-budsjett", amountNok: 6_500_000, note: "Midler som tidligere gikk til kjøp av tiltak, ble brukt til egne stillinger." }],
      participants: { count: 186 },
      cost: { staffYears: 5, costNok: 26_000_000, note: "Fem veiledere i arbeidsrettet team i fem år." },
      recipe: { steps: KJERNEOPPGAVER_STEPS, requirements: "Kontoret må kunne omdisponere tiltaksmidler til egne stillinger." },
      plannedOutcomes: KJERNEOPPGAVER_PLANNED,
      results: {
        outcome: "virket",
        summary: "Flere kom i arbeid enn ved kontrollkontorene, og ventetiden fra vedtak til oppstart gikk ned fra over en måned til under to uker.",
        measures: [
          {
            plannedOutcomeId: "arbeid-6m",
            measureCode: "arbeid-utdanning-6m",
            name: "Andel i arbeid eller utdanning 6 måneder etter",
            unit: "prosent",
            value: 48,
            n: 186,
            followUpMonths: 6,
            comparison: { value: 36, n: 204, description: KJERNEOPPGAVER_COMPARISON },
          },
          {
            plannedOutcomeId: "ventetid",
            name: "Ventetid fra vedtak til oppstart (dager)",
            unit: "dager",
            value: 9,
            n: 186,
            comparison: { value: 38, n: 204, description: KJERNEOPPGAVER_COMPARISON },
          },
        ],
        evaluationDesign: "sammenligningsgruppe",
        evaluatedBy: "forskningspartner",
        researchPartner: KJERNEOPPGAVER_EVALUATOR,
      },
      lessons: {
        whatWorked:
          "Spesialiseringen i teamet og den tette kontakten mellom veileder og arbeidsgiver var avgjørende. Arbeidsplassen fungerte godt som arena for avklaring.",
        whatDidNot: "Det tok nesten et år å bygge opp nok kontakter med arbeidsgivere, og i starten var resultatene svakere enn ved kontrollkontorene.",
        doDifferently: "Vi ville startet markedsarbeidet et halvt år før de første deltakerne kom inn.",
      },
      preconditions:
        "Ledelsen må gi teamet ro til å jobbe bare med arbeidsrettet oppfølging, og kommunen må være med på å bruke arbeidsplasser i egen virksomhet.",
      documents: [KJERNEOPPGAVER_REPORT],
      contact: contact("Kristin Aas"),
    },
  },
  {
    key: "kjerneoppgaver-sarpsborg",
    officeId: "nav-sarpsborg",
    state: "published",
    createdAt: "2019-06-17T11:10:00Z",
    methodId: "supported-employment",
    evidence: { strength: 3, direction: "positiv" },
    content: {
      title: "Avklaring og oppfølging i egen regi med vekt på markedsarbeid",
      summary:
        "NAV Sarpsborg gjorde avklaring og oppfølging selv som en del av «Kjerneoppgaver i NAV», med to markedskontakter som bare jobbet mot arbeidsgivere.",
      need: KJERNEOPPGAVER_NEED,
      period: { start: "2013-01-07", end: "2016-12-30" },
      trialStatus: "avsluttet",
      methodDescription:
        "Som i de andre forsøkskontorene overtok et eget team avklaring og oppfølging. Kontoret skilte ut to markedskontakter som bygde " +
        "relasjoner til arbeidsgivere i industri og handel, mens veilederne fulgte opp deltakerne på arbeidsplassen.",
      targetGroups: ["nedsatt-arbeidsevne", "langtidsledige", "hull-i-cv"],
      innsatsgrupper: ["spesielt-tilpasset"],
      measureTypes: ["avklaring", "oppfolging"],
      partners: KJERNEOPPGAVER_PARTNERS,
      funding: [{ source: "eget-budsjett", amountNok: 5_200_000 }],
      participants: { count: 142 },
      cost: { staffYears: 4, costNok: 19_000_000 },
      recipe: { steps: [...KJERNEOPPGAVER_STEPS, "Skill ut egne markedskontakter som bare jobber mot arbeidsgivere."] },
      plannedOutcomes: KJERNEOPPGAVER_PLANNED,
      results: {
        outcome: "virket",
        summary: "Andelen i arbeid var elleve prosentpoeng høyere enn ved kontrollkontorene, og ventetiden ble kraftig redusert.",
        measures: [
          {
            plannedOutcomeId: "arbeid-6m",
            measureCode: "arbeid-utdanning-6m",
            name: "Andel i arbeid eller utdanning 6 måneder etter",
            unit: "prosent",
            value: 44,
            n: 142,
            followUpMonths: 6,
            comparison: { value: 33, n: 151, description: KJERNEOPPGAVER_COMPARISON },
          },
          {
            plannedOutcomeId: "ventetid",
            name: "Ventetid fra vedtak til oppstart (dager)",
            unit: "dager",
            value: 11,
            n: 142,
            comparison: { value: 36, n: 151, description: KJERNEOPPGAVER_COMPARISON },
          },
        ],
        evaluationDesign: "sammenligningsgruppe",
        evaluatedBy: "forskningspartner",
        researchPartner: KJERNEOPPGAVER_EVALUATOR,
      },
      lessons: {
        whatWorked: "Egne markedskontakter ga mange arbeidsgivere som tok imot deltakere gang på gang.",
        whatDidNot: "Veilederne fikk for mange deltakere i perioder, og da ble oppfølgingen etter ansettelse nedprioritert.",
        doDifferently: "Vi ville satt et tak på antall deltakere per veileder, slik IPS gjør.",
      },
      documents: [KJERNEOPPGAVER_REPORT],
      contact: contact("Jonas Kristiansen"),
    },
  },
  {
    key: "kjerneoppgaver-skien",
    officeId: "nav-skien",
    state: "published",
    createdAt: "2019-07-01T08:00:00Z",
    methodId: "supported-employment",
    evidence: { strength: 3, direction: "blandet" },
    content: {
      title: "Kjerneoppgaver i NAV Skien",
      summary:
        "NAV Skien overtok avklaring og oppfølging fra eksterne leverandører. Ventetiden gikk mye ned, men like mange kom i arbeid som ved kontrollkontorene.",
      need: KJERNEOPPGAVER_NEED,
      period: { start: "2013-01-07", end: "2016-12-30" },
      trialStatus: "avsluttet",
      methodDescription:
        "Kontoret etablerte et team på fire veiledere som overtok avklaring og oppfølging. Avklaringen foregikk i stor grad på " +
        "arbeidsplasser i kommunen, og veilederne fulgte opp deltakerne i arbeid.",
      targetGroups: ["nedsatt-arbeidsevne", "psykisk-helse-rus"],
      innsatsgrupper: ["spesielt-tilpasset"],
      measureTypes: ["avklaring", "oppfolging"],
      partners: [...KJERNEOPPGAVER_PARTNERS, { name: "Skien kommune", type: "arbeidsgiver", role: "Tok imot deltakere i kommunale virksomheter." }],
      funding: [{ source: "eget-budsjett", amountNok: 4_800_000 }],
      participants: { count: 119 },
      cost: { staffYears: 4, costNok: 17_500_000 },
      recipe: { steps: KJERNEOPPGAVER_STEPS },
      plannedOutcomes: KJERNEOPPGAVER_PLANNED,
      results: {
        outcome: "delvis",
        summary:
          "Omtrent like mange kom i arbeid som ved kontrollkontorene, men ventetiden ble redusert fra rundt seks uker til under to. " +
          "Kontoret oppnådde altså det samme som de kjøpte tiltakene, raskere og med færre overganger for brukeren.",
        measures: [
          {
            plannedOutcomeId: "arbeid-6m",
            measureCode: "arbeid-utdanning-6m",
            name: "Andel i arbeid eller utdanning 6 måneder etter",
            unit: "prosent",
            value: 37,
            n: 119,
            followUpMonths: 6,
            comparison: { value: 36, n: 127, description: KJERNEOPPGAVER_COMPARISON },
          },
          {
            plannedOutcomeId: "ventetid",
            name: "Ventetid fra vedtak til oppstart (dager)",
            unit: "dager",
            value: 12,
            n: 119,
            comparison: { value: 41, n: 127, description: KJERNEOPPGAVER_COMPARISON },
          },
        ],
        evaluationDesign: "sammenligningsgruppe",
        evaluatedBy: "forskningspartner",
        researchPartner: KJERNEOPPGAVER_EVALUATOR,
      },
      lessons: {
        whatWorked: "Brukerne slapp å vente og å forholde seg til en ny aktør. Veilederne fikk mye bedre kjennskap til arbeidslivet lokalt.",
        whatDidNot: "Mange deltakere hadde store helseutfordringer, og arbeidsplassene vi fant, var ofte for krevende i starten.",
        doDifferently: "Vi ville samarbeidet tettere med helsetjenesten for deltakerne med psykiske helseproblemer, slik IPS gjør.",
      },
      documents: [KJERNEOPPGAVER_REPORT],
      contact: contact("Camilla Strand"),
    },
  },
  {
    key: "kjerneoppgaver-alesund",
    officeId: "nav-alesund",
    state: "published",
    createdAt: "2019-08-20T09:25:00Z",
    methodId: "supported-employment",
    evidence: { strength: 3, direction: "ingen" },
    content: {
      title: "Arbeidsrettet oppfølging i egen regi i Ålesund",
      summary: "NAV Ålesund prøvde å gjøre avklaring og oppfølging selv i stedet for å kjøpe tiltak. Resultatene ble ikke bedre enn ved kontrollkontorene.",
      need: KJERNEOPPGAVER_NEED,
      period: { start: "2013-03-04", end: "2016-12-30" },
      trialStatus: "avsluttet",
      methodDescription:
        "Et team på tre veiledere overtok avklaring og oppfølging. Teamet skulle bruke rask utplassering i ordinære virksomheter, men ble " +
        "to ganger slått sammen med kontorets øvrige oppfølging i perioder med høy saksmengde.",
      targetGroups: ["nedsatt-arbeidsevne", "langtidsledige"],
      innsatsgrupper: ["spesielt-tilpasset", "situasjonsbestemt"],
      measureTypes: ["avklaring", "oppfolging"],
      partners: KJERNEOPPGAVER_PARTNERS,
      funding: [{ source: "eget-budsjett", amountNok: 3_900_000 }],
      participants: { count: 98 },
      cost: { staffYears: 3, costNok: 12_500_000 },
      recipe: { steps: KJERNEOPPGAVER_STEPS },
      plannedOutcomes: KJERNEOPPGAVER_PLANNED,
      results: {
        outcome: "virket-ikke",
        summary:
          "Andelen i arbeid var litt lavere enn ved kontrollkontorene, og forskjellen var innenfor det som kan skyldes tilfeldigheter. " +
          "Ventetiden ble noe kortere.",
        measures: [
          {
            plannedOutcomeId: "arbeid-6m",
            measureCode: "arbeid-utdanning-6m",
            name: "Andel i arbeid eller utdanning 6 måneder etter",
            unit: "prosent",
            value: 31,
            n: 98,
            followUpMonths: 6,
            comparison: { value: 34, n: 110, description: KJERNEOPPGAVER_COMPARISON },
          },
          {
            plannedOutcomeId: "ventetid",
            name: "Ventetid fra vedtak til oppstart (dager)",
            unit: "dager",
            value: 27,
            n: 98,
            comparison: { value: 35, n: 110, description: KJERNEOPPGAVER_COMPARISON },
          },
        ],
        failureReasons: ["gjennomforingen"],
        evaluationDesign: "sammenligningsgruppe",
        evaluatedBy: "forskningspartner",
        researchPartner: KJERNEOPPGAVER_EVALUATOR,
      },
      lessons: {
        whatWorked: "Veilederne som ble i teamet hele perioden, bygde gode relasjoner til arbeidsgivere i fiskeindustrien og varehandelen.",
        whatDidNot:
          "Teamet ble slått sammen med den øvrige oppfølgingen to ganger, og halvparten av veilederne sluttet underveis. Metoden ble derfor " +
          "bare delvis gjennomført.",
        doDifferently: "Vi ville skjermet teamet skriftlig i kontorets plan, og ikke startet før vi hadde nok veiledere til å tåle sykefravær og turnover.",
      },
      documents: [KJERNEOPPGAVER_REPORT],
      contact: contact("Eirik Vik"),
    },
  },

  // ── Tjenestedesign: «Utsiden inn» and later trials of the same method ──
  {
    key: "utsiden-inn-grunerlokka",
    officeId: "nav-grunerlokka",
    state: "published",
    createdAt: "2020-01-08T10:00:00Z",
    methodId: "tjenestedesign",
    evidence: { strength: 2, direction: "blandet" },
    content: {
      title: "Utsiden inn: tjenestedesign i mottaket",
      summary:
        "NAV Grünerløkka brukte tjenestedesign for å forstå hvordan brukerne opplever mottaket og den første kontakten med kontoret, " +
        "og prøvde ut nye rutiner sammen med brukerne.",
      need:
        "Brukerne fortalte at de ble sendt mellom skranke, telefon og veileder uten å vite hva som skjedde videre. Mange unge " +
        "sosialhjelpsmottakere kom tilbake gang på gang med de samme spørsmålene.",
      period: { start: "2020-01-13", end: "2021-06-30" },
      trialStatus: "avsluttet",
      methodDescription:
        "Et team på fire ansatte intervjuet brukere og samarbeidspartnere, observerte i mottaket og laget et systemkart over aktørene " +
        "rundt kontoret. Sammen med brukere utviklet vi tre konsepter: et velkomstbrev i klarspråk, faste tider for åpen veiledning og " +
        "en enkel oversikt over hva som skjer etter en søknad. Konseptene ble prøvd ut i korte runder og justert etter tilbakemeldinger.",
      methodId: "tjenestedesign",
      targetGroups: ["sosialhjelpsmottakere", "unge-under-30"],
      innsatsgrupper: ["situasjonsbestemt"],
      measureTypes: ["ingen"],
      partners: [
        { name: "Designbyrå innleid gjennom StimuLab", type: "kommersiell-leverandor", role: "Lærte opp teamet og ledet samskapingsverkstedene." },
        { name: "Bydel Grünerløkka, ungdomstjenesten", type: "kommunal-tjeneste" },
      ],
      funding: [STIMULAB_FUNDING, { source: "eget-budsjett", amountNok: 300_000 }],
      participants: { count: 212, description: "Brukere som tok kontakt med mottaket i utprøvingsperioden." },
      cost: { staffYears: 1.5, costNok: 750_000 },
      recipe: { steps: UTSIDEN_INN_STEPS },
      plannedOutcomes: UTSIDEN_INN_PLANNED,
      results: {
        outcome: "delvis",
        summary:
          "Brukertilfredsheten økte fra 4,2 til 4,7. Ventetiden til første samtale var nesten den samme som før (18 mot 19 dager), " +
          "fordi kontoret mistet to veiledere i samme periode.",
        measures: [
          {
            plannedOutcomeId: "ventetid",
            measureCode: "ventetid-dager",
            name: "Ventetid til første samtale (dager)",
            unit: "dager",
            value: 18,
            n: 212,
          },
          {
            plannedOutcomeId: "tilfredshet",
            measureCode: "brukertilfredshet",
            name: "Brukertilfredshet (1–6)",
            unit: "skala-1-6",
            value: 4.7,
            n: 180,
          },
        ],
        evaluationDesign: "for-etter",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Velkomstbrevet og oversikten over saksgangen ga færre gjentatte henvendelser. Ansatte lærte en metode de bruker videre.",
        whatDidNot: "Åpen veiledning ble så populært at det tok tid fra planlagte samtaler.",
        doDifferently: "Vi ville målt ventetiden hver måned underveis, og ikke bare før og etter, så vi kunne sett effekten av bemanningen.",
      },
      documents: [{ title: "Systemkart over aktørene rundt NAV Grünerløkka", url: documentLink("utsiden-inn-grunerlokka-systemkart.pdf"), kind: "annet" }],
      contact: contact("Amina Hassan"),
    },
  },
  {
    key: "utsiden-inn-molde",
    officeId: "nav-molde",
    state: "published",
    createdAt: "2020-01-15T13:45:00Z",
    methodId: "tjenestedesign",
    evidence: { strength: 2, direction: "positiv" },
    content: {
      title: "Utsiden inn: timebestilling og fast kontaktveileder",
      summary:
        "NAV Molde brukte innsikt fra brukere til å lage timebestilling på nett og fast kontaktveileder for brukere med nedsatt arbeidsevne. " +
        "Ventetiden til første samtale ble mer enn halvert.",
      need: "Brukerne ventet i gjennomsnitt tre uker på første samtale, og mange møtte en ny veileder hver gang.",
      period: { start: "2020-01-20", end: "2021-05-28" },
      trialStatus: "avsluttet",
      methodDescription:
        "Kontoret intervjuet 25 brukere og åtte samarbeidspartnere og fant at ventetid og skifte av veileder var det som opplevdes verst. " +
        "Vi innførte timebestilling på nett for første samtale og fast kontaktveileder fra første møte, og justerte ordningen tre ganger etter tilbakemeldinger.",
      methodId: "tjenestedesign",
      targetGroups: ["langtidsledige", "nedsatt-arbeidsevne"],
      innsatsgrupper: ["situasjonsbestemt", "spesielt-tilpasset"],
      measureTypes: ["ingen"],
      partners: [{ name: "Molde kommune, tjenestekontoret", type: "kommunal-tjeneste" }],
      funding: [STIMULAB_FUNDING],
      participants: { count: 164 },
      cost: { staffYears: 1, costNok: 520_000 },
      recipe: {
        steps: [...UTSIDEN_INN_STEPS, "Gi hver ny bruker en fast kontaktveileder fra første samtale."],
        requirements: "Et verktøy for timebestilling og en fordeling av brukere som tåler fast kontaktveileder.",
      },
      plannedOutcomes: UTSIDEN_INN_PLANNED,
      results: {
        outcome: "virket",
        summary: "Ventetiden gikk ned fra 21 til 9 dager, og brukertilfredsheten var høy.",
        measures: [
          {
            plannedOutcomeId: "ventetid",
            measureCode: "ventetid-dager",
            name: "Ventetid til første samtale (dager)",
            unit: "dager",
            value: 9,
            n: 164,
          },
          {
            plannedOutcomeId: "tilfredshet",
            measureCode: "brukertilfredshet",
            name: "Brukertilfredshet (1–6)",
            unit: "skala-1-6",
            value: 4.9,
            n: 97,
          },
        ],
        evaluationDesign: "for-etter",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Timebestilling på nett var lett å innføre og frigjorde tid i mottaket.",
        whatDidNot: "Brukere uten digitale ferdigheter fikk ikke samme fordel, og måtte fortsatt ringe.",
        doDifferently: "Vi ville hatt en egen telefonlinje for timebestilling fra start.",
      },
      contact: contact("Per Inge Sunde"),
    },
  },
  {
    key: "utsiden-inn-alta",
    officeId: "nav-alta",
    state: "published",
    createdAt: "2020-01-22T08:20:00Z",
    methodId: "tjenestedesign",
    evidence: { strength: 2, direction: "uavklart" },
    content: {
      title: "Utsiden inn: unge og første møte med NAV",
      summary:
        "NAV Alta skulle bruke tjenestedesign for å gjøre det første møtet med NAV bedre for unge. Pandemien stengte kontoret etter to " +
        "måneder, og utprøvingen ble avsluttet før endringene fikk virke.",
      need: "Mange unge møtte ikke til første avtale, og de som kom, syntes NAV var vanskelig å forstå.",
      period: { start: "2020-01-27", end: "2020-12-18" },
      trialStatus: "avsluttet",
      methodDescription:
        "Teamet intervjuet unge brukere og oppfølgingstjenesten i fylkeskommunen, og laget et konsept for første møte utenfor " +
        "kontoret, på kafé eller skole. Etter nedstengningen i mars 2020 ble konseptet gjort om til videomøter.",
      methodId: "tjenestedesign",
      targetGroups: ["unge-under-30"],
      innsatsgrupper: ["situasjonsbestemt"],
      measureTypes: ["ingen"],
      partners: [{ name: "Troms og Finnmark fylkeskommune, oppfølgingstjenesten", type: "utdanning" }],
      funding: [STIMULAB_FUNDING],
      participants: { count: 31 },
      cost: { staffYears: 0.5, costNok: 280_000 },
      recipe: { steps: UTSIDEN_INN_STEPS },
      plannedOutcomes: UTSIDEN_INN_PLANNED,
      results: {
        outcome: "for-tidlig",
        summary: "Ventetiden ble litt kortere, men bare fire unge svarte på spørreskjemaet. Vi kan ikke si om konseptet virker.",
        measures: [
          {
            plannedOutcomeId: "ventetid",
            measureCode: "ventetid-dager",
            name: "Ventetid til første samtale (dager)",
            unit: "dager",
            value: 15,
            n: 31,
          },
          {
            plannedOutcomeId: "tilfredshet",
            measureCode: "brukertilfredshet",
            name: "Brukertilfredshet (1–6)",
            unit: "skala-1-6",
            value: 4.5,
            n: 4,
          },
        ],
        failureReasons: ["ytre-forhold"],
        evaluationDesign: "for-etter",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Intervjuene ga ny kunnskap om hvorfor unge ikke møter, og den brukes fortsatt i kontorets ungdomsteam.",
        whatDidNot: "Konseptet om møter på kafé og skole ble aldri prøvd ut på grunn av pandemien.",
        doDifferently: "Vi ville forlenget perioden i stedet for å avslutte etter planen, og startet målingen på nytt etter gjenåpningen.",
      },
      contact: contact("Marte Isaksen"),
    },
  },
  {
    key: "tjenestedesign-lillehammer",
    officeId: "nav-lillehammer",
    state: "published",
    createdAt: "2022-12-01T09:00:00Z",
    methodId: "tjenestedesign",
    evidence: { strength: 2, direction: "ingen" },
    content: {
      title: "Ny mottaksmodell utviklet med tjenestedesign",
      summary:
        "NAV Lillehammer brukte metoden fra «Utsiden inn» til å lage en ny mottaksmodell. Ventetiden gikk ikke ned, fordi kontoret ikke klarte å bemanne modellen.",
      need: "Ventetiden til første samtale hadde økt til over tre uker, og brukerne klaget på at de ikke nådde veilederen sin.",
      period: { start: "2023-01-09", end: "2024-06-28" },
      trialStatus: "avsluttet",
      methodDescription:
        "Vi brukte metoden fra «Utsiden inn»: innsikt fra brukere, systemkart og samskaping. Resultatet var en mottaksmodell der en " +
        "veileder i mottaket kunne booke første samtale direkte, og der enkle saker ble løst samme dag.",
      methodId: "tjenestedesign",
      targetGroups: ["nedsatt-arbeidsevne", "hull-i-cv"],
      innsatsgrupper: ["situasjonsbestemt"],
      measureTypes: ["ingen"],
      partners: [{ name: "Lillehammer kommune, tjenestekontoret", type: "kommunal-tjeneste" }],
      funding: [{ source: "tilskudd-sosiale-tjenester", amountNok: 380_000 }],
      participants: { count: 140 },
      cost: { staffYears: 1.2, costNok: 820_000 },
      recipe: {
        steps: [...UTSIDEN_INN_STEPS, "Regn ut hvor mange veiledere mottaksmodellen krever, og sett den ikke i drift før bemanningen er sikret."],
      },
      plannedOutcomes: [UTSIDEN_INN_PLANNED[0]!],
      results: {
        outcome: "virket-ikke",
        summary: "Ventetiden var 24 dager etter innføringen, mot 22 dager før. Modellen ble bare bemannet som planlagt i fire av atten måneder.",
        measures: [
          {
            plannedOutcomeId: "ventetid",
            measureCode: "ventetid-dager",
            name: "Ventetid til første samtale (dager)",
            unit: "dager",
            value: 24,
            n: 140,
          },
        ],
        failureReasons: ["gjennomforingen", "ressurser-tok-slutt"],
        evaluationDesign: "for-etter",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Innsiktsarbeidet ga et godt bilde av hva brukerne trenger, og samarbeidet med tjenestekontoret ble bedre.",
        whatDidNot: "Modellen krevde to veiledere i mottaket hver dag. Etter tre måneder gikk tilskuddet til andre formål, og modellen ble bemannet med én.",
        doDifferently: "Vi ville prøvd modellen to dager i uken med full bemanning, i stedet for hele uken med halv bemanning.",
      },
      contact: contact("Stian Bakken"),
    },
  },

  // ── Velferdsobligasjoner in Vestfold: one trial per municipality, run together ──
  {
    key: "velferdsobligasjon-larvik",
    officeId: "nav-larvik",
    state: "published",
    createdAt: "2021-05-10T10:30:00Z",
    methodId: "velferdsobligasjon-loslatte",
    evidence: { strength: 3, direction: "blandet" },
    content: {
      title: "Velferdsobligasjon: oppfølging av løslatte i Larvik",
      summary:
        "NAV Larvik deltok i piloten med velferdsobligasjoner sammen med Sandefjord, Tønsberg og Færder. Back in the Ring fulgte opp " +
        "løslatte, og færre fikk en ny straffesak enn i årene før.",
      need: VELFERDSOBLIGASJON_NEED,
      partnerOfficeIds: otherVestfoldOffices("nav-larvik"),
      period: { start: "2021-09-01", end: "2024-08-30" },
      trialStatus: "avsluttet",
      methodDescription: VELFERDSOBLIGASJON_METHOD,
      methodId: "velferdsobligasjon-loslatte",
      targetGroups: ["tidligere-innsatte", "sosialhjelpsmottakere"],
      innsatsgrupper: ["spesielt-tilpasset"],
      measureTypes: ["oppfolging", "arbeidstrening"],
      partners: VELFERDSOBLIGASJON_PARTNERS,
      funding: [
        { source: "effektkontrakt", amountNok: 2_600_000, note: "Kommunens andel av utbetalingene etter oppnådde resultater." },
        { source: "eget-budsjett", amountNok: 350_000 },
      ],
      participants: { count: 27 },
      cost: { staffYears: 0.5, costNok: 2_950_000, note: "Kontaktperson i NAV i halv stilling; leverandørens kostnad dekkes av kontrakten." },
      recipe: { steps: VELFERDSOBLIGASJON_STEPS },
      plannedOutcomes: VELFERDSOBLIGASJON_PLANNED,
      results: {
        outcome: "delvis",
        summary:
          "30 prosent fikk en ny straffesak innen tolv måneder, mot 41 prosent i en historisk sammenligningsgruppe. Andelen i arbeid eller " +
          "utdanning ble ikke høyere.",
        measures: [
          {
            plannedOutcomeId: "straffesak-12m",
            measureCode: "ny-straffesak-12m",
            name: "Andel med ny straffesak innen 12 måneder",
            unit: "prosent",
            value: 30,
            n: 27,
            followUpMonths: 12,
            comparison: { value: 41, n: 88, description: "Løslatte med bosted i Larvik i årene før piloten (historisk gruppe)" },
          },
          {
            plannedOutcomeId: "arbeid-6m",
            measureCode: "arbeid-utdanning-6m",
            name: "Andel i arbeid eller utdanning 6 måneder etter",
            unit: "prosent",
            value: 22,
            n: 27,
            followUpMonths: 6,
            comparison: { value: 24, n: 88, description: "Løslatte med bosted i Larvik i årene før piloten (historisk gruppe)" },
          },
        ],
        evaluationDesign: "sammenligningsgruppe",
        evaluatedBy: "forskningspartner",
        researchPartner: "Oxford Research",
      },
      lessons: {
        whatWorked: "Oppfølging fra før løslatelse gjorde at de fleste hadde bolig og ytelser på plass den første dagen ute.",
        whatDidNot: "Arbeid kom for sent i løpet: de første månedene gikk med til bolig, gjeld og helse.",
        doDifferently: "Vi ville startet arbeidstrening mens deltakeren fortsatt sonet, i samarbeid med fengselets skole og verksted.",
      },
      preconditions: "Politisk vedtak om resultatbasert betaling, og en fast kontaktperson i NAV som kan fatte vedtak raskt.",
      contact: contact("Anette Holm"),
    },
  },
  {
    key: "velferdsobligasjon-sandefjord",
    officeId: "nav-sandefjord",
    state: "published",
    createdAt: "2021-05-10T11:00:00Z",
    methodId: "velferdsobligasjon-loslatte",
    evidence: { strength: 2, direction: "uavklart" },
    content: {
      title: "Velferdsobligasjon: oppfølging av løslatte i Sandefjord",
      summary:
        "NAV Sandefjord var med i Vestfold-piloten med velferdsobligasjoner. Svært få løslatte med bosted i kommunen ble henvist, så resultatene sier lite.",
      need: VELFERDSOBLIGASJON_NEED,
      partnerOfficeIds: otherVestfoldOffices("nav-sandefjord"),
      period: { start: "2021-09-01", end: "2024-08-30" },
      trialStatus: "avsluttet",
      methodDescription: VELFERDSOBLIGASJON_METHOD,
      methodId: "velferdsobligasjon-loslatte",
      targetGroups: ["tidligere-innsatte"],
      innsatsgrupper: ["spesielt-tilpasset"],
      measureTypes: ["oppfolging"],
      partners: VELFERDSOBLIGASJON_PARTNERS,
      funding: [{ source: "effektkontrakt", amountNok: 900_000 }],
      participants: { count: 4, description: "Løslatte med bosted i Sandefjord som ble henvist i perioden." },
      cost: { staffYears: 0.2, costNok: 1_050_000 },
      recipe: { steps: VELFERDSOBLIGASJON_STEPS },
      plannedOutcomes: VELFERDSOBLIGASJON_PLANNED,
      results: {
        outcome: "for-tidlig",
        summary: "Med så få deltakere kan vi ikke si noe om effekten. Tallene er tatt med så de kan slås sammen med de andre kommunene.",
        measures: [
          {
            plannedOutcomeId: "straffesak-12m",
            measureCode: "ny-straffesak-12m",
            name: "Andel med ny straffesak innen 12 måneder",
            unit: "prosent",
            value: 25,
            n: 4,
            followUpMonths: 12,
          },
          {
            plannedOutcomeId: "arbeid-6m",
            measureCode: "arbeid-utdanning-6m",
            name: "Andel i arbeid eller utdanning 6 måneder etter",
            unit: "prosent",
            value: 50,
            n: 4,
            followUpMonths: 6,
          },
        ],
        evaluationDesign: "for-etter",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Samarbeidet med de andre kommunene gjorde at vi kunne være med selv med få deltakere.",
        whatDidNot: "Kriminalomsorgen visste ofte ikke hvilken kommune den løslatte skulle bo i, og flere ble henvist til feil kommune.",
        doDifferently: "Vi ville avtalt at henvisningen går til den felles koordinatoren, ikke til hver kommune.",
      },
      contact: contact("Lars Kvamme"),
    },
  },
  {
    key: "velferdsobligasjon-tonsberg",
    officeId: "nav-tonsberg",
    state: "published",
    createdAt: "2021-05-11T08:45:00Z",
    methodId: "velferdsobligasjon-loslatte",
    evidence: { strength: 3, direction: "positiv" },
    content: {
      title: "Velferdsobligasjon: oppfølging av løslatte i Tønsberg",
      summary:
        "NAV Tønsberg fulgte opp løslatte sammen med Back in the Ring. Færre fikk ny straffesak, og flere var i arbeid eller utdanning enn i en historisk sammenligningsgruppe.",
      need: VELFERDSOBLIGASJON_NEED,
      partnerOfficeIds: otherVestfoldOffices("nav-tonsberg"),
      period: { start: "2021-09-01", end: "2024-08-30" },
      trialStatus: "avsluttet",
      methodDescription:
        VELFERDSOBLIGASJON_METHOD + " I Tønsberg hadde NAV-kontoret i tillegg en avtale med tre lokale arbeidsgivere om arbeidstrening rett etter løslatelse.",
      methodId: "velferdsobligasjon-loslatte",
      targetGroups: ["tidligere-innsatte", "langtidsledige"],
      innsatsgrupper: ["spesielt-tilpasset"],
      measureTypes: ["oppfolging", "arbeidstrening", "midlertidig-lonnstilskudd"],
      partners: [
        ...VELFERDSOBLIGASJON_PARTNERS,
        { name: "Lokale arbeidsgivere i bygg og logistikk", type: "arbeidsgiver", role: "Tok imot deltakere til arbeidstrening rett etter løslatelse." },
      ],
      funding: [{ source: "effektkontrakt", amountNok: 3_100_000 }],
      participants: { count: 31 },
      cost: { staffYears: 0.6, costNok: 3_500_000 },
      recipe: {
        steps: [...VELFERDSOBLIGASJON_STEPS, "Avtal arbeidstrening med lokale arbeidsgivere før deltakerne løslates."],
      },
      plannedOutcomes: VELFERDSOBLIGASJON_PLANNED,
      results: {
        outcome: "virket",
        summary:
          "23 prosent fikk ny straffesak innen tolv måneder, mot 40 prosent i sammenligningsgruppen. 35 prosent var i arbeid eller utdanning etter seks måneder.",
        measures: [
          {
            plannedOutcomeId: "straffesak-12m",
            measureCode: "ny-straffesak-12m",
            name: "Andel med ny straffesak innen 12 måneder",
            unit: "prosent",
            value: 23,
            n: 31,
            followUpMonths: 12,
            comparison: { value: 40, n: 95, description: "Løslatte med bosted i Tønsberg i årene før piloten (historisk gruppe)" },
          },
          {
            plannedOutcomeId: "arbeid-6m",
            measureCode: "arbeid-utdanning-6m",
            name: "Andel i arbeid eller utdanning 6 måneder etter",
            unit: "prosent",
            value: 35,
            n: 31,
            followUpMonths: 6,
            comparison: { value: 22, n: 95, description: "Løslatte med bosted i Tønsberg i årene før piloten (historisk gruppe)" },
          },
        ],
        evaluationDesign: "sammenligningsgruppe",
        evaluatedBy: "forskningspartner",
        researchPartner: "Oxford Research",
      },
      lessons: {
        whatWorked: "Arbeidstrening rett etter løslatelse ga struktur i hverdagen og et nytt nettverk utenfor det kriminelle miljøet.",
        whatDidNot: "Betalingsmodellen var vanskelig å forklare politisk, og det tok lang tid å bli enige om hvordan resultatene skulle måles.",
        doDifferently: "Vi ville brukt mer tid på å avklare målingen før kontrakten ble signert.",
      },
      contact: contact("Nina Solberg"),
    },
  },
  {
    key: "velferdsobligasjon-faerder",
    officeId: "nav-faerder",
    state: "published",
    createdAt: "2021-05-11T09:30:00Z",
    methodId: "velferdsobligasjon-loslatte",
    evidence: { strength: 2, direction: "ingen" },
    content: {
      title: "Velferdsobligasjon: oppfølging av løslatte i Færder",
      summary: "NAV Færder var med i Vestfold-piloten med velferdsobligasjoner. Få deltakere og mangel på boliger gjorde at tilbudet ikke ga bedre resultater.",
      need: VELFERDSOBLIGASJON_NEED,
      partnerOfficeIds: otherVestfoldOffices("nav-faerder"),
      period: { start: "2021-09-01", end: "2024-08-30" },
      trialStatus: "avsluttet",
      methodDescription: VELFERDSOBLIGASJON_METHOD,
      methodId: "velferdsobligasjon-loslatte",
      targetGroups: ["tidligere-innsatte", "psykisk-helse-rus"],
      innsatsgrupper: ["spesielt-tilpasset", "varig-tilpasset"],
      measureTypes: ["oppfolging"],
      partners: VELFERDSOBLIGASJON_PARTNERS,
      funding: [{ source: "effektkontrakt", amountNok: 1_100_000 }],
      participants: { count: 9 },
      cost: { staffYears: 0.3, costNok: 1_300_000 },
      recipe: { steps: VELFERDSOBLIGASJON_STEPS },
      plannedOutcomes: VELFERDSOBLIGASJON_PLANNED,
      results: {
        outcome: "virket-ikke",
        summary:
          "Fire av ni fikk ny straffesak innen tolv måneder, og bare én var i arbeid etter seks måneder. Flere deltakere flyttet ut av " +
          "kommunen fordi de ikke fant bolig.",
        measures: [
          {
            plannedOutcomeId: "straffesak-12m",
            measureCode: "ny-straffesak-12m",
            name: "Andel med ny straffesak innen 12 måneder",
            unit: "prosent",
            value: 44,
            n: 9,
            followUpMonths: 12,
          },
          {
            plannedOutcomeId: "arbeid-6m",
            measureCode: "arbeid-utdanning-6m",
            name: "Andel i arbeid eller utdanning 6 måneder etter",
            unit: "prosent",
            value: 11,
            n: 9,
            followUpMonths: 6,
          },
        ],
        failureReasons: ["for-fa-deltakere", "ytre-forhold"],
        evaluationDesign: "for-etter",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Deltakerne var fornøyde med oppfølgingen fra Back in the Ring.",
        whatDidNot: "Kommunen hadde nesten ingen ledige kommunale boliger, og uten bolig hjalp oppfølgingen lite.",
        doDifferently: "Vi ville sikret et fast antall boliger til piloten før oppstart, eventuelt sammen med nabokommunene.",
      },
      contact: contact("Geir Olsen"),
    },
  },

  // ── Effektkontrakt in Lier: a switched outcome (planned school completion, reported something else) ──
  {
    key: "effektkontrakt-lier",
    officeId: "nav-lier",
    state: "published",
    createdAt: "2019-05-20T12:00:00Z",
    methodId: "effektkontrakt-skolefullforing",
    evidence: { strength: 2, direction: "blandet" },
    content: {
      title: "Effektkontrakt for å forebygge frafall i videregående skole",
      summary:
        "Lier kommune, NAV Lier, Trygg av natur og Ferd samarbeidet om en effektkontrakt. Elever med høyt fravær fikk et tilbud i " +
        "naturen for å styrke livsmestring og motivasjon, med redusert frafall som langsiktig mål.",
      need: "Frafallet i videregående skole var høyt blant unge i kommunen, og de som falt ut, kom ofte til NAV noen år senere uten fullført utdanning.",
      period: { start: "2019-08-19", end: "2022-06-24" },
      trialStatus: "avsluttet",
      methodDescription:
        "Trygg av natur ga elever med høyt fravær et ukentlig tilbud med aktiviteter i naturen, samtaler og mestringsoppgaver gjennom " +
        "skoleåret. Ferd finansierte tilbudet på forhånd. Kommunen betaler tilbake halvparten av investeringen hvis de avtalte resultatene " +
        "nås, og viderefører tilbudet hvis det virker. NAV Lier deltok i styringsgruppen og fulgte opp elever som også hadde kontakt med NAV.",
      methodId: "effektkontrakt-skolefullforing",
      targetGroups: ["uten-fullfort-vgs", "unge-under-30"],
      measureTypes: ["ingen"],
      partners: [
        { name: "Trygg av natur", type: "sosial-entreprenor", role: "Leverte tilbudet til elevene." },
        { name: "Lier kommune", type: "kommunal-tjeneste", role: "Oppdragsgiver i effektkontrakten." },
        { name: "Videregående skoler i Lier", type: "utdanning", role: "Valgte ut elever og rapporterte fravær." },
        { name: "Ferd Sosiale Entreprenører", type: "investor", role: "Investerte i effektkontrakten og bar risikoen." },
      ],
      funding: [
        {
          source: "effektkontrakt",
          amountNok: 3_000_000,
          note: "Ferd Sosiale Entreprenører investerte; kommunen betaler tilbake halvparten hvis resultatene nås.",
        },
      ],
      participants: { count: 48, planned: 80 },
      cost: {
        staffYears: 0.2,
        costNok: 3_200_000,
        plannedCostNok: 2_000_000,
        note: "NAV-kontorets innsats var deltakelse i styringsgruppen og oppfølging av enkeltelever.",
      },
      recipe: {
        steps: [
          "Bli enige med skolene om hvilke elever tilbudet passer for, og hvordan fravær måles.",
          "Avtal resultatmål, betalingsmodell og måletidspunkt i kontrakten med investor og leverandør.",
          "Sett ned en styringsgruppe med kommunen, NAV, skolene og leverandøren som møtes hver måned.",
        ],
      },
      plannedOutcomes: [
        {
          id: "fullfort-vgs",
          measureCode: "fullfort-vgs",
          name: "Andel som fullfører videregående opplæring",
          how: "Data fra fylkeskommunen om fullført og bestått, sammenlignet med elever med tilsvarende fravær året før",
          followUpMonths: 36,
        },
        { id: "livsmestring", name: "Opplevd livsmestring (1–6)", how: "Spørreskjema ved oppstart og ved slutten av skoleåret" },
      ],
      results: {
        outcome: "delvis",
        summary:
          "Elevene rapporterte bedre livsmestring, og flere var fortsatt elever etter første skoleår enn i sammenligningsgruppen. Tall for " +
          "fullført videregående var ikke klare da perioden var over.",
        measures: [
          {
            plannedOutcomeId: "livsmestring",
            name: "Opplevd livsmestring (1–6)",
            unit: "skala-1-6",
            value: 4.4,
            n: 41,
          },
          {
            name: "Andel som fortsatt var elev etter første skoleår",
            unit: "prosent",
            value: 88,
            n: 48,
            followUpMonths: 12,
            comparison: { value: 79, n: 160, description: "Elever med tilsvarende fravær ved de samme skolene året før" },
          },
        ],
        evaluationDesign: "sammenligningsgruppe",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Elevene likte tilbudet, og skolene opplevde at de fikk en ny måte å nå elever med høyt fravær på.",
        whatDidNot: "Det langsiktige målet, fullført skole, kunne ikke måles innen kontraktsperioden.",
        doDifferently: "Vi ville latt kontraktsperioden vare til elevene var ferdige med skolen, og avtalt dataleveranse fra fylkeskommunen fra start.",
      },
      documents: [{ title: "Erfaringer fra effektkontrakten i Lier", url: documentLink("effektkontrakt-lier-erfaringer.pdf"), kind: "rapport" }],
      contact: contact("Tone Grimstad"),
    },
  },

  // ── REFINO: a well-run randomised trial that found no effect ──
  {
    key: "refino-stavanger",
    officeId: "nav-stavanger",
    state: "published",
    createdAt: "2019-03-14T09:10:00Z",
    methodId: "resultatbasert-oppfolging",
    evidence: { strength: 4, direction: "ingen" },
    content: {
      title: "Resultatbasert finansiering av oppfølging (REFINO)",
      summary:
        "NAV Stavanger var med i det nasjonale forsøket der tiltaksarrangøren fikk betalt etter om deltakeren kom i jobb og ble værende. " +
        "Deltakerne ble fordelt ved loddtrekning, og forsøket fant ingen forskjell fra vanlig Oppfølging.",
      need: "Tiltaket Oppfølging betales per time uansett resultat. Direktoratet ville vite om betaling etter resultat gir flere i ordinært arbeid.",
      period: { start: "2018-09-03", end: "2022-06-30" },
      trialStatus: "avsluttet",
      methodDescription:
        "Innholdet var det samme som i Oppfølging, men betalingen ble delt i tre: en liten fast del for kartlegging, en del når deltakeren " +
        "fikk jobb på minst 50 prosent, og en siste del når deltakeren fortsatt var i jobb etter seks måneder. Veilederne henviste som " +
        "vanlig, og loddtrekning avgjorde om deltakeren fikk REFINO eller ordinær Oppfølging.",
      methodId: "resultatbasert-oppfolging",
      targetGroups: ["nedsatt-arbeidsevne", "langtidsledige", "hull-i-cv"],
      innsatsgrupper: ["situasjonsbestemt", "spesielt-tilpasset"],
      measureTypes: ["oppfolging"],
      partners: [
        { name: "Tiltaksarrangør valgt i anbudskonkurranse", type: "kommersiell-leverandor", role: "Leverte oppfølgingen med resultatbasert betaling." },
        { name: "Proba samfunnsanalyse og Frischsenteret", type: "forskningsmiljo", role: "Evaluerte forsøket med registerdata." },
      ],
      funding: [{ source: "resultatbasert-finansiering", amountNok: 9_500_000, note: "Utbetalt til tiltaksarrangøren etter oppnådde resultater." }],
      participants: { count: 212, description: "Deltakere som ved loddtrekning fikk REFINO." },
      cost: { staffYears: 0.5, costNok: 9_500_000, note: "NAV-kontorets innsats gjaldt henvisning og oppfølging av avtalen." },
      recipe: {
        steps: [
          "Lys ut oppfølgingstiltaket med en betalingsmodell der det meste utløses av jobb og varig jobb.",
          "Sørg for at veilederne henviser som vanlig, og at fordelingen mellom gruppene skjer ved loddtrekning.",
          "Følg opp leverandøren på resultater, ikke på aktiviteter.",
        ],
      },
      plannedOutcomes: [
        {
          id: "ordinaert-6m",
          measureCode: "ordinaert-arbeid-6m",
          name: "Andel i ordinært arbeid 6 måneder etter",
          how: "Registerdata, REFINO mot ordinær Oppfølging",
          followUpMonths: 6,
        },
      ],
      results: {
        outcome: "virket-ikke",
        summary:
          "Like mange kom i ordinært arbeid med resultatbasert betaling som med vanlig Oppfølging. Leverandøren endret lite i måten deltakerne ble fulgt opp på.",
        measures: [
          {
            plannedOutcomeId: "ordinaert-6m",
            measureCode: "ordinaert-arbeid-6m",
            name: "Andel i ordinært arbeid 6 måneder etter",
            unit: "prosent",
            value: 31,
            n: 212,
            followUpMonths: 6,
            comparison: { value: 30, n: 208, description: "Deltakere som ved loddtrekning fikk ordinær Oppfølging" },
          },
        ],
        failureReasons: ["ideen"],
        evaluationDesign: "rct",
        evaluatedBy: "forskningspartner",
        researchPartner: "Proba samfunnsanalyse og Frischsenteret",
      },
      lessons: {
        whatWorked: "Loddtrekningen fungerte godt i det daglige, og veilederne opplevde ikke at den gikk ut over brukerne.",
        whatDidNot: "Betalingsmodellen alene fikk ikke leverandøren til å jobbe annerledes.",
        doDifferently: "Vi ville kombinert resultatbasert betaling med krav til innholdet, for eksempel rask utplassering og oppfølging på arbeidsplassen.",
      },
      documents: [{ title: "Evaluering av REFINO", url: documentLink("refino-evaluering.pdf"), kind: "evaluering" }],
      contact: contact("Kjetil Tveit"),
    },
  },

  // ── «Unge på vei til jobb»: NAV's first innovative procurement of a measure ──
  {
    key: "unge-pa-vei-til-jobb-kristiansand",
    officeId: "nav-kristiansand",
    state: "published",
    createdAt: "2022-06-08T07:30:00Z",
    methodId: "innovativ-avklaring-unge",
    evidence: { strength: 2, direction: "uavklart" },
    content: {
      title: "Unge på vei til jobb: ny avklaring utviklet gjennom innovativ anskaffelse",
      summary:
        "NAV Kristiansand var pilotkontor da NAV for første gang anskaffet et arbeidsmarkedstiltak gjennom en innovativ anskaffelse. " +
        "Leverandøren utviklet en ny avklaring for unge, med mer arbeidsutprøving og større egeninnsats.",
      need: "Mange unge står i fare for å bli stående lenge utenfor arbeidslivet. Den vanlige avklaringen var lite tilpasset unge og ga lite utprøving i ordinære virksomheter.",
      period: { start: "2022-09-01", end: "2024-08-30" },
      trialStatus: "avsluttet",
      methodDescription:
        "NAV beskrev behovet og ikke løsningen, og valgte leverandør gjennom StartOff. Leverandøren utviklet en avklaring på åtte uker " +
        "der den unge lager sin egen plan, prøver seg på to eller tre arbeidsplasser og har en fast coach. Løsningen ble utviklet i tett " +
        "dialog med veilederne og justert hver tredje måned.",
      methodId: "innovativ-avklaring-unge",
      targetGroups: ["unge-under-30", "hull-i-cv"],
      innsatsgrupper: ["situasjonsbestemt"],
      measureTypes: ["avklaring", "arbeidstrening"],
      partners: [
        { name: "Oppstartsbedrift valgt gjennom StartOff", type: "kommersiell-leverandor", role: "Utviklet og leverte den nye avklaringen." },
        { name: "Agder fylkeskommune, oppfølgingstjenesten", type: "utdanning" },
      ],
      funding: [{ source: "innovativ-anskaffelse", amountNok: 4_800_000, note: "Finansiert gjennom NAVs innovative anskaffelse i StartOff-programmet." }],
      participants: { count: 58 },
      cost: { staffYears: 1, costNok: 5_600_000 },
      recipe: {
        steps: [
          "Beskriv behovet og målgruppen, ikke løsningen, og inviter til dialog med leverandører før utlysningen.",
          "Velg leverandør i en konkurranse der løsningen vurderes ut fra hvor godt den svarer på behovet.",
          "Utvikle løsningen sammen med leverandøren i korte runder, med veiledere og unge brukere i testene.",
          "Mål resultatene på samme måte som for vanlig avklaring, så de kan sammenlignes.",
        ],
        requirements: "Innkjøpskompetanse og tid til tett oppfølging av leverandøren i utviklingsfasen.",
      },
      plannedOutcomes: [
        {
          id: "arbeid-6m",
          measureCode: "arbeid-utdanning-6m",
          name: "Andel i arbeid eller utdanning 6 måneder etter",
          how: "Registerdata fra NAV",
          followUpMonths: 6,
        },
        { id: "tilfredshet", measureCode: "brukertilfredshet", name: "Brukertilfredshet (1–6)", how: "Spørreskjema ved avslutning" },
      ],
      results: {
        outcome: "for-tidlig",
        summary:
          "Bare 31 av 58 deltakere hadde vært ute av tiltaket i seks måneder da perioden var over. Av dem var 35 prosent i arbeid eller " +
          "utdanning. De unge var svært fornøyde.",
        measures: [
          {
            plannedOutcomeId: "arbeid-6m",
            measureCode: "arbeid-utdanning-6m",
            name: "Andel i arbeid eller utdanning 6 måneder etter",
            unit: "prosent",
            value: 35,
            n: 31,
            followUpMonths: 6,
          },
          {
            plannedOutcomeId: "tilfredshet",
            measureCode: "brukertilfredshet",
            name: "Brukertilfredshet (1–6)",
            unit: "skala-1-6",
            value: 5,
            n: 44,
          },
        ],
        evaluationDesign: "for-etter",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Dialogen med leverandørene før utlysningen ga løsninger vi ikke hadde tenkt på selv.",
        whatDidNot: "Utviklingsfasen tok nesten et år, og det ble for kort tid igjen til å måle resultater.",
        doDifferently: "Vi ville planlagt minst ett år ekstra til måling etter at løsningen var ferdig utviklet.",
      },
      contact: contact("Maria Fjeld"),
    },
  },

  // ── Arbeidsgiverledet inkludering: «Ringer i vannet» and the «Vi inkluderer» pilots in Oslo, Vest and Trøndelag ──
  {
    key: "ringer-i-vannet-fredrikstad",
    officeId: "nav-fredrikstad",
    state: "published",
    createdAt: "2019-09-02T10:40:00Z",
    methodId: "arbeidsgiverledet-inkludering",
    evidence: { strength: 2, direction: "positiv" },
    content: {
      title: "Ringer i vannet: arbeidsgivere som rekrutterer fra NAV",
      summary:
        "NAV Fredrikstad samarbeidet med NHO om «Ringer i vannet». Arbeidsgivere meldte inn behov for arbeidskraft, og NAV fant " +
        "kandidater, avtalte utprøving og fulgte opp både kandidat og arbeidsgiver.",
      need: "Mange arbeidsgivere i regionen manglet folk til enkle stillinger i service og industri, samtidig som mange med nedsatt arbeidsevne sto uten jobb.",
      period: { start: "2014-03-03", end: "2018-06-29" },
      trialStatus: "avsluttet",
      methodDescription:
        "Utgangspunktet var arbeidsgiverens behov. Bedriftene forpliktet seg til å ta imot kandidater, og NAV sørget for utprøving, " +
        "tett oppfølging og tilskudd som reduserte risikoen for en feilansettelse. Hver bedrift hadde én fast kontaktperson i NAV.",
      methodId: "arbeidsgiverledet-inkludering",
      targetGroups: ["nedsatt-arbeidsevne", "hull-i-cv"],
      innsatsgrupper: ["situasjonsbestemt", "spesielt-tilpasset"],
      measureTypes: ["arbeidstrening", "oppfolging", "midlertidig-lonnstilskudd"],
      partners: [
        { name: "NHO Østfold", type: "arbeidsgiver", role: "Rekrutterte medlemsbedrifter til samarbeidet." },
        { name: "Medlemsbedrifter i service og industri", type: "arbeidsgiver" },
      ],
      funding: [{ source: "eget-budsjett", amountNok: 1_400_000 }],
      participants: { count: 64 },
      cost: { staffYears: 1.5, costNok: 5_800_000 },
      recipe: {
        steps: [
          "Inngå avtale med arbeidsgiverorganisasjonen om hvilke bedrifter som skal delta.",
          "Kartlegg hver bedrifts behov for arbeidskraft sammen med bedriften.",
          "Finn kandidater som passer behovet, og avtal en utprøving med tydelige mål.",
          "Gi bedriften én fast kontaktperson i NAV, og følg opp tett de første månedene etter ansettelse.",
        ],
      },
      plannedOutcomes: [
        {
          id: "ordinaert-6m",
          measureCode: "ordinaert-arbeid-6m",
          name: "Andel i ordinært arbeid 6 måneder etter",
          how: "Registerdata fra NAV",
          followUpMonths: 6,
        },
      ],
      results: {
        outcome: "virket",
        summary: "58 prosent av kandidatene var i ordinært arbeid seks måneder etter utprøvingen, de fleste hos bedriften der de var i utprøving.",
        measures: [
          {
            plannedOutcomeId: "ordinaert-6m",
            measureCode: "ordinaert-arbeid-6m",
            name: "Andel i ordinært arbeid 6 måneder etter",
            unit: "prosent",
            value: 58,
            n: 64,
            followUpMonths: 6,
          },
        ],
        evaluationDesign: "for-etter",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Å ta utgangspunkt i arbeidsgiverens behov og gi trygghet mot feilansettelser var avgjørende.",
        whatDidNot: "Bedriftene ville helst ha kandidater som sto nærmest arbeidsmarkedet.",
        doDifferently: "Vi ville avtalt med bedriftene at en del av plassene skulle gå til kandidater med større behov for tilrettelegging.",
      },
      contact: contact("Rune Andersen"),
    },
  },
  {
    key: "vi-inkluderer-st-hanshaugen",
    officeId: "nav-st-hanshaugen",
    state: "published",
    createdAt: "2020-01-06T08:15:00Z",
    methodId: "arbeidsgiverledet-inkludering",
    evidence: { strength: 2, direction: "positiv" },
    content: {
      title: "Vi inkluderer: kandidater til statlige stillinger",
      summary:
        "NAV St. Hanshaugen koordinerte arbeidet med å finne kandidater med hull i CV-en eller behov for tilrettelegging til statlige " +
        "virksomheter i Oslo, som en del av piloten for «Vi inkluderer».",
      need:
        "Regjeringen hadde som mål at fem prosent av nyansatte i staten skulle ha hull i CV-en eller behov for tilrettelegging, men statlige " +
        "arbeidsgivere fant ikke kandidatene, og NAV-kontorene i Oslo jobbet hver for seg.",
      period: { start: "2020-01-06", end: "2022-12-16" },
      trialStatus: "avsluttet",
      methodDescription:
        "Kontoret hadde en koordinerende rolle for alle NAV-kontorene i Oslo. Vi kartla hvilke stillinger statlige virksomheter trengte å " +
        "fylle, fant kandidater fra hele byen, avtalte utprøving på arbeidsplassen og fulgte opp både kandidat og arbeidsgiver. " +
        "Inkluderingstilskudd og lønnstilskudd ble brukt for å dempe risikoen for arbeidsgiveren.",
      methodId: "arbeidsgiverledet-inkludering",
      targetGroups: ["hull-i-cv", "nedsatt-arbeidsevne"],
      innsatsgrupper: ["situasjonsbestemt", "spesielt-tilpasset"],
      measureTypes: ["arbeidstrening", "oppfolging", "inkluderingstilskudd", "midlertidig-lonnstilskudd"],
      partners: [
        { name: "Statlige virksomheter i Oslo", type: "arbeidsgiver" },
        { name: "Arbeidsgiverorganisasjonene i «Vi inkluderer»", type: "arbeidsgiver", role: "Formidlet kontakt med virksomheter og tillitsvalgte." },
      ],
      funding: [{ source: "eget-budsjett", amountNok: 2_100_000 }],
      participants: { count: 87 },
      cost: { staffYears: 3, costNok: 6_900_000 },
      recipe: {
        steps: [
          "Utpek ett kontor som koordinerer for hele byen, så arbeidsgiverne har én inngang.",
          "Kartlegg stillingsbehovet i de statlige virksomhetene hvert halvår.",
          "Hent kandidater fra alle kontorene, og avtal utprøving med tilskudd der det trengs.",
          "Følg opp kandidat og arbeidsgiver tett de første seks månedene.",
        ],
      },
      plannedOutcomes: [
        {
          id: "ordinaert-6m",
          measureCode: "ordinaert-arbeid-6m",
          name: "Andel i ordinært arbeid 6 måneder etter",
          how: "Registerdata fra NAV",
          followUpMonths: 6,
        },
      ],
      results: {
        outcome: "virket",
        summary: "Over halvparten var i ordinært arbeid seks måneder etter, selv om pandemien gjorde at mange utprøvinger ble utsatt.",
        measures: [
          {
            plannedOutcomeId: "ordinaert-6m",
            measureCode: "ordinaert-arbeid-6m",
            name: "Andel i ordinært arbeid 6 måneder etter",
            unit: "prosent",
            value: 52,
            n: 87,
            followUpMonths: 6,
          },
        ],
        evaluationDesign: "for-etter",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Én inngang for arbeidsgiverne gjorde det lettere for de statlige virksomhetene å si ja.",
        whatDidNot: "Pandemien stoppet nesten all utprøving i 2020, og flere virksomheter trakk seg midlertidig.",
        doDifferently: "Vi ville hatt en plan for digital introduksjon og utprøving fra start.",
      },
      contact: contact("Sara Lund"),
    },
  },
  {
    key: "vi-inkluderer-lerkendal",
    officeId: "nav-trondheim-lerkendal",
    state: "published",
    createdAt: "2020-02-03T12:30:00Z",
    methodId: "arbeidsgiverledet-inkludering",
    evidence: { strength: 3, direction: "positiv" },
    content: {
      title: "Vi inkluderer i Trøndelag: bransjeprogram i helse og handel",
      summary:
        "NAV Lerkendal var pilotkontor for «Vi inkluderer» i Trøndelag. Arbeidsgivere i helse og handel tok imot kandidater til utprøving " +
        "med opplæring og tilskudd, og flere kom i ordinært arbeid enn ved sammenlignbare kontorer.",
      need: "Helse og handel i Trondheim manglet arbeidskraft, mens mange innvandrere og unge uten fullført skole sto uten jobb.",
      period: { start: "2020-02-03", end: "2022-12-16" },
      trialStatus: "avsluttet",
      methodDescription:
        "Vi laget bransjeprogram sammen med arbeidsgivere: åtte uker med utprøving og opplæring på arbeidsplassen, deretter ansettelse " +
        "med lønnstilskudd og oppfølging. Kandidatene fikk norskopplæring knyttet til arbeidsoppgavene.",
      methodId: "arbeidsgiverledet-inkludering",
      targetGroups: ["innvandrere-utenfor-eos", "uten-fullfort-vgs", "nedsatt-arbeidsevne"],
      innsatsgrupper: ["situasjonsbestemt"],
      measureTypes: ["opplaering", "arbeidstrening", "midlertidig-lonnstilskudd", "inkluderingstilskudd"],
      partners: [
        { name: "Trondheim kommune, helse og velferd", type: "arbeidsgiver" },
        { name: "Handelsbedrifter i Trondheim", type: "arbeidsgiver" },
        { name: "Trondheim kommune, voksenopplæringen", type: "utdanning", role: "Norskopplæring knyttet til arbeidsoppgavene." },
      ],
      funding: [
        { source: "eget-budsjett", amountNok: 1_900_000 },
        { source: "tilskudd-sosiale-tjenester", amountNok: 600_000 },
      ],
      participants: { count: 120 },
      cost: { staffYears: 2.5, costNok: 7_200_000 },
      recipe: {
        steps: [
          "Velg bransjer med udekket behov for arbeidskraft, og lag programmet sammen med arbeidsgiverne.",
          "Sett sammen grupper på åtte til tolv kandidater, og start opplæring og utprøving samtidig.",
          "Knytt norskopplæringen til arbeidsoppgavene i bransjen.",
          "Bruk lønnstilskudd ved ansettelse, og følg opp i minst seks måneder.",
        ],
      },
      plannedOutcomes: [
        {
          id: "ordinaert-6m",
          measureCode: "ordinaert-arbeid-6m",
          name: "Andel i ordinært arbeid 6 måneder etter",
          how: "Registerdata, sammenlignet med lignende kandidater ved tre andre kontorer i Trondheim",
          followUpMonths: 6,
        },
      ],
      results: {
        outcome: "virket",
        summary: "46 prosent var i ordinært arbeid seks måneder etter, mot 31 prosent blant lignende kandidater ved andre kontorer.",
        measures: [
          {
            plannedOutcomeId: "ordinaert-6m",
            measureCode: "ordinaert-arbeid-6m",
            name: "Andel i ordinært arbeid 6 måneder etter",
            unit: "prosent",
            value: 46,
            n: 120,
            followUpMonths: 6,
            comparison: { value: 31, n: 240, description: "Lignende kandidater ved tre andre NAV-kontorer i Trondheim i samme periode" },
          },
        ],
        evaluationDesign: "sammenligningsgruppe",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Bransjeprogram med opplæring på arbeidsplassen ga kandidatene et fagspråk og arbeidsgiverne trygghet.",
        whatDidNot: "Handelsbedriftene hadde vanskelig for å tilby nok timer til at kandidatene ble selvforsørget.",
        doDifferently: "Vi ville prioritert bransjer som kan tilby hele stillinger.",
      },
      contact: contact("Mohammed Ali"),
    },
  },
  {
    key: "vi-inkluderer-fana",
    officeId: "nav-bergen-fana",
    state: "published",
    createdAt: "2020-02-10T09:50:00Z",
    methodId: "arbeidsgiverledet-inkludering",
    evidence: { strength: 2, direction: "blandet" },
    content: {
      title: "Vi inkluderer i Vest: arbeidsgivere i bygg og anlegg",
      summary:
        "NAV Fana prøvde «Vi inkluderer» med arbeidsgivere i bygg og anlegg. Mange fikk utprøving, men pandemien og permitteringer gjorde at færre enn ventet fikk fast jobb.",
      need: "Bygg- og anleggsbransjen i Bergen manglet fagarbeidere og hjelpearbeidere, og mange unge menn med hull i CV-en sto uten arbeid.",
      period: { start: "2020-02-10", end: "2022-06-30" },
      trialStatus: "avsluttet",
      methodDescription: "Bedriftene meldte inn behov, og NAV fant kandidater, avtalte utprøving og fulgte opp. Kandidatene kunne ta fagbrev underveis.",
      methodId: "arbeidsgiverledet-inkludering",
      targetGroups: ["hull-i-cv", "unge-under-30", "langtidsledige"],
      innsatsgrupper: ["situasjonsbestemt"],
      measureTypes: ["arbeidstrening", "midlertidig-lonnstilskudd", "opplaering"],
      partners: [{ name: "Bedrifter i bygg og anlegg i Bergen", type: "arbeidsgiver" }],
      funding: [{ source: "eget-budsjett", amountNok: 1_100_000 }],
      participants: { count: 45 },
      cost: { staffYears: 1.5, costNok: 3_400_000 },
      recipe: {
        steps: [
          "Kartlegg behovet for arbeidskraft sammen med bedriftene.",
          "Avtal utprøving med tydelige mål og mulighet for fagbrev.",
          "Følg opp kandidat og arbeidsgiver tett, og ha en plan for hva som skjer ved permitteringer.",
        ],
      },
      plannedOutcomes: [
        {
          id: "ordinaert-6m",
          measureCode: "ordinaert-arbeid-6m",
          name: "Andel i ordinært arbeid 6 måneder etter",
          how: "Registerdata fra NAV",
          followUpMonths: 6,
        },
      ],
      results: {
        outcome: "delvis",
        summary: "En tredjedel var i ordinært arbeid etter seks måneder. Mange utprøvinger ble avbrutt da bedriftene permitterte i 2020.",
        measures: [
          {
            plannedOutcomeId: "ordinaert-6m",
            measureCode: "ordinaert-arbeid-6m",
            name: "Andel i ordinært arbeid 6 måneder etter",
            unit: "prosent",
            value: 33,
            n: 45,
            followUpMonths: 6,
          },
        ],
        evaluationDesign: "for-etter",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Muligheten til å ta fagbrev gjorde utprøvingen attraktiv for kandidatene.",
        whatDidNot: "Når bedriftene permitterte, var det kandidatene i utprøving som gikk først.",
        doDifferently: "Vi ville spredt kandidatene på flere bransjer for å være mindre sårbare for svingninger i én bransje.",
      },
      contact: contact("Kari Nordmann"),
    },
  },

  // ── Invented but plausible trials ──
  {
    key: "digital-forste-samtale-stovner",
    officeId: "nav-stovner",
    state: "published",
    createdAt: "2021-08-16T11:00:00Z",
    methodId: "digital-forste-samtale",
    evidence: { strength: 3, direction: "negativ" },
    content: {
      title: "Første samtale på video for nye sosialhjelpsmottakere",
      summary:
        "NAV Stovner tilbød første samtale som videomøte for å korte ned ventetiden. Ventetiden gikk ned, men færre møtte, og færre kom ut av sosialhjelp enn ved et sammenlignbart kontor.",
      need: "Nye søkere om økonomisk sosialhjelp ventet over to uker på første samtale, og mange av sakene ble liggende uten aktivitet.",
      period: { start: "2021-09-01", end: "2022-08-31" },
      trialStatus: "avsluttet",
      methodDescription:
        "Alle nye søkere fikk tilbud om videomøte innen en uke. Før møtet skulle de fylle ut et digitalt skjema om situasjonen sin. " +
        "Tolk kunne bestilles, men måtte bestilles av brukeren selv i skjemaet.",
      methodId: "digital-forste-samtale",
      targetGroups: ["innvandrere-utenfor-eos", "sosialhjelpsmottakere"],
      innsatsgrupper: ["situasjonsbestemt"],
      measureTypes: ["ingen"],
      partners: [{ name: "Oslo kommune, tolketjenesten", type: "kommunal-tjeneste" }],
      funding: [{ source: "eget-budsjett", amountNok: 250_000 }],
      participants: { count: 260 },
      cost: { staffYears: 0.8, costNok: 600_000 },
      recipe: {
        steps: [
          "Lag et kort digitalt skjema som brukeren fyller ut før første samtale.",
          "Tilby videomøte innen en uke, og la brukeren velge fysisk møte i stedet.",
          "Bestill tolk for brukeren når skjemaet viser at det trengs.",
        ],
      },
      plannedOutcomes: [
        { id: "ventetid", measureCode: "ventetid-dager", name: "Ventetid til første samtale (dager)", how: "Fra saksbehandlingssystemet" },
        { id: "oppmote", name: "Andel som møtte til første samtale", how: "Fra timeboken, sammenlignet med NAV Alna" },
        {
          id: "sosialhjelp-6m",
          measureCode: "sosialhjelp-avsluttet-6m",
          name: "Andel uten økonomisk sosialhjelp 6 måneder etter",
          how: "Fagsystemet for sosialhjelp, sammenlignet med NAV Alna",
          followUpMonths: 6,
        },
      ],
      results: {
        outcome: "negativ",
        summary:
          "Ventetiden gikk ned fra 15 til 6 dager, men bare 71 prosent møtte til videomøtet, mot 88 prosent til fysisk møte ved NAV Alna. " +
          "Etter seks måneder var færre ute av sosialhjelp enn ved sammenligningskontoret. Det var særlig brukere med lite norskkunnskap som uteble.",
        measures: [
          {
            plannedOutcomeId: "ventetid",
            measureCode: "ventetid-dager",
            name: "Ventetid til første samtale (dager)",
            unit: "dager",
            value: 6,
            n: 260,
            comparison: { value: 15, n: 240, description: "Nye søkere ved NAV Alna med fysisk første samtale i samme periode" },
          },
          {
            plannedOutcomeId: "oppmote",
            name: "Andel som møtte til første samtale",
            unit: "prosent",
            value: 71,
            n: 260,
            comparison: { value: 88, n: 240, description: "Nye søkere ved NAV Alna med fysisk første samtale i samme periode" },
          },
          {
            plannedOutcomeId: "sosialhjelp-6m",
            measureCode: "sosialhjelp-avsluttet-6m",
            name: "Andel uten økonomisk sosialhjelp 6 måneder etter",
            unit: "prosent",
            value: 18,
            n: 184,
            followUpMonths: 6,
            comparison: { value: 24, n: 201, description: "Nye søkere ved NAV Alna med fysisk første samtale i samme periode" },
          },
        ],
        failureReasons: ["feil-malgruppe", "ideen"],
        evaluationDesign: "sammenligningsgruppe",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "For brukere med gode digitale ferdigheter og god norsk var videomøtet raskt og greit.",
        whatDidNot: "Skjemaet og tolkebestillingen var for vanskelig for mange, og de som ikke møtte, ble liggende lenger enn før.",
        doDifferently: "Vi ville latt brukeren velge mellom video og oppmøte, og bestilt tolk selv ut fra det vi allerede visste.",
      },
      contact: contact("Fatima Rahimi"),
    },
  },
  {
    key: "helsefaglig-lorenskog",
    officeId: "nav-lorenskog",
    state: "published",
    createdAt: "2020-10-19T08:00:00Z",
    methodId: "helsefaglig-tilrettelegging-sykmeldte",
    evidence: { strength: 4, direction: "ingen" },
    content: {
      title: "Fysioterapeut i tidlig sykefraværsoppfølging",
      summary:
        "NAV Lørenskog lot en fysioterapeut møte sykmeldte med muskel- og skjelettplager i uke fire av sykmeldingen. Et randomisert forsøk fant ingen forskjell i retur til arbeid.",
      need: "Muskel- og skjelettplager er den vanligste årsaken til lange sykmeldinger i kommunen, og mange fikk tilrettelegging først etter flere måneder.",
      period: { start: "2021-01-11", end: "2023-06-30" },
      trialStatus: "avsluttet",
      methodDescription:
        "Sykmeldte ble ved loddtrekning fordelt til et møte med fysioterapeut i uke fire eller til vanlig oppfølging. Fysioterapeuten " +
        "kartla plagene og arbeidsoppgavene, og laget en plan for gradert arbeid sammen med arbeidsgiver og fastlege.",
      methodId: "helsefaglig-tilrettelegging-sykmeldte",
      targetGroups: ["sykmeldte"],
      innsatsgrupper: ["standard", "situasjonsbestemt"],
      measureTypes: ["arbeidsrettet-rehabilitering"],
      partners: [
        { name: "Fastleger i Lørenskog", type: "helsetjeneste" },
        { name: "OsloMet, forskningsgruppe for arbeid og helse", type: "forskningsmiljo", role: "Planla loddtrekningen og analyserte resultatene." },
        { name: "Arbeidsgivere med sykmeldte deltakere", type: "arbeidsgiver" },
      ],
      funding: [
        { source: "eget-budsjett", amountNok: 1_200_000 },
        { source: "annet", amountNok: 900_000, note: "Forskningsmidler til evalueringen." },
      ],
      participants: { count: 240, description: "Sykmeldte med muskel- og skjelettplager, fordelt likt på to grupper." },
      cost: { staffYears: 1.5, costNok: 2_700_000 },
      recipe: {
        steps: [
          "Ansett eller lei inn en fysioterapeut med erfaring fra arbeidshelse.",
          "Avtal med fastlegene hvordan sykmeldte informeres om tilbudet.",
          "Innkall til møte i uke fire, og lag en plan for gradert arbeid sammen med arbeidsgiveren.",
        ],
      },
      plannedOutcomes: [
        {
          id: "ordinaert-6m",
          measureCode: "ordinaert-arbeid-6m",
          name: "Andel i ordinært arbeid 6 måneder etter",
          how: "Registerdata, fysioterapeut mot vanlig oppfølging, fordelt ved loddtrekning",
          followUpMonths: 6,
        },
        { id: "sykefravaer", name: "Sykefraværsdager i løpet av ett år", how: "Registerdata" },
      ],
      results: {
        outcome: "virket-ikke",
        summary:
          "Like mange var tilbake i ordinært arbeid etter seks måneder i begge gruppene, og antall sykefraværsdager var nesten det samme. " +
          "De fleste i begge grupper kom tilbake uten ekstra hjelp.",
        measures: [
          {
            plannedOutcomeId: "ordinaert-6m",
            measureCode: "ordinaert-arbeid-6m",
            name: "Andel i ordinært arbeid 6 måneder etter",
            unit: "prosent",
            value: 71,
            n: 120,
            followUpMonths: 6,
            comparison: { value: 69, n: 118, description: "Sykmeldte som ved loddtrekning fikk vanlig oppfølging" },
          },
          {
            plannedOutcomeId: "sykefravaer",
            name: "Sykefraværsdager i løpet av ett år",
            unit: "dager",
            value: 112,
            n: 120,
            followUpMonths: 12,
            comparison: { value: 118, n: 118, description: "Sykmeldte som ved loddtrekning fikk vanlig oppfølging" },
          },
        ],
        failureReasons: ["ideen"],
        evaluationDesign: "rct",
        evaluatedBy: "forskningspartner",
        researchPartner: "OsloMet, forskningsgruppe for arbeid og helse",
      },
      lessons: {
        whatWorked: "Loddtrekningen var enkel å gjennomføre og ble godt tatt imot av fastlegene.",
        whatDidNot: "Et møte i uke fire kom for tidlig for de fleste: de ville kommet tilbake uansett.",
        doDifferently: "Vi ville rettet tilbudet mot dem som fortsatt er sykmeldt etter åtte uker, der behovet er større.",
      },
      documents: [{ title: "Resultater fra det randomiserte forsøket", url: documentLink("helsefaglig-lorenskog-rct.pdf"), kind: "evaluering" }],
      contact: contact("Henrik Moen"),
    },
  },
  {
    key: "fagbrev-pa-jobb-kristiansund",
    officeId: "nav-kristiansund",
    state: "published",
    createdAt: "2019-06-24T10:20:00Z",
    methodId: "fagbrev-pa-jobb",
    evidence: { strength: 2, direction: "positiv" },
    content: {
      title: "Fagbrev på jobb for langtidsledige",
      summary:
        "NAV Kristiansund, fylkeskommunen og lokale arbeidsgivere lot langtidsledige ta fagbrev mens de var i arbeid. De fleste besto fagprøven og fikk fast jobb.",
      need: "Mange langtidsledige hadde lang arbeidserfaring, men manglet fagbrev, og arbeidsgiverne fant ikke nok fagarbeidere.",
      period: { start: "2019-08-19", end: "2022-06-17" },
      trialStatus: "avsluttet",
      methodDescription:
        "Deltakerne ble ansatt med lønnstilskudd det første året og fulgte teoriundervisning en dag i uken. Arbeidsgiverne forpliktet seg " +
        "til å ansette dem som besto fagprøven.",
      methodId: "fagbrev-pa-jobb",
      targetGroups: ["langtidsledige", "hull-i-cv", "sosialhjelpsmottakere"],
      innsatsgrupper: ["situasjonsbestemt"],
      measureTypes: ["opplaering", "midlertidig-lonnstilskudd"],
      partners: [
        { name: "Møre og Romsdal fylkeskommune, fagopplæring", type: "utdanning" },
        { name: "Kristiansund kommune, helse og omsorg", type: "arbeidsgiver" },
        { name: "Lokale bedrifter i industri og havbruk", type: "arbeidsgiver" },
      ],
      funding: [
        { source: "eget-budsjett", amountNok: 1_600_000 },
        { source: "annet", amountNok: 500_000, note: "Fylkeskommunen dekket teoriundervisningen." },
      ],
      participants: { count: 18 },
      cost: { staffYears: 0.5, costNok: 2_300_000 },
      recipe: {
        steps: [
          "Avtal med fylkeskommunen hvordan deltakerne kan gå opp til fagprøve som praksiskandidater.",
          "Finn arbeidsgivere som trenger fagarbeidere og vil ansette dem som består.",
          "Gi lønnstilskudd det første året, og organiser teoriundervisning en dag i uken.",
        ],
      },
      plannedOutcomes: [
        { id: "fagbrev", measureCode: "fullfort-vgs", name: "Andel som besto fagprøven", how: "Opplysninger fra fylkeskommunen" },
        {
          id: "arbeid-12m",
          measureCode: "arbeid-utdanning-12m",
          name: "Andel i arbeid eller utdanning 12 måneder etter",
          how: "Registerdata fra NAV",
          followUpMonths: 12,
        },
      ],
      results: {
        outcome: "virket",
        summary: "14 av 18 besto fagprøven, og 15 var i arbeid tolv måneder etter.",
        measures: [
          {
            plannedOutcomeId: "fagbrev",
            measureCode: "fullfort-vgs",
            name: "Andel som besto fagprøven",
            unit: "prosent",
            value: 78,
            n: 18,
          },
          {
            plannedOutcomeId: "arbeid-12m",
            measureCode: "arbeid-utdanning-12m",
            name: "Andel i arbeid eller utdanning 12 måneder etter",
            unit: "prosent",
            value: 83,
            n: 18,
            followUpMonths: 12,
          },
        ],
        evaluationDesign: "for-etter",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Forpliktelsen fra arbeidsgiverne til å ansette gjorde at deltakerne holdt ut.",
        whatDidNot: "Teorien var tung for deltakere med lese- og skrivevansker.",
        doDifferently: "Vi ville kartlagt lese- og skriveferdigheter før oppstart og gitt støtte tidlig.",
      },
      contact: contact("Bjørn Harald Eide"),
    },
  },
  {
    key: "fagbrev-pa-jobb-molde",
    officeId: "nav-molde",
    state: "published",
    createdAt: "2023-01-16T09:40:00Z",
    methodId: "fagbrev-pa-jobb",
    evidence: { strength: 2, direction: "positiv" },
    replicatesKey: "fagbrev-pa-jobb-kristiansund",
    content: {
      title: "Fagbrev på jobb i helse og omsorg",
      summary:
        "NAV Molde kopierte Kristiansunds fagbrev på jobb for langtidsledige som ville bli helsefagarbeidere. De fleste besto fagprøven, men uten sammenligningsgruppe vet vi ikke hvor mange som ville fått det til uansett.",
      need: "Kommunen manglet helsefagarbeidere, og mange langtidsledige hadde erfaring fra omsorgsarbeid uten fagbrev.",
      period: { start: "2023-02-06", end: "2025-06-20" },
      trialStatus: "avsluttet",
      methodDescription:
        "Deltakerne ble ansatt i kommunens helse- og omsorgstjeneste med lønnstilskudd det første året og fulgte teoriundervisning en dag i uken. " +
        "Kommunen forpliktet seg til å ansette dem som besto fagprøven.",
      methodId: "fagbrev-pa-jobb",
      targetGroups: ["langtidsledige", "hull-i-cv"],
      innsatsgrupper: ["situasjonsbestemt"],
      measureTypes: ["opplaering", "midlertidig-lonnstilskudd"],
      partners: [
        { name: "Møre og Romsdal fylkeskommune, fagopplæring", type: "utdanning" },
        { name: "Molde kommune, helse og omsorg", type: "arbeidsgiver" },
      ],
      funding: [{ source: "eget-budsjett", amountNok: 1_900_000 }],
      participants: { count: 26 },
      cost: { staffYears: 0.6, costNok: 2_600_000 },
      recipe: {
        steps: [
          "Avtal med fylkeskommunen hvordan deltakerne kan gå opp til fagprøve som praksiskandidater.",
          "Få kommunen til å forplikte seg til å ansette dem som består.",
          "Gi lønnstilskudd det første året, og organiser teoriundervisning en dag i uken.",
          "Gi støtte i lesing og skriving fra første uke til dem som trenger det.",
        ],
      },
      preconditions: "En arbeidsgiver som trenger fagarbeidere og vil ansette, og en fylkeskommune som tar imot praksiskandidater.",
      plannedOutcomes: [
        { id: "fagbrev", measureCode: "fullfort-vgs", name: "Andel som besto fagprøven", how: "Opplysninger fra fylkeskommunen" },
        {
          id: "arbeid-12m",
          measureCode: "arbeid-utdanning-12m",
          name: "Andel i arbeid eller utdanning 12 måneder etter",
          how: "Registerdata fra NAV",
          followUpMonths: 12,
        },
      ],
      results: {
        outcome: "virket",
        summary: "19 av 26 besto fagprøven, og 20 var i arbeid tolv måneder etter.",
        measures: [
          { plannedOutcomeId: "fagbrev", measureCode: "fullfort-vgs", name: "Andel som besto fagprøven", unit: "prosent", value: 73, n: 26 },
          {
            plannedOutcomeId: "arbeid-12m",
            measureCode: "arbeid-utdanning-12m",
            name: "Andel i arbeid eller utdanning 12 måneder etter",
            unit: "prosent",
            value: 77,
            n: 26,
            followUpMonths: 12,
          },
        ],
        evaluationDesign: "for-etter",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Støtte i lesing og skriving fra start, som Kristiansund anbefalte, holdt flere i løpet.",
        whatDidNot: "Turnusarbeid gjorde det vanskelig å samle alle til teoridagen.",
        doDifferently: "Vi ville lagt teoriundervisningen til en fast dag i turnusen fra første stund.",
      },
      contact: contact("Ingrid Solheim"),
    },
  },
  {
    key: "aft-sykkelverksted-sandnes",
    officeId: "nav-sandnes",
    state: "published",
    createdAt: "2022-02-14T09:00:00Z",
    methodId: "arbeidstrening-sosial-entreprenor",
    evidence: { strength: 1, direction: "uavklart" },
    content: {
      title: "Arbeidsforberedende trening i et sykkelverksted",
      summary:
        "NAV Sandnes, en AFT-arrangør og et sykkelverksted drevet som sosialt entreprenørskap prøvde arbeidsforberedende trening i et " +
        "ordinært verksted. Utprøvingen ble stoppet etter åtte måneder da verkstedet la ned.",
      need: "Deltakere i AFT trente i skjermede lokaler og fikk lite erfaring med kunder og ordinære arbeidsoppgaver. Mange falt fra før de kom videre.",
      period: { start: "2022-03-01", end: "2022-10-31" },
      trialStatus: "avbrutt",
      methodDescription:
        "Deltakerne hadde arbeidstreningen sin i verkstedet, med reparasjon, salg og kundekontakt. AFT-arrangøren hadde det faglige " +
        "ansvaret og en veileder til stede to dager i uken. Verkstedet fikk tilskudd til sosialt entreprenørskap for å ta imot deltakere.",
      targetGroups: ["psykisk-helse-rus", "sosialhjelpsmottakere"],
      innsatsgrupper: ["spesielt-tilpasset"],
      measureTypes: ["aft", "arbeidstrening"],
      partners: [
        { name: "Sykkelverksted drevet som sosialt entreprenørskap", type: "sosial-entreprenor", role: "Stilte arbeidsplass og arbeidsleder til disposisjon." },
        { name: "Lokal AFT-arrangør", type: "ideell-aktor", role: "Hadde det faglige ansvaret for treningen." },
      ],
      funding: [{ source: "tilskudd-sosialt-entreprenorskap", amountNok: 650_000 }],
      participants: { count: 11 },
      cost: { staffYears: 0.4, costNok: 480_000 },
      recipe: {
        steps: [
          "Avklar med AFT-arrangøren hvem som har det faglige ansvaret og hvem som er arbeidsleder.",
          "Vurder den økonomiske situasjonen til den sosiale entreprenøren før avtalen inngås.",
          "Ha en plan for hvor deltakerne skal fortsette hvis partneren ikke kan fortsette.",
        ],
      },
      plannedOutcomes: [
        {
          id: "arbeid-6m",
          measureCode: "arbeid-utdanning-6m",
          name: "Andel i arbeid eller utdanning 6 måneder etter",
          how: "Registerdata fra NAV",
          followUpMonths: 6,
        },
      ],
      results: {
        outcome: "virket-ikke",
        summary: "Verkstedet la ned etter åtte måneder, og deltakerne ble flyttet tilbake til AFT-arrangørens egne lokaler. Resultatene ble ikke målt.",
        failureReasons: ["partner-trakk-seg", "ressurser-tok-slutt"],
        evaluationDesign: "ingen",
      },
      lessons: {
        whatWorked: "Deltakerne trivdes med kundekontakten, og ingen falt fra mens verkstedet var i drift.",
        whatDidNot: "Verkstedet var avhengig av ett tilskudd, og da det ikke ble fornyet, måtte det stenge.",
        doDifferently: "Vi ville sjekket økonomien til partneren og hatt en reserveplan for deltakerne før oppstart.",
      },
      contact: contact("Tor Egil Skaar"),
    },
  },
  {
    key: "vta-ordinaer-harstad",
    officeId: "nav-harstad",
    state: "published",
    createdAt: "2023-11-27T10:10:00Z",
    methodId: "vta-i-ordinaer-virksomhet",
    evidence: { strength: 1, direction: "uavklart" },
    content: {
      title: "Varig tilrettelagt arbeid hos ordinære arbeidsgivere",
      summary:
        "NAV Harstad prøver ut varig tilrettelagt arbeid hos ordinære arbeidsgivere i stedet for i skjermet bedrift, med varig lønnstilskudd og funksjonsassistanse.",
      need: "Flere med uføretrygd ønsket å jobbe i en vanlig virksomhet, men det eneste tilbudet var plass i den skjermede bedriften, med lang venteliste.",
      period: { start: "2024-01-08" },
      trialStatus: "pagar",
      methodDescription:
        "En jobbkonsulent finner arbeidsgivere og tilrettelegger arbeidsoppgavene. Deltakerne ansettes med varig lønnstilskudd, og " +
        "funksjonsassistanse brukes for dem som trenger praktisk hjelp på arbeidsplassen.",
      methodId: "vta-i-ordinaer-virksomhet",
      targetGroups: ["nedsatt-arbeidsevne"],
      innsatsgrupper: ["varig-tilpasset"],
      measureTypes: ["vta", "varig-lonnstilskudd", "funksjonsassistanse"],
      partners: [
        { name: "Arbeidsgivere i kommune og varehandel", type: "arbeidsgiver" },
        { name: "Den skjermede bedriften i Harstad", type: "ideell-aktor", role: "Jobbkonsulenten er ansatt der og kjenner deltakerne." },
      ],
      funding: [{ source: "eget-budsjett", amountNok: 1_300_000 }],
      participants: { count: 7 },
      cost: { staffYears: 1 },
      recipe: {
        steps: [
          "Kartlegg hvem på ventelisten til VTA som ønsker ordinær arbeidsplass.",
          "Finn arbeidsgivere med oppgaver som kan tilrettelegges, og avtal varig lønnstilskudd.",
          "Vurder funksjonsassistanse for deltakere som trenger praktisk hjelp.",
        ],
      },
      plannedOutcomes: [
        {
          id: "arbeid-12m",
          measureCode: "arbeid-utdanning-12m",
          name: "Andel i arbeid 12 måneder etter oppstart",
          how: "Registerdata fra NAV",
          followUpMonths: 12,
        },
        { id: "tilfredshet", measureCode: "brukertilfredshet", name: "Brukertilfredshet (1–6)", how: "Samtale og spørreskjema etter et år" },
      ],
      contact: contact("Linn Karlsen"),
    },
  },
  {
    key: "arbeidsreiser-hammerfest",
    officeId: "nav-hammerfest",
    state: "published",
    createdAt: "2026-02-09T09:30:00Z",
    methodId: "arbeidsreiser-unge",
    evidence: { strength: 1, direction: "uavklart" },
    content: {
      title: "Arbeidsreiser for unge til sesongarbeid i fiskeindustrien",
      summary: "NAV Hammerfest planlegger å gi unge arbeidssøkere støtte til arbeidsreiser, slik at de kan ta sesongarbeid i fiskeindustrien i nabokommunene.",
      need: "Fiskeindustrien i Vest-Finnmark mangler folk i sesongene, mens unge arbeidssøkere i Hammerfest ikke har bil eller kollektivtilbud som passer arbeidstidene.",
      period: { start: "2026-09-01", end: "2027-08-31" },
      trialStatus: "planlagt",
      methodDescription:
        "Unge får dekket reise til og fra arbeid i en periode, kombinert med arbeidstrening hos bedriften de første ukene. Bedriftene " +
        "organiserer samkjøring der det er mulig.",
      methodId: "arbeidsreiser-unge",
      targetGroups: ["unge-under-30", "langtidsledige"],
      innsatsgrupper: ["standard", "situasjonsbestemt"],
      measureTypes: ["arbeids-og-utdanningsreiser", "arbeidstrening"],
      partners: [{ name: "Fiskeindustrien i Vest-Finnmark", type: "arbeidsgiver" }],
      funding: [{ source: "eget-budsjett", amountNok: 400_000 }],
      cost: { staffYears: 0.3, costNok: 550_000 },
      recipe: {
        steps: [
          "Kartlegg sesongbehovet hos bedriftene og arbeidstidene de trenger folk til.",
          "Finn unge som ønsker arbeid og kan reise, og avtal arbeidstrening de første ukene.",
          "Innvilg arbeidsreiser, og hjelp bedriftene å organisere samkjøring.",
        ],
      },
      plannedOutcomes: [
        {
          id: "arbeid-6m",
          measureCode: "arbeid-utdanning-6m",
          name: "Andel i arbeid eller utdanning 6 måneder etter",
          how: "Registerdata fra NAV",
          followUpMonths: 6,
        },
      ],
      contact: contact("Ida Mikkelsen"),
    },
  },

  // ── Submitted: waiting for the curators ──
  {
    key: "digital-forste-samtale-baerum",
    officeId: "nav-baerum",
    state: "submitted",
    createdAt: "2023-01-16T08:40:00Z",
    content: {
      title: "Videomøte som første samtale for nye arbeidssøkere",
      summary: "NAV Bærum tilbød nye arbeidssøkere første samtale som videomøte innen fem dager. Ventetiden ble kortere, og brukerne var fornøyde.",
      need: "Nye arbeidssøkere ventet to uker på første samtale, og mange hadde allerede søkt jobber uten hjelp før de møtte NAV.",
      period: { start: "2023-02-01", end: "2023-12-15" },
      trialStatus: "avsluttet",
      methodDescription:
        "Nye arbeidssøkere fikk en lenke til timebestilling og et kort skjema. Videomøtet ble holdt innen fem dager, og brukeren kunne " +
        "velge fysisk møte i stedet. Kontoret lærte av NAV Stovner og lot valget ligge hos brukeren.",
      methodId: "digital-forste-samtale",
      targetGroups: ["langtidsledige", "unge-under-30"],
      innsatsgrupper: ["standard"],
      measureTypes: ["ingen"],
      funding: [{ source: "eget-budsjett", amountNok: 200_000 }],
      participants: { count: 310 },
      cost: { staffYears: 0.6, costNok: 480_000 },
      recipe: {
        steps: [
          "Send lenke til timebestilling og et kort skjema når arbeidssøkeren registrerer seg.",
          "Hold videomøtet innen fem dager, og la brukeren velge fysisk møte.",
          "Følg med på oppmøte for ulike grupper, og tilby fysisk møte til dem som ikke møter.",
        ],
      },
      plannedOutcomes: [
        { id: "ventetid", measureCode: "ventetid-dager", name: "Ventetid til første samtale (dager)", how: "Fra saksbehandlingssystemet" },
        { id: "tilfredshet", measureCode: "brukertilfredshet", name: "Brukertilfredshet (1–6)", how: "Spørsmål etter møtet" },
      ],
      results: {
        outcome: "virket",
        summary: "Ventetiden gikk ned fra 14 til 5 dager. Åtte av ti valgte video, og oppmøtet var like høyt som før.",
        measures: [
          {
            plannedOutcomeId: "ventetid",
            measureCode: "ventetid-dager",
            name: "Ventetid til første samtale (dager)",
            unit: "dager",
            value: 5,
            n: 310,
          },
          {
            plannedOutcomeId: "tilfredshet",
            measureCode: "brukertilfredshet",
            name: "Brukertilfredshet (1–6)",
            unit: "skala-1-6",
            value: 4.8,
            n: 122,
          },
        ],
        evaluationDesign: "for-etter",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Å la brukeren velge ga kortere ventetid uten at noen falt ut.",
        whatDidNot: "Skjemaet ble for langt i første versjon, og vi måtte korte det ned.",
        doDifferently: "Vi ville testet skjemaet med brukere før oppstart.",
      },
      contact: contact("Helene Brekke"),
    },
  },
  {
    key: "rask-utplassering-lillestrom",
    officeId: "nav-lillestrom",
    state: "submitted",
    createdAt: "2024-08-26T12:00:00Z",
    replicatesKey: "kjerneoppgaver-kongsvinger",
    content: {
      title: "Rask utplassering for unge med nedsatt arbeidsevne",
      summary:
        "NAV Lillestrøm bruker oppskriften fra Kjerneoppgaver i NAV Kongsvinger for unge under 30 år: kontoret gjør avklaring og oppfølging selv, på ordinære arbeidsplasser.",
      need: "Unge med nedsatt arbeidsevne ventet i snitt syv uker på avklaringstiltak, og mange mistet motivasjonen i ventetiden.",
      period: { start: "2024-09-02", end: "2026-08-31" },
      trialStatus: "pagar",
      methodDescription:
        "Et team på tre veiledere gjør avklaring og oppfølging selv. Vi følger oppskriften fra NAV Kongsvinger, men har tilpasset den til " +
        "unge: kortere kartlegging, flere korte utprøvinger og tett kontakt med oppfølgingstjenesten i fylkeskommunen.",
      methodId: "supported-employment",
      targetGroups: ["unge-under-30", "nedsatt-arbeidsevne", "uten-fullfort-vgs"],
      innsatsgrupper: ["spesielt-tilpasset"],
      measureTypes: ["avklaring", "oppfolging"],
      partners: [
        { name: "Akershus fylkeskommune, oppfølgingstjenesten", type: "utdanning" },
        { name: "Lokale arbeidsgivere i handel og logistikk", type: "arbeidsgiver" },
      ],
      funding: [{ source: "eget-budsjett", amountNok: 2_800_000 }],
      participants: { count: 26, description: "Deltakere per august 2025." },
      cost: { staffYears: 3 },
      recipe: { steps: [...KJERNEOPPGAVER_STEPS, "Korte ned kartleggingen for unge, og bruk flere korte utprøvinger."] },
      plannedOutcomes: [
        {
          id: "arbeid-6m",
          measureCode: "arbeid-utdanning-6m",
          name: "Andel i arbeid eller utdanning 6 måneder etter",
          how: "Registerdata, sammenlignet med unge ved NAV Nordre Follo som får kjøpt avklaring",
          followUpMonths: 6,
        },
        { id: "ventetid", name: "Ventetid fra vedtak til oppstart (dager)", how: "Fra saksbehandlingssystemet" },
      ],
      contact: contact("Espen Hagen"),
    },
  },
  {
    key: "helsefaglig-arendal",
    officeId: "nav-arendal",
    state: "submitted",
    createdAt: "2021-11-30T09:15:00Z",
    content: {
      title: "Ergoterapeut i oppfølgingen av sykmeldte",
      summary:
        "NAV Arendal knyttet en ergoterapeut til sykefraværsoppfølgingen for sykmeldte som hadde vært borte i åtte uker. Flere fikk gradert sykmelding, men andelen i arbeid ble omtrent som før.",
      need: "Mange sykmeldte var helt borte fra jobb i lang tid, selv om arbeidsgiveren kunne ha tilrettelagt for gradert arbeid.",
      period: { start: "2022-01-10", end: "2023-06-30" },
      trialStatus: "avsluttet",
      methodDescription:
        "Ergoterapeuten møtte sykmeldte etter åtte uker, besøkte arbeidsplassen og foreslo tilrettelegging og gradert arbeid. Fastlegen fikk et kort notat med forslagene.",
      methodId: "helsefaglig-tilrettelegging-sykmeldte",
      targetGroups: ["sykmeldte"],
      innsatsgrupper: ["standard"],
      measureTypes: ["arbeidsrettet-rehabilitering"],
      partners: [
        { name: "Fastleger i Arendal", type: "helsetjeneste" },
        { name: "Arendal kommune, ergoterapitjenesten", type: "kommunal-tjeneste" },
      ],
      funding: [{ source: "eget-budsjett", amountNok: 850_000 }],
      participants: { count: 58 },
      cost: { staffYears: 0.8, costNok: 850_000 },
      recipe: {
        steps: [
          "Knytt en ergoterapeut til kontoret, gjerne i samarbeid med kommunen.",
          "Inviter sykmeldte til møte etter åtte uker, og besøk arbeidsplassen.",
          "Send et kort notat til fastlegen med forslag til tilrettelegging.",
        ],
      },
      plannedOutcomes: [
        {
          id: "ordinaert-6m",
          measureCode: "ordinaert-arbeid-6m",
          name: "Andel i ordinært arbeid 6 måneder etter",
          how: "Registerdata fra NAV",
          followUpMonths: 6,
        },
        { id: "gradert", name: "Andel med gradert sykmelding etter tre måneder", how: "Registerdata fra NAV" },
      ],
      results: {
        outcome: "delvis",
        summary:
          "Nesten halvparten fikk gradert sykmelding etter tre måneder, men andelen i ordinært arbeid etter seks måneder var omtrent som ventet uten tilbudet.",
        measures: [
          {
            plannedOutcomeId: "ordinaert-6m",
            measureCode: "ordinaert-arbeid-6m",
            name: "Andel i ordinært arbeid 6 måneder etter",
            unit: "prosent",
            value: 64,
            n: 58,
            followUpMonths: 6,
          },
          {
            plannedOutcomeId: "gradert",
            name: "Andel med gradert sykmelding etter tre måneder",
            unit: "prosent",
            value: 48,
            n: 58,
            followUpMonths: 3,
          },
        ],
        evaluationDesign: "for-etter",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Arbeidsplassbesøkene ga konkrete forslag som arbeidsgiverne tok i bruk.",
        whatDidNot: "Fastlegene brukte i liten grad notatene.",
        doDifferently: "Vi ville invitert fastlegen til et kort møte i stedet for å sende notat.",
      },
      contact: contact("Silje Tobiassen"),
    },
  },

  // ── Returned for changes ──
  {
    key: "jobbklubb-innvandrere-moss",
    officeId: "nav-moss",
    state: "changes_requested",
    createdAt: "2022-08-29T10:00:00Z",
    reviewComment:
      "Dere planla å måle andel i arbeid eller utdanning etter seks måneder, men har rapportert andelen som besto norskprøven i stedet. " +
      "Legg inn tallet for arbeid eller utdanning hvis dere har det, eller forklar i sammendraget hvorfor det mangler. Et resultatmål " +
      "som er byttet ut, blir merket i den publiserte utprøvingen.",
    content: {
      title: "Jobbklubb med språktrening for innvandrere",
      summary: "NAV Moss, voksenopplæringen og Røde Kors kjørte jobbklubb for innvandrere der norsktrening, bedriftsbesøk og jobbsøking foregikk i samme uke.",
      need: "Mange innvandrere fra land utenfor EU/EØS fullførte introduksjonsprogrammet uten å komme i arbeid, og norskopplæring og jobbsøking skjedde hver for seg.",
      period: { start: "2022-09-05", end: "2023-06-16" },
      trialStatus: "avsluttet",
      methodDescription:
        "Deltakerne møttes tre dager i uken i grupper på tolv. Én dag var norsktrening med ord og situasjoner fra arbeidslivet, én dag " +
        "var bedriftsbesøk, og én dag var jobbsøking med veileder. Frivillige mentorer fra Røde Kors hjalp med nettverk og språktrening.",
      methodId: "jobbklubb-innvandrere",
      targetGroups: ["innvandrere-utenfor-eos", "langtidsledige"],
      innsatsgrupper: ["situasjonsbestemt"],
      measureTypes: ["opplaering", "arbeidstrening"],
      partners: [
        { name: "Moss Røde Kors", type: "frivillig-organisasjon", role: "Frivillige mentorer for deltakerne." },
        { name: "Moss kommune, voksenopplæringen", type: "utdanning", role: "Norsktrening knyttet til arbeidslivet." },
      ],
      funding: [{ source: "tilskudd-sosiale-tjenester", amountNok: 520_000 }],
      participants: { count: 34 },
      cost: { staffYears: 1, costNok: 900_000 },
      recipe: {
        steps: [
          "Sett sammen grupper på inntil tolv deltakere med noenlunde likt språknivå.",
          "Legg norsktrening, bedriftsbesøk og jobbsøking i samme uke.",
          "Rekrutter frivillige mentorer, og gi dem en kort innføring.",
        ],
      },
      plannedOutcomes: [
        {
          id: "arbeid-6m",
          measureCode: "arbeid-utdanning-6m",
          name: "Andel i arbeid eller utdanning 6 måneder etter",
          how: "Registerdata fra NAV",
          followUpMonths: 6,
        },
        { id: "tilfredshet", measureCode: "brukertilfredshet", name: "Brukertilfredshet (1–6)", how: "Spørreskjema ved avslutning" },
      ],
      results: {
        outcome: "delvis",
        summary: "Deltakerne var fornøyde, og mange besto norskprøven. Vi har ikke tall for arbeid ennå.",
        measures: [
          {
            plannedOutcomeId: "tilfredshet",
            measureCode: "brukertilfredshet",
            name: "Brukertilfredshet (1–6)",
            unit: "skala-1-6",
            value: 5.2,
            n: 29,
          },
          {
            name: "Andel som besto norskprøven på nivå B1",
            unit: "prosent",
            value: 62,
            n: 34,
          },
        ],
        evaluationDesign: "for-etter",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Bedriftsbesøkene ga deltakerne et bilde av hva som kreves, og mentorene ble viktige for nettverket.",
        whatDidNot: "Gruppene ble for ulike i språknivå, og de sterkeste kjedet seg.",
        doDifferently: "Vi ville delt gruppene etter språknivå og avtalt arbeidstrening med bedriftene vi besøkte.",
      },
      contact: contact("Hilde Nygaard"),
    },
  },
  {
    key: "aktivitetsplikt-unge-alna",
    officeId: "nav-alna",
    state: "changes_requested",
    createdAt: "2021-01-25T11:30:00Z",
    reviewComment:
      "Beskriv hvordan sammenligningsgruppen ble valgt, og om den var lik deltakerne i alder og hvor lenge de hadde mottatt sosialhjelp. " +
      "Uten det kan vi ikke vurdere kunnskapsgrunnlaget som sannsynlig.",
    content: {
      title: "Gruppetilbud for unge med aktivitetsplikt",
      summary:
        "NAV Alna ga unge sosialhjelpsmottakere med aktivitetsplikt et fast gruppetilbud fire dager i uken. Like mange kom ut av sosialhjelp som i sammenligningsgruppen.",
      need: "Unge under 30 med aktivitetsplikt fikk ofte ikke noe konkret tilbud, og plikten ble lite fulgt opp.",
      period: { start: "2021-02-01", end: "2022-06-30" },
      trialStatus: "avsluttet",
      methodDescription:
        "Deltakerne møtte fire dager i uken til et gruppetilbud med jobbsøking, kurs og praktiske oppgaver i bydelen. Fravær ble fulgt opp samme dag.",
      targetGroups: ["sosialhjelpsmottakere", "unge-under-30", "uten-fullfort-vgs"],
      innsatsgrupper: ["situasjonsbestemt"],
      measureTypes: ["ingen"],
      partners: [{ name: "Bydel Alna, ungdomstjenesten", type: "kommunal-tjeneste" }],
      funding: [{ source: "tilskudd-sosiale-tjenester", amountNok: 1_400_000 }],
      participants: { count: 96 },
      cost: { staffYears: 2, costNok: 1_900_000 },
      recipe: {
        steps: [
          "Lag et fast gruppetilbud fire dager i uken, med jobbsøking og praktiske oppgaver.",
          "Følg opp fravær samme dag.",
          "Vurder hver deltaker etter tre måneder og finn et mer individuelt tilbud for dem som ikke har nytte av gruppen.",
        ],
      },
      plannedOutcomes: [
        {
          id: "sosialhjelp-6m",
          measureCode: "sosialhjelp-avsluttet-6m",
          name: "Andel uten økonomisk sosialhjelp 6 måneder etter",
          how: "Fagsystemet for sosialhjelp, sammenlignet med unge i en nabobydel",
          followUpMonths: 6,
        },
      ],
      results: {
        outcome: "virket-ikke",
        summary: "21 prosent var uten sosialhjelp etter seks måneder, mot 23 prosent i sammenligningsgruppen.",
        measures: [
          {
            plannedOutcomeId: "sosialhjelp-6m",
            measureCode: "sosialhjelp-avsluttet-6m",
            name: "Andel uten økonomisk sosialhjelp 6 måneder etter",
            unit: "prosent",
            value: 21,
            n: 96,
            followUpMonths: 6,
            comparison: { value: 23, n: 110, description: "Unge med aktivitetsplikt i en nabobydel uten gruppetilbud" },
          },
        ],
        failureReasons: ["feil-malgruppe", "ideen"],
        evaluationDesign: "sammenligningsgruppe",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Daglig oppfølging av fravær ga god kontakt med deltakerne.",
        whatDidNot: "Et felles gruppetilbud passet dårlig for unge med psykiske plager eller store hull i skolegangen.",
        doDifferently: "Vi ville kartlagt deltakerne først og gitt dem med størst behov individuell oppfølging i stedet for gruppe.",
      },
      contact: contact("Jon Are Rønning"),
    },
  },
  {
    key: "ungdomslos-horten",
    officeId: "nav-horten",
    state: "changes_requested",
    createdAt: "2023-06-12T09:45:00Z",
    reviewComment:
      "Oppskriften sier lite om hva som trengs for å ansette en ungdomslos. Beskriv stillingen, hvem losen rapporterer til, og hvordan " +
      "samarbeidet med skolene er avtalt.",
    content: {
      title: "Ungdomslos for unge som har sluttet på videregående",
      summary: "NAV Horten og Horten videregående skole har ansatt en ungdomslos som følger unge som har sluttet eller står i fare for å slutte på skolen.",
      need: "Unge som slutter på videregående, kommer ofte til NAV først ett eller to år senere, og da er veien tilbake lang.",
      period: { start: "2023-08-14", end: "2025-12-19" },
      trialStatus: "pagar",
      methodDescription:
        "Losen har kontor både på skolen og på NAV-kontoret, og tar kontakt med eleven så snart skolen melder om høyt fravær eller avbrudd. " +
        "Losen følger den unge til skole, lærlingplass eller jobb, og er med på møter med hjelpeapparatet.",
      methodId: "ungdomslos",
      targetGroups: ["uten-fullfort-vgs", "unge-under-30"],
      innsatsgrupper: ["situasjonsbestemt"],
      measureTypes: ["oppfolging"],
      partners: [
        { name: "Horten videregående skole", type: "utdanning" },
        { name: "Vestfold fylkeskommune, oppfølgingstjenesten", type: "utdanning" },
      ],
      funding: [
        { source: "tilskudd-sosiale-tjenester", amountNok: 750_000 },
        { source: "eget-budsjett", amountNok: 250_000 },
      ],
      participants: { count: 19 },
      cost: { staffYears: 1 },
      recipe: { steps: ["Ansett en ungdomslos med kontor på skolen og NAV-kontoret."] },
      plannedOutcomes: [
        { id: "fullfort-vgs", measureCode: "fullfort-vgs", name: "Andel som fullfører videregående opplæring", how: "Opplysninger fra fylkeskommunen" },
        {
          id: "arbeid-6m",
          measureCode: "arbeid-utdanning-6m",
          name: "Andel i arbeid eller utdanning 6 måneder etter",
          how: "Registerdata fra NAV",
          followUpMonths: 6,
        },
      ],
      contact: contact("Elin Sørensen"),
    },
  },

  // ── Withdrawn: kept with their history ──
  {
    key: "jobbklubb-innvandrere-haugesund",
    officeId: "nav-haugesund",
    state: "withdrawn",
    createdAt: "2022-03-07T13:00:00Z",
    methodId: "jobbklubb-innvandrere",
    reviewComment:
      "Trukket tilbake etter ønske fra kontoret. Med tre deltakere og en detaljert beskrivelse av gruppen kunne enkeltpersoner kjennes " +
      "igjen, selv om tallene vises som «færre enn 5».",
    content: {
      title: "Jobbklubb for innvandrerkvinner",
      summary:
        "NAV Haugesund startet en jobbklubb for innvandrerkvinner sammen med en frivillig organisasjon. For få deltakere meldte seg, og partneren trakk seg.",
      need: "Mange innvandrerkvinner med lang botid i kommunen hadde aldri vært i arbeid i Norge.",
      period: { start: "2022-04-04", end: "2022-12-16" },
      trialStatus: "avsluttet",
      methodDescription: "Ukentlige samlinger med jobbsøking, norsktrening og besøk hos arbeidsgivere, med barnepass under samlingene.",
      methodId: "jobbklubb-innvandrere",
      targetGroups: ["innvandrere-utenfor-eos", "hull-i-cv"],
      innsatsgrupper: ["situasjonsbestemt"],
      measureTypes: ["opplaering"],
      partners: [{ name: "Frivillighetssentral i Haugesund", type: "frivillig-organisasjon" }],
      funding: [{ source: "tilskudd-sosiale-tjenester", amountNok: 180_000 }],
      participants: { count: 3 },
      cost: { staffYears: 0.2, costNok: 160_000 },
      recipe: { steps: ["Rekrutter deltakere gjennom introduksjonsprogrammet og helsestasjonen.", "Tilby barnepass under samlingene."] },
      plannedOutcomes: [{ id: "tilfredshet", measureCode: "brukertilfredshet", name: "Brukertilfredshet (1–6)", how: "Samtale ved avslutning" }],
      results: {
        outcome: "virket-ikke",
        summary: "Bare tre kvinner deltok jevnlig, og ingen kom i arbeid i perioden.",
        measures: [
          {
            plannedOutcomeId: "tilfredshet",
            measureCode: "brukertilfredshet",
            name: "Brukertilfredshet (1–6)",
            unit: "skala-1-6",
            value: 4,
            n: 3,
          },
        ],
        failureReasons: ["for-fa-deltakere", "partner-trakk-seg"],
        evaluationDesign: "brukertilbakemeldinger",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Barnepass under samlingene var avgjørende for dem som deltok.",
        whatDidNot: "Rekrutteringen gjennom brev nådde nesten ingen, og den frivillige organisasjonen mistet sine frivillige etter sommeren.",
        doDifferently: "Vi ville rekruttert gjennom personlig kontakt og hatt en avtale med partneren om bemanning for hele perioden.",
      },
      contact: contact("Solveig Haraldsen"),
    },
  },
  {
    key: "sommerjobb-ullensaker",
    officeId: "nav-ullensaker",
    state: "withdrawn",
    createdAt: "2022-05-02T07:50:00Z",
    methodId: "arbeidsgiverledet-inkludering",
    reviewComment:
      "Trukket tilbake: resultatene gjaldt hele kommunens sommerjobbprogram, ikke bare de unge som fikk tilbudet gjennom NAV. " +
      "Kontoret registrerer utprøvingen på nytt med riktige tall.",
    content: {
      title: "Sommerjobb med mentor for unge",
      summary: "NAV Ullensaker skaffet unge sommerjobb hos lokale arbeidsgivere, med en mentor på arbeidsplassen.",
      need: "Unge som aldri har hatt en jobb, mangler både erfaring og referanser når de søker sitt første arbeid.",
      period: { start: "2022-06-13", end: "2022-08-19" },
      trialStatus: "avsluttet",
      methodDescription: "Arbeidsgiverne tilbød fire til seks ukers sommerjobb og utpekte en mentor. NAV fulgte opp underveis og hjalp med referanse etterpå.",
      methodId: "arbeidsgiverledet-inkludering",
      targetGroups: ["unge-under-30"],
      innsatsgrupper: ["standard"],
      measureTypes: ["arbeidstrening"],
      partners: [{ name: "Arbeidsgivere ved Oslo lufthavn og i Jessheim sentrum", type: "arbeidsgiver" }],
      funding: [{ source: "eget-budsjett", amountNok: 300_000 }],
      participants: { count: 142 },
      cost: { staffYears: 0.5, costNok: 450_000 },
      recipe: { steps: ["Rekrutter arbeidsgivere i vinterhalvåret.", "Match unge og arbeidsgivere i mai.", "Følg opp underveis og etterpå."] },
      plannedOutcomes: [
        {
          id: "arbeid-6m",
          measureCode: "arbeid-utdanning-6m",
          name: "Andel i arbeid eller utdanning 6 måneder etter",
          how: "Registerdata fra NAV",
          followUpMonths: 6,
        },
      ],
      results: {
        outcome: "virket",
        summary: "86 prosent var i arbeid eller utdanning seks måneder etter sommerjobben.",
        measures: [
          {
            plannedOutcomeId: "arbeid-6m",
            measureCode: "arbeid-utdanning-6m",
            name: "Andel i arbeid eller utdanning 6 måneder etter",
            unit: "prosent",
            value: 86,
            n: 142,
            followUpMonths: 6,
          },
        ],
        evaluationDesign: "for-etter",
        evaluatedBy: "intern",
      },
      lessons: {
        whatWorked: "Arbeidsgiverne var positive, og mentorordningen var lett å få til.",
        doDifferently: "Vi ville skilt ut tallene for de unge som kom gjennom NAV fra resten av kommunens program.",
      },
      contact: contact("Kristoffer Bråten"),
    },
  },

  // ── Drafts: some barely started ──
  {
    key: "utkast-ips-ung-arna",
    officeId: "nav-bergen-arna",
    state: "draft",
    createdAt: "2025-10-06T08:10:00Z",
    content: {
      title: "IPS for unge i Arna",
      summary: "Vi vil prøve individuell jobbstøtte for unge under 25 som får hjelp fra kommunens psykiske helsetjeneste.",
      methodId: "ips",
      targetGroups: ["unge-under-30", "psykisk-helse-rus"],
    },
  },
  {
    key: "utkast-frisklivssentral-narvik",
    officeId: "nav-narvik",
    state: "draft",
    createdAt: "2025-11-18T14:25:00Z",
    content: {
      title: "Arbeidsrettet tilbud på frisklivssentralen",
      need: "Sykmeldte med lettere psykiske plager venter lenge på behandling, og frisklivssentralen har ledig kapasitet på dagtid.",
    },
  },
  {
    key: "utkast-sprakpraksis-sor-varanger",
    officeId: "nav-sor-varanger",
    state: "draft",
    createdAt: "2026-01-12T10:00:00Z",
    content: {
      title: "Språkpraksis i Kirkenes",
      summary: "Språkpraksis hos arbeidsgivere for innvandrere som har fullført introduksjonsprogrammet.",
      need: "Mange innvandrere i kommunen får ikke brukt norsken sin i hverdagen, og kommer ikke videre fra introduksjonsprogrammet.",
      period: { start: "2026-08-17" },
      trialStatus: "planlagt",
      targetGroups: ["innvandrere-utenfor-eos"],
      measureTypes: ["arbeidstrening", "opplaering"],
      partners: [{ name: "Sør-Varanger kommune, voksenopplæringen", type: "utdanning" }],
    },
  },
  {
    key: "utkast-digital-aktivitetsplan-vadso",
    officeId: "nav-vadso",
    state: "draft",
    createdAt: "2025-03-03T09:20:00Z",
    content: {
      title: "Felles digital aktivitetsplan med kommunens tjenester",
      summary: "Brukere som følges opp av både NAV og kommunens helse- og omsorgstjenester, får én felles aktivitetsplan.",
      need: "Brukerne har i dag flere planer hos ulike tjenester, og ingen ser helheten.",
      period: { start: "2025-04-01" },
      trialStatus: "pagar",
      methodDescription: "Veileder og kommunal koordinator lager planen sammen med brukeren og følger den opp i et felles møte hver måned.",
      targetGroups: ["nedsatt-arbeidsevne", "psykisk-helse-rus"],
      innsatsgrupper: ["spesielt-tilpasset", "varig-tilpasset"],
      measureTypes: ["oppfolging"],
      partners: [{ name: "Vadsø kommune, helse og omsorg", type: "kommunal-tjeneste" }],
      funding: [{ source: "tilskudd-sosiale-tjenester", amountNok: 420_000 }],
      cost: { staffYears: 0.5 },
      recipe: { steps: ["Avtal samtykke og informasjonsdeling med brukeren.", "Lag planen i et felles møte."] },
      contact: { name: "Anne Berit Persen" },
    },
  },
];
