import * as z from "zod/mini";
import { lazySchema } from "./lazy-schema.ts";
import { freeText, IsoDateTime, requiredText, Slug, UserRefSchema } from "./fields.ts";

export { UserRefSchema };

/** A shared method (metode) that gathers every office's trial of the same way of working. */
export const MethodInputSchema = lazySchema(() =>
  z.strictObject({
    name: z.pipe(requiredText(200), z.string().check(z.minLength(2))),
    description: z.optional(freeText(8000)),
    aliases: z.optional(z.array(requiredText(200)).check(z.maxLength(20))),
    /** Curator decision: anbefalt for spredning. */
    recommended: z.optional(z.boolean()),
    recommendationNote: z.optional(freeText(2000)),
  }),
);
export type MethodInput = z.infer<typeof MethodInputSchema>;

export const MethodSchema = lazySchema(() =>
  z.extend(MethodInputSchema, {
    id: Slug,
    slug: Slug,
    version: z.int().check(z.minimum(1)),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    /** Set when merged into another method: the slug keeps resolving to that one. */
    mergedInto: z.optional(Slug),
  }),
);
export type Method = z.infer<typeof MethodSchema>;
