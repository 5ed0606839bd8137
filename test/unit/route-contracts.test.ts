import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { defineRoute, type RouteContract } from "../../shared/contracts/contract.ts";
import { ROUTES } from "../../shared/contracts/index.ts";
import { DEPLOYED_ROUTES } from "../../functions/routes.ts";
import { openApiDocument } from "../../functions/lib/openapi.ts";
import { expectedAnswers } from "../support/access.ts";
import { bodiesFor, writeRoutes } from "../reliability/arbitraries.ts";

// Prepare: a route stated only as a contract, nowhere else.
const poke = defineRoute({
  method: "POST",
  path: "/api/things/{id}/poke",
  access: "own-office",
  tag: "things",
  summary: "Dult i en ting",
  body: z.strictObject({ note: z.string().check(z.minLength(1), z.maxLength(20)), times: z.int().check(z.minimum(1), z.maximum(3)) }),
  example: { note: "hei", times: 1 },
  ifMatch: true,
  errors: [404],
  success: 202,
  response: z.strictObject({ poked: z.boolean(), at: z.iso.datetime() }),
});
const routes: readonly RouteContract[] = [...ROUTES, poke];

describe("a route stated as a contract is picked up everywhere, with no other edit", () => {
  it("appears in the OpenAPI document with its parameters, body, success response and errors", async () => {
    const document = openApiDocument(routes);
    const validator = new Validator();
    const result = await validator.validate(document as never);
    expect(result.errors ?? []).toEqual([]);

    const operation = document.paths["/api/things/{id}/poke"]?.post as Record<string, any>;
    expect(operation["x-access"]).toBe("own-office");
    expect(operation.security).toEqual([{ bearer: [] }]);
    expect(operation.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "id", in: "path", required: true }),
        expect.objectContaining({ name: "If-Match", in: "header", required: true }),
      ]),
    );
    const body = operation.requestBody.content["application/json"];
    expect(body.schema.required).toEqual(["note", "times"]);
    expect(body.example).toEqual({ note: "hei", times: 1 });
    expect(operation.responses["202"].content["application/json"].schema.properties.poked).toEqual({ type: "boolean" });
    expect(Object.keys(operation.responses).sort()).toEqual(["202", "400", "401", "403", "404", "412", "413", "415", "422", "428", "500", "503"]);
  });

  it("gets an expected answer for every caller in the authorization matrix", () => {
    expect(expectedAnswers(poke)).toEqual({ anonymous: 401, own: "allow", other: 403, curator: 403 });
  });

  it("is fuzzed with bodies shaped by its own schema, some accepted and some refused", () => {
    expect(writeRoutes(routes)).toContain(poke);
    const bodies = bodiesFor(poke, 300);
    const accepted = bodies.filter((b) => poke.body.safeParse(b).success);
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.length).toBeLessThan(bodies.length);
    expect(bodies.some((b) => typeof b === "object" && b !== null && "note" in b)).toBe(true);
  });
});

describe("the route contracts", () => {
  it.each((ROUTES as readonly RouteContract[]).filter((r) => r.body).map((r) => [r.key, r] as const))(
    "%s has an example body its schema accepts",
    (_key, route) => {
      expect(route.example, route.key).toBeDefined();
      expect(route.body?.safeParse(route.example).error).toBeUndefined();
    },
  );

  it("are each served by one handler file", () => {
    expect(DEPLOYED_ROUTES.map((r) => r.key)).toEqual((ROUTES as readonly RouteContract[]).map((r) => r.key));
    expect(new Set(DEPLOYED_ROUTES.map((r) => r.entry)).size).toBe(DEPLOYED_ROUTES.length);
  });

  it("refuses a params schema that does not match the path", () => {
    expect(() => defineRoute({ ...poke, params: z.object({ other: z.string() }) })).toThrow(/exactly id/);
  });
});

describe("the OpenAPI document carries the effects", () => {
  it("describes each measure's effect on a public trial and the pooled effects on a method", () => {
    const document = openApiDocument() as { components: { schemas: Record<string, any> } };
    const schemas = document.components.schemas;
    const text = JSON.stringify(document);
    expect(schemas.MeasureEffect.oneOf.map((s: any) => s.properties.kind)).toEqual([
      expect.objectContaining({ enum: ["risk-difference", "mean-difference"] }),
      expect.objectContaining({ const: "share" }),
    ]);
    expect(Object.keys(schemas.MeasureEffects.properties.pooled.properties)).toEqual(
      expect.arrayContaining(["estimate", "ciLower", "ciUpper", "prediction", "tau", "i2"]),
    );
    expect(text).toContain('"effect":{"$ref":"#/components/schemas/MeasureEffect"}');
    expect(text).toContain('"effects":{"$ref":"#/components/schemas/MeasureEffects"}');
  });
});
