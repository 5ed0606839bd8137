/**
 * Typed errors thrown anywhere in the domain; one middleware turns them into RFC 9457 Problem Details.
 * Messages are for users, in Norwegian.
 */
export interface FieldError {
  /** JSON pointer into the request body, e.g. `/content/contact/email`. */
  readonly pointer: string;
  readonly message: string;
}

export abstract class HttpError extends Error {
  abstract readonly status: number;
  abstract readonly title: string;
  readonly headers: Record<string, string> = {};
  readonly errors?: readonly FieldError[];
  constructor(detail: string, errors?: readonly FieldError[]) {
    super(detail);
    this.name = new.target.name;
    if (errors) this.errors = errors;
  }
}

export class BadRequestError extends HttpError {
  readonly status = 400;
  readonly title = "Ugyldig forespørsel";
}
export class UnauthorizedError extends HttpError {
  readonly status = 401;
  readonly title = "Ikke innlogget";
}
export class ForbiddenError extends HttpError {
  readonly status = 403;
  readonly title = "Ingen tilgang";
}
export class NotFoundError extends HttpError {
  readonly status = 404;
  readonly title = "Finnes ikke";
}
export class MethodNotAllowedError extends HttpError {
  readonly status = 405;
  readonly title = "Metoden er ikke tillatt";
}
export class ConflictError extends HttpError {
  readonly status = 409;
  readonly title = "Konflikt";
}
export class PreconditionFailedError extends HttpError {
  readonly status = 412;
  readonly title = "Utprøvingen er endret av noen andre";
}
export class PayloadTooLargeError extends HttpError {
  readonly status = 413;
  readonly title = "For stor forespørsel";
}
export class UnsupportedMediaTypeError extends HttpError {
  readonly status = 415;
  readonly title = "Feil innholdstype";
}
export class ValidationError extends HttpError {
  readonly status = 422;
  readonly title = "Ugyldige opplysninger";
}
export class PreconditionRequiredError extends HttpError {
  readonly status = 428;
  readonly title = "Mangler If-Match";
}
export class ServiceUnavailableError extends HttpError {
  readonly status = 503;
  readonly title = "Tjenesten er midlertidig utilgjengelig";
  constructor(detail: string, retryAfterSeconds = 5) {
    super(detail);
    this.headers["Retry-After"] = String(retryAfterSeconds);
  }
}

/** Turns a zod-style path into a JSON pointer (RFC 6901). */
export function toPointer(path: readonly PropertyKey[], prefix = ""): string {
  return prefix + path.map((p) => "/" + String(p).replaceAll("~", "~0").replaceAll("/", "~1")).join("");
}
