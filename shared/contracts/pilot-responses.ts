import * as z from "zod/mini";

/** The trial routes' views: the fields changed between two kept versions of a trial. */

export const FieldChangeSchema = z.strictObject({ pointer: z.string(), before: z.optional(z.unknown()), after: z.optional(z.unknown()) });

export const RevisionDiffSchema = z.strictObject({ id: z.string(), from: z.int(), to: z.int(), changes: z.array(FieldChangeSchema) });
