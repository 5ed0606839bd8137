import { createHash } from "node:crypto";

/** A readable URL slug from Norwegian text: æ→ae, ø→o, å→a, other accents dropped. */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .toLocaleLowerCase("nb")
    .replaceAll("æ", "ae")
    .replaceAll("ø", "o")
    .replaceAll("å", "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, maxLength).replace(/-+$/, "") || "utproving";
}

/** A trial's slug: its title and the end of its id, so two trials with one title never collide. */
export function pilotSlug(title: string, id: string): string {
  return `${slugify(title, 70)}-${id.slice(-6).toLowerCase()}`;
}

/** The hash under which a taken-away address is remembered: the address itself holds personal data. */
export function slugHash(slug: string): string {
  return createHash("sha256").update(slug).digest("hex");
}
