/**
 * How long an API function may run, and how its requests to the table are tried within that: every attempt,
 * with the pauses between them, fits in the function's timeout, so a database that does not answer gives the
 * caller a 503 of ours rather than the function timing out.
 */

/** An API function's timeout in Lambda. */
export const API_FUNCTION_TIMEOUT_SECONDS = 10;

/** How often a request to the table is tried. */
export const DATABASE_ATTEMPTS = 3;

/** How long each try may take in AWS, where DynamoDB answers in milliseconds. */
export const DATABASE_REQUEST_TIMEOUT_MS = 3_000;

/**
 * How long each try may take against DynamoDB Local, which on a busy machine can take seconds over what
 * DynamoDB answers at once: a shorter limit there would turn slowness into failed and retried writes.
 */
export const EMULATOR_REQUEST_TIMEOUT_MS = 30_000;
