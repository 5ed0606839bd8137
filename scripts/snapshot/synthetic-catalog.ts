import { SAMPLE_METHODS } from "../../infra/local/sample-data/methods.ts";
import { SAMPLE_OFFICES } from "../../infra/local/sample-data/offices.ts";
import { slugify } from "../../shared/domain/slug.ts";
import type { County, MeasureType, TargetGroup } from "../../shared/domain/taxonomy.ts";
import type { PublicMethod, PublicOffice } from "../../shared/public/index.ts";

/** The synthetic bank's catalogue: the sample offices and methods, and more of both, for scale measurements. */

/** More real municipalities, so the synthetic bank has about 250 offices as NAV has. */
const EXTRA_MUNICIPALITIES: Record<County, readonly string[]> = {
  oslo: ["Sagene", "Nordstrand", "Østensjø", "Bjerke", "Grorud", "Ullern", "Vestre Aker", "Nordre Aker"],
  akershus: [
    "Nesodden",
    "Frogn",
    "Vestby",
    "Ås",
    "Enebakk",
    "Nittedal",
    "Lunner",
    "Aurskog-Høland",
    "Rælingen",
    "Gjerdrum",
    "Nannestad",
    "Eidsvoll",
    "Hurdal",
    "Nes",
  ],
  ostfold: ["Indre Østfold", "Råde", "Våler", "Skiptvet", "Rakkestad", "Marker", "Aremark", "Hvaler"],
  buskerud: ["Øvre Eiker", "Modum", "Hole", "Flå", "Nesbyen", "Gol", "Hemsedal", "Ål", "Hol", "Sigdal", "Krødsherad", "Flesberg", "Rollag", "Nore og Uvdal"],
  innlandet: [
    "Elverum",
    "Ringsaker",
    "Løten",
    "Stange",
    "Nord-Odal",
    "Sør-Odal",
    "Eidskog",
    "Grue",
    "Åsnes",
    "Våler i Solør",
    "Trysil",
    "Åmot",
    "Stor-Elvdal",
    "Rendalen",
    "Tynset",
    "Os",
    "Lom",
    "Vågå",
    "Sel",
    "Dovre",
    "Lesja",
    "Nord-Fron",
    "Sør-Fron",
    "Ringebu",
    "Øyer",
    "Gausdal",
    "Østre Toten",
    "Vestre Toten",
    "Gran",
    "Søndre Land",
    "Nordre Land",
    "Valdres",
  ],
  vestfold: ["Holmestrand"],
  telemark: ["Bamble", "Kragerø", "Drangedal", "Nome", "Midt-Telemark", "Seljord", "Kviteseid", "Tinn", "Vinje"],
  agder: [
    "Lillesand",
    "Birkenes",
    "Froland",
    "Tvedestrand",
    "Risør",
    "Vennesla",
    "Lindesnes",
    "Farsund",
    "Flekkefjord",
    "Lyngdal",
    "Kvinesdal",
    "Sirdal",
    "Evje og Hornnes",
    "Valle",
  ],
  rogaland: [
    "Sola",
    "Randaberg",
    "Strand",
    "Hjelmeland",
    "Klepp",
    "Time",
    "Gjesdal",
    "Hå",
    "Eigersund",
    "Sokndal",
    "Bjerkreim",
    "Tysvær",
    "Vindafjord",
    "Suldal",
  ],
  vestland: [
    "Laksevåg",
    "Fyllingsdalen",
    "Åsane",
    "Ytrebygda",
    "Askøy",
    "Øygarden",
    "Alver",
    "Bjørnafjorden",
    "Kvinnherad",
    "Stord",
    "Sunnfjord",
    "Kinn",
    "Sogndal",
    "Stad",
  ],
  "more-og-romsdal": ["Volda", "Ørsta", "Ulstein", "Hareid", "Sula", "Giske", "Vestnes", "Rauma", "Aukra", "Hustadvika", "Sunndal", "Surnadal", "Averøy"],
  trondelag: ["Østbyen", "Malvik", "Melhus", "Orkland", "Skaun", "Levanger", "Verdal", "Inderøy", "Namsos", "Grong", "Oppdal", "Røros", "Frøya", "Hitra"],
  nordland: ["Vefsn", "Alstahaug", "Brønnøy", "Fauske", "Saltdal", "Meløy", "Vestvågøy", "Vågan", "Hadsel", "Sortland", "Andøy"],
  troms: ["Balsfjord", "Målselv", "Bardu", "Lenvik", "Nordreisa", "Skjervøy", "Kåfjord", "Storfjord"],
  finnmark: ["Vardø", "Båtsfjord", "Berlevåg", "Tana", "Nesseby", "Karasjok", "Kautokeino", "Porsanger", "Lebesby", "Måsøy", "Nordkapp"],
};

