// site/src/lib/urls.ts
/** Every internal link of the site in one place. Paths end with "/", as the static host serves them. */
var urls = {
	home: "/",
	pilot: (p) => `/utproving/${p.slug}/`,
	method: (slug) => `/metode/${slug}/`,
	methods: "/metode/",
	office: (id) => `/kontor/${id}/`,
	offices: "/kontor/",
	county: (code) => `/fylke/${code}/`,
	counties: "/fylke/",
	gapMap: "/kunnskapskart/",
	rubric: "/om/kunnskapsgrunnlag/",
	statistics: "/statistikk/",
	accessibility: "/tilgjengelighet/",
	feed: "/feed.xml",
	dataJson: "/data/utprovinger.json",
	dataCsv: "/data/utprovinger.csv",
	dataXlsx: "/data/utprovinger.xlsx",
	openData: "/data/",
	register: (copyOf) => copyOf ? `/registrer/?kopi=${encodeURIComponent(copyOf)}` : "/registrer/",
	/** The search page with filters set, e.g. `{ malgruppe: ["unge-under-30"], tiltakstype: ["ips"] }`. */
	search: (filters) => {
		const query = new URLSearchParams();
		for (const [key, value] of Object.entries(filters)) for (const v of typeof value === "string" ? [value] : value) query.append(key, v);
		const text = query.toString();
		return text ? `/?${text}` : "/";
	}
};
/** A link from the export is only followed when it is http(s); anything else is shown as text. */
function safeHref(url) {
	try {
		const parsed = new URL(url);
		return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : void 0;
	} catch {
		return;
	}
}
export { urls as n, safeHref as t };
