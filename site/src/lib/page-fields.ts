import { getAt } from "../../../shared/domain/forms/form-values.ts";
import { isList, publicFields, type PublicFieldDef } from "../../../shared/domain/forms/pilot-form.ts";
import { displayKind, type PageSection } from "../../../shared/domain/forms/publish.ts";
import { formatDate, formatDecimal, formatNok } from "../../../shared/domain/public-trial/format.ts";
import type { PublicPilot } from "../../../shared/domain/public-trial/public-pilot.ts";
import { labelOf } from "../../../shared/domain/taxonomy.ts";
import { safeHref } from "./urls.ts";

/** How a section lays its fields out: as a list of terms and values (`facts`), or as headed text (`prose`). */
export type SectionLayout = "facts" | "prose";

/**
 * The trial page's sections that show registered fields (pilot-form.ts, `public.page`): a field placed in one
 * of them is on the page without an edit to the page. Behov and Erfaringer are drawn from the registry alone
 * (RegisteredSection.astro); the others draw their own values and then the registered ones (RegisteredFields.astro).
 */
export const PAGE_SECTIONS: Readonly<
  Record<PageSection, { readonly id: string; readonly title: string; readonly layout: SectionLayout; readonly last?: readonly string[] }>
> = {
  fakta: { id: "fakta", title: "Fakta", layout: "facts" },
  behov: { id: "behov", title: "Behov", layout: "prose" },
  arbeidsmate: { id: "metode", title: "Arbeidsmåte", layout: "prose" },
  ressurser: { id: "ressurser", title: "Finansiering og ressurser", layout: "facts" },
  resultater: { id: "resultater", title: "Resultater", layout: "facts" },
  // What another office needs closes the section, after the office's own lessons.
  erfaringer: { id: "erfaringer", title: "Erfaringer", layout: "prose", last: ["preconditions"] },
  kontakt: { id: "kontakt", title: "Kontakt", layout: "prose" },
};

/** A value as the page draws it, by the field's display kind. */
export type ShownValue =
  | { readonly kind: "paragraph" | "text"; readonly text: string }
  | { readonly kind: "link"; readonly text: string; readonly href: string | undefined }
  | { readonly kind: "items"; readonly items: readonly string[] };

export interface ShownField {
  readonly def: PublicFieldDef;
  /** The field's heading under the section's, if it has one. */
  readonly heading: string | undefined;
  readonly value: ShownValue;
}

function itemText(item: unknown): string {
  return typeof item === "object" && item !== null
    ? Object.values(item)
        .filter((v) => typeof v === "string")
        .join(" – ")
    : String(item);
}

/** A public value as the trial page shows it; nothing for an empty one. */
export function shownValue(def: PublicFieldDef, value: unknown): ShownValue | undefined {
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) return undefined;
  const term = (code: unknown) => (!isList(def) && def.options ? labelOf(def.options, String(code)) : String(code));
  switch (displayKind(def)) {
    case "paragraph":
      return { kind: "paragraph", text: String(value) };
    case "date":
      return { kind: "text", text: formatDate(String(value)) };
    case "number":
      return { kind: "text", text: typeof value === "number" ? formatDecimal(value) : String(value) };
    case "money":
      return { kind: "text", text: typeof value === "number" ? formatNok(value) : String(value) };
    case "term":
      return { kind: "text", text: term(value) };
    case "terms":
      return { kind: "text", text: (value as unknown[]).map(term).join(", ") };
    case "link":
      return { kind: "link", text: String(value), href: safeHref(String(value)) };
    case "email":
      return { kind: "link", text: String(value), href: `mailto:${String(value)}` };
    case "list":
      return { kind: "items", items: (value as unknown[]).map(itemText) };
    case "none":
      return undefined;
    default:
      return { kind: "text", text: String(value) };
  }
}

/**
 * The filled fields of a page section, in form order but for the ones the section puts last. `fields` are the
 * registry's public fields unless given.
 */
export function sectionFields(pilot: PublicPilot, section: PageSection, fields: readonly PublicFieldDef[] = publicFields()): ShownField[] {
  const last = PAGE_SECTIONS[section].last ?? [];
  const rank = (def: PublicFieldDef) => (last.includes(def.name) ? 1 + last.indexOf(def.name) : 0);
  const ordered = [...fields].sort((a, b) => rank(a) - rank(b));
  return ordered.flatMap((def) => {
    const page = def.public.page;
    if (page?.section !== section) return [];
    const value = shownValue(def, getAt(pilot, def.name));
    return value ? [{ def, heading: page.heading, value }] : [];
  });
}

/**
 * The registered fields a section drawn by hand shows after its own values, each with a heading: its own, else
 * the field's label (a term beside others needs a name).
 */
export function addedFields(pilot: PublicPilot, section: PageSection, fields?: readonly PublicFieldDef[]): ShownField[] {
  return sectionFields(pilot, section, fields).map((field) => ({ ...field, heading: field.heading ?? field.def.label }));
}
