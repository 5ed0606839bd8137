import { describe, expect, it } from "vitest";
import { DERIVED_FIGURES_ENTRY } from "../../infra/stacks/figures-stack.ts";
import { asList, onlyResource, prop, referencedId, resourcesOf, statementsOfRole, synthesizeHub } from "./synth.ts";

// Prepare (one synthesis for the file)
const hub = synthesizeHub();
const stack = hub.stacks.figures;
const template = hub.template(stack);
const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
  stack.resolve((construct.node.defaultChild as { logicalId: string }).logicalId) as string;

describe("figures stack: the derived figures from the table's stream", () => {
  const [, mapping] = onlyResource(template, "AWS::Lambda::EventSourceMapping");

  it("runs functions/stream/derived-figures.ts on the table's stream", () => {
    expect(stack.streamFunction.entry).toBe(DERIVED_FIGURES_ENTRY);
    expect(referencedId(prop(mapping, "Properties", "FunctionName"))).toBe(logicalId(stack.streamFunction.function));
    expect(JSON.stringify(prop(mapping, "Properties", "EventSourceArn"))).toContain("StreamArn");
  });

  it("lets only trials, public records and methods through (never the figures it writes itself)", () => {
    const patterns = (prop(mapping, "Properties", "FilterCriteria", "Filters") as { Pattern: string }[]).map((f) => JSON.parse(f.Pattern) as unknown);
    expect(patterns).toEqual([{ dynamodb: { Keys: { sk: { S: ["PILOT", "PUBLIC", "METHOD"] } } } }]);
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

  it("raises an alarm when the function fails, and sends both to the operations stack's topic", () => {
    const errors = named("stream-derived-figures-errors");
    expect(prop(errors, "Properties", "MetricName")).toBe("Errors");
    expect(alarms.length).toBe(2);
    for (const alarm of alarms) {
      expect(JSON.stringify(prop(alarm, "Properties", "AlarmActions"))).toContain(":utprovingsbanken-test-alarms");
      expect(prop(alarm, "Properties", "TreatMissingData")).toBe("notBreaching");
    }
  });
});
