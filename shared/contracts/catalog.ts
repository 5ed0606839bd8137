import { MethodInputSchema, MethodSchema } from "../domain/method.ts";
import { OfficeInputSchema, OfficeSchema } from "../domain/office.ts";
import { CreateMethodBodySchema, CreateOfficeBodySchema, MergeMethodBodySchema } from "../domain/review.ts";
import { defineRoute, listOf } from "./contract.ts";
import { MergeResultSchema, MethodListItemSchema } from "./responses.ts";

/** The catalogues of methods and offices, kept by curators. */

export const listOffices = defineRoute({
  method: "GET",
  path: "/api/offices",
  access: "public",
  tag: "catalog",
  summary: "Alle NAV-kontorer",
  success: 200,
  response: listOf(OfficeSchema),
});

export const listMethods = defineRoute({
  method: "GET",
  path: "/api/methods",
  access: "public",
  tag: "catalog",
  summary: "Alle metoder",
  success: 200,
  response: listOf(MethodListItemSchema),
});

export const createMethod = defineRoute({
  method: "POST",
  path: "/api/methods",
  access: "kurator",
  tag: "catalog",
  summary: "Opprett en metode",
  body: CreateMethodBodySchema,
  errors: [409],
  example: { name: "Arbeidsgiverkontakt i team", description: "Faste kontaktpersoner for arbeidsgivere i kommunen." },
  success: 201,
  response: MethodSchema,
});

export const updateMethod = defineRoute({
  method: "PUT",
  path: "/api/methods/{id}",
  access: "kurator",
  tag: "catalog",
  summary: "Endre en metode",
  body: MethodInputSchema,
  ifMatch: true,
  errors: [404, 409],
  example: { name: "Individuell jobbstøtte (IPS)" },
  success: 200,
  response: MethodSchema,
});

export const mergeMethod = defineRoute({
  method: "POST",
  path: "/api/methods/{id}/merge",
  access: "kurator",
  tag: "catalog",
  summary: "Slå sammen to metoder",
  body: MergeMethodBodySchema,
  ifMatch: true,
  errors: [404, 409],
  example: { into: "ips" },
  success: 200,
  response: MergeResultSchema,
});

export const createOffice = defineRoute({
  method: "POST",
  path: "/api/offices",
  access: "kurator",
  tag: "catalog",
  summary: "Opprett et kontor",
  body: CreateOfficeBodySchema,
  errors: [409],
  example: { name: "NAV Eksempelby", county: "oslo" },
  success: 201,
  response: OfficeSchema,
});

export const updateOffice = defineRoute({
  method: "PUT",
  path: "/api/offices/{id}",
  access: "kurator",
  tag: "catalog",
  summary: "Endre et kontor",
  body: OfficeInputSchema,
  ifMatch: true,
  errors: [404, 409],
  example: { name: "NAV Molde", county: "more-og-romsdal" },
  success: 200,
  response: OfficeSchema,
});
