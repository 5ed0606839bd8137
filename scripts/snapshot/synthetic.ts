import type { EvidenceRating, PilotContentInput } from "../../shared/domain/pilot.ts";
import { slugify } from "../../shared/domain/slug.ts";
import { STANDARD_MEASURES } from "../../shared/domain/outcome-measures.ts";
import {
  DOCUMENT_KINDS,
  FAILURE_REASONS,
  FUNDING_SOURCES,
  INNSATSGRUPPER,
  MEASURE_TYPES,
  PARTNER_TYPES,
  TARGET_GROUPS,
  type EvaluationDesign,
  type MeasureType,
  type Outcome,
  type TargetGroup,
  type TrialStatus,
} from "../../shared/domain/taxonomy.ts";
import { DEFAULT_RUBRIC, type PublicSnapshot } from "../../shared/public/index.ts";
import type { PublicPilot } from "../../shared/domain/public-trial/public-pilot.ts";
import { publicRecord, publishedPilotRecord, seededRandom } from "./pilot-record.ts";
import { EXTRA_METHODS, syntheticMethods, syntheticOffices } from "./synthetic-catalog.ts";

/**
 * A deterministic generator of realistic published trials for scale measurements: titles and texts are
 * composed from Norwegian parts, every taxonomy is used, and each trial goes through the real projection.
 */

