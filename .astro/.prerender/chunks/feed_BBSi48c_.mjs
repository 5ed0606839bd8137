import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as siteData } from "./data_q_bPrWOu.mjs";
import { n as pilotFeed, t as feedUrls } from "./feeds_FRDi7urj.mjs";
import { n as urls } from "./urls_B5rn07oK.mjs";
// site/src/pages/metode/[slug]/feed.xml.ts
var feed_xml_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = (async () => {
	return (await siteData()).methods.filter((m) => !m.mergedInto).map((method) => ({
		params: { slug: method.slug },
		props: {
			id: method.id,
			name: method.name
		}
	}));
});
/** Atom feed of one method's newest published trials. */
var GET = async ({ site, params, props }) => {
	const data = await siteData();
	const { id, name } = props;
	const slug = String(params.slug);
	return pilotFeed({
		data,
		site,
		selfPath: feedUrls.method(slug),
		pagePath: urls.method(slug),
		title: `Utprøvingsbanken – ${name}`,
		subtitle: `Nye utprøvinger av metoden ${name}`,
		pilots: data.pilotsOfMethod(id)
	});
};
// \0virtual:astro:page:src/pages/metode/[slug]/feed.xml@_@ts
var page = () => feed_xml_exports;
export { page };
