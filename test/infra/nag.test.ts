import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Stack, Validations } from "aws-cdk-lib";
import { Bucket } from "aws-cdk-lib/aws-s3";
import { Queue } from "aws-cdk-lib/aws-sqs";
import type { IConstruct } from "constructs";
import { describe, expect, it, onTestFinished } from "vitest";
import { complianceChecks } from "../../infra/hub.ts";
import { synthesizeHub } from "./synth.ts";

/** Every optional branch of the configuration turned on. */
const EVERYTHING_CONTEXT = {
  siteUrl: "",
  siteDomain: "utprovingsbanken.nav.example",
  siteCertificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/abcd-1234",
  webAclArn: "arn:aws:wafv2:us-east-1:123456789012:global/webacl/utp/abcd",
  apiOriginDomain: "api-origin.utprovingsbanken.nav.example",
  apiCertificateArn: "arn:aws:acm:eu-north-1:123456789012:certificate/abcd-5678",
  siteSource: "s3://nav-utp-releases/utprovingsbanken.zip",
  alarmEmail: "drift@nav.example",
  oidcIssuerUrl: "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0",
  oidcClientId: "11111111-2222-3333-4444-555555555555",
  oidcClientSecretName: "utprovingsbanken/entra-client-secret",
  oidcOfficeClaim: "navOffice",
};

/** The cdk-nag findings (errors and warnings) of both packs on an app, one line each. */
function findings(scope: IConstruct): string[] {
  return complianceChecks().flatMap((pack) =>
    pack
      .validateScope(scope)
      .violations.flatMap((violation) =>
        violation.violatingResources.map((resource) => `${violation.severity} ${violation.ruleName} at ${resource.constructPath}: ${violation.description}`),
      ),
  );
}

/** Every acknowledgement recorded in the tree: rule id and reason. */
function acknowledgements(scope: IConstruct): { path: string; id: string; reason: string }[] {
  return scope.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^annotation::/i, ""),
          reason,
        })),
      ),
  );
}

describe("cdk-nag: AwsSolutions and Serverless packs", () => {
  it("do report findings (checked on a deliberately careless stack)", () => {
    // Prepare
    const outdir = mkdtempSync(join(tmpdir(), "utp-nag-"));
    onTestFinished(() => rmSync(outdir, { recursive: true, force: true }));
    const app = new App({ outdir });
    const stack = new Stack(app, "Careless");
    new Bucket(stack, "Bucket");
    new Queue(stack, "Queue");
    // Act
    const found = findings(app);
    // Assess
    expect(found.some((f) => f.includes("AwsSolutions-S1"))).toBe(true);
    expect(found.some((f) => f.includes("Serverless-SQSRedrivePolicy"))).toBe(true);
  });

  it.each([
    ["the default configuration", {}],
    ["every option turned on (OIDC, custom domain, web ACL, S3 source, alarm e-mail)", EVERYTHING_CONTEXT],
    ["the site built from GitHub", { siteSource: "github:navikt/utprovingsbanken#main" }],
  ])("find nothing unacknowledged with %s", (_label, context) => {
    // Prepare
    const hub = synthesizeHub(context);
    // Act
    const found = findings(hub.app);
    // Assess
    expect(found).toEqual([]);
  });

  it("run as validation plugins during synthesis, as in infra/app.ts, without failing it", () => {
    expect(() => synthesizeHub({}, { compliance: true })).not.toThrow();
  });

  it("only have acknowledgements with a written reason", () => {
    const all = [...acknowledgements(synthesizeHub().app), ...acknowledgements(synthesizeHub(EVERYTHING_CONTEXT).app)];
    expect(all.length).toBeGreaterThan(0);
    for (const { path, id, reason } of all) {
      expect(id, path).toMatch(/^(AwsSolutions|Serverless)-[A-Za-z0-9]+(\[.+\])?$/);
      expect(reason.length, `${id} at ${path}`).toBeGreaterThanOrEqual(60);
    }
  });
});
