import { AuthConfigSchema, HealthSchema, MeSchema, OpenApiDocumentSchema } from "./system-responses.ts";
import { defineRoute } from "./contract.ts";

export const health = defineRoute({
  method: "GET",
  path: "/api/health",
  access: "public",
  tag: "system",
  summary: "Helsesjekk",
  success: 200,
  response: HealthSchema,
});

export const authConfig = defineRoute({
  method: "GET",
  path: "/api/auth/config",
  access: "public",
  tag: "system",
  summary: "Innloggingsoppsett for nettleseren (OpenID Connect)",
  success: 200,
  response: AuthConfigSchema,
});

export const me = defineRoute({
  method: "GET",
  path: "/api/me",
  access: "signed-in",
  tag: "system",
  summary: "Hvem tokenet sier at du er",
  success: 200,
  response: MeSchema,
});

export const openApi = defineRoute({
  method: "GET",
  path: "/api/openapi.json",
  access: "public",
  tag: "system",
  summary: "OpenAPI 3.1-beskrivelse av API-et",
  success: 200,
  response: OpenApiDocumentSchema,
});
