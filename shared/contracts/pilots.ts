import * as z from "zod/mini";
import { Slug } from "../domain/fields.ts";
import { PilotContentSchema, PilotSchema } from "../domain/pilot.ts";
import { RevisionSchema } from "../domain/revision.ts";
import { PublicPilotSchema } from "../domain/public-trial/public-pilot.ts";
import { defineRoute, listOf, MAX_PATH_PARAM_LENGTH } from "./contract.ts";
import { RevisionDiffSchema } from "./pilot-responses.ts";

/** The routes an office uses to register and keep its trials. */

export const createPilot = defineRoute({
  method: "POST",
  path: "/api/pilots",
  access: "kontor",
  tag: "pilots",
  summary: "Registrer en ny utprøving (utkast)",
  body: PilotContentSchema,
  idempotencyKey: true,
  example: {
    title: "Jobbklubb for unge voksne",
    summary: "Ukentlig jobbklubb der unge øver på søknader og møter arbeidsgivere.",
    targetGroups: ["unge-under-30"],
  },
  success: 201,
  response: PilotSchema,
});

export const listPilots = defineRoute({
  method: "GET",
  path: "/api/pilots",
  access: "own-office-or-kurator",
  tag: "pilots",
  summary: "Et kontors utprøvinger",
  query: z.object({
    office: z.optional(Slug),
    cursor: z.optional(z.string().check(z.maxLength(2000))),
    limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200))),
  }),
  errors: [400],
  success: 200,
  response: listOf(PilotSchema),
});

export const getPilot = defineRoute({
  method: "GET",
  path: "/api/pilots/{id}",
  access: "own-office-or-kurator",
  tag: "pilots",
  summary: "Én utprøving: hele posten for eget kontor og kuratorer, den offentlige visningen for andre kontorer",
  errors: [404],
  success: 200,
  response: z.union([PilotSchema, PublicPilotSchema]),
});

export const updatePilot = defineRoute({
  method: "PUT",
  path: "/api/pilots/{id}",
  access: "own-office",
  tag: "pilots",
  summary: "Lagre endringer i en utprøving",
  body: PilotContentSchema,
  ifMatch: true,
  errors: [404, 409],
  example: { title: "Jobbklubb for unge voksne", trialStatus: "pagar" },
  success: 200,
  response: PilotSchema,
});

export const submitPilot = defineRoute({
  method: "POST",
  path: "/api/pilots/{id}/submit",
  access: "own-office",
  tag: "pilots",
  summary: "Send utprøvingen til vurdering",
  ifMatch: true,
  errors: [404, 409, 422],
  success: 200,
  response: PilotSchema,
});

export const listRevisions = defineRoute({
  method: "GET",
  path: "/api/pilots/{id}/revisions",
  access: "own-office-or-kurator",
  tag: "pilots",
  summary: "Lagrede versjoner, nyeste først",
  errors: [404],
  success: 200,
  response: listOf(RevisionSchema),
});

export const diffRevisions = defineRoute({
  method: "GET",
  path: "/api/pilots/{id}/revisions/{a}/diff/{b}",
  access: "own-office-or-kurator",
  tag: "pilots",
  summary: "Feltene som er endret mellom to versjoner",
  params: z.object({
    id: z.string().check(z.minLength(1), z.maxLength(MAX_PATH_PARAM_LENGTH)),
    a: z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1_000_000)),
    b: z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1_000_000)),
  }),
  errors: [404],
  success: 200,
  response: RevisionDiffSchema,
});
