import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { keys } from "../dynamodb/keys.ts";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { PlannedNotice } from "../../domain/notices/notice.ts";
import { reviewNoticesFor } from "./review-notices.ts";

/** The part of a stream record (Lambda's event or DynamoDB Streams' GetRecords) the notices read. */
export interface StreamRecordLike {
  readonly dynamodb?:
    | {
        readonly OldImage?: Record<string, unknown> | undefined;
        readonly NewImage?: Record<string, unknown> | undefined;
      }
    | undefined;
}

function image(raw: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  // The images are DynamoDB attribute maps; what they hold is checked by the schemas in reviewNoticesFor.
  return raw ? unmarshall(raw as Record<string, AttributeValue>) : undefined;
}

/** The records whose changes can give a review notice (the stream filter in AWS lets only these through). */
export const NOTICE_SORT_KEYS = { pilot: keys.pilot("-").sk, reconsiderationPrefix: keys.reconsiderationPrefix } as const;

export function isNoticeChange(record: StreamRecordLike): boolean {
  const raw = record.dynamodb?.NewImage ?? record.dynamodb?.OldImage;
  const sk = (raw?.sk as { S?: unknown } | undefined)?.S;
  return typeof sk === "string" && (sk === NOTICE_SORT_KEYS.pilot || sk.startsWith(NOTICE_SORT_KEYS.reconsiderationPrefix));
}

/** The review notices a batch of stream records gives, in order. */
export function noticesFromStream(records: readonly StreamRecordLike[]): PlannedNotice[] {
  return records
    .filter(isNoticeChange)
    .flatMap((record) => reviewNoticesFor({ oldImage: image(record.dynamodb?.OldImage), newImage: image(record.dynamodb?.NewImage) }));
}
