import * as z from "zod/mini";
import { lazySchema } from "./lazy-schema.ts";
import { freeText, requiredText, Slug } from "./fields.ts";
import { EvidenceRatingSchema } from "./codes.ts";
import { MethodInputSchema } from "./method.ts";
import { OfficeInputSchema } from "./office.ts";

/** Bodies of the curators' and offices' review actions. */
export const PublishBodySchema = lazySchema(() =>
  z.strictObject({
    evidence: EvidenceRatingSchema,
    methodId: Slug,
    note: z.optional(freeText(4000)),
  }),
);
export type PublishBody = z.infer<typeof PublishBodySchema>;

export const RequestChangesBodySchema = lazySchema(() =>
  z.strictObject({
    comment: requiredText(4000),
  }),
);

/** The office's answer to a curator's comment: part of the trial's history, never public. */
export const ReplyBodySchema = lazySchema(() =>
  z.strictObject({
    message: requiredText(4000),
  }),
);

/** Who takes a submitted trial in the review queue: the calling curator, or nobody. */
export const AssignBodySchema = lazySchema(() =>
  z.strictObject({
    assignee: z.enum(["me", "nobody"], { error: "Oppgi «me» for å ta utprøvingen selv eller «nobody» for å gi den fra deg" }),
  }),
);
export type AssignBody = z.infer<typeof AssignBodySchema>;

export const WithdrawBodySchema = lazySchema(() =>
  z.strictObject({
    reason: requiredText(4000),
  }),
);

export const ReconsiderationBodySchema = lazySchema(() =>
  z.strictObject({
    comment: requiredText(4000),
  }),
);

export const ReconsiderationAnswerBodySchema = lazySchema(() =>
  z
    .strictObject({
      /** Which request is answered (its `requestedAt`). */
      requestedAt: z.iso.datetime({ offset: true }),
      decision: z.enum(["kept", "changed"]),
      evidence: z.optional(EvidenceRatingSchema),
      reason: requiredText(4000),
    })
    .check(z.refine((b) => b.decision === "kept" || b.evidence !== undefined, { error: "Oppgi den nye vurderingen", path: ["evidence"] })),
);

export const CreateMethodBodySchema = lazySchema(() => z.extend(MethodInputSchema, { id: z.optional(Slug) }));
export const CreateOfficeBodySchema = lazySchema(() => z.extend(OfficeInputSchema, { id: z.optional(Slug) }));

export const MergeMethodBodySchema = lazySchema(() =>
  z.strictObject({
    /** The method that is kept; the one in the address is merged into it. */
    into: Slug,
  }),
);
