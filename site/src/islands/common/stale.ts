import { ApiError } from "../../lib/api-client.ts";

/** What a curator or an office is told when the API refuses a write made on top of an older version (412). */
export const CHANGED_SINCE_OPENED = "Utprøvingen er endret av noen andre siden du åpnet den. Last siden på nytt for å se endringene.";

/** True when the API refused the write because someone else wrote the record after the page read it. */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}
