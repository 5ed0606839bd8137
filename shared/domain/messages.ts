import * as z from "zod/mini";

/**
 * Norwegian validation messages for users. Installed once as zod's error map by `schemas.ts`, so every
 * schema gives the same wording in the API's Problem Details and next to a field in the form.
 */
export { HIDDEN_CHARACTER_MESSAGE, IDENTITY_NUMBER_MESSAGE } from "./privacy/text-guard.ts";

export const REQUIRED_MESSAGE = "Feltet må fylles ut";
/** A number field holding text that is no number ("mange", "1 4OO"). */
export const NOT_A_NUMBER_MESSAGE = "Skriv bare et tall, for eksempel 1 400 000 eller 1,5";

function sizeMessage(kind: "small" | "big", origin: string, limit: number | bigint): string {
  const n = Number(limit);
  switch (origin) {
    case "string":
      if (kind === "small") return n <= 1 ? REQUIRED_MESSAGE : `Skriv minst ${n} tegn`;
      return `Teksten kan ha høyst ${n} tegn`;
    case "array":
    case "set":
      return kind === "small" ? (n <= 1 ? "Velg eller legg til minst én" : `Legg til minst ${n}`) : `Du kan ha høyst ${n}`;
    default:
      return kind === "small" ? `Verdien må være minst ${n}` : `Verdien kan være høyst ${n}`;
  }
}

export const norwegianErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return REQUIRED_MESSAGE;
      if (issue.expected === "number" || issue.expected === "int") return typeof issue.input === "string" ? NOT_A_NUMBER_MESSAGE : "Skriv et tall";
      if (issue.expected === "string") return "Skriv tekst";
      if (issue.expected === "array") return "Forventet en liste";
      if (issue.expected === "object") return "Forventet et objekt";
      return "Ugyldig verdi";
    case "too_small":
      return sizeMessage("small", issue.origin, issue.minimum);
    case "too_big":
      return sizeMessage("big", issue.origin, issue.maximum);
    case "invalid_format":
      switch (issue.format) {
        case "email":
          return "Skriv en gyldig e-postadresse, for eksempel navn@nav.no";
        case "url":
          return "Skriv en gyldig lenke som begynner med https://";
        case "date":
          return "Skriv en gyldig dato (ÅÅÅÅ-MM-DD)";
        case "datetime":
          return "Skriv et gyldig tidspunkt (ISO 8601)";
        default:
          return "Ugyldig format";
      }
    case "invalid_value":
      return "Ugyldig valg";
    case "unrecognized_keys":
      return issue.keys.length === 1 ? `Ukjent felt: ${issue.keys[0]}` : `Ukjente felt: ${issue.keys.join(", ")}`;
    case "not_multiple_of":
      return `Verdien må gå opp i ${String(issue.divisor)}`;
    case "invalid_union":
      return "Ugyldig verdi";
    default:
      return undefined;
  }
};

let installed = false;
export function installNorwegianMessages(): void {
  if (installed) return;
  z.config({ customError: norwegianErrorMap });
  installed = true;
}
