import type * as z from "zod";

/**
 * A route's body schema over a form's values: `toBody` turns what the controls hold (text, "" for no choice)
 * into the body, and the route's own schema checks it, so the form says what the API would say, at the same
 * paths. Give the form's fields the body's names, and each message lands at its field.
 */
export function bodyOf<Values, Parsed, Body>(
  form: z.ZodType<Parsed, Values>,
  toBody: (values: Parsed) => unknown,
  body: z.ZodType<Body>,
): z.ZodType<Body, Values> {
  return form.transform(toBody).pipe(body);
}

/**
 * Parse options for a form's resolver (`zodResolver(schema, messagesAt({...}))`) that say, in the form's own
 * words, what is missing at the named fields ("Velg en metode" rather than "Feltet må fylles ut"). A message
 * the schema itself sets for a field still wins; every other field keeps the schemas' Norwegian messages.
 */
export function messagesAt(messages: Readonly<Record<string, string>>): { error: (issue: z.core.$ZodRawIssue) => string | undefined } {
  return { error: (issue) => messages[(issue.path ?? []).map(String).join(".")] };
}

/** The first message at or under a react-hook-form error (a list field's error lies on one of its items). */
export function firstMessage(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const message = (error as { message?: unknown }).message;
  if (typeof message === "string" && message) return message;
  for (const [key, child] of Object.entries(error)) {
    if (key === "ref") continue;
    const found = firstMessage(child);
    if (found) return found;
  }
  return undefined;
}
