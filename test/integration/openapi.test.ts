import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { ROUTES } from "../../functions/routes.ts";
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
    for (const route of ROUTES) {
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
});
