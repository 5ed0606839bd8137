import * as z from "zod/mini";

/**
 * The one error contract of the API: RFC 9457 Problem Details with Norwegian titles, the schema the
 * handlers answer with, the OpenAPI document describes, the site's client reads and the tests check.
 * Typed errors thrown anywhere in the domain become Problem Details in one middleware.
 */

/** The title of every status the API or its gateway answers with an error. */
export const STATUS_TITLES = {
  400: "Ugyldig forespørsel",
  401: "Ikke innlogget",
  403: "Ingen tilgang",
  404: "Finnes ikke",
  405: "Metoden er ikke tillatt",
  409: "Konflikt",
  412: "Utprøvingen er endret av noen andre",
  413: "For stor forespørsel",
  415: "Feil innholdstype",
  422: "Ugyldige opplysninger",
  428: "Mangler If-Match",
  500: "Noe gikk galt",
  503: "Tjenesten er midlertidig utilgjengelig",
} as const;
export type ProblemStatus = keyof typeof STATUS_TITLES;

export const FieldErrorSchema = z.object({
  /** JSON pointer into the request, e.g. `/content/contact/email` or `/headers/if-match`. */
  pointer: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.optional(z.string()),
    instance: z.optional(z.string()),
    /** One entry per refused field, with a Norwegian message. */
    errors: z.optional(z.array(FieldErrorSchema)),
  })
  .register(z.globalRegistry, { description: "RFC 9457 Problem Details" });
export type Problem = z.infer<typeof ProblemSchema>;

/** A Problem Details body for `status`, with the status's title. */
export function problemBody(status: ProblemStatus, detail: string, extra: Partial<Pick<Problem, "instance" | "errors">> = {}): Problem {
  return { type: "about:blank", title: STATUS_TITLES[status], status, detail, ...extra };
}

export abstract class HttpError extends Error {
  abstract readonly status: ProblemStatus;
  readonly headers: Record<string, string> = {};
  readonly errors?: readonly FieldError[];
  constructor(detail: string, errors?: readonly FieldError[]) {
    super(detail);
    this.name = new.target.name;
    if (errors) this.errors = errors;
  }
  get title(): string {
    return STATUS_TITLES[this.status];
  }
}

export class BadRequestError extends HttpError {
  readonly status = 400;
}
export class UnauthorizedError extends HttpError {
  readonly status = 401;
}
export class ForbiddenError extends HttpError {
  readonly status = 403;
}
export class NotFoundError extends HttpError {
  readonly status = 404;
}
export class ConflictError extends HttpError {
  readonly status = 409;
}
export class PreconditionFailedError extends HttpError {
  readonly status = 412;
}
export class PayloadTooLargeError extends HttpError {
  readonly status = 413;
}
export class UnsupportedMediaTypeError extends HttpError {
  readonly status = 415;
}
export class ValidationError extends HttpError {
  readonly status = 422;
}
export class PreconditionRequiredError extends HttpError {
  readonly status = 428;
}
export class ServiceUnavailableError extends HttpError {
  readonly status = 503;
  constructor(detail: string, retryAfterSeconds = 5) {
    super(detail);
    this.headers["Retry-After"] = String(retryAfterSeconds);
  }
}

/** Zod issues as field errors with JSON pointers into the body. */
export function fieldErrors(error: z.core.$ZodError, prefix = ""): FieldError[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ pointer: toPointer([...issue.path, key], prefix), message: `Ukjent felt: ${key}` }));
    }
    return [{ pointer: toPointer(issue.path, prefix), message: issue.message }];
  });
}

export function parseOrThrow<T extends z.core.$ZodType>(schema: T, value: unknown, detail: string, prefix = ""): z.output<T> {
  const result = z.safeParse(schema, value);
  if (!result.success) throw new ValidationError(detail, fieldErrors(result.error, prefix));
  return result.data;
}

/** A write based on a version that is no longer the stored one. */
export function staleVersion(): PreconditionFailedError {
  return new PreconditionFailedError("Noen andre har lagret utprøvingen etter at du hentet den. Hent den nyeste versjonen og gjør endringene dine på nytt.");
}

/** Turns a zod-style path into a JSON pointer (RFC 6901). */
export function toPointer(path: readonly PropertyKey[], prefix = ""): string {
  return prefix + path.map((p) => "/" + String(p).replaceAll("~", "~0").replaceAll("/", "~1")).join("");
}
