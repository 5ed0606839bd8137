import * as z from "zod/mini";

/**
 * The response bodies of the system routes. Apart from the other views in `responses.ts`, so that a bundle of a
 * system route carries none of the domain's schemas.
 */

export const HealthSchema = z.strictObject({ status: z.literal("ok") });

export const AuthConfigSchema = z.strictObject({
  issuer: z.string(),
  clientId: z.string(),
  scopes: z.array(z.string()),
  authorizationEndpoint: z.optional(z.string()),
  tokenEndpoint: z.optional(z.string()),
  logoutEndpoint: z.optional(z.string()),
});
export type AuthConfig = z.infer<typeof AuthConfigSchema>;

export const MeSchema = z.strictObject({
  sub: z.string(),
  name: z.string(),
  email: z.optional(z.string()),
  role: z.enum(["kontor", "kurator"]),
  office: z.optional(z.string()),
});

export const OpenApiDocumentSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});
