import * as z from "zod";
import { textProblem, textProblemMessageFor } from "./privacy/text-guard.ts";
import { installNorwegianMessages } from "./messages.ts";

installNorwegianMessages();

/**
 * The text guard as a zod check, for the field itself (so the form can show it next to the field). The API
 * also runs the guard over the whole parsed body, so a field without this check is guarded too.
 */
const textGuard = z.superRefine((s: string, ctx) => {
  const problem = textProblem(s);
  if (problem) ctx.addIssue({ code: "custom", message: textProblemMessageFor(s, problem), params: { privacy: problem }, input: s });
});

/** Free text written by users: trimmed, bounded, and refused when it holds an identity number or hidden characters. */
export function freeText(max: number) {
  return z.string().trim().max(max).check(textGuard);
}

/** Required free text: at least one character after trimming. */
export function requiredText(max: number) {
  return freeText(max).pipe(z.string().min(1));
}

export const UserRefSchema = z.strictObject({ sub: z.string().max(200), name: z.string().max(200) });
export const IsoDate = z.iso.date();
export const IsoDateTime = z.iso.datetime({ offset: true });
export const Ulid = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, { error: "Ugyldig id" });
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "Ugyldig kortnavn (bruk a–z, 0–9 og bindestrek)" })
  .max(120);
export const LocalId = z.string().regex(/^[a-z0-9-]{1,40}$/, { error: "Ugyldig id" });
export const WebLink = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "Skriv en gyldig lenke som begynner med https://" })
  .max(2000)
  .check(textGuard);
export const WorkEmail = z.email({ error: "Skriv en gyldig e-postadresse, for eksempel navn@nav.no" }).max(254);
export const NonNegativeInt = (max: number) => z.int().min(0).max(max);

/**
 * A decimal figure within [min, max]. Magnitudes below 1e-100 are refused: DynamoDB cannot store numbers
 * smaller than 1e-130, and no figure in a trial is that small.
 */
export const Figure = (min: number, max: number) =>
  z
    .number()
    .min(min)
    .max(max)
    .refine((n) => n === 0 || Math.abs(n) >= 1e-100, { error: "Tallet er for nær null. Skriv 0 eller et større tall." });
