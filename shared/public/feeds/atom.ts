import { escapeXml } from "../../domain/xml.ts";

export { escapeXml };

export interface AtomEntry {
  /** A permanent id for the entry, e.g. its URL or a tag URI. */
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly updated: string;
  readonly published?: string;
  readonly summary?: string;
  readonly author: string;
  readonly categories?: readonly string[];
}

export interface AtomFeed {
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string;
  /** The feed's own URL (rel="self") and the site it belongs to. */
  readonly selfUrl: string;
  readonly siteUrl: string;
  readonly updated: string;
  readonly author: string;
  readonly entries: readonly AtomEntry[];
}

/** An Atom 1.0 document (RFC 4287); every text is escaped, nothing is passed through as markup. */
export function toAtom(feed: AtomFeed): string {
  const x = escapeXml;
  const entries = feed.entries.map((e) =>
    [
      "  <entry>",
      `    <id>${x(e.id)}</id>`,
      `    <title type="text">${x(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(e.url)}"/>`,
      `    <updated>${x(e.updated)}</updated>`,
      e.published ? `    <published>${x(e.published)}</published>` : "",
      `    <author><name>${x(e.author)}</name></author>`,
      ...(e.categories ?? []).map((c) => `    <category term="${x(c)}"/>`),
      e.summary ? `    <summary type="text">${x(e.summary)}</summary>` : "",
      "  </entry>",
    ]
      .filter(Boolean)
      .join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb">',
    `  <id>${x(feed.id)}</id>`,
    `  <title type="text">${x(feed.title)}</title>`,
    feed.subtitle ? `  <subtitle type="text">${x(feed.subtitle)}</subtitle>` : "",
    `  <link rel="self" type="application/atom+xml" href="${x(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.siteUrl)}"/>`,
    `  <updated>${x(feed.updated)}</updated>`,
    `  <author><name>${x(feed.author)}</name></author>`,
    ...entries,
    "</feed>",
    "",
  ]
    .filter((line) => line !== "")
    .join("\n")
    .concat("\n");
}
