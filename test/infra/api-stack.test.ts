import { describe, expect, it } from "vitest";
import { DEPLOYED_ROUTES, type DeployedRoute as RouteDefinition } from "../../functions/routes.ts";
import { writes } from "../../shared/contracts/contract.ts";
import { TABLE_DEFINITION } from "../../shared/adapters/dynamodb/table.ts";
import { asList, onlyResource, prop, referencedId, resourcesOf, statementsOfRole, synthesizeHub, type CfnResource } from "./synth.ts";

const routes = DEPLOYED_ROUTES;
const routeKey = (route: RouteDefinition) => route.key;
const WRITE_ACTIONS = ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"];

// Prepare (shared by every block: one synthesis for the file)
const hub = synthesizeHub();
const template = hub.template(hub.stacks.api);
const apiRoutes = resourcesOf(template, "AWS::ApiGatewayV2::Route");
const integrations = resourcesOf(template, "AWS::ApiGatewayV2::Integration");
const functions = resourcesOf(template, "AWS::Lambda::Function");
const logGroups = resourcesOf(template, "AWS::Logs::LogGroup");
const [authorizerId, authorizer] = onlyResource(template, "AWS::ApiGatewayV2::Authorizer");

function routeResource(route: RouteDefinition): CfnResource | undefined {
  return Object.values(apiRoutes).find((r) => prop(r, "Properties", "RouteKey") === routeKey(route));
}

/** route → its integration → the function it invokes (logical id and resource). */
function functionOf(route: RouteDefinition): [string, CfnResource] {
  const target = prop(routeResource(route), "Properties", "Target", "Fn::Join", 1, 1);
  const integration = integrations[referencedId(target) ?? ""];
  const functionId = referencedId(prop(integration, "Properties", "IntegrationUri")) ?? "";
  const fn = functions[functionId];
  if (!fn) throw new Error(`${routeKey(route)} has no Lambda integration`);
  return [functionId, fn];
}

describe("API stack: routes", () => {
  it("has exactly one route per entry in ROUTES", () => {
    expect(
      Object.values(apiRoutes)
        .map((r) => prop(r, "Properties", "RouteKey"))
        .sort(),
    ).toEqual(routes.map(routeKey).sort());
  });

  it.each(routes.map((r) => [routeKey(r), r] as const))("%s is integrated with its own Lambda function (payload 2.0)", (_key, route) => {
    const target = prop(routeResource(route), "Properties", "Target", "Fn::Join", 1, 1);
    const integration = integrations[referencedId(target) ?? ""];
    expect(prop(integration, "Properties", "IntegrationType")).toBe("AWS_PROXY");
    expect(prop(integration, "Properties", "PayloadFormatVersion")).toBe("2.0");
    const [functionId, fn] = functionOf(route);
    expect(prop(fn, "Properties", "Description")).toBe(`${routeKey(route)}: ${route.summary}`);
    expect(hub.stacks.api.functions.get(routeKey(route))?.entry).toBe(route.entry);
    const others = routes.filter((r) => r !== route).map((r) => functionOf(r)[0]);
    expect(others).not.toContain(functionId);
  });

  it.each(routes.filter((r) => r.access !== "public").map((r) => [routeKey(r), r.access, r] as const))(
    "%s (%s) requires a valid JWT",
    (_key, _access, route) => {
      expect(prop(routeResource(route), "Properties", "AuthorizationType")).toBe("JWT");
      expect(referencedId(prop(routeResource(route), "Properties", "AuthorizerId"))).toBe(authorizerId);
    },
  );

  it.each(routes.filter((r) => r.access === "public").map((r) => [routeKey(r), r] as const))("%s is public", (_key, route) => {
    expect(prop(routeResource(route), "Properties", "AuthorizationType")).toBe("NONE");
  });
});

describe("API stack: JWT authorizer", () => {
  it("trusts the user pool as issuer and the site client as audience, reading the Authorization header", () => {
    expect(prop(authorizer, "Properties", "AuthorizerType")).toBe("JWT");
    expect(prop(authorizer, "Properties", "IdentitySource")).toEqual(["$request.header.Authorization"]);
    expect(JSON.stringify(prop(authorizer, "Properties", "JwtConfiguration", "Issuer"))).toMatch(/Utp-test-Auth:.*UserPool.*ProviderURL/);
    const audience = prop(authorizer, "Properties", "JwtConfiguration", "Audience");
    expect(asList(audience)).toHaveLength(1);
    expect(JSON.stringify(audience)).toMatch(/Utp-test-Auth:.*SiteClient/);
  });
});

describe("API stack: stage", () => {
  const [, stage] = onlyResource(template, "AWS::ApiGatewayV2::Stage");

  it("is the auto-deployed $default stage with throttling", () => {
    expect(prop(stage, "Properties", "StageName")).toBe("$default");
    expect(prop(stage, "Properties", "AutoDeploy")).toBe(true);
    expect(prop(stage, "Properties", "DefaultRouteSettings")).toEqual({
      ThrottlingRateLimit: hub.config.api.rateLimit,
      ThrottlingBurstLimit: hub.config.api.burstLimit,
    });
  });

  it("writes JSON access logs to a log group with bounded retention", () => {
    const destination = referencedId(prop(stage, "Properties", "AccessLogSettings", "DestinationArn")) ?? "";
    expect(prop(logGroups[destination], "Properties", "RetentionInDays")).toBe(hub.config.logRetentionDays);
    const format: unknown = JSON.parse(String(prop(stage, "Properties", "AccessLogSettings", "Format")));
    expect(format).toMatchObject({ requestId: "$context.requestId", status: "$context.status", routeKey: "$context.routeKey" });
  });
});

