import * as z from "zod";
import { freeText, IsoDateTime, requiredText, Slug, UserRefSchema } from "./fields.ts";

export { UserRefSchema };

/** A shared method (metode) that gathers every office's trial of the same way of working. */
export const MethodInputSchema = z.strictObject({
  name: requiredText(200).pipe(z.string().min(2)),
  description: freeText(8000).optional(),
  aliases: z.array(requiredText(200)).max(20).optional(),
  /** Curator decision: anbefalt for spredning. */
  recommended: z.boolean().optional(),
  recommendationNote: freeText(2000).optional(),
});
export type MethodInput = z.infer<typeof MethodInputSchema>;

export const MethodSchema = MethodInputSchema.extend({
  id: Slug,
  slug: Slug,
  version: z.int().min(1),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** Set when merged into another method: the slug keeps resolving to that one. */
  mergedInto: Slug.optional(),
});
export type Method = z.infer<typeof MethodSchema>;
