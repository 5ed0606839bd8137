import { zodResolver } from "@hookform/resolvers/zod";
import { get, set, type FieldError, type FieldValues, type Resolver } from "react-hook-form";
import type * as z from "zod";

/**
 * A route's body schema over a form's values: `toBody` turns what the controls hold (text, "" for no choice)
 * into the body, and the route's own schema checks it, so the form says what the API would say, at the same
 * paths. Give the form's fields the body's names, and each message lands at its field.
 */
export function bodyOf<Values, Parsed, Body>(
  form: z.ZodType<Parsed, Values>,
  toBody: (values: Parsed) => unknown,
  body: z.core.$ZodType<Body>,
): z.ZodType<Body, Values> {
  return form.transform(toBody).pipe(body);
}

/**
 * `zodResolver` over a form's schema, in the form's own words at the named fields ("Velg en metode" rather than
 * "Feltet må fylles ut"): the schema decides what is wrong, and any error at such a field gets its message.
 * Every other field keeps the schemas' Norwegian messages.
 */
export function formResolver<Values extends FieldValues, Body>(
  schema: z.ZodType<Body, Values>,
  messages: Readonly<Record<string, string>> = {},
): Resolver<Values, unknown, Body> {
  const resolve = zodResolver(schema) as Resolver<Values, unknown, Body>;
  return async (values, context, options) => {
    const result = await resolve(values, context, options);
    for (const [path, message] of Object.entries(messages)) {
      const error = get(result.errors, path) as FieldError | undefined;
      if (error?.message) set(result.errors, path, { ...error, message });
    }
    return result;
  };
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
