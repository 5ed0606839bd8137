import * as z from "zod/mini";
import { lazySchema } from "./lazy-schema.ts";
import { PilotSchema } from "./pilot.ts";

/** A kept version of a trial: who did what, when, and the trial as it was after. */
export const REVISION_ACTIONS = [
  "create",
  "update",
  "submit",
  "publish",
  "request_changes",
  "withdraw",
  "request_reconsideration",
  "answer_reconsideration",
  "move_method",
  "reply_to_curator",
  "redact",
  "assign",
] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

export const RevisionSchema = lazySchema(() =>
  z.strictObject({
    id: z.string(),
    version: z.int().check(z.minimum(1)),
    action: z.enum(REVISION_ACTIONS),
    at: z.string(),
    by: z.strictObject({ sub: z.string(), name: z.string() }),
    note: z.optional(z.string()),
    snapshot: PilotSchema,
  }),
);
export type Revision = z.infer<typeof RevisionSchema>;
