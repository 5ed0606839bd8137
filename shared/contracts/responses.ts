import * as z from "zod/mini";
import { MethodSchema } from "../domain/method.ts";
import { MeasureEffectsSchema, MethodAggregateSchema } from "../domain/public-trial/method-aggregate-schema.ts";

/**
 * Response bodies that are views made for one route rather than records of the domain: here the method routes'.
 * The trial routes' views are in `pilot-responses.ts`, the review routes' in `review-responses.ts` and the system
 * routes' in `system-responses.ts`, so that a bundle carries only the schemas of its own route's group.
 */

export { MeasureEffectsSchema, MethodAggregateSchema };
export { AuthConfigSchema, HealthSchema, MeSchema, OpenApiDocumentSchema, type AuthConfig } from "./system-responses.ts";

/** A method as the method lists show it: merged ones with `mergedInto`, the others with their figures. */
export const MethodListItemSchema = z.extend(z.omit(MethodSchema, { createdAt: true }), { aggregates: z.optional(MethodAggregateSchema) });
export type MethodListItem = z.infer<typeof MethodListItemSchema>;

export const MergeResultSchema = z.strictObject({ merged: MethodSchema, into: MethodSchema, movedTrials: z.int() });
