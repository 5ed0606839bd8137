import { describe, expect, it } from "vitest";
import { asList, onlyResource, prop, referencedId, resourcesOf, statementsOfRole, synthesizeHub } from "./synth.ts";

// Prepare (one synthesis for the file)
const hub = synthesizeHub({ mailDomain: "utprovingsbanken.nav.example", curatorEmails: "kuratorer@nav.example,fag@nav.example" });
const template = hub.template(hub.stacks.notifications);
const stack = hub.stacks.notifications;
const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
  stack.resolve((construct.node.defaultChild as { logicalId: string }).logicalId) as string;

describe("notifications stack: SES v2", () => {
  it("has a configuration set that suppresses bounced and complaining addresses and requires TLS", () => {
    const [, set] = onlyResource(template, "AWS::SES::ConfigurationSet");
    expect(prop(set, "Properties", "SuppressionOptions", "SuppressedReasons")).toEqual(["BOUNCE", "COMPLAINT"]);
    expect(prop(set, "Properties", "DeliveryOptions", "TlsPolicy")).toBe("REQUIRE");
    expect(prop(set, "Properties", "ReputationOptions", "ReputationMetricsEnabled")).toBe(true);
  });

  it("sends from a domain identity with DKIM, bound to the configuration set", () => {
    const [, identity] = onlyResource(template, "AWS::SES::EmailIdentity");
    expect(prop(identity, "Properties", "EmailIdentity")).toBe("utprovingsbanken.nav.example");
    expect(prop(identity, "Properties", "DkimAttributes", "SigningEnabled")).toBe(true);
    expect(referencedId(prop(identity, "Properties", "ConfigurationSetAttributes", "ConfigurationSetName"))).toBe(
      onlyResource(template, "AWS::SES::ConfigurationSet")[0],
    );
  });

  it("lets each function send only from the sender address, through the identity and the configuration set", () => {
    for (const fn of [stack.streamFunction, stack.dailyFunction]) {
      const statements = statementsOfRole(template, logicalId(fn.role));
      const send = statements.filter((s) => asList(s.Action).some((a) => String(a).startsWith("ses:")));
      expect(send).toHaveLength(1);
      expect(asList(send[0]?.Action)).toEqual(["ses:SendEmail"]);
      expect(prop(send[0], "Condition", "StringEquals", "ses:FromAddress")).toBe("ikke-svar@utprovingsbanken.nav.example");
      expect(JSON.stringify(send[0]?.Resource)).not.toContain('"*"');
      // No Scan, no wildcard actions on the table.
      expect(statements.flatMap((s) => asList(s.Action)).some((a) => a === "dynamodb:Scan" || String(a).endsWith(":*"))).toBe(false);
    }
  });

  it("gives the functions the site URL, the sender, the configuration set and the curators", () => {
    const env = prop(
      resourcesOf(template, "AWS::Lambda::Function")[logicalId(stack.streamFunction.function)],
      "Properties",
      "Environment",
      "Variables",
    ) as Record<string, unknown>;
    expect(env.SITE_URL).toBe("https://utprovingsbanken.example");
    expect(env.MAIL_FROM).toBe("Utprøvingsbanken <ikke-svar@utprovingsbanken.nav.example>");
    expect(env.CURATOR_EMAILS).toBe("kuratorer@nav.example,fag@nav.example");
    expect(referencedId(env.SES_CONFIGURATION_SET)).toBe(onlyResource(template, "AWS::SES::ConfigurationSet")[0]);
  });
});

describe("notifications stack: review notices from the stream", () => {
  const [, mapping] = onlyResource(template, "AWS::Lambda::EventSourceMapping");

  it("lets only trials and reconsideration requests through, retries, splits and ends in a dead-letter queue", () => {
    const patterns = (prop(mapping, "Properties", "FilterCriteria", "Filters") as { Pattern: string }[]).map((f) => JSON.parse(f.Pattern) as unknown);
    expect(patterns).toEqual([{ dynamodb: { Keys: { sk: { S: ["PILOT"] } } } }, { dynamodb: { Keys: { sk: { S: [{ prefix: "RECON#" }] } } } }]);
    expect(prop(mapping, "Properties", "MaximumRetryAttempts")).toBe(5);
    expect(prop(mapping, "Properties", "BisectBatchOnFunctionError")).toBe(true);
    expect(referencedId(prop(mapping, "Properties", "DestinationConfig", "OnFailure", "Destination"))).toBe(logicalId(stack.streamDeadLetterQueue));
    expect(referencedId(prop(mapping, "Properties", "FunctionName"))).toBe(logicalId(stack.streamFunction.function));
  });
});

