import { describe, expect, it } from "vitest";
import { METRICS_PER_EXPRESSION } from "../../infra/stacks/operations-stack.ts";
import { onlyResource, prop, referencedId, resourcesOf, synthesizeHub, type CfnResource } from "./synth.ts";

// Prepare (one synthesis for the file)
const hub = synthesizeHub({ alarmEmail: "drift@nav.example" });
const template = hub.template(hub.stacks.operations);
const alarms = Object.values(resourcesOf(template, "AWS::CloudWatch::Alarm"));
const [topicId] = onlyResource(template, "AWS::SNS::Topic");
const allFunctions = [...hub.stacks.api.functions.values()];

const alarmNamed = (suffix: string) => alarms.find((a) => String(prop(a, "Properties", "AlarmName")).endsWith(`-${suffix}`));
const metricNamesIn = (alarm: CfnResource | undefined) =>
  (prop(alarm, "Properties", "Metrics") as Record<string, unknown>[] | undefined)?.map((m) => prop(m, "MetricStat", "Metric", "MetricName")).filter(Boolean) ??
  [];

describe("operations stack: alarms", () => {
  it("sends every alarm and its recovery to the SNS topic", () => {
    expect(alarms.length).toBeGreaterThan(0);
    for (const alarm of alarms) {
      expect((prop(alarm, "Properties", "AlarmActions") as unknown[]).map(referencedId)).toEqual([topicId]);
      expect((prop(alarm, "Properties", "OKActions") as unknown[]).map(referencedId)).toEqual([topicId]);
      expect(prop(alarm, "Properties", "TreatMissingData")).toBe("notBreaching");
    }
  });

  it("watches the API's 5xx", () => {
    const alarm = alarmNamed("api-5xx");
    expect(prop(alarm, "Properties", "Namespace")).toBe("AWS/ApiGateway");
    expect(prop(alarm, "Properties", "MetricName")).toBe("5xx");
    expect(JSON.stringify(prop(alarm, "Properties", "Dimensions"))).toMatch(/Utp-test-Api:.*HttpApi/);
  });

  it("sums Lambda errors and throttles over every function, at most 10 metrics per alarm", () => {
    for (const kind of ["errors", "throttles"]) {
      const group = alarms.filter((a) => String(prop(a, "Properties", "AlarmName")).includes(`-lambda-${kind}-`));
      expect(group).toHaveLength(Math.ceil(allFunctions.length / METRICS_PER_EXPRESSION));
      const metrics = group.flatMap(metricNamesIn);
      expect(metrics).toHaveLength(allFunctions.length);
      expect(new Set(metrics)).toEqual(new Set([kind === "errors" ? "Errors" : "Throttles"]));
      for (const alarm of group) {
        const expression = (prop(alarm, "Properties", "Metrics") as Record<string, unknown>[]).find((m) => m.Expression);
        expect(expression?.Expression).toMatch(/^SUM\(\[m0(, m\d+)*\]\)$/);
      }
    }
  });

  it("watches failed site builds", () => {
    expect(prop(alarmNamed("site-build-failed"), "Properties", "MetricName")).toBe("FailedBuilds");
  });

  it("e-mails the configured address", () => {
    template.hasResourceProperties("AWS::SNS::Subscription", { Protocol: "email", Endpoint: "drift@nav.example" });
  });
});

