import * as z from "zod/mini";
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
  return z.string().check(z.trim(), z.maxLength(max), textGuard);
}

/** Required free text: at least one character after trimming. */
export function requiredText(max: number) {
  return z.pipe(freeText(max), z.string().check(z.minLength(1)));
}

export const UserRefSchema = z.strictObject({ sub: z.string().check(z.maxLength(200)), name: z.string().check(z.maxLength(200)) });
export const IsoDate = z.iso.date();
export const IsoDateTime = z.iso.datetime({ offset: true });
export const Ulid = z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, { error: "Ugyldig id" }));
export const Slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "Ugyldig kortnavn (bruk a–z, 0–9 og bindestrek)" }), z.maxLength(120));
export const LocalId = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/, { error: "Ugyldig id" }));
export const WebLink = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "Skriv en gyldig lenke som begynner med https://" })
  .check(z.maxLength(2000), textGuard);
export const WorkEmail = z.email({ error: "Skriv en gyldig e-postadresse, for eksempel navn@nav.no" }).check(z.maxLength(254));
export const NonNegativeInt = (max: number) => z.int().check(z.minimum(0), z.maximum(max));

/**
 * A decimal figure within [min, max]. Magnitudes below 1e-100 are refused: DynamoDB cannot store numbers
 * smaller than 1e-130, and no figure in a trial is that small.
 */
export const Figure = (min: number, max: number) =>
  z.number().check(
    z.minimum(min),
    z.maximum(max),
    z.refine((n) => n === 0 || Math.abs(n) >= 1e-100, { error: "Tallet er for nær null. Skriv 0 eller et større tall." }),
  );
