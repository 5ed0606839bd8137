import * as z from "zod";
import { MethodSchema } from "../domain/method.ts";
import { MeasureEffectsSchema, MethodAggregateSchema } from "../domain/public-trial/method-aggregate-schema.ts";

/**
 * Response bodies that are views made for one route rather than records of the domain. The review routes' views
 * are in `review-responses.ts` and the system routes' in `system-responses.ts`, so that a bundle carries only
 * the schemas of its own route's group.
 */

export { MeasureEffectsSchema, MethodAggregateSchema };
export { AuthConfigSchema, HealthSchema, MeSchema, OpenApiDocumentSchema, type AuthConfig } from "./system-responses.ts";

export const listOf = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item), cursor: z.string().optional() });

/** A method as the method lists show it: merged ones with `mergedInto`, the others with their figures. */
export const MethodListItemSchema = MethodSchema.omit({ createdAt: true }).extend({ aggregates: MethodAggregateSchema.optional() });
export type MethodListItem = z.infer<typeof MethodListItemSchema>;

export const FieldChangeSchema = z.strictObject({ pointer: z.string(), before: z.unknown().optional(), after: z.unknown().optional() });

export const RevisionDiffSchema = z.strictObject({ id: z.string(), from: z.int(), to: z.int(), changes: z.array(FieldChangeSchema) });

export const MergeResultSchema = z.strictObject({ merged: MethodSchema, into: MethodSchema, movedTrials: z.int() });
