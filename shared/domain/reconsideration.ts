import * as z from "zod/mini";
import { EvidenceRatingSchema } from "./codes.ts";
import { lazySchema } from "./lazy-schema.ts";

const UserRef = z.strictObject({ sub: z.string(), name: z.string() });

/**
 * An office's request that curators reconsider a published trial's evidence rating, and their answer. Apart from
 * the revisions (revision.ts), whose snapshots are whole trials: a reader of requests needs no trial schema.
 */
export const ReconsiderationSchema = lazySchema(() =>
  z.strictObject({
    pilotId: z.string(),
    officeId: z.string(),
    requestedAt: z.string(),
    requestedBy: UserRef,
    comment: z.string(),
    evidenceAtRequest: z.optional(EvidenceRatingSchema),
    status: z.enum(["open", "answered"]),
    answeredAt: z.optional(z.string()),
    answeredBy: z.optional(UserRef),
    decision: z.optional(z.enum(["kept", "changed"])),
    reason: z.optional(z.string()),
    evidenceAfter: z.optional(EvidenceRatingSchema),
  }),
);
export type Reconsideration = z.infer<typeof ReconsiderationSchema>;
