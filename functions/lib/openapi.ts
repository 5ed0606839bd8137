import * as z from "zod";
import { MethodInputSchema, MethodSchema } from "../../shared/domain/method.ts";
import { OfficeInputSchema, OfficeSchema } from "../../shared/domain/office.ts";
import { PilotContentSchema, PilotSchema } from "../../shared/domain/pilot.ts";
import {
  CreateMethodBodySchema,
  CreateOfficeBodySchema,
  MergeMethodBodySchema,
  PublishBodySchema,
  ReconsiderationAnswerBodySchema,
  ReconsiderationBodySchema,
  RequestChangesBodySchema,
  WithdrawBodySchema,
} from "../../shared/domain/review.ts";
import { RevisionSchema } from "../../shared/data/pilot-repository.ts";
import { PublicPilotSchema, PublicTombstoneSchema } from "../../shared/public/public-pilot.ts";
import { ROUTES, type RouteDefinition } from "../routes.ts";

/** Request bodies by handler entry: the same zod schemas the handlers validate with. */
const REQUEST_BODIES: Record<string, z.ZodType> = {
  "pilots/create": PilotContentSchema,
  "pilots/update": PilotContentSchema,
  "review/publish": PublishBodySchema,
  "review/request-changes": RequestChangesBodySchema,
  "review/withdraw": WithdrawBodySchema,
  "review/request-reconsideration": ReconsiderationBodySchema,
  "review/answer-reconsideration": ReconsiderationAnswerBodySchema,
  "catalog/create-method": CreateMethodBodySchema,
  "catalog/update-method": MethodInputSchema,
  "catalog/merge-method": MergeMethodBodySchema,
  "catalog/create-office": CreateOfficeBodySchema,
  "catalog/update-office": OfficeInputSchema,
};

const listOf = (item: z.ZodType) => z.object({ items: z.array(item), cursor: z.string().optional() });

/** Success bodies where the shape is a shared schema. */
const RESPONSE_BODIES: Record<string, z.ZodType> = {
  "pilots/create": PilotSchema,
  "pilots/get": PilotSchema,
  "pilots/update": PilotSchema,
  "pilots/submit": PilotSchema,
  "pilots/list": listOf(PilotSchema),
  "pilots/list-revisions": listOf(RevisionSchema),
  "review/publish": PilotSchema,
  "review/request-changes": PilotSchema,
  "review/withdraw": PilotSchema,
  "review/request-reconsideration": PilotSchema,
  "review/answer-reconsideration": PilotSchema,
  "catalog/list-offices": listOf(OfficeSchema),
  "catalog/list-methods": listOf(MethodSchema),
  "catalog/create-method": MethodSchema,
  "catalog/update-method": MethodSchema,
  "catalog/create-office": OfficeSchema,
  "catalog/update-office": OfficeSchema,
  "public/pilots": z.object({ items: z.array(z.union([PublicPilotSchema, PublicTombstoneSchema])), cursor: z.string().optional(), asOf: z.string() }),
  "public/offices": listOf(OfficeInputSchema.extend({ id: z.string() })),
};

const ProblemSchema = {
  type: "object",
  required: ["type", "title", "status"],
  properties: {
    type: { type: "string" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    instance: { type: "string" },
    errors: {
      type: "array",
      items: { type: "object", required: ["pointer", "message"], properties: { pointer: { type: "string" }, message: { type: "string" } } },
    },
  },
} as const;

const STATUS_TEXT: Record<number, string> = {
  400: "Ugyldig forespørsel",
  401: "Ikke innlogget",
  403: "Ingen tilgang",
  404: "Finnes ikke",
  409: "Konflikt med tilstanden",
  412: "Utdatert versjon (If-Match)",
  413: "For stor forespørsel",
  415: "Feil innholdstype",
  422: "Ugyldige opplysninger",
  428: "Mangler If-Match",
  503: "Midlertidig utilgjengelig",
};

function jsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
}

function operation(route: RouteDefinition) {
  const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }));
  const body = REQUEST_BODIES[route.entry];
  const response = RESPONSE_BODIES[route.entry];
  const writes = route.method !== "GET";
  const errors = [400, 404, 503, ...(route.access === "public" ? [] : [401, 403]), ...(body ? [413, 415, 422] : []), ...(writes && route.entry !== "pilots/create" && !route.entry.startsWith("catalog/create") ? [409, 412, 428] : [])];
  const headers = [
    ...(writes && !route.entry.endsWith("/create") && !route.entry.startsWith("catalog/create")
      ? [{ name: "If-Match", in: "header", required: true, description: "Versjonen du endret (ETag)", schema: { type: "string" } }]
      : []),
    ...(route.entry === "pilots/create"
      ? [{ name: "Idempotency-Key", in: "header", required: false, description: "Gjør opprettingen trygg å gjenta i 24 timer", schema: { type: "string", minLength: 8, maxLength: 128 } }]
      : []),
  ];
  const successStatus = route.entry.endsWith("create") || route.entry.startsWith("catalog/create") ? "201" : route.entry === "review/request-reconsideration" ? "202" : "200";
  return {
    operationId: route.entry.replace(/[/-](\w)/g, (_m, c: string) => c.toUpperCase()),
    summary: route.summary,
    tags: [route.entry.split("/")[0]],
    ...(route.access === "public" ? { security: [] } : { security: [{ bearer: [] }] }),
    "x-access": route.access,
    parameters: [...params, ...headers],
    ...(body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(body, "input") } } } } : {}),
    responses: {
      [successStatus]: {
        description: "OK",
        content: { "application/json": { schema: response ? jsonSchema(response, "output") : { type: "object" } } },
      },
      ...Object.fromEntries(
        [...new Set(errors)].sort().map((status) => [
          String(status),
          { description: STATUS_TEXT[status], content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } },
        ]),
      ),
    },
  };
}

/** The OpenAPI 3.1 document of the whole API, generated from the route table and the zod schemas. */
export function openApiDocument(serverUrl = "/") {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES as readonly RouteDefinition[]) {
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Utprøvingsbanken API",
      version: "1.0.0",
      description:
        "API for å registrere, vurdere og dele lokale utprøvinger i NAV. Feil følger RFC 9457 (Problem Details) med `errors: [{ pointer, message }]` for feltfeil.",
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      schemas: { Problem: ProblemSchema },
    },
    paths,
  };
}