type Random = () => number;

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const chance = (random: Random, p: number) => random() < p;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
function pickSome<T>(random: Random, list: readonly T[], min: number, max: number): T[] {
  const count = between(random, min, max);
  const pool = [...list];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
  return out;
}
function weighted<T>(random: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

const GROUP_PHRASES: Record<TargetGroup, readonly string[]> = {
  "unge-under-30": ["unge under 30", "unge voksne", "ungdom"],
  "innvandrere-utenfor-eos": ["innvandrere", "nyankomne flyktninger", "innvandrerkvinner"],
  langtidsledige: ["langtidsledige", "personer som lenge har stått utenfor arbeid"],
  "nedsatt-arbeidsevne": ["personer med nedsatt arbeidsevne", "arbeidssøkere med helseutfordringer"],
  sosialhjelpsmottakere: ["sosialhjelpsmottakere", "mottakere av økonomisk sosialhjelp"],
  "psykisk-helse-rus": ["personer med psykiske helseproblemer", "personer med rusproblemer"],
  "tidligere-innsatte": ["tidligere innsatte", "løslatte"],
  "hull-i-cv": ["personer med hull i CV-en", "arbeidssøkere med lange fravær fra arbeidslivet"],
  sykmeldte: ["sykmeldte", "langtidssykmeldte"],
  "uten-fullfort-vgs": ["unge uten fullført videregående", "unge som har droppet ut av skolen"],
};

const TITLE_OPENERS = [
  "Tett oppfølging av",
  "Raskere vei til jobb for",
  "Arbeidstrening med mentor for",
  "Nytt samarbeid om",
  "Utplassering i bedrift for",
  "Felles innsats for",
  "Kompetanseløft for",
  "Jobbsøking i gruppe for",
  "Helhetlig oppfølging av",
  "Arbeidsgiverrettet innsats for",
];
const TITLE_SUFFIXES = ["", "", "", " – pilot", " – fase 2", " i samarbeid med kommunen", " med sosial entreprenør", " (forprosjekt)"];

const NEED_SENTENCES = [
  "Mange i målgruppen har vært lenge i kontakt med NAV uten å komme nærmere arbeid.",
  "Veilederne hadde for mange brukere til å følge opp hver enkelt tett nok.",
  "Arbeidsgiverne i regionen sier de mangler arbeidskraft, men få fra målgruppen får jobb.",
  "Kjøpte tiltak ga lang ventetid og lite kontakt med arbeidslivet.",
  "Brukerne fortalte at de møtte for mange ulike saksbehandlere.",
  "Tallene viste at få fullførte opplæringen de startet på.",
  "Samarbeidet med helsetjenesten var tilfeldig og avhengig av enkeltpersoner.",
  "Kontoret ønsket å prøve noe nytt etter flere år med lave resultater.",
];
const METHOD_SENTENCES = [
  "Deltakerne møter veilederen hver uke, og planen justeres underveis.",
  "Utplasseringen skjer i ordinære bedrifter, med en fast kontaktperson på arbeidsplassen.",
  "Arbeidsgiverne får oppfølging fra NAV så lenge det trengs etter ansettelsen.",
  "Vi startet med en kartleggingssamtale og gikk raskt videre til arbeidsutprøving.",
  "Samarbeidspartneren sto for den daglige oppfølgingen, mens NAV hadde ansvar for vedtak og ytelser.",
  "Hver deltaker fikk en individuell plan med konkrete mål for de neste tre månedene.",
  "Veilederne brukte motiverende intervju i alle samtaler.",
  "Teamet møttes ukentlig for å drøfte deltakere som sto fast.",
  "Deltakerne fikk tilbud om norskopplæring på arbeidsplassen.",
  "Kontoret satte av to veiledere i full stilling til arbeidet.",
];
const WORKED_SENTENCES = [
  "Den faste kontaktpersonen var avgjørende for at deltakerne fortsatte.",
  "Arbeidsgiverne satte pris på at NAV var lett å nå.",
  "Korte møtepunkter gjorde det lettere å fange opp problemer tidlig.",
  "Utplasseringen ga deltakerne referanser de kunne bruke senere.",
  "Samarbeidet med kommunen ble bedre enn vi hadde ventet.",
];
const DID_NOT_SENTENCES = [
  "Det tok lengre tid enn planlagt å rekruttere deltakere.",
  "Flere deltakere falt fra i de første ukene.",
  "Samarbeidspartneren hadde utskifting av ansatte underveis.",
  "Vi fikk ikke hentet inn sammenligningsdata som planlagt.",
  "Pandemien gjorde at flere arbeidsplasser stengte for utplassering.",
];
const DIFFERENTLY_SENTENCES = [
  "Vi ville avtalt målingene med en forskningspartner fra starten.",
  "Vi ville brukt mer tid på forankring hos ledelsen i kommunen.",
  "Vi ville startet med færre deltakere og økt gradvis.",
  "Vi ville involvert arbeidsgiverne tidligere i planleggingen.",
];
const PRECONDITION_SENTENCES = [
  "Kontoret må kunne sette av veiledere med lavt antall brukere.",
  "Det trengs en skriftlig avtale med helsetjenesten.",
  "Ledelsen må prioritere arbeidet over tid, minst to år.",
  "Det må finnes arbeidsgivere i nærområdet som vil ta imot deltakere.",
  "Tilskuddsmidler må være på plass før oppstart.",
];
const STEP_SENTENCES = [
  "Forankre utprøvingen hos ledelsen og de tillitsvalgte.",
  "Velg ut veiledere og gi dem opplæring i metoden.",
  "Inngå avtale med samarbeidspartnerne.",
  "Rekrutter deltakere gjennom veilederne på kontoret.",
  "Kartlegg deltakernes mål og ressurser i første samtale.",
  "Følg opp deltakerne ukentlig og loggfør aktivitetene.",
  "Hent inn resultatdata etter seks og tolv måneder.",
];
const PARTNER_NAMES: Record<string, readonly string[]> = {
  "sosial-entreprenor": ["Trygg av natur", "Back in the Ring", "Jobbhuset Sosial", "Gründerhagen"],
  "ideell-aktor": ["Frelsesarmeen", "Kirkens Bymisjon", "Fontenehuset", "Røde Kors"],
  "kommersiell-leverandor": ["Jobbpartner AS", "Karrieresenteret AS", "Proba samfunnsanalyse"],
  arbeidsgiver: ["Byggmester Hansen AS", "Coop", "Kommunens hjemmetjeneste", "Nortura", "Lokal hotellkjede"],
  forskningsmiljo: ["Fafo", "Arbeidsforskningsinstituttet ved OsloMet", "NORCE", "Institutt for samfunnsforskning", "Nordlandsforskning"],
  "kommunal-tjeneste": ["Kommunens flyktningtjeneste", "Kommunens boligkontor", "Oppfølgingstjenesten"],
  helsetjeneste: ["Distriktspsykiatrisk senter", "Kommunens psykiske helse- og rustjeneste", "Fastlegekontoret"],
  utdanning: ["Den videregående skolen", "Voksenopplæringen", "Fagskolen"],
  "frivillig-organisasjon": ["Idrettslaget", "Frivilligsentralen", "Norsk Folkehjelp"],
  "offentlig-etat": ["Kriminalomsorgen", "Fylkeskommunen", "Integrerings- og mangfoldsdirektoratet"],
  investor: ["Ferd", "Sosial investeringsfond", "Sparebankstiftelsen"],
};
const FIRST_NAMES = [
  "Kari",
  "Ola",
  "Ingrid",
  "Per",
  "Aisha",
  "Mohammed",
  "Siri",
  "Lars",
  "Hanne",
  "Jonas",
  "Fatima",
  "Marte",
  "Erik",
  "Nora",
  "Ahmed",
  "Sigrid",
];
const LAST_NAMES = ["Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Ali", "Berg", "Haugen", "Bakke", "Hussain", "Nilsen", "Dahl", "Lie", "Moen"];

function sentences(random: Random, list: readonly string[], min: number, max: number): string {
  return pickSome(random, list, min, max).join(" ");
}

const DIRECTION_FOR: Record<Outcome, EvidenceRating["direction"]> = {
  virket: "positiv",
  delvis: "blandet",
  "virket-ikke": "ingen",
  negativ: "negativ",
  "for-tidlig": "uavklart",
};

function ratingFor(random: Random, design: EvaluationDesign | undefined, outcome: Outcome | undefined): EvidenceRating {
  const direction = outcome ? DIRECTION_FOR[outcome] : "uavklart";
  switch (design) {
    case "rct":
    case "kvasi-eksperiment":
      return { strength: chance(random, 0.8) ? 4 : 3, direction };
    case "sammenligningsgruppe":
      return { strength: 3, direction };
    case "for-etter":
      return { strength: 2, direction };
    case "brukertilbakemeldinger":
      return { strength: chance(random, 0.5) ? 2 : 1, direction };
    default:
      return { strength: 1, direction: outcome ? direction : "uavklart" };
  }
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface GenerateOptions {
  readonly count: number;
  readonly seed?: number;
}

/** A whole snapshot of `count` synthetic published trials, the same for the same seed. */
export function generateSnapshot(options: GenerateOptions): PublicSnapshot {
  const random = seededRandom(options.seed ?? 20210601);
  const offices = syntheticOffices();
  const methods = syntheticMethods();
  const liveMethods = methods.filter((m) => !m.mergedInto);
  const methodProfile = new Map(EXTRA_METHODS.map((m) => [slugify(m.name, 60), m] as const));
  const byMethod = new Map<string, string[]>();
  const pilots: PublicPilot[] = [];
  const start = Date.UTC(2019, 0, 1);
  const span = Date.UTC(2026, 5, 1) - start;

  for (let i = 0; i < options.count; i++) {
    const office = pick(random, offices);
    const method = pick(random, liveMethods);
    const profile = methodProfile.get(method.id);
    const extraGroups = pickSome(
      random,
      TARGET_GROUPS.map((t) => t.code),
      0,
      2,
    );
    const targetGroups = [...new Set([...(profile ? pickSome(random, profile.groups, 1, profile.groups.length) : []), ...extraGroups])].slice(0, 3);
    if (targetGroups.length === 0) targetGroups.push(pick(random, TARGET_GROUPS).code);
    let measureTypes: MeasureType[] = profile
      ? pickSome(random, profile.types, 1, profile.types.length)
      : pickSome(
          random,
          MEASURE_TYPES.map((m) => m.code),
          1,
          2,
        );
    if (measureTypes.includes("ingen") && measureTypes.length > 1) measureTypes = ["ingen"];
    const group = GROUP_PHRASES[targetGroups[0]!];
    const title = `${pick(random, TITLE_OPENERS)} ${pick(random, group)} i ${office.municipality ?? office.name.replace(/^NAV /, "")}${pick(random, TITLE_SUFFIXES)}`;

    const createdAt = new Date(start + Math.floor(random() * span));
    const startDate = new Date(createdAt.getTime() + between(random, -60, 90) * 86_400_000);
    let endDate = new Date(startDate.getTime() + between(random, 6, 30) * 30 * 86_400_000);
    const status: TrialStatus = weighted(random, [
      ["planlagt", 8],
      ["pagar", 30],
      ["avsluttet", 52],
      ["avbrutt", 10],
    ] as const);
    const ended = status === "avsluttet" || status === "avbrutt";
    // An ended trial ended before the snapshot was taken.
    if (ended && endDate.getTime() > start + span)
      endDate = new Date(Math.max(startDate.getTime() + 90 * 86_400_000, start + span - between(random, 1, 120) * 86_400_000));

    const standard = pick(random, STANDARD_MEASURES);
    const planned: NonNullable<PilotContentInput["plannedOutcomes"]> = [
      {
        id: "mal-1",
        measureCode: standard.code,
        name: standard.label,
        how: "Registerdata fra NAV",
        followUpMonths: "followUpMonths" in standard ? standard.followUpMonths : 6,
      },
    ];
    if (chance(random, 0.3)) planned.push({ id: "mal-2", name: "Deltakernes egen vurdering av oppfølgingen", how: "Spørreskjema ved avslutning" });

    let results: PilotContentInput["results"];
    let rating: EvidenceRating = { strength: 1, direction: "uavklart" };
    if (ended) {
      const outcome: Outcome = weighted(random, [
        ["virket", 30],
        ["delvis", 28],
        ["virket-ikke", 20],
        ["negativ", 5],
        ["for-tidlig", 17],
      ] as const);
      const design: EvaluationDesign = weighted(random, [
        ["ingen", 8],
        ["brukertilbakemeldinger", 17],
        ["for-etter", 30],
        ["sammenligningsgruppe", 25],
        ["kvasi-eksperiment", 10],
        ["rct", 10],
      ] as const);
      const n = chance(random, 0.08) ? between(random, 1, 4) : between(random, 6, 400);
      const base = standard.unit === "prosent" ? between(random, 10, 70) : standard.unit === "dager" ? between(random, 5, 60) : between(random, 30, 58) / 10;
      const effect = outcome === "virket" ? 1.25 : outcome === "delvis" ? 1.1 : outcome === "negativ" ? 0.85 : 1;
      const measures: NonNullable<NonNullable<PilotContentInput["results"]>["measures"]> = [];
      const dropsPlanned = chance(random, 0.1);
      if (!dropsPlanned) {
        const withComparison = design === "sammenligningsgruppe" || design === "kvasi-eksperiment" || design === "rct";
        measures.push({
          plannedOutcomeId: "mal-1",
          measureCode: standard.code,
          name: standard.label,
          unit: standard.unit,
          value: Math.round(base * effect * 10) / 10,
          n,
          ...("followUpMonths" in standard ? { followUpMonths: standard.followUpMonths } : {}),
          ...(withComparison
            ? {
                comparison: {
                  value: base,
                  n: chance(random, 0.1) ? between(random, 1, 4) : between(random, 20, 800),
                  description: pick(random, ["To kontrollkontorer", "Tilfeldig trukket kontrollgruppe", "Deltakere i vanlig oppfølging samme år"]),
                },
              }
            : {}),
        });
      }
      if (dropsPlanned || chance(random, 0.15)) {
        measures.push({ name: "Antall arbeidsgivere som tok imot deltakere", unit: "antall", value: between(random, 3, 40), n });
      }
      const notWorked = outcome === "virket-ikke" || outcome === "negativ";
      results = {
        outcome,
        summary: sentences(random, [...WORKED_SENTENCES, ...DID_NOT_SENTENCES], 1, 2),
        measures: design === "ingen" && chance(random, 0.5) ? [] : measures,
        ...(notWorked || (status === "avbrutt" && chance(random, 0.5))
          ? {
              failureReasons: pickSome(
                random,
                FAILURE_REASONS.map((f) => f.code),
                1,
                2,
              ),
            }
          : {}),
        evaluationDesign: design,
        evaluatedBy: design === "rct" || design === "kvasi-eksperiment" || chance(random, 0.2) ? "forskningspartner" : "intern",
      };
      if (results.evaluatedBy === "forskningspartner") results.researchPartner = pick(random, PARTNER_NAMES.forskningsmiljo!);
      rating = ratingFor(random, design, outcome);
    } else if (status === "pagar" && chance(random, 0.3)) {
      rating = { strength: 1, direction: "uavklart" };
    }

    const partnerTypes = pickSome(
      random,
      PARTNER_TYPES.map((p) => p.code),
      0,
      3,
    );
    const contactName = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
    const previous = byMethod.get(method.id) ?? [];
    const replicates = previous.length > 0 && chance(random, 0.15) ? pick(random, previous) : undefined;
    const content: PilotContentInput = {
      title,
      summary: `${pick(random, TITLE_OPENERS)} ${pick(random, group)}. ${pick(random, METHOD_SENTENCES)}`,
      need: sentences(random, NEED_SENTENCES, 2, 3),
      partnerOfficeIds: chance(random, 0.1) ? [pick(random, offices).id].filter((id) => id !== office.id) : [],
      period: { start: isoDate(startDate), ...(status === "planlagt" && chance(random, 0.5) ? {} : { end: isoDate(endDate) }) },
      trialStatus: status,
      methodDescription: `${method.name}: ${sentences(random, METHOD_SENTENCES, 3, 4)}`,
      targetGroups,
      innsatsgrupper: pickSome(
        random,
        INNSATSGRUPPER.map((g) => g.code),
        1,
        2,
      ),
      measureTypes,
      partners: partnerTypes.map((type) => ({
        name: pick(random, PARTNER_NAMES[type] ?? ["Lokal samarbeidspartner"]),
        type,
        role: "Deltar i planlegging og gjennomføring",
      })),
      funding: pickSome(
        random,
        FUNDING_SOURCES.map((f) => f.code),
        1,
        2,
      ).map((source) => ({ source, amountNok: between(random, 1, 60) * 50_000 })),
      participants: { count: ended ? (results?.measures?.[0]?.n ?? between(random, 6, 200)) : between(random, 0, 120) },
      cost: { staffYears: between(random, 1, 30) / 10, costNok: between(random, 2, 200) * 25_000 },
      recipe: { steps: pickSome(random, STEP_SENTENCES, 2, 5), requirements: pick(random, PRECONDITION_SENTENCES) },
      plannedOutcomes: planned,
      ...(results ? { results } : {}),
      ...(ended
        ? {
            lessons: {
              whatWorked: sentences(random, WORKED_SENTENCES, 1, 2),
              whatDidNot: sentences(random, DID_NOT_SENTENCES, 1, 2),
              doDifferently: pick(random, DIFFERENTLY_SENTENCES),
            },
            preconditions: sentences(random, PRECONDITION_SENTENCES, 1, 2),
          }
        : {}),
      documents: chance(random, 0.3)
        ? [{ title: `Sluttrapport ${i + 1}`, url: `https://nav.example/dokumenter/utproving-${i + 1}.pdf`, kind: pick(random, DOCUMENT_KINDS).code }]
        : [],
      contact: { name: contactName, email: `${slugify(contactName).replaceAll("-", ".")}@nav.example` },
      ...(replicates ? { replicatesPilotId: replicates } : {}),
    };
    const pilot = publicRecord(
      publishedPilotRecord({ officeId: office.id, county: office.county, content, methodId: method.id, evidence: rating, createdAt, random }),
    );
    previous.push(pilot.id);
    byMethod.set(method.id, previous);
    pilots.push(pilot);
  }
  const generatedAt = pilots.reduce((max, p) => (p.publishedAt > max ? p.publishedAt : max), "2019-01-01T00:00:00.000Z");
  return { generatedAt, pilots, methods, offices, rubric: DEFAULT_RUBRIC };
}