describe("API stack: functions", () => {
  it.each(routes.map((r) => [routeKey(r), r] as const))("%s runs on Node.js 24, arm64, with explicit memory, timeout and log group", (_key, route) => {
    const [, fn] = functionOf(route);
    const p = (...path: string[]) => prop(fn, "Properties", ...path);
    expect(p("FunctionName")).toBe(`utp-test-${route.entry.replace("/", "-")}`);
    expect(p("Runtime")).toBe("nodejs24.x");
    expect(p("Architectures")).toEqual(["arm64"]);
    expect(p("Handler")).toBe("index.handler");
    expect(p("MemorySize")).toBe(512);
    expect(p("Timeout")).toBe(10);
    // No source-map support at run time: Node would read and parse the map on every cold start
    expect(p("Environment", "Variables", "NODE_OPTIONS")).toBeUndefined();
    expect(JSON.stringify(p("Environment", "Variables", "TABLE_NAME"))).toMatch(/Utp-test-Data:.*Table/);
    const cognito = "https://utprovingsbanken-test.auth.eu-north-1.amazoncognito.com";
    expect(p("Environment", "Variables")).toMatchObject({
      OIDC_AUTHORIZATION_ENDPOINT: `${cognito}/oauth2/authorize`,
      OIDC_TOKEN_ENDPOINT: `${cognito}/oauth2/token`,
      OIDC_LOGOUT_ENDPOINT: `${cognito}/logout`,
    });
    expect(JSON.stringify(p("Environment", "Variables", "OIDC_ISSUER"))).toMatch(/Utp-test-Auth:.*ProviderURL/);
    expect(JSON.stringify(p("Environment", "Variables", "OIDC_CLIENT_ID"))).toMatch(/Utp-test-Auth:.*SiteClient/);
    const logGroup = logGroups[referencedId(p("LoggingConfig", "LogGroup")) ?? ""];
    expect(prop(logGroup, "Properties", "RetentionInDays")).toBe(hub.config.logRetentionDays);
    expect(p("LoggingConfig", "LogFormat")).toBe("JSON");
  });

  it("gives every function its own log group", () => {
    const used = Object.values(functions).map((fn) => referencedId(prop(fn, "Properties", "LoggingConfig", "LogGroup")));
    expect(new Set(used).size).toBe(Object.keys(functions).length);
  });

  it.each(routes.map((r) => [routeKey(r), writes(r) ? "read-write" : "read-only", r] as const))(
    "%s has %s access to the table and its indexes only",
    (_key, _mode, route) => {
      const [, fn] = functionOf(route);
      const roleId = referencedId(prop(fn, "Properties", "Role")) ?? "";
      const statements = statementsOfRole(template, roleId);
      const dynamo = statements.filter((s) => asList(s.Action).some((a) => String(a).startsWith("dynamodb:")));
      const actions = dynamo.flatMap((s) => asList(s.Action).map(String));
      const resources = dynamo.flatMap((s) => asList(s.Resource)).map((r) => JSON.stringify(r));

      expect(actions).toEqual(expect.arrayContaining(["dynamodb:GetItem", "dynamodb:Query"]));
      expect(actions).not.toContain("dynamodb:Scan");
      for (const action of WRITE_ACTIONS) {
        if (writes(route)) expect(actions).toContain(action);
        else expect(actions).not.toContain(action);
      }
      // Only the table (an import from the data stack) and its named indexes; no wildcards anywhere.
      expect(resources.every((r) => /Utp-test-Data:.*Table.*Arn/.test(r))).toBe(true);
      const indexSuffixes = resources.map((r) => /\/index\/([\w-]+)/.exec(r)?.[1]).filter(Boolean);
      expect(indexSuffixes.sort()).toEqual(TABLE_DEFINITION.indexes.map((i) => i.name).sort());
      for (const statement of statements) {
        expect(asList(statement.Action).every((a) => !String(a).includes("*"))).toBe(true);
        expect(asList(statement.Resource).every((r) => r !== "*")).toBe(true);
      }
    },
  );

  it("attaches no managed policies to function roles", () => {
    for (const role of Object.values(resourcesOf(template, "AWS::IAM::Role"))) {
      expect(prop(role, "Properties", "ManagedPolicyArns")).toBeUndefined();
    }
  });
});

describe("API stack: size", () => {
  it("stays well below CloudFormation's limits (500 resources, 1 MB template)", () => {
    const json = template.toJSON() as { Resources: Record<string, unknown> };
    const resourceCount = Object.keys(json.Resources).length;
    // About 7 resources per route: at this rate the stack holds roughly 65 routes.
    expect(resourceCount).toBeLessThan(450);
    expect(JSON.stringify(json).length).toBeLessThan(800_000);
  });
});
