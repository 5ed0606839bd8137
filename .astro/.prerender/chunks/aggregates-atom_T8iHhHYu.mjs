// shared/public/aggregates-atom.ts
/** Escapes text for XML element content and attribute values; drops characters XML 1.0 cannot hold. */
function escapeXml(text) {
	return text.replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll("\"", "&quot;").replaceAll("'", "&apos;");
}
/** An Atom 1.0 document (RFC 4287); every text is escaped, nothing is passed through as markup. */
function toAtom(feed) {
	const x = escapeXml;
	const entries = feed.entries.map((e) => [
		"  <entry>",
		`    <id>${x(e.id)}</id>`,
		`    <title type="text">${x(e.title)}</title>`,
		`    <link rel="alternate" type="text/html" href="${x(e.url)}"/>`,
		`    <updated>${x(e.updated)}</updated>`,
		e.published ? `    <published>${x(e.published)}</published>` : "",
		`    <author><name>${x(e.author)}</name></author>`,
		...(e.categories ?? []).map((c) => `    <category term="${x(c)}"/>`),
		e.summary ? `    <summary type="text">${x(e.summary)}</summary>` : "",
		"  </entry>"
	].filter(Boolean).join("\n"));
	return [
		"<?xml version=\"1.0\" encoding=\"utf-8\"?>",
		"<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nb\">",
		`  <id>${x(feed.id)}</id>`,
		`  <title type="text">${x(feed.title)}</title>`,
		feed.subtitle ? `  <subtitle type="text">${x(feed.subtitle)}</subtitle>` : "",
		`  <link rel="self" type="application/atom+xml" href="${x(feed.selfUrl)}"/>`,
		`  <link rel="alternate" type="text/html" href="${x(feed.siteUrl)}"/>`,
		`  <updated>${x(feed.updated)}</updated>`,
		`  <author><name>${x(feed.author)}</name></author>`,
		...entries,
		"</feed>",
		""
	].filter((line) => line !== "").join("\n").concat("\n");
}
export { toAtom as n, escapeXml as t };
