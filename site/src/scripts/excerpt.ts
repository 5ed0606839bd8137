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