export function syntheticOffices(): PublicOffice[] {
  const offices: PublicOffice[] = SAMPLE_OFFICES.map((o) => ({ id: o.id, name: o.name, county: o.county, municipality: o.municipality }));
  const taken = new Set(offices.map((o) => o.id));
  for (const [county, names] of Object.entries(EXTRA_MUNICIPALITIES) as [County, readonly string[]][]) {
    for (const name of names) {
      const id = `nav-${slugify(name)}`;
      if (taken.has(id)) continue;
      taken.add(id);
      offices.push({ id, name: `NAV ${name}`, county, municipality: name });
    }
  }
  return offices;
}

/** Methods beyond the curated sample ones, each a recognisable way of working. */
export const EXTRA_METHODS: readonly { name: string; core: string; groups: readonly TargetGroup[]; types: readonly MeasureType[] }[] = [
  {
    name: "Språkpraksis med mentor",
    core: "deltakerne får språkpraksis på en arbeidsplass med en fast mentor blant de ansatte",
    groups: ["innvandrere-utenfor-eos"],
    types: ["arbeidstrening", "opplaering"],
  },
  {
    name: "Tett oppfølging av langtidsledige",
    core: "en veileder har færre deltakere og møter dem hver uke til de er i arbeid",
    groups: ["langtidsledige", "hull-i-cv"],
    types: ["oppfolging"],
  },
  {
    name: "Arbeidsgiverlos",
    core: "en fast kontaktperson i NAV hjelper arbeidsgivere som vil rekruttere fra målgruppen",
    groups: ["nedsatt-arbeidsevne", "langtidsledige"],
    types: ["inkluderingstilskudd", "midlertidig-lonnstilskudd"],
  },
  {
    name: "Jobbmatch med lønnstilskudd",
    core: "veilederne kobler deltakere og ledige stillinger og bruker lønnstilskudd i starten",
    groups: ["langtidsledige", "sosialhjelpsmottakere"],
    types: ["midlertidig-lonnstilskudd"],
  },
  {
    name: "Gruppebasert jobbsøking",
    core: "deltakerne søker jobb sammen i en gruppe som møtes tre ganger i uken",
    groups: ["unge-under-30", "sosialhjelpsmottakere"],
    types: ["oppfolging", "ingen"],
  },
  {
    name: "Arbeidsrettet rehabilitering i samarbeid med fastlegen",
    core: "fastlegen, NAV og arbeidsgiveren lager en felles plan for tilbakeføring til arbeid",
    groups: ["sykmeldte"],
    types: ["arbeidsrettet-rehabilitering"],
  },
  { name: "Tidlig dialogmøte", core: "NAV kaller inn til dialogmøte allerede etter fire ukers sykmelding", groups: ["sykmeldte"], types: ["ingen"] },
  {
    name: "Fagbrev for voksne innvandrere",
    core: "deltakerne tar fagbrev i et løp som kombinerer arbeid, norskopplæring og fagteori",
    groups: ["innvandrere-utenfor-eos"],
    types: ["opplaering"],
  },
  {
    name: "Ungdomsteam med fast kontaktperson",
    core: "unge får én fast kontaktperson i et tverrfaglig team i stedet for flere saksbehandlere",
    groups: ["unge-under-30", "uten-fullfort-vgs"],
    types: ["oppfolging", "avklaring"],
  },
  {
    name: "Arbeid først for tidligere innsatte",
    core: "kontakten med arbeidsgivere begynner før løslatelse, og oppfølgingen fortsetter etter at jobben er på plass",
    groups: ["tidligere-innsatte"],
    types: ["oppfolging", "midlertidig-lonnstilskudd"],
  },
  {
    name: "Varig tilrettelagt arbeid i ordinær bedrift",
    core: "VTA-plasser flyttes fra skjermet virksomhet til vanlige arbeidsplasser med tilrettelegging",
    groups: ["nedsatt-arbeidsevne"],
    types: ["vta", "varig-lonnstilskudd"],
  },
  {
    name: "Digital jobbsøkerstøtte",
    core: "deltakerne får hjelp til digital jobbsøking med chat og videomøter i tillegg til fysiske møter",
    groups: ["langtidsledige", "hull-i-cv"],
    types: ["ingen"],
  },
  {
    name: "Arbeidsforberedende trening med skoleløp",
    core: "AFT-deltakere får et tilpasset skoleløp parallelt med treningen",
    groups: ["uten-fullfort-vgs", "nedsatt-arbeidsevne"],
    types: ["aft", "opplaering"],
  },
  {
    name: "Reisestøtte for arbeidspendling",
    core: "deltakere som får jobb i nabokommunen, får støtte til reiser de første månedene",
    groups: ["langtidsledige", "unge-under-30"],
    types: ["arbeids-og-utdanningsreiser"],
  },
  {
    name: "Funksjonsassistanse på arbeidsplassen",
    core: "en assistent hjelper med praktiske oppgaver slik at deltakeren kan gjøre jobben sin",
    groups: ["nedsatt-arbeidsevne"],
    types: ["funksjonsassistanse"],
  },
  {
    name: "Økonomisk rådgivning og arbeid",
    core: "økonomisk rådgivning og arbeidsrettet oppfølging gis av samme team",
    groups: ["sosialhjelpsmottakere"],
    types: ["oppfolging", "ingen"],
  },
  {
    name: "IPS for unge",
    core: "individuell jobbstøtte tilpasset unge med psykiske helseproblemer, med skole som et mulig mål",
    groups: ["psykisk-helse-rus", "unge-under-30"],
    types: ["ips"],
  },
  {
    name: "Avklaring i arbeid",
    core: "avklaringen skjer på en ordinær arbeidsplass i stedet for i kurslokaler",
    groups: ["nedsatt-arbeidsevne", "hull-i-cv"],
    types: ["avklaring", "arbeidstrening"],
  },
  {
    name: "Mentorordning i frivillig sektor",
    core: "frivillige mentorer fra lokalt næringsliv følger deltakerne i et halvt år",
    groups: ["innvandrere-utenfor-eos", "unge-under-30"],
    types: ["ingen"],
  },
  {
    name: "Kombinasjonsløp arbeid og skole",
    core: "unge kombinerer arbeid i en bedrift med opplæring mot fag- eller svennebrev",
    groups: ["uten-fullfort-vgs"],
    types: ["opplaering", "arbeidstrening"],
  },
  {
    name: "Helse og arbeid i samme team",
    core: "psykologer fra kommunen sitter på NAV-kontoret og samarbeider med veilederne",
    groups: ["psykisk-helse-rus", "sykmeldte"],
    types: ["arbeidsrettet-rehabilitering", "oppfolging"],
  },
  {
    name: "Bransjeprogram for sosialhjelpsmottakere",
    core: "korte bransjekurs gir deltakerne kvalifikasjoner arbeidsgivere i regionen etterspør",
    groups: ["sosialhjelpsmottakere", "langtidsledige"],
    types: ["opplaering"],
  },
  {
    name: "Inkluderingstilskudd med tilretteleggingsplan",
    core: "arbeidsgiveren får inkluderingstilskudd knyttet til en konkret plan for tilrettelegging",
    groups: ["nedsatt-arbeidsevne", "hull-i-cv"],
    types: ["inkluderingstilskudd"],
  },
  {
    name: "Losfunksjon for unge uten skole",
    core: "en los følger unge som har falt ut av skolen, tilbake til opplæring eller arbeid",
    groups: ["uten-fullfort-vgs", "unge-under-30"],
    types: ["oppfolging"],
  },
];

export function syntheticMethods(): PublicMethod[] {
  const methods: PublicMethod[] = SAMPLE_METHODS.map((m) => ({ id: m.id, slug: m.id, ...m.input }));
  for (const extra of EXTRA_METHODS) {
    const id = slugify(extra.name, 60);
    methods.push({ id, slug: id, name: extra.name, description: `I denne metoden ${extra.core}.`, aliases: [] });
  }
  // Two methods merged into others, as curators do when two names turn out to be one way of working.
  methods.push({
    id: "jobbspesialist-i-behandlingsteam",
    slug: "jobbspesialist-i-behandlingsteam",
    name: "Jobbspesialist i behandlingsteam",
    mergedInto: "ips",
  });
  methods.push({ id: "kjerneoppgaver-i-nav", slug: "kjerneoppgaver-i-nav", name: "Kjerneoppgaver i NAV", mergedInto: "supported-employment" });
  return methods;
}
