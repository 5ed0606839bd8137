import type { County } from "../../../shared/domain/taxonomy.ts";

export interface SampleOffice {
  id: string;
  name: string;
  county: County;
  municipality: string;
}

/**
 * Real NAV offices, at least two in each of the 15 counties. Cities with several offices (Oslo, Bergen,
 * Trondheim) have one office per district; the Bergen and Trondheim ids carry the city name so that the
 * district name alone is never ambiguous.
 */
export const SAMPLE_OFFICES: SampleOffice[] = [
  // Oslo
  { id: "nav-grunerlokka", name: "NAV Grünerløkka", county: "oslo", municipality: "Oslo" },
  { id: "nav-st-hanshaugen", name: "NAV St. Hanshaugen", county: "oslo", municipality: "Oslo" },
  { id: "nav-gamle-oslo", name: "NAV Gamle Oslo", county: "oslo", municipality: "Oslo" },
  { id: "nav-stovner", name: "NAV Stovner", county: "oslo", municipality: "Oslo" },
  { id: "nav-alna", name: "NAV Alna", county: "oslo", municipality: "Oslo" },
  { id: "nav-sondre-nordstrand", name: "NAV Søndre Nordstrand", county: "oslo", municipality: "Oslo" },
  { id: "nav-frogner", name: "NAV Frogner", county: "oslo", municipality: "Oslo" },
  // Akershus
  { id: "nav-baerum", name: "NAV Bærum", county: "akershus", municipality: "Bærum" },
  { id: "nav-asker", name: "NAV Asker", county: "akershus", municipality: "Asker" },
  { id: "nav-lillestrom", name: "NAV Lillestrøm", county: "akershus", municipality: "Lillestrøm" },
  { id: "nav-lorenskog", name: "NAV Lørenskog", county: "akershus", municipality: "Lørenskog" },
  { id: "nav-ullensaker", name: "NAV Ullensaker", county: "akershus", municipality: "Ullensaker" },
  { id: "nav-nordre-follo", name: "NAV Nordre Follo", county: "akershus", municipality: "Nordre Follo" },
  // Østfold
  { id: "nav-fredrikstad", name: "NAV Fredrikstad", county: "ostfold", municipality: "Fredrikstad" },
  { id: "nav-sarpsborg", name: "NAV Sarpsborg", county: "ostfold", municipality: "Sarpsborg" },
  { id: "nav-moss", name: "NAV Moss", county: "ostfold", municipality: "Moss" },
  { id: "nav-halden", name: "NAV Halden", county: "ostfold", municipality: "Halden" },
  // Buskerud
  { id: "nav-drammen", name: "NAV Drammen", county: "buskerud", municipality: "Drammen" },
  { id: "nav-lier", name: "NAV Lier", county: "buskerud", municipality: "Lier" },
  { id: "nav-kongsberg", name: "NAV Kongsberg", county: "buskerud", municipality: "Kongsberg" },
  { id: "nav-ringerike", name: "NAV Ringerike", county: "buskerud", municipality: "Ringerike" },
  // Innlandet
  { id: "nav-kongsvinger", name: "NAV Kongsvinger", county: "innlandet", municipality: "Kongsvinger" },
  { id: "nav-hamar", name: "NAV Hamar", county: "innlandet", municipality: "Hamar" },
  { id: "nav-lillehammer", name: "NAV Lillehammer", county: "innlandet", municipality: "Lillehammer" },
  { id: "nav-gjovik", name: "NAV Gjøvik", county: "innlandet", municipality: "Gjøvik" },
  // Vestfold
  { id: "nav-larvik", name: "NAV Larvik", county: "vestfold", municipality: "Larvik" },
  { id: "nav-sandefjord", name: "NAV Sandefjord", county: "vestfold", municipality: "Sandefjord" },
  { id: "nav-tonsberg", name: "NAV Tønsberg", county: "vestfold", municipality: "Tønsberg" },
  { id: "nav-faerder", name: "NAV Færder", county: "vestfold", municipality: "Færder" },
  { id: "nav-horten", name: "NAV Horten", county: "vestfold", municipality: "Horten" },
  // Telemark
  { id: "nav-skien", name: "NAV Skien", county: "telemark", municipality: "Skien" },
  { id: "nav-porsgrunn", name: "NAV Porsgrunn", county: "telemark", municipality: "Porsgrunn" },
  { id: "nav-notodden", name: "NAV Notodden", county: "telemark", municipality: "Notodden" },
  // Agder
  { id: "nav-kristiansand", name: "NAV Kristiansand", county: "agder", municipality: "Kristiansand" },
  { id: "nav-arendal", name: "NAV Arendal", county: "agder", municipality: "Arendal" },
  { id: "nav-grimstad", name: "NAV Grimstad", county: "agder", municipality: "Grimstad" },
  // Rogaland
  { id: "nav-stavanger", name: "NAV Stavanger", county: "rogaland", municipality: "Stavanger" },
  { id: "nav-sandnes", name: "NAV Sandnes", county: "rogaland", municipality: "Sandnes" },
  { id: "nav-haugesund", name: "NAV Haugesund", county: "rogaland", municipality: "Haugesund" },
  { id: "nav-karmoy", name: "NAV Karmøy", county: "rogaland", municipality: "Karmøy" },
  // Vestland
  { id: "nav-bergen-arstad", name: "NAV Årstad", county: "vestland", municipality: "Bergen" },
  { id: "nav-bergen-bergenhus", name: "NAV Bergenhus", county: "vestland", municipality: "Bergen" },
  { id: "nav-bergen-fana", name: "NAV Fana", county: "vestland", municipality: "Bergen" },
  { id: "nav-bergen-arna", name: "NAV Arna", county: "vestland", municipality: "Bergen" },
  { id: "nav-voss", name: "NAV Voss", county: "vestland", municipality: "Voss" },
  // Møre og Romsdal
  { id: "nav-molde", name: "NAV Molde", county: "more-og-romsdal", municipality: "Molde" },
  { id: "nav-alesund", name: "NAV Ålesund", county: "more-og-romsdal", municipality: "Ålesund" },
  { id: "nav-kristiansund", name: "NAV Kristiansund", county: "more-og-romsdal", municipality: "Kristiansund" },
  // Trøndelag
  { id: "nav-trondheim-falkenborg", name: "NAV Falkenborg", county: "trondelag", municipality: "Trondheim" },
  { id: "nav-trondheim-lerkendal", name: "NAV Lerkendal", county: "trondelag", municipality: "Trondheim" },
  { id: "nav-trondheim-heimdal", name: "NAV Heimdal", county: "trondelag", municipality: "Trondheim" },
  { id: "nav-steinkjer", name: "NAV Steinkjer", county: "trondelag", municipality: "Steinkjer" },
  { id: "nav-stjordal", name: "NAV Stjørdal", county: "trondelag", municipality: "Stjørdal" },
  // Nordland
  { id: "nav-bodo", name: "NAV Bodø", county: "nordland", municipality: "Bodø" },
  { id: "nav-rana", name: "NAV Rana", county: "nordland", municipality: "Rana" },
  { id: "nav-narvik", name: "NAV Narvik", county: "nordland", municipality: "Narvik" },
  // Troms
  { id: "nav-tromso", name: "NAV Tromsø", county: "troms", municipality: "Tromsø" },
  { id: "nav-harstad", name: "NAV Harstad", county: "troms", municipality: "Harstad" },
  { id: "nav-senja", name: "NAV Senja", county: "troms", municipality: "Senja" },
  // Finnmark
  { id: "nav-alta", name: "NAV Alta", county: "finnmark", municipality: "Alta" },
  { id: "nav-hammerfest", name: "NAV Hammerfest", county: "finnmark", municipality: "Hammerfest" },
  { id: "nav-sor-varanger", name: "NAV Sør-Varanger", county: "finnmark", municipality: "Sør-Varanger" },
  { id: "nav-vadso", name: "NAV Vadsø", county: "finnmark", municipality: "Vadsø" },
];
