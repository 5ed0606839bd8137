import type * as z from "zod/mini";
import { BadRequestError, fieldErrors, PayloadTooLargeError, toPointer, UnsupportedMediaTypeError, ValidationError } from "../../shared/domain/errors.ts";
import { textGuardIssues } from "../../shared/domain/privacy/text-guard.ts";
import { header, type ApiEvent } from "./http-request.ts";

/**
 * How a route with a body reads it: passed to `httpHandler` by the handlers of such routes only, so that the
 * bundles of routes without a body carry neither the JSON reader nor the guarded parse.
 */

/** The largest JSON body any route accepts. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * Parses a request body and runs the text guard over the whole parsed value, so that every string field —
 * also one added to a schema later — is refused with 422 at its pointer when it holds an identity number or
 * hidden characters. When parsing fails, the guard's findings in the raw body are reported with the rest.
 */
export function parseGuardedBody<T extends z.ZodMiniType>(schema: T, raw: unknown): z.output<T> {
  const result = schema.safeParse(raw);
  const guard = textGuardIssues(result.success ? result.data : raw).map((issue) => ({ pointer: toPointer(issue.path), message: issue.message }));
  const errors = result.success ? guard : [...fieldErrors(result.error), ...guard];
  if (errors.length > 0) {
    const seen = new Set<string>();
    const unique = errors.filter((e) => {
      const key = `${e.pointer}\n${e.message}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
    throw new ValidationError("Noen av opplysningene er ugyldige", unique);
  }
  return result.data as z.output<T>;
}

/** The JSON a client sent: 413 when too large, 400 when missing or not JSON, 415 when not sent as JSON. */
export function readJsonBody(event: ApiEvent, emptyBody: boolean): unknown {
  const raw = event.body ?? "";
  const bytes = event.isBase64Encoded ? Buffer.from(raw, "base64") : Buffer.from(raw, "utf8");
  if (bytes.byteLength > MAX_BODY_BYTES) {
    throw new PayloadTooLargeError(`Forespørselen er for stor. Største tillatte størrelse er ${MAX_BODY_BYTES / 1024} KB.`);
  }
  if (bytes.byteLength === 0) {
    if (emptyBody) return {};
    throw new BadRequestError("Forespørselen mangler innhold (JSON)");
  }
  const type = header(event, "content-type") ?? "";
  if (!/^application\/([a-z.+-]*\+)?json\s*(;|$)/i.test(type)) {
    throw new UnsupportedMediaTypeError("Innholdet må sendes som JSON (Content-Type: application/json)");
  }
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new BadRequestError("Innholdet er ikke gyldig JSON");
  }
}

/** What `httpHandler` takes for a route with a body. */
export interface BodyReader {
  read(event: ApiEvent, emptyBody: boolean): unknown;
  parse<T extends z.ZodMiniType>(schema: T, raw: unknown): z.output<T>;
}

/** A JSON body, validated against the route's schema with the text guard over every field. */
export const jsonBody: BodyReader = { read: readJsonBody, parse: parseGuardedBody };
