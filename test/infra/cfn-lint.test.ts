import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  LINTED_CONFIGURATIONS,
  cfnLintVersion,
  formatFinding,
  installedCfnLintVersion,
  lintTemplates,
  stackTemplates,
  type StackTemplate,
} from "../../infra/cfn-lint.ts";
import { resourcesOf, synthesizeHub } from "./synth.ts";

// Prepare: every linted configuration synthesized once (templates in a temporary folder each).
const configurations = Object.entries(LINTED_CONFIGURATIONS).map(([name, context]) => {
  const hub = synthesizeHub(context);
  return { name, hub, templates: stackTemplates(hub.app.synth()) };
});
const byStackName = new Map<string, StackTemplate>(configurations.flatMap((c) => c.templates.map((t) => [t.stackName, t] as const)));

const scratch = mkdtempSync(join(tmpdir(), "utp-cfn-lint-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const LINT_TIMEOUT = 180_000;

describe("cfn-lint: AWS's CloudFormation linter over the synthesized templates", () => {
  it("is installed at the version scripts/toolchain.sh pins", () => {
    expect(installedCfnLintVersion()).toBe(`cfn-lint ${cfnLintVersion()}`);
  });

  it.each(configurations)(
    "finds nothing in the $name configuration's templates, each linted for its stack's region",
    ({ templates }) => {
      expect(templates.length).toBeGreaterThanOrEqual(6);
      expect(lintTemplates(templates).map(formatFinding)).toEqual([]);
    },
    LINT_TIMEOUT,
  );

  it("covers the code paths behind configuration: the edge stack in us-east-1, the API's origin domain", () => {
    for (const env of ["dev", "prod"]) {
      expect(byStackName.get(`Utp-${env}-Edge`)?.region).toBe("us-east-1");
      expect(byStackName.get(`Utp-${env}-Operations`)?.region).toBe("eu-north-1");
    }
    // A centrally managed web ACL replaces the edge stack.
    expect(byStackName.has("Utp-test-Edge")).toBe(false);

    const prod = configurations.find((c) => c.name === "prod")!.hub;
    const apiDomains = resourcesOf(prod.template(prod.stacks.api), "AWS::ApiGatewayV2::DomainName");
    expect(Object.values(apiDomains).map((d) => d.Properties?.DomainName)).toEqual([LINTED_CONFIGURATIONS.prod?.apiOriginDomain]);
  });

  it(
    "reports errors and every warning .cfnlintrc.yaml does not leave out",
    () => {
      const file = join(scratch, "Careless.template.json");
      writeFileSync(
        file,
        JSON.stringify({
          Parameters: { Unused: { Type: "String" } },
          Resources: {
            Queue: { Type: "AWS::SQS::Queue", Properties: { VisibilityTimeOut: 30 } },
            Topic: { Type: "AWS::SNS::Topic" },
            Subscription: {
              Type: "AWS::SNS::Subscription",
              DependsOn: ["Topic"],
              Properties: { TopicArn: { Ref: "Topic" }, Protocol: "sqs", Endpoint: { "Fn::GetAtt": ["Queue", "Arn"] } },
            },
          },
        }),
      );
      const findings = lintTemplates([{ stackName: "Careless", region: "eu-north-1", file }]);
      expect(findings.map((f) => `${f.level} ${f.rule} ${f.path}`).sort()).toEqual([
        // A misspelt property.
        "Error E3002 Resources/Queue/Properties/VisibilityTimeOut",
        // A parameter nothing uses.
        "Warning W2001 Parameters/Unused",
        // The redundant DependsOn (W3005) is left out in .cfnlintrc.yaml.
      ]);
      expect(findings.every((f) => f.region === "eu-north-1")).toBe(true);
    },
    LINT_TIMEOUT,
  );
});
