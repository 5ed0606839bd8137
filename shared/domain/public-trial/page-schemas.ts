import * as z from "zod/mini";
import { lazySchema } from "../lazy-schema.ts";
import { MethodSchema } from "../method.ts";
import { OfficeSchema } from "../office.ts";
import { EVIDENCE_RUBRIC } from "../evidence.ts";
import { IsoDateTime } from "../fields.ts";
import { PublicPilotSchema, PublicTombstoneSchema } from "./public-pilot.ts";

/**
 * The shapes of the public export besides the trials: methods, offices, the rubric, and one page of the
 * trial feed. Methods and offices are read tolerantly (unknown fields are dropped) so that the export can
 * grow without breaking the site build; each field that is read is validated by the domain's own schema.
 */
export const PublicMethodSchema = lazySchema(() =>
  z.object({
    id: MethodSchema.shape.id,
    slug: MethodSchema.shape.slug,
    name: z.string().check(z.minLength(1)),
    description: z.optional(z.string()),
    aliases: z.optional(z.array(z.string())),
    recommended: z.optional(z.boolean()),
    recommendationNote: z.optional(z.string()),
    mergedInto: MethodSchema.shape.mergedInto,
  }),
);
export type PublicMethod = z.infer<typeof PublicMethodSchema>;

export const PublicOfficeSchema = lazySchema(() =>
  z.object({
    id: OfficeSchema.shape.id,
    name: z.string().check(z.minLength(1)),
    county: OfficeSchema.shape.county,
    municipality: z.optional(z.string()),
  }),
);
export type PublicOffice = z.infer<typeof PublicOfficeSchema>;

const EvidenceLevelSchema = z.object({
  strength: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  label: z.string(),
  labelNoEffect: z.string(),
  summary: z.string(),
  criteria: z.array(z.string()),
  typicalDesigns: z.array(z.string()),
});

/** The published rubric, as `GET /api/public/rubric` returns it (the `EVIDENCE_RUBRIC` object). */
export const PublicRubricSchema = lazySchema(() =>
  z.object({
    title: z.string(),
    introduction: z.string(),
    howWeDecide: z.array(z.string()),
    levels: z.array(EvidenceLevelSchema).check(z.minLength(1)),
    /** The criteria for recommending a method for spreading (`RECOMMENDATION_RUBRIC`); absent in exports made before they were published. */
    recommendation: z.optional(
      z.object({
        title: z.string(),
        introduction: z.string(),
        criteria: z.array(z.object({ code: z.string(), label: z.string(), description: z.string() })).check(z.minLength(1)),
      }),
    ),
  }),
);
export type PublicRubric = z.infer<typeof PublicRubricSchema>;

/** The rubric in the code, checked against the schema the export is read with. */
export const DEFAULT_RUBRIC: PublicRubric = PublicRubricSchema.parse(EVIDENCE_RUBRIC);

/** A record in the trial export: a published trial, or a tombstone for one that was withdrawn. */
export const PublicExportItemSchema = lazySchema(() => z.union([PublicTombstoneSchema, PublicPilotSchema]));

/** One page of `GET /api/public/pilots`. */
export const PublicPilotPageSchema = lazySchema(() =>
  z.object({
    items: z.array(PublicExportItemSchema),
    cursor: z.optional(z.string().check(z.minLength(1))),
    asOf: IsoDateTime,
  }),
);
export type PublicPilotPage = z.infer<typeof PublicPilotPageSchema>;

/**
 * Validates one export record against the schema it claims to be (a tombstone when `deleted` is true),
 * so an error names the field that is wrong instead of "no union member matched".
 */
export function parseExportItem(item: unknown): z.core.util.SafeParseResult<z.infer<typeof PublicExportItemSchema>> {
  const isTombstone = typeof item === "object" && item !== null && (item as { deleted?: unknown }).deleted === true;
  return isTombstone ? PublicTombstoneSchema.safeParse(item) : PublicPilotSchema.safeParse(item);
}

export const PublicMethodListSchema = lazySchema(() => z.object({ items: z.array(PublicMethodSchema) }));
export const PublicOfficeListSchema = lazySchema(() => z.object({ items: z.array(PublicOfficeSchema) }));

/** A whole export in one file, for offline builds and tests (`UTP_SNAPSHOT`). */
export const PublicSnapshotSchema = lazySchema(() =>
  z.object({
    generatedAt: IsoDateTime,
    pilots: z.array(PublicPilotSchema),
    methods: z.array(PublicMethodSchema),
    offices: z.array(PublicOfficeSchema),
    rubric: PublicRubricSchema,
  }),
);
export type PublicSnapshot = z.infer<typeof PublicSnapshotSchema>;
