import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import { keys } from "../dynamodb/keys.ts";

/** The part of a stream record (Lambda's event or DynamoDB Streams' GetRecords) the consumers read. */
export interface StreamChangeRecord {
  readonly eventID?: string | undefined;
  readonly dynamodb?:
    | {
        readonly Keys?: Record<string, unknown> | undefined;
        readonly OldImage?: Record<string, unknown> | undefined;
        readonly NewImage?: Record<string, unknown> | undefined;
        readonly SequenceNumber?: string | undefined;
      }
    | undefined;
}

/** An item's keys and its images before and after the change, as plain values. */
export interface StreamChange {
  readonly pk: string;
  readonly sk: string;
  readonly oldImage?: Record<string, unknown> | undefined;
  readonly newImage?: Record<string, unknown> | undefined;
}

function plain(raw: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  // The images are DynamoDB attribute maps; what they hold is checked by whoever reads a field of them.
  return raw ? unmarshall(raw as Record<string, AttributeValue>) : undefined;
}

/** The sort keys of the items whose changes alter a derived figure (the stream filter in AWS lets only these through). */
export const FIGURE_SORT_KEYS = { pilot: keys.pilot("-").sk, publicPilot: keys.publicPilot("-").sk, method: keys.method("-").sk } as const;

/** The sort keys of the items whose changes show on the public site: published trials (and withdrawals), methods, offices. */
export const SITE_CHANGE_SORT_KEYS: readonly string[] = [keys.publicPilot("-").sk, keys.method("-").sk, keys.office("-").sk];

/** Whether a change should rebuild the public site (the same sort keys the stream filter in AWS lets through). */
export function isSiteChange(record: StreamChangeRecord): boolean {
  const change = streamChange(record);
  return change !== undefined && SITE_CHANGE_SORT_KEYS.includes(change.sk);
}

/** Every sort key a consumer of public changes reads: the derived figures' and the site's. */
export const PUBLIC_CHANGE_SORT_KEYS: readonly string[] = [...new Set<string>([...Object.values(FIGURE_SORT_KEYS), ...SITE_CHANGE_SORT_KEYS])];

export function streamChange(record: StreamChangeRecord): StreamChange | undefined {
  const oldImage = plain(record.dynamodb?.OldImage);
  const newImage = plain(record.dynamodb?.NewImage);
  const keyed = plain(record.dynamodb?.Keys) ?? newImage ?? oldImage;
  if (typeof keyed?.pk !== "string" || typeof keyed.sk !== "string") return undefined;
  return { pk: keyed.pk, sk: keyed.sk, oldImage, newImage };
}

/** The method a public record (its `data`) or a method item names, if any. */
export function methodIdOf(change: StreamChange, image: Record<string, unknown> | undefined): string | undefined {
  if (!image) return undefined;
  if (change.sk === FIGURE_SORT_KEYS.method) return change.pk.slice(change.pk.indexOf("#") + 1);
  const data = image.data as { methodId?: unknown } | undefined;
  return typeof data?.methodId === "string" ? data.methodId : undefined;
}
