/**
 * The guard over every piece of text a client sends: no identity number in any written form (also
 * percent-encoded, as in a link), and no characters that hide or reorder text — control characters other
 * than line breaks and tabs, lone surrogates, bidirectional embeddings, overrides and isolates.
 *
 * `textGuardIssues` walks a whole parsed body, so every field is guarded, including fields added later.
 * Pure TypeScript, so the browser can run the same check.
 */
import { refusedCharacter, refusedCharacterMessage } from "./canonical-text.ts";
import { containsIdentityNumber } from "./identity-number.ts";

export const IDENTITY_NUMBER_MESSAGE =
  "Feltet ser ut til å inneholde et fødselsnummer eller D-nummer. Fjern det: Utprøvingsbanken skal ikke ha personopplysninger om brukere.";

export const HIDDEN_CHARACTER_MESSAGE =
  "Feltet inneholder usynlige styretegn eller tegn som snur skriveretningen. Fjern dem, for eksempel ved å skrive teksten inn på nytt.";

export type TextProblem = "identity-number" | "hidden-character";

/**
 * True when the text holds a character the hub refuses (see canonical-text.ts): control characters, lone
 * surrogates, noncharacters, invisible and format characters (bidirectional controls among them), and
 * combining marks between digits.
 */
export function hasHiddenCharacters(text: string): boolean {
  return refusedCharacter(text) !== undefined;
}

/** Percent-decoding that never throws: valid UTF-8 sequences are decoded, stray bytes read as Latin-1. */
function percentDecode(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (sequence) => {
    try {
      return decodeURIComponent(sequence);
    } catch {
      return sequence.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
  });
}

/** The text and what it reads as once percent-encoding (up to three layers) and `+` for space are undone. */
function readings(text: string): string[] {
  const out = [text];
  let current = text;
  for (let layer = 0; layer < 3 && /%[0-9A-Fa-f]{2}/.test(current); layer++) {
    current = percentDecode(current);
    out.push(current);
  }
  if (current.includes("+")) out.push(current.replaceAll("+", " "));
  return out;
}

/** What is wrong with one piece of text, or undefined when it may be stored. */
export function textProblem(text: string): TextProblem | undefined {
  // An identity number is the finding that matters most, also when hidden characters dress it.
  if (readings(text).some((reading) => containsIdentityNumber(reading))) return "identity-number";
  if (hasHiddenCharacters(text)) return "hidden-character";
  return undefined;
}

export function textProblemMessage(problem: TextProblem): string {
  return problem === "identity-number" ? IDENTITY_NUMBER_MESSAGE : HIDDEN_CHARACTER_MESSAGE;
}

/** The message for a text's problem that says the most: for a refused character, which one and where. */
export function textProblemMessageFor(text: string, problem: TextProblem): string {
  const refused = problem === "hidden-character" ? refusedCharacter(text) : undefined;
  return refused ? refusedCharacterMessage(refused) : textProblemMessage(problem);
}

export interface TextIssue {
  readonly path: readonly (string | number)[];
  readonly problem: TextProblem;
  readonly message: string;
}

/** Every string (and object key) in a parsed value that may not be stored, with its path. */
export function textGuardIssues(value: unknown, path: readonly (string | number)[] = [], depth = 0): TextIssue[] {
  if (depth > 64) return [];
  if (typeof value === "string") {
    const problem = textProblem(value);
    return problem ? [{ path, problem, message: textProblemMessage(problem) }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => textGuardIssues(item, [...path, i], depth + 1));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => {
      const keyProblem = textProblem(key);
      const own = keyProblem ? [{ path: [...path, key], problem: keyProblem, message: textProblemMessage(keyProblem) }] : [];
      return [...own, ...textGuardIssues(item, [...path, key], depth + 1)];
    });
  }
  return [];
}
