import { describe, expect, it } from "vitest";
import { PUBLIC_CHANGES_ENTRY } from "../../infra/stacks/figures-stack.ts";
import { keys } from "../../shared/adapters/dynamodb/keys.ts";
import { PUBLIC_CHANGE_SORT_KEYS, SITE_CHANGE_SORT_KEYS } from "../../shared/adapters/stream/changes.ts";
import { asList, onlyResource, prop, referencedId, resourcesOf, statementsOfRole, synthesizeHub } from "./synth.ts";

// Prepare (one synthesis for the file)
const hub = synthesizeHub();
const stack = hub.stacks.figures;
const template = hub.template(stack);
const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
  stack.resolve((construct.node.defaultChild as { logicalId: string }).logicalId) as string;

describe("figures stack: the derived figures and the site build from the table's stream", () => {
  const [, mapping] = onlyResource(template, "AWS::Lambda::EventSourceMapping");

  it("runs functions/stream/public-changes.ts on the table's stream, from its oldest record", () => {
    expect(stack.streamFunction.entry).toBe(PUBLIC_CHANGES_ENTRY);
    expect(PUBLIC_CHANGES_ENTRY).toBe("stream/public-changes");
    expect(prop(mapping, "Properties", "StartingPosition")).toBe("TRIM_HORIZON");
    expect(referencedId(prop(mapping, "Properties", "FunctionName"))).toBe(logicalId(stack.streamFunction.function));
    expect(JSON.stringify(prop(mapping, "Properties", "EventSourceArn"))).toContain("StreamArn");
  });

  it("lets only trials, public records, methods and offices through (never the figures it writes itself)", () => {
    expect(SITE_CHANGE_SORT_KEYS).toEqual([keys.publicPilot("x").sk, keys.method("x").sk, keys.office("x").sk]);
    expect(PUBLIC_CHANGE_SORT_KEYS).toEqual(["PILOT", "PUBLIC", "METHOD", "OFFICE"]);
    const patterns = (prop(mapping, "Properties", "FilterCriteria", "Filters") as { Pattern: string }[]).map((f) => JSON.parse(f.Pattern) as unknown);
    expect(patterns).toEqual([{ dynamodb: { Keys: { sk: { S: ["PILOT", "PUBLIC", "METHOD", "OFFICE"] } } } }]);
  });

  it("gathers a burst of writes for at most ten seconds", () => {
    expect(prop(mapping, "Properties", "MaximumBatchingWindowInSeconds")).toBe(10);
  });

  it("may only start and inspect builds of the site project, which it is told by name", () => {
    const fn = resourcesOf(template, "AWS::Lambda::Function")[logicalId(stack.streamFunction.function)];
    expect(prop(fn, "Properties", "Runtime")).toBe("nodejs24.x");
    expect(prop(fn, "Properties", "Architectures")).toEqual(["arm64"]);
    expect(prop(fn, "Properties", "Environment", "Variables", "SITE_BUILD_PROJECT")).toBe("utprovingsbanken-test-site");
    const codebuild = statementsOfRole(template, logicalId(stack.streamFunction.role)).filter((s) =>
      asList(s.Action).some((a) => String(a).startsWith("codebuild:")),
    );
    expect(codebuild).toHaveLength(1);
    expect(asList(codebuild[0]?.Action).sort()).toEqual(["codebuild:BatchGetBuilds", "codebuild:ListBuildsForProject", "codebuild:StartBuild"]);
    expect(JSON.stringify(codebuild[0]?.Resource)).toMatch(/:codebuild:.*:project\/utprovingsbanken-test-site"/);
    const [siteProjectId, siteProject] = onlyResource(hub.template(hub.stacks.site), "AWS::CodeBuild::Project");
    expect(siteProjectId).toBeDefined();
    expect(prop(siteProject, "Properties", "Name")).toBe("utprovingsbanken-test-site");
  });

  it("is the table stream's only reader besides the notices (a shard serves two without throttling)", () => {
    const readers = Object.values(hub.stacks)
      .flatMap((s) => Object.values(resourcesOf(hub.template(s), "AWS::Lambda::EventSourceMapping")))
      .filter((m) => JSON.stringify(prop(m, "Properties", "EventSourceArn")).includes("StreamArn"));
    expect(readers).toHaveLength(2);
  });

  it("retries a failing batch, splits it, and ends it in an encrypted dead-letter queue", () => {
    expect(prop(mapping, "Properties", "MaximumRetryAttempts")).toBe(3);
    expect(prop(mapping, "Properties", "BisectBatchOnFunctionError")).toBe(true);
    expect(prop(mapping, "Properties", "MaximumRecordAgeInSeconds")).toBe(6 * 3600);
    expect(referencedId(prop(mapping, "Properties", "DestinationConfig", "OnFailure", "Destination"))).toBe(logicalId(stack.deadLetterQueue));
    const [, queue] = onlyResource(template, "AWS::SQS::Queue");
    expect(prop(queue, "Properties", "SqsManagedSseEnabled")).toBe(true);
    expect(prop(queue, "Properties", "MessageRetentionPeriod")).toBe(14 * 86_400);
  });

  it("may write the table and read its stream, and send to its dead-letter queue, without Scan or wildcards", () => {
    const statements = statementsOfRole(template, logicalId(stack.streamFunction.role));
    const actions = statements.flatMap((s) => asList(s.Action)).map(String);
    expect(actions).toEqual(expect.arrayContaining(["dynamodb:PutItem", "dynamodb:Query", "dynamodb:GetRecords", "sqs:SendMessage"]));
    expect(actions.some((a) => a === "dynamodb:Scan" || a.endsWith(":*"))).toBe(false);
  });
});

describe("figures stack: alarms", () => {
  const alarms = Object.values(resourcesOf(template, "AWS::CloudWatch::Alarm"));
  const named = (suffix: string) => alarms.find((a) => String(prop(a, "Properties", "AlarmName")).endsWith(suffix));

  it("raises an alarm as soon as a batch reaches the dead-letter queue", () => {
    const alarm = named("figures-dead-letters");
    expect(prop(alarm, "Properties", "MetricName")).toBe("ApproximateNumberOfMessagesVisible");
    expect(prop(alarm, "Properties", "Threshold")).toBe(0);
    expect(prop(alarm, "Properties", "ComparisonOperator")).toBe("GreaterThanThreshold");
    expect(JSON.stringify(prop(alarm, "Properties", "Dimensions"))).toContain(logicalId(stack.deadLetterQueue));
  });

  it("watches how far the function lags behind the table's stream", () => {
    const alarm = named("stream-public-changes-iterator-age");
    expect(prop(alarm, "Properties", "MetricName")).toBe("IteratorAge");
    expect(prop(alarm, "Properties", "Statistic")).toBe("Maximum");
    expect(prop(alarm, "Properties", "Threshold")).toBe(600_000);
  });

  it("raises an alarm when the function fails, and sends every alarm to the operations stack's topic", () => {
    const errors = named("stream-public-changes-errors");
    expect(prop(errors, "Properties", "MetricName")).toBe("Errors");
    expect(alarms.length).toBe(3);
    for (const alarm of alarms) {
      expect(JSON.stringify(prop(alarm, "Properties", "AlarmActions"))).toContain(":utprovingsbanken-test-alarms");
      expect(prop(alarm, "Properties", "TreatMissingData")).toBe("notBreaching");
    }
  });
});