describe("notifications stack: the daily reminders", () => {
  it("runs every morning in Norway with retries and a dead-letter queue", () => {
    const [, schedule] = onlyResource(template, "AWS::Scheduler::Schedule");
    expect(prop(schedule, "Properties", "ScheduleExpression")).toBe("cron(0 7 * * ? *)");
    expect(prop(schedule, "Properties", "ScheduleExpressionTimezone")).toBe("Europe/Oslo");
    expect(prop(schedule, "Properties", "Target", "RetryPolicy", "MaximumRetryAttempts")).toBe(3);
    expect(referencedId(prop(schedule, "Properties", "Target", "DeadLetterConfig", "Arn"))).toBe(logicalId(stack.scheduleDeadLetterQueue));
    expect(referencedId(prop(schedule, "Properties", "Target", "Arn"))).toBe(logicalId(stack.dailyFunction.function));
  });

  it("sends an asynchronous run that still fails to the dead-letter queue", () => {
    const [, invokeConfig] = onlyResource(template, "AWS::Lambda::EventInvokeConfig");
    expect(referencedId(prop(invokeConfig, "Properties", "DestinationConfig", "OnFailure", "Destination"))).toBe(logicalId(stack.scheduleDeadLetterQueue));
  });

  it("lets the scheduler invoke the reminders function and write to its dead-letter queue, nothing else", () => {
    const [roleId] =
      Object.entries(resourcesOf(template, "AWS::IAM::Role")).find(([, r]) =>
        JSON.stringify(prop(r, "Properties", "AssumeRolePolicyDocument")).includes("scheduler.amazonaws.com"),
      ) ?? [];
    const statements = statementsOfRole(template, roleId ?? "");
    const target = (action: string) =>
      statements
        .filter((s) => asList(s.Action).includes(action))
        .flatMap((s) => asList(s.Resource))
        .map((r) => JSON.stringify(r));
    expect(statements.flatMap((s) => asList(s.Action)).sort()).toEqual(["lambda:InvokeFunction", "sqs:SendMessage"]);
    for (const resource of target("lambda:InvokeFunction")) expect(resource).toContain(logicalId(stack.dailyFunction.function));
    for (const resource of target("sqs:SendMessage")) expect(resource).toContain(logicalId(stack.scheduleDeadLetterQueue));
  });
});

describe("notifications stack: alarms", () => {
  const alarms = Object.values(resourcesOf(template, "AWS::CloudWatch::Alarm"));
  const named = (suffix: string) => alarms.find((a) => String(prop(a, "Properties", "AlarmName")).endsWith(suffix));

  it("raises an alarm as soon as anything reaches either dead-letter queue", () => {
    for (const [suffix, queue] of [
      ["notices-dead-letters", stack.streamDeadLetterQueue],
      ["reminders-dead-letters", stack.scheduleDeadLetterQueue],
    ] as const) {
      const alarm = named(suffix);
      expect(prop(alarm, "Properties", "MetricName")).toBe("ApproximateNumberOfMessagesVisible");
      expect(prop(alarm, "Properties", "Threshold")).toBe(0);
      expect(prop(alarm, "Properties", "ComparisonOperator")).toBe("GreaterThanThreshold");
      expect(JSON.stringify(prop(alarm, "Properties", "Dimensions"))).toContain(logicalId(queue));
    }
  });

  it("sends every alarm to the operations stack's topic by its ARN", () => {
    expect(alarms.length).toBe(5);
    for (const alarm of alarms) {
      expect(JSON.stringify(prop(alarm, "Properties", "AlarmActions"))).toContain(":utprovingsbanken-test-alarms");
      expect(prop(alarm, "Properties", "TreatMissingData")).toBe("notBreaching");
    }
  });
});
