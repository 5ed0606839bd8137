import type { PilotState } from "../../domain/taxonomy.ts";
import { partitions } from "./keys.ts";

/** A listing of trials through one of the table's indexes, and the keys a page cursor of it holds. */
export interface PilotQuery {
  readonly query: {
    readonly IndexName: string;
    readonly KeyConditionExpression: string;
    readonly ExpressionAttributeValues: Record<string, unknown>;
    readonly ScanIndexForward: boolean;
    readonly FilterExpression?: string;
  };
  readonly cursorKeys: readonly string[];
}

/** One office's trials, newest change first. */
export function byOffice(officeId: string): PilotQuery {
  return {
    query: {
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": partitions.officePilots(officeId) },
      ScanIndexForward: false,
    },
    cursorKeys: ["pk", "sk", "gsi1pk", "gsi1sk"],
  };
}

/** Trials in one workflow state, oldest change first. */
export function byState(state: PilotState): PilotQuery {
  return {
    query: { IndexName: "gsi2", KeyConditionExpression: "gsi2pk = :pk", ExpressionAttributeValues: { ":pk": partitions.state(state) }, ScanIndexForward: true },
    cursorKeys: ["pk", "sk", "gsi2pk", "gsi2sk"],
  };
}

/** Trials whose results were due on or before `today` (YYYY-MM-DD), most overdue first; optionally one office's. */
export function resultsDueBy(today: string, officeId: string | undefined): PilotQuery {
  return {
    query: {
      IndexName: "gsi3",
      KeyConditionExpression: "gsi3pk = :pk AND gsi3sk < :bound",
      ExpressionAttributeValues: { ":pk": partitions.resultsDue, ":bound": `${today}$`, ...(officeId ? { ":office": officeId } : {}) },
      ...(officeId ? { FilterExpression: "officeId = :office" } : {}),
      ScanIndexForward: true,
    },
    cursorKeys: ["pk", "sk", "gsi3pk", "gsi3sk"],
  };
}

/** Trials linked to a method, by the curators' decision or, before review, the office's suggestion. */
export function byMethod(methodId: string): PilotQuery {
  return {
    query: {
      IndexName: "gsi4",
      KeyConditionExpression: "gsi4pk = :pk",
      ExpressionAttributeValues: { ":pk": partitions.methodPilots(methodId) },
      ScanIndexForward: true,
    },
    cursorKeys: ["pk", "sk", "gsi4pk", "gsi4sk"],
  };
}
