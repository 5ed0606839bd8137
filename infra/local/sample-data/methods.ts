import type { MethodInput } from "../../../shared/domain/method.ts";

export interface SampleMethod {
  id: string;
  input: MethodInput;
}

/** Shared methods as the directorate curates them; every published sample trial points to one of these. */
export const SAMPLE_METHODS: SampleMethod[] = [
  {
    id: "ips",
    input: {
      name: "Individuell jobbstøtte (IPS)",
      description:
        "En jobbspesialist i NAV samarbeider tett med behandlere i spesialisthelsetjenesten eller kommunens psykiske helse- og rustjeneste. " +
        "Målet er ordinært lønnet arbeid raskt, med oppfølging av både deltaker og arbeidsgiver så lenge det trengs, i stedet for lang " +
        "forberedelse før jobbsøking. Jobbspesialisten har rundt 20 deltakere, mot 90–100 for en vanlig veileder, og følger en fast " +
        "modelltrofasthetsskala.",
      aliases: ["IPS", "Individual Placement and Support", "Jobbspesialist i behandlingsteam", "IPS ung"],
      recommended: true,
      recommendationNote:
        "Flere utprøvinger med sammenligningsgruppe og et kvasi-eksperiment viser høyere andel i arbeid enn vanlig oppfølging. " +
        "Forutsetter avtale med helsetjenesten og jobbspesialister med lite antall deltakere.",
    },
  },
  {
    id: "supported-employment",
    input: {
      name: "Arbeid med bistand og rask utplassering",
      description:
        "NAV-kontoret gjør avklaring og oppfølging selv i stedet for å kjøpe tiltak fra eksterne leverandører. Veilederne spesialiserer seg " +
        "på arbeidsrettet oppfølging, finner en ordinær arbeidsplass tidlig og bruker arbeidsplassen som arena for både avklaring og " +
        "opplæring. Tett kontakt med arbeidsgiverne er en bærende del av metoden.",
      aliases: ["Kjerneoppgaver i NAV", "Supported Employment", "Place–train", "Oppfølging i egen regi"],
      recommended: true,
      recommendationNote:
        "Utprøvinger med kontrollkontorer viser like god eller bedre overgang til arbeid enn kjøpte tiltak, og kortere ventetid. " +
        "Krever at kontoret setter av egne veiledere til arbeidsrettet oppfølging og markedsarbeid.",
    },
  },
  {
    id: "resultatbasert-oppfolging",
    input: {
      name: "Resultatbasert finansiering av oppfølging (REFINO)",
      description:
        "Innholdet i tiltaket Oppfølging er det samme, men tiltaksarrangøren får en liten fast del for kartlegging og resten først når " +
        "deltakeren kommer i jobb og blir værende i jobben. Ideen er at sterkere økonomiske insentiver gir flere i ordinært arbeid.",
      aliases: ["REFINO", "Resultatbasert oppfølging", "Betaling etter resultat"],
    },
  },
  {
    id: "innovativ-avklaring-unge",
    input: {
      name: "Innovativ avklaring for unge («Unge på vei til jobb»)",
      description:
        "Avklaring for unge utviklet sammen med leverandører gjennom en innovativ anskaffelse (StartOff), der NAV beskriver behovet og " +
        "ikke løsningen. Løsningene legger vekt på egeninnsats, mer arbeidsutprøving og kortere vei fra kartlegging til aktivitet.",
      aliases: ["Unge på vei til jobb", "StartOff-avklaring", "Innovativ anskaffelse av avklaring"],
    },
  },
  {
    id: "tjenestedesign",
    input: {
      name: "Tjenestedesign i NAV-kontoret («Utsiden inn»)",
      description:
        "Kontoret henter innsikt fra brukere og samarbeidspartnere gjennom intervjuer og observasjon, lager et systemkart over aktørene " +
        "rundt kontoret og utvikler nye tjenestekonsepter sammen med dem. Endringene prøves ut i små runder og justeres underveis.",
      aliases: ["Utsiden inn", "Brukerinnsikt", "Samskaping", "StimuLab"],
    },
  },
  {
    id: "effektkontrakt-skolefullforing",
    input: {
      name: "Effektkontrakt for økt skolefullføring",
      description:
        "En privat investor finansierer et forebyggende tilbud til elever som står i fare for å slutte i videregående skole, og kommunen " +
        "betaler tilbake bare hvis avtalte resultater nås. Tilbudet leveres av en sosial entreprenør, og kommunen viderefører det om det virker.",
      aliases: ["Effektkontrakt Lier", "Social Impact Bond", "Trygg av natur"],
    },
  },
  {
    id: "velferdsobligasjon-loslatte",
    input: {
      name: "Velferdsobligasjon for oppfølging av løslatte",
      description:
        "Tett oppfølging av personer som løslates fra fengsel, med hjelp til bolig, arbeid og et nytt nettverk, for å forebygge ny " +
        "kriminalitet. Tilbudet leveres av en sosial entreprenør og finansieres som en effektkontrakt der det offentlige betaler etter oppnådde resultater.",
      aliases: ["Velferdsobligasjoner", "Effektkontrakt for løslatte", "Back in the Ring"],
    },
  },
  {
    id: "arbeidsgiverledet-inkludering",
    input: {
      name: "Arbeidsgiverledet inkludering («Vi inkluderer»)",
      description:
        "Utgangspunktet er arbeidsgiverens behov for arbeidskraft. NAV rekrutterer kandidater, avtaler en utprøving på arbeidsplassen, " +
        "følger opp både kandidat og arbeidsgiver og bruker tilskudd for å dempe risikoen for en feilansettelse.",
      aliases: ["Vi inkluderer", "Ringer i vannet", "Inkluderingsdugnaden"],
    },
  },
  {
    id: "digital-forste-samtale",
    input: {
      name: "Digital første samtale",
      description:
        "Den første oppfølgingssamtalen tilbys som videomøte kort tid etter at brukeren har tatt kontakt, med et digitalt skjema brukeren " +
        "fyller ut på forhånd. Målet er kortere ventetid og at veilederen kjenner situasjonen før samtalen.",
      aliases: ["Videosamtale", "Digitalt førstemøte"],
    },
  },
  {
    id: "jobbklubb-innvandrere",
    input: {
      name: "Jobbklubb for innvandrere",
      description:
        "Gruppebasert jobbsøking for innvandrere, der norskopplæring, arbeidsplassbesøk og jobbsøking foregår i samme uke. Deltakerne " +
        "lærer av hverandre, og frivillige mentorer hjelper med nettverk og språktrening.",
      aliases: ["Jobbklubb", "Språk og arbeid", "Jobbsøkerkurs for innvandrere"],
    },
  },
  {
    id: "helsefaglig-tilrettelegging-sykmeldte",
    input: {
      name: "Helsefaglig tilrettelegging for sykmeldte",
      description:
        "En fysioterapeut eller ergoterapeut knyttet til NAV-kontoret møter sykmeldte tidlig i sykmeldingsperioden og lager en plan for " +
        "tilrettelegging sammen med arbeidsgiver og fastlege. Målet er gradert arbeid framfor full sykmelding og raskere retur til jobb.",
      aliases: ["Helsefaglig veileder", "Tidlig tilrettelegging", "Fysioterapeut i NAV"],
    },
  },
  {
    id: "ungdomslos",
    input: {
      name: "Ungdomslos",
      description:
        "En fast voksen, ungdomslosen, følger unge som har sluttet eller står i fare for å slutte i videregående skole. Losen samarbeider " +
        "med skole, NAV og hjelpeapparatet og hjelper den unge tilbake til skole, lærlingplass eller jobb.",
      aliases: ["Los", "Ungdomsveileder"],
    },
  },
  {
    id: "fagbrev-pa-jobb",
    input: {
      name: "Fagbrev på jobb",
      description:
        "Voksne uten fag- eller svennebrev tar fagbrevet mens de er i arbeid, med lønnstilskudd i starten og teoriundervisning tilpasset " +
        "arbeidstiden. Arbeidsgiveren forplikter seg til å ansette dem som består.",
      aliases: ["Praksiskandidat", "Fagbrev for voksne"],
    },
  },
  {
    id: "vta-i-ordinaer-virksomhet",
    input: {
      name: "Varig tilrettelagt arbeid i ordinær virksomhet",
      description:
        "Personer med uføretrygd som ønsker å jobbe, får en tilrettelagt plass hos en ordinær arbeidsgiver i stedet for i en skjermet " +
        "bedrift. Tilrettelegging og oppfølging kombineres med varig lønnstilskudd og funksjonsassistanse der det trengs.",
      aliases: ["VTA-O", "Tilrettelagt arbeid hos ordinær arbeidsgiver"],
    },
  },
  {
    id: "arbeidstrening-sosial-entreprenor",
    input: {
      name: "Arbeidstrening hos sosiale entreprenører",
      description:
        "Arbeidstrening eller arbeidsforberedende trening legges til en virksomhet drevet som sosialt entreprenørskap, med ordinære " +
        "arbeidsoppgaver og kundekontakt. NAV eller en tiltaksarrangør har det faglige ansvaret, og entreprenøren stiller arbeidsplass og arbeidsleder.",
      aliases: ["AFT hos sosial entreprenør", "Arbeidstrening i sosial virksomhet"],
    },
  },
  {
    id: "arbeidsreiser-unge",
    input: {
      name: "Arbeidsreiser for unge til ledige jobber i regionen",
      description:
        "Unge arbeidssøkere får dekket reise til arbeid i nabokommuner der det er ledige jobber, ofte kombinert med arbeidstrening de " +
        "første ukene. Metoden passer der arbeidsmarkedet er spredt og kollektivtilbudet svakt.",
      aliases: ["Arbeids- og utdanningsreiser", "Pendlerstøtte for unge"],
    },
  },
];
