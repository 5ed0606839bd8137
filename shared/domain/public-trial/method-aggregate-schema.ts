import * as z from "zod/mini";
import { lazySchema } from "../lazy-schema.ts";
import { EvidenceDirectionCode, MeasureUnitCode, OutcomeCode } from "../codes.ts";
import { PeopleCountSchema, PeopleFigureSchema } from "./people-figure.ts";

/**
 * The stored figures of a method, derived from its published trials: the schema the table's items are read with
 * and the method routes answer with.
 */

interface ReplicationNodeShape {
  pilotId: string;
  children: ReplicationNodeShape[];
}
const ReplicationNodeSchema: z.ZodMiniType<ReplicationNodeShape, ReplicationNodeShape> = z
  .strictObject({
    pilotId: z.string(),
    get children() {
      return z.array(ReplicationNodeSchema);
    },
  })
  .register(z.globalRegistry, { id: "ReplicationNode" });

const IntervalSchema = z.strictObject({ lower: z.number(), upper: z.number() });

/** A method's trials on one standard measure against their comparison groups, pooled (see `measureEffects`). */
export const MeasureEffectsSchema = z
  .strictObject({
    kind: z
      .enum(["risk-difference", "mean-difference"])
      .register(z.globalRegistry, { description: "risk-difference: prosentpoeng; mean-difference: målets enhet" }),
    trials: z.array(
      z.strictObject({
        pilotId: z.string(),
        difference: z.number().register(z.globalRegistry, { description: "Utprøvingen minus sammenligningsgruppen" }),
        lower: z.number(),
        upper: z.number(),
        n: z.int(),
        comparisonN: z.int(),
        weight: z.optional(z.number()).register(z.globalRegistry, { description: "Andel av vekten i det samlede estimatet, i prosent" }),
      }),
    ),
    leftOut: z.array(z.strictObject({ pilotId: z.string(), reason: z.enum(["small-count", "no-participants", "no-comparison", "no-sd"]) })),
    pooled: z
      .optional(
        z.strictObject({
          k: z.int(),
          estimate: z.number(),
          ciLower: z.number(),
          ciUpper: z.number(),
          prediction: z.optional(IntervalSchema).register(z.globalRegistry, { description: "95 % prediksjonsintervall, fra 3 utprøvinger" }),
          tau: z.number(),
          i2: z.number(),
        }),
      )
      .register(z.globalRegistry, { description: "Tilfeldige effekter (REML) med Hartung–Knapp-intervall, fra 2 utprøvinger" }),
  })
  .register(z.globalRegistry, { id: "MeasureEffects" });

/** Figures derived from a method's published trials (see `aggregateMethod`). */
export const MethodAggregateSchema = lazySchema(() =>
  z.strictObject({
    methodId: z.string(),
    trials: z.int(),
    offices: z.int(),
    officeIds: z.array(z.string()),
    outcomes: z.record(OutcomeCode, z.int()),
    withoutResults: z.int(),
    strongestEvidence: z.optional(
      z.strictObject({ strength: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]), direction: EvidenceDirectionCode, pilotId: z.string() }),
    ),
    recommended: z.boolean(),
    pooled: z.array(
      z.strictObject({
        measureCode: z.string(),
        label: z.string(),
        unit: MeasureUnitCode,
        pooling: z.enum(["share", "mean"]),
        reportedBy: z.int(),
        included: z.array(z.string()),
        excluded: z.array(z.strictObject({ pilotId: z.string(), reason: z.enum(["small-count", "no-participants"]) })),
        participants: PeopleCountSchema,
        value: z.optional(PeopleFigureSchema),
        comparison: z.optional(z.strictObject({ value: PeopleFigureSchema, n: PeopleCountSchema, trials: z.int() })),
        effects: z.optional(MeasureEffectsSchema),
      }),
    ),
    replicationTree: z.array(ReplicationNodeSchema),
  }),
);
