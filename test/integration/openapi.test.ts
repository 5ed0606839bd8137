import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { errorStatuses, type RouteContract } from "../../shared/contracts/contract.ts";
import { ROUTES } from "../../shared/contracts/index.ts";
import { STATUS_TITLES } from "../../shared/domain/errors.ts";
import { api } from "../support/api.ts";

describe("the OpenAPI document", () => {
  it("validates as OpenAPI 3.1 and lists every route with its access rule", async () => {
    const res = await api("GET", "/api/openapi.json");
    expect(res.status).toBe(200);

    const validator = new Validator();
    const result = await validator.validate(res.body);

    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    for (const route of ROUTES as readonly RouteContract[]) {
      const operation = res.body.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation["x-access"]).toBe(route.access);
      expect(operation.security).toEqual(route.access === "public" ? [] : [{ bearer: [] }]);
    }
  });

  it("describes request bodies with the same rules the API enforces", async () => {
    const res = await api("GET", "/api/openapi.json");
    const create = res.body.paths["/api/pilots"].post.requestBody.content["application/json"].schema;
    expect(create.required).toEqual(["title"]);
    expect(create.additionalProperties).toBe(false);
    expect(create.properties.targetGroups.items.enum).toContain("unge-under-30");
  });

  it("gives every route its success response schema and a Problem for every error status of its contract", async () => {
    const res = await api("GET", "/api/openapi.json");
    for (const route of ROUTES as readonly RouteContract[]) {
      const responses = res.body.paths[route.path][route.method.toLowerCase()].responses;
      const success = responses[String(route.success)]?.content["application/json"].schema;
      expect(success, route.key).toBeDefined();
      expect(JSON.stringify(success), route.key).not.toBe(JSON.stringify({ type: "object" }));
      const errors = errorStatuses(route);
      expect(Object.keys(responses).sort(), route.key).toEqual([String(route.success), ...errors.map(String)].sort());
      for (const status of errors) {
        expect(responses[String(status)].description).toBe(STATUS_TITLES[status]);
        expect(responses[String(status)].content["application/problem+json"].schema).toEqual({ $ref: "#/components/schemas/Problem" });
      }
    }
    const pilot = res.body.paths["/api/pilots/{id}"].get.responses["200"].content["application/json"].schema;
    // The full record for the own office and curators, the public projection for other offices.
    expect(pilot.anyOf).toHaveLength(2);
    expect(pilot.anyOf[0].required).toEqual(expect.arrayContaining(["id", "state", "version", "content"]));
    expect(pilot.anyOf[1].required).toEqual(expect.arrayContaining(["id", "slug", "title", "evidence"]));
    expect(pilot.anyOf[1].required).not.toContain("createdBy");
    expect(res.body.paths["/api/pilots/{id}/submit"].post.parameters).toContainEqual(
      expect.objectContaining({ name: "If-Match", in: "header", required: true }),
    );
    expect(res.body.paths["/api/pilots"].post.parameters).toContainEqual(expect.objectContaining({ name: "Idempotency-Key", in: "header", required: false }));
    expect(res.body.paths["/api/pilots/{id}/reconsideration"].post.responses["202"]).toBeDefined();
    expect(res.body.components.schemas.Problem.required).toEqual(["type", "title", "status"]);
  });
});
