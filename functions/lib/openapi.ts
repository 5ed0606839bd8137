import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod/mini";
import { errorStatuses, type RouteContract } from "../../shared/contracts/contract.ts";
import { ROUTES } from "../../shared/contracts/index.ts";
import { ProblemSchema, STATUS_TITLES } from "../../shared/domain/errors.ts";
import { OPENAPI_FILE } from "./openapi-file.ts";

type JsonSchema = Record<string, unknown>;

/**
 * A zod schema as JSON Schema inside the document. Definitions zod splits out (a recursive tree) become
 * components named after the operation, and their references are rewritten to point there.
 */
function jsonSchema(schema: z.core.$ZodType, io: "input" | "output", prefix: string, components: Record<string, JsonSchema>): JsonSchema {
  const {
    $schema: _drop,
    $defs,
    ...root
  } = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any", reused: "inline", cycles: "ref" }) as JsonSchema & {
    $defs?: Record<string, JsonSchema>;
  };
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => {
        if (key !== "$ref" || typeof inner !== "string") return [key, rewrite(inner)];
        const name = /^#\/\$defs\/(.+)$/.exec(inner)?.[1];
        if (!name) throw new Error(`${prefix}: cannot place the reference ${inner} in the OpenAPI document`);
        return [key, `#/components/schemas/${componentName(name)}`];
      }),
    );
  };
  // A definition with its own id (`.meta({ id })`) is one component however many routes use it.
  const componentName = (name: string) => (name.startsWith("__") ? `${prefix}${name}` : name);
  for (const [name, definition] of Object.entries($defs ?? {})) components[componentName(name)] = rewrite(definition) as JsonSchema;
  return rewrite(root) as JsonSchema;
}

function operationId(route: RouteContract): string {
  const words = `${route.method.toLowerCase()} ${route.path.replace(/^\/api\//, "")}`.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("");
}

function parameters(route: RouteContract, id: string, components: Record<string, JsonSchema>) {
  const fromObject = (schema: z.core.$ZodObject, where: "path" | "query") => {
    const described = jsonSchema(schema, "input", `${id}_${where}`, components) as { properties?: Record<string, JsonSchema>; required?: string[] };
    return Object.entries(described.properties ?? {}).map(([name, property]) => ({
      name,
      in: where,
      required: where === "path" || (described.required ?? []).includes(name),
      schema: property,
    }));
  };
  return [
    ...fromObject(route.params, "path"),
    ...(route.query ? fromObject(route.query, "query") : []),
    ...(route.ifMatch ? [{ name: "If-Match", in: "header", required: true, description: "Versjonen du endret (ETag)", schema: { type: "string" } }] : []),
    ...(route.idempotencyKey
      ? [
          {
            name: "Idempotency-Key",
            in: "header",
            required: false,
            description: "Gjør forespørselen trygg å gjenta i 24 timer",
            schema: { type: "string", pattern: "^[A-Za-z0-9_.:-]{8,128}$" },
          },
        ]
      : []),
  ];
}

function operation(route: RouteContract, components: Record<string, JsonSchema>) {
  const id = operationId(route);
  return {
    operationId: id,
    summary: route.summary,
    tags: [route.tag],
    security: route.access === "public" ? [] : [{ bearer: [] }],
    "x-access": route.access,
    parameters: parameters(route, id, components),
    ...(route.body
      ? {
          requestBody: {
            required: !route.emptyBody,
            content: {
              "application/json": {
                schema: jsonSchema(route.body, "input", `${id}_body`, components),
                ...(route.example === undefined ? {} : { example: route.example }),
              },
            },
          },
        }
      : {}),
    responses: {
      [String(route.success)]: {
        description: route.summary,
        content: { "application/json": { schema: jsonSchema(route.response, "output", `${id}_response`, components) } },
      },
      ...Object.fromEntries(
        errorStatuses(route).map((status) => [
          String(status),
          { description: STATUS_TITLES[status], content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } },
        ]),
      ),
    },
  };
}

/** The OpenAPI 3.1 document of the API, generated from the route contracts. */
export function openApiDocument(routes: readonly RouteContract[] = ROUTES, serverUrl = "/") {
  const components: Record<string, JsonSchema> = {};
  components.Problem = jsonSchema(ProblemSchema, "output", "Problem", components);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route, components);
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
      schemas: components,
    },
    paths,
  };
}

/** Writes the document where the `system/openapi` bundle reads it (its folder), as the deployment does. */
export function writeOpenApiFile(dir: string): string {
  const file = join(dir, OPENAPI_FILE);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(openApiDocument()));
  return file;
}
