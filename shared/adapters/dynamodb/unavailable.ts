import { ServiceUnavailableError } from "../../domain/errors.ts";

/**
 * Telling a database outage from a wrong request. Kept apart from the client factory in `dynamo.ts`, so that
 * what answers every error (the HTTP wrapper) does not bring the AWS SDK into handlers that never reach the table.
 */

const UNAVAILABLE_ERRORS = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "TimeoutError",
  "RequestTimeout",
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "InternalServerError",
  "ServiceUnavailable",
]);

/** Whether an error means the database could not be reached or is overloaded, not that the request was wrong. */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code;
  if (UNAVAILABLE_ERRORS.has(error.name) || (code !== undefined && UNAVAILABLE_ERRORS.has(code))) return true;
  const meta = (error as { $metadata?: { httpStatusCode?: number } }).$metadata;
  if (meta?.httpStatusCode !== undefined && meta.httpStatusCode >= 500) return true;
  const cause = (error as { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && isUnavailable(cause);
}

export function unavailable(): ServiceUnavailableError {
  return new ServiceUnavailableError("Databasen svarer ikke akkurat nå. Prøv igjen om litt; ingenting er lagret halvveis.");
}
