import { createHash } from "node:crypto";
import { DynamoDBClient, type DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { BadRequestError } from "../../domain/errors.ts";

export { isUnavailable, unavailable } from "./unavailable.ts";

/** A document client that drops undefined values and keeps numbers as numbers. */
export function createDocumentClient(config: DynamoDBClientConfig = {}): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(new DynamoDBClient(config), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}

/** The condition-check failures of a cancelled transaction, by item index. */
export function cancelledIndexes(error: unknown): number[] {
  if (!(error instanceof Error) || error.name !== "TransactionCanceledException") return [];
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.flatMap((r, i) => (r.Code === "ConditionalCheckFailed" ? [i] : []));
}

/**
 * Opaque pagination cursors: base64url of the last evaluated key and a digest of it, so that a cursor changed
 * in any way (a character flipped, cut short, a key or value edited, one made by hand) is refused before it
 * reaches the database. The partition a cursor pages is checked against the caller's on decoding as well.
 */
export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  if (!key) return undefined;
  const payload = Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
  return `${payload}.${cursorDigest(payload)}`;
}

function cursorDigest(payload: string): string {
  return createHash("sha256").update(`utprovingsbanken-cursor:${payload}`).digest("base64url").slice(0, 22);
}

/**
 * A cursor back to the key it was made from. Its digest must match; it must hold exactly the keys of the
 * index it pages (a cursor of another index, with keys missing or extra, is refused), each a bounded string,
 * and the fixed keys (the partition being read) must have the values given; anything else is 400, never a
 * database error.
 */
export function decodeCursor(
  cursor: string | undefined,
  expectedKeys: readonly string[],
  fixed: Record<string, string> = {},
): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  const [payload = "", digest, ...rest] = cursor.split(".");
  if (rest.length > 0 || digest !== cursorDigest(payload)) throw badCursor();
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (
      typeof value === "object" &&
      value !== null &&
      !Array.isArray(value) &&
      Object.keys(value).length === expectedKeys.length &&
      expectedKeys.every((k) => Object.hasOwn(value, k)) &&
      Object.values(value).every((v) => typeof v === "string" && v.length > 0 && v.length <= 1024) &&
      Object.entries(fixed).every(([k, v]) => (value as Record<string, unknown>)[k] === v)
    ) {
      return value as Record<string, unknown>;
    }
  } catch {
    // an unreadable cursor is refused below like a malformed one
  }
  throw badCursor();
}

export function badCursor(): BadRequestError {
  return new BadRequestError("Ugyldig sidepeker", [{ pointer: "/cursor", message: "Sidepekeren (cursor) er ugyldig. Start fra første side." }]);
}

/**
 * A query's start key that DynamoDB itself refuses (outside the query's key range, for instance): with a
 * cursor from the client that is the client's mistake, 400.
 */
export function isRefusedStartKey(error: unknown, cursor: string | undefined): boolean {
  return cursor !== undefined && error instanceof Error && error.name === "ValidationException";
}
