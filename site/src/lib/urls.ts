import type { PublicPilot } from "../../../shared/domain/public-trial/public-pilot.ts";

/** Every internal link of the site in one place. Paths end with "/", as the static host serves them. */
export const urls = {
  home: "/",
  pilot: (p: Pick<PublicPilot, "slug">) => `/utproving/${p.slug}/`,
  method: (slug: string) => `/metode/${slug}/`,
  methods: "/metode/",
  /** The page that compares methods side by side; `add` puts one more method into the reader's current selection. */
  compare: (slugs: readonly string[] = [], add?: string) => {
    const parts = [...(slugs.length > 0 ? [`metoder=${slugs.map(encodeURIComponent).join(",")}`] : []), ...(add ? [`leggtil=${encodeURIComponent(add)}`] : [])];
    return parts.length > 0 ? `/sammenlign/?${parts.join("&")}` : "/sammenlign/";
  },
  /** A method's summary for the comparison page. */
  methodData: (slug: string) => `/data/metoder/${encodeURIComponent(slug)}.json`,
  office: (id: string) => `/kontor/${id}/`,
  offices: "/kontor/",
  county: (code: string) => `/fylke/${code}/`,
  counties: "/fylke/",
  gapMap: "/kunnskapskart/",
  rubric: "/om/kunnskapsgrunnlag/",
  statistics: "/statistikk/",
  accessibility: "/tilgjengelighet/",
  feed: "/feed.xml",
  dataJson: "/data/utprovinger.json",
  dataCsv: "/data/utprovinger.csv",
  dataXlsx: "/data/utprovinger.xlsx",
  dataEffectsCsv: "/data/effekter.csv",
  dataMethodEffectsCsv: "/data/metoder.csv",
  openData: "/data/",
  register: (copyOf?: string) => (copyOf ? `/registrer/?kopi=${encodeURIComponent(copyOf)}` : "/registrer/"),
  /** The search page with filters set, e.g. `{ malgruppe: ["unge-under-30"], tiltakstype: ["ips"] }`. */
  search: (filters: Record<string, readonly string[] | string>) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) {
      for (const v of typeof value === "string" ? [value] : value) query.append(key, v);
    }
    const text = query.toString();
    return text ? `/?${text}` : "/";
  },
};

/** A link from the export is only followed when it is http(s); anything else is shown as text. */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
