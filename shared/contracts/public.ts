import * as z from "zod/mini";
import { PublicOfficeListSchema, PublicPilotPageSchema, PublicRubricSchema } from "../domain/public-trial/page-schemas.ts";
import { RegistryStatisticsSchema } from "../domain/public-trial/statistics.ts";
import { defineRoute, listOf } from "./contract.ts";
import { MethodListItemSchema } from "./responses.ts";

/** The open data: what anyone may read without logging in. */

export const publicPilots = defineRoute({
  method: "GET",
  path: "/api/public/pilots",
  access: "public",
  tag: "public",
  summary: "Publiserte utprøvinger (åpne data), med endringer siden et tidspunkt",
  query: z.strictObject({
    updatedSince: z.optional(z.iso.datetime({ offset: true, error: "Skriv et tidspunkt i ISO 8601, for eksempel 2025-01-31T12:00:00Z" })),
    cursor: z.optional(z.string().check(z.maxLength(4000))),
    limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500))),
  }),
  errors: [400],
  success: 200,
  response: PublicPilotPageSchema,
});

export const publicMethods = defineRoute({
  method: "GET",
  path: "/api/public/methods",
  access: "public",
  tag: "public",
  summary: "Metoder med avledede tall",
  success: 200,
  response: listOf(MethodListItemSchema),
});

export const publicOffices = defineRoute({
  method: "GET",
  path: "/api/public/offices",
  access: "public",
  tag: "public",
  summary: "NAV-kontorer",
  success: 200,
  response: PublicOfficeListSchema,
});

export const publicRubric = defineRoute({
  method: "GET",
  path: "/api/public/rubric",
  access: "public",
  tag: "public",
  summary: "Kriteriene for kunnskapsgrunnlag",
  success: 200,
  response: PublicRubricSchema,
});

export const publicStatistics = defineRoute({
  method: "GET",
  path: "/api/public/statistics",
  access: "public",
  tag: "public",
  summary: "Tall for alle registrerte utprøvinger (bare antall, ikke innhold)",
  success: 200,
  response: RegistryStatisticsSchema,
});
