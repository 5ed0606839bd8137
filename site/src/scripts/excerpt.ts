/**
 * Pagefind's excerpts are HTML with `<mark>` around the matched words. They are never put into the page
 * as HTML: the excerpt is split into plain text and marked text, and the page builds text nodes from them,
 * so whatever else the excerpt holds stays text.
 */
export interface ExcerptSegment {
  readonly text: string;
  readonly marked: boolean;
}

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'", "&amp;": "&" };

function decode(text: string): string {
  return text.replace(/&(?:lt|gt|quot|amp|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === "<mark>") marked = true;
    else if (part === "</mark>") marked = false;
    else if (part) segments.push({ text: decode(part), marked });
  }
  return segments;
}

/**
 * A plain text split so that every word starting with one of the terms is marked (the terms lower-case;
 * terms of five letters or more also mark words that share all but their last two letters, so a query's
 * word form marks the others).
 */
export function highlightSegments(text: string, terms: readonly string[]): ExcerptSegment[] {
  if (!text) return [];
  const stems = terms
    .flatMap((t) => t.split(/\s+/))
    .filter((t) => t.length >= 3)
    .map((t) => (t.length >= 5 ? t.slice(0, t.length - 2) : t));
  if (stems.length === 0) return [{ text, marked: false }];
  const segments: ExcerptSegment[] = [];
  let plain = "";
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    const lower = part.toLocaleLowerCase("nb");
    if (part && /^[\p{L}\p{N}]+$/u.test(part) && stems.some((s) => lower.startsWith(s))) {
      if (plain) segments.push({ text: plain, marked: false });
      plain = "";
      segments.push({ text: part, marked: true });
    } else {
      plain += part;
    }
  }
  if (plain) segments.push({ text: plain, marked: false });
  return segments;
}