describe("operations stack: references", () => {
  it("watches the functions the other stacks create, by their names", () => {
    const deployed = [hub.stacks.api, hub.stacks.site].flatMap((stack) =>
      Object.entries(resourcesOf(hub.template(stack), "AWS::Lambda::Function"))
        // CDK's own provider for reading the edge stack's exports across regions is not the hub's code.
        .filter(([logicalId]) => !logicalId.startsWith("CustomCrossRegionExportReader"))
        .map(([, fn]) => prop(fn, "Properties", "FunctionName")),
    );
    const watched = alarms
      .flatMap((alarm) => [
        ...((prop(alarm, "Properties", "Metrics") as Record<string, unknown>[] | undefined) ?? []).map((m) => prop(m, "MetricStat", "Metric", "Dimensions")),
        prop(alarm, "Properties", "Dimensions"),
      ])
      .flatMap((dimensions) => (Array.isArray(dimensions) ? dimensions : []))
      .filter((d) => prop(d, "Name") === "FunctionName")
      .map((d) => prop(d, "Value"));
    expect(new Set(watched)).toEqual(new Set(deployed));
    expect(deployed.every((name) => typeof name === "string")).toBe(true);
  });

  it("imports only values that never change (the API id and the table ARN), so routes can be renamed or removed", () => {
    const imports = [...JSON.stringify(template.toJSON()).matchAll(/"Fn::ImportValue":"([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(imports.length).toBeGreaterThan(0);
    for (const name of imports) expect(name).toMatch(/^Utp-test-Api:.*HttpApi|^Utp-test-Data:.*Table.*Arn/);
  });
});

describe("operations stack: the request dashboard", () => {
  const [, dashboard] = onlyResource(template, "AWS::CloudWatch::Dashboard");
  const body = JSON.parse(
    ((prop(dashboard, "Properties", "DashboardBody", "Fn::Join", 1) as unknown[]) ?? []).map((part) => (typeof part === "string" ? part : "REF")).join(""),
  ) as { widgets: { properties: { title: string; metrics?: unknown[][] } }[] };
  const widget = (title: string) => body.widgets.find((w) => w.properties.title === title)?.properties;

  it("is named after the environment", () => {
    expect(prop(dashboard, "Properties", "DashboardName")).toBe("utprovingsbanken-test");
  });

  it("carries no tags, which a dashboard does not take in every region, while the topic and the alarms carry the stack-wide ones", () => {
    const hubTags = [
      { Key: "app", Value: "utprovingsbanken" },
      { Key: "environment", Value: "test" },
    ];
    expect(prop(dashboard, "Properties", "Tags")).toBeUndefined();
    expect(prop(onlyResource(template, "AWS::SNS::Topic")[1], "Properties", "Tags")).toEqual(hubTags);
    for (const alarm of alarms) expect(prop(alarm, "Properties", "Tags")).toEqual(hubTags);
  });

  it("graphs submissions and publications from the handlers' namespace, with the service dimension they are published with", () => {
    const metrics = widget("Innsendinger og publiseringer per time")?.metrics ?? [];
    expect(metrics.map((m) => m.slice(0, 4))).toEqual([
      ["Utprovingsbanken", "Submissions", "service", "utprovingsbanken-api"],
      ["Utprovingsbanken", "Publications", "service", "utprovingsbanken-api"],
    ]);
    expect(widget("Innsendt og publisert siste døgn")?.metrics).toHaveLength(2);
  });

  it("graphs 4xx and 5xx per route with a search over the route dimension", () => {
    for (const [title, name] of [
      ["Klientfeil (4xx) per rute", "ClientErrors"],
      ["Serverfeil (5xx) per rute", "ServerErrors"],
    ] as const) {
      const expression = JSON.stringify(widget(title)?.metrics);
      expect(expression).toContain(`SEARCH('{Utprovingsbanken,service,route} MetricName=\\"${name}\\" service=\\"utprovingsbanken-api\\"', 'Sum', 300)`);
    }
  });

  it("shows the API's own requests, errors and latency next to them", () => {
    const api = JSON.stringify(widget("API Gateway: forespørsler og feil")?.metrics);
    for (const name of ["Count", "4xx", "5xx"]) expect(api).toContain(`"${name}"`);
    expect(JSON.stringify(widget("API Gateway: svartid (p50, p99)")?.metrics)).toContain('"Latency"');
  });
});

describe("operations stack: backups beyond PITR", () => {
  const [, plan] = onlyResource(template, "AWS::Backup::BackupPlan");
  const rules = prop(plan, "Properties", "BackupPlan", "BackupPlanRule") as Record<string, unknown>[];

  it("backs up daily (kept 35 days) and monthly (kept a year)", () => {
    const rule = (name: string) => rules.find((r) => r.RuleName === name);
    expect(prop(rule("Daily"), "ScheduleExpression")).toBe("cron(0 2 * * ? *)");
    expect(prop(rule("Daily"), "Lifecycle", "DeleteAfterDays")).toBe(35);
    expect(prop(rule("Monthly"), "ScheduleExpression")).toBe("cron(0 3 1 * ? *)");
    expect(prop(rule("Monthly"), "Lifecycle", "DeleteAfterDays")).toBeGreaterThanOrEqual(365);
  });

  it("selects the table", () => {
    const [, selection] = onlyResource(template, "AWS::Backup::BackupSelection");
    expect(JSON.stringify(prop(selection, "Properties", "BackupSelection", "Resources"))).toMatch(/Utp-test-Data:.*Table.*Arn/);
  });

  it("keeps the vault when the stack goes", () => {
    const [, vault] = onlyResource(template, "AWS::Backup::BackupVault");
    expect(vault.DeletionPolicy).toBe("Retain");
  });
});

describe("operations stack: without an alarm e-mail", () => {
  const plain = synthesizeHub();

  it("has the topic but no subscription", () => {
    const plainTemplate = plain.template(plain.stacks.operations);
    plainTemplate.resourceCountIs("AWS::SNS::Topic", 1);
    plainTemplate.resourceCountIs("AWS::SNS::Subscription", 0);
  });
});
