import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CfnElement } from "aws-cdk-lib";
import type { IConstruct } from "constructs";
import { describe, expect, it } from "vitest";
import { hostedDomainUrl } from "../../infra/config.ts";
import { REPO_ROOT } from "../../infra/constructs/hub-function.ts";
import { INLINE_SCRIPT_SOURCES } from "../../infra/constructs/inline-scripts.ts";
import { INDEX_REWRITE_CODE } from "../../infra/stacks/site-stack.ts";
import { asList, onlyResource, prop, referencedId, resourcesOf, statementsOfRole, synthesizeHub, type CfnResource } from "./synth.ts";

/** AWS managed CloudFront policies (fixed ids). */
const CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
const ALL_VIEWER_EXCEPT_HOST_HEADER = "b689b0a8-53d0-40ab-baf2-68738e2966ac";

// Prepare (one synthesis for the file)
const hub = synthesizeHub();
const template = hub.template(hub.stacks.site);
const buckets = resourcesOf(template, "AWS::S3::Bucket");
const [, distribution] = onlyResource(template, "AWS::CloudFront::Distribution");
const config = (...path: (string | number)[]) => prop(distribution, "Properties", "DistributionConfig", ...path);
const logicalId = (construct: IConstruct) => hub.stacks.site.getLogicalId(construct.node.defaultChild as CfnElement);
const siteBucketId = logicalId(hub.stacks.site.siteBucket);
const logsBucketId = logicalId(hub.stacks.site.logsBucket);

function bucketPolicyStatements(bucketId: string): Record<string, unknown>[] {
  const policy = Object.values(resourcesOf(template, "AWS::S3::BucketPolicy")).find((p) => referencedId(prop(p, "Properties", "Bucket")) === bucketId);
  return asList(prop(policy, "Properties", "PolicyDocument", "Statement")) as Record<string, unknown>[];
}

/** Runs the CloudFront Function's code on a viewer request for `uri`. */
function rewrite(uri: string): string {
  const handler = new Function(`${INDEX_REWRITE_CODE}\nreturn handler;`)() as (event: unknown) => { uri: string };
  return handler({ request: { uri, method: "GET", querystring: {}, headers: {} } }).uri;
}

describe("site stack: buckets", () => {
  it.each(Object.keys(buckets).map((id) => [id] as const))("%s blocks public access, requires TLS and is encrypted and versioned", (id) => {
    const bucket = buckets[id] as CfnResource;
    expect(prop(bucket, "Properties", "PublicAccessBlockConfiguration")).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(prop(bucket, "Properties", "BucketEncryption", "ServerSideEncryptionConfiguration", 0, "ServerSideEncryptionByDefault", "SSEAlgorithm")).toBe(
      "AES256",
    );
    expect(prop(bucket, "Properties", "VersioningConfiguration", "Status")).toBe("Enabled");
    expect(bucket.DeletionPolicy).toBe("Retain");
    expect(bucketPolicyStatements(id)).toContainEqual(expect.objectContaining({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }));
  });

  it("logs access to the site bucket in the logs bucket", () => {
    expect(referencedId(prop(buckets[siteBucketId], "Properties", "LoggingConfiguration", "DestinationBucketName"))).toBe(logsBucketId);
  });

  it("lets only this distribution read the site bucket (origin access control)", () => {
    const read = bucketPolicyStatements(siteBucketId).find((s) => prop(s, "Principal", "Service") === "cloudfront.amazonaws.com");
    expect(read?.Action).toBe("s3:GetObject");
    expect(JSON.stringify(read?.Condition)).toContain("AWS:SourceArn");
  });
});

describe("site stack: distribution", () => {
  const origins = config("Origins") as Record<string, unknown>[];
  const s3Origin = origins.find((o) => JSON.stringify(o.DomainName).includes(siteBucketId));
  const apiOrigin = origins.find((o) => JSON.stringify(o.DomainName).includes("execute-api"));
  const apiBehavior = (config("CacheBehaviors") as Record<string, unknown>[]).find((b) => b.PathPattern === "/api/*");

  it("serves the site from S3 through origin access control", () => {
    expect(referencedId(prop(s3Origin, "OriginAccessControlId"))).toBeDefined();
    template.hasResourceProperties("AWS::CloudFront::OriginAccessControl", {
      OriginAccessControlConfig: { OriginAccessControlOriginType: "s3", SigningBehavior: "always", SigningProtocol: "sigv4" },
    });
    expect(config("DefaultCacheBehavior", "TargetOriginId")).toBe(s3Origin?.Id);
    expect(config("DefaultCacheBehavior", "ViewerProtocolPolicy")).toBe("redirect-to-https");
    expect(config("DefaultRootObject")).toBe("index.html");
  });

  it("routes /api/* to the HTTP API on the same origin: all methods, no caching, Authorization forwarded", () => {
    expect(JSON.stringify(apiOrigin?.DomainName)).toMatch(/Utp-test-Api:.*HttpApi/);
    expect(prop(apiOrigin, "CustomOriginConfig")).toEqual({ OriginProtocolPolicy: "https-only", OriginSSLProtocols: ["TLSv1.2"] });
    expect(apiBehavior?.TargetOriginId).toBe(apiOrigin?.Id);
    expect(apiBehavior?.AllowedMethods).toEqual(["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"]);
    expect(apiBehavior?.CachePolicyId).toBe(CACHING_DISABLED);
    // With caching disabled, the all-viewer origin request policy forwards the Authorization header.
    expect(apiBehavior?.OriginRequestPolicyId).toBe(ALL_VIEWER_EXCEPT_HOST_HEADER);
    expect(apiBehavior?.FunctionAssociations).toBeUndefined();
  });

  it("has no custom error responses (they would replace the API's own 403/404 answers)", () => {
    expect(config("CustomErrorResponses")).toBeUndefined();
  });

  it("logs to the logs bucket", () => {
    expect(referencedId(config("Logging", "Bucket"))).toBe(logsBucketId);
  });
});

describe("site stack: index rewrite function", () => {
  it("is a cloudfront-js-2.0 function on the site's viewer requests", () => {
    const [functionId, fn] = onlyResource(template, "AWS::CloudFront::Function");
    expect(prop(fn, "Properties", "FunctionCode")).toBe(INDEX_REWRITE_CODE);
    expect(prop(fn, "Properties", "FunctionConfig", "Runtime")).toBe("cloudfront-js-2.0");
    expect(config("DefaultCacheBehavior", "FunctionAssociations")).toEqual([
      { EventType: "viewer-request", FunctionARN: { "Fn::GetAtt": [functionId, "FunctionARN"] } },
    ]);
  });

  it.each([
    ["/", "/index.html"],
    ["/metoder/", "/metoder/index.html"],
    ["/metoder", "/metoder/index.html"],
    ["/utprovinger/arbeidstrening-lier/", "/utprovinger/arbeidstrening-lier/index.html"],
    ["/_astro/page.abc123.css", "/_astro/page.abc123.css"],
    ["/pagefind/pagefind.js", "/pagefind/pagefind.js"],
    ["/favicon.svg", "/favicon.svg"],
  ])("maps %s to %s", (uri, expected) => {
    expect(rewrite(uri)).toBe(expected);
  });
});

describe("site stack: security headers", () => {
  const [policyId, policy] = onlyResource(template, "AWS::CloudFront::ResponseHeadersPolicy");
  const security = (...path: string[]) => prop(policy, "Properties", "ResponseHeadersPolicyConfig", "SecurityHeadersConfig", ...path);
  const csp = String(security("ContentSecurityPolicy", "ContentSecurityPolicy"));
  const directives = new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name = "", ...values]) => [name, values] as const),
  );
  const cognito = hostedDomainUrl(hub.config);

  it("applies to both the site and the API behaviors", () => {
    expect(referencedId(config("DefaultCacheBehavior", "ResponseHeadersPolicyId"))).toBe(policyId);
    for (const behavior of config("CacheBehaviors") as Record<string, unknown>[]) {
      expect(referencedId(behavior.ResponseHeadersPolicyId)).toBe(policyId);
    }
  });

  it("sends a strict Content-Security-Policy, overriding the origin's", () => {
    expect(security("ContentSecurityPolicy", "Override")).toBe(true);
    expect(directives.get("default-src")).toEqual(["'self'"]);
    // The site's own inline script (the header's fitting) runs by its hash, and no other inline script
    expect(directives.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'", ...INLINE_SCRIPT_SOURCES]);
    expect(INLINE_SCRIPT_SOURCES).toHaveLength(1);
    expect(INLINE_SCRIPT_SOURCES[0]).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(directives.get("style-src")).toEqual(["'self'"]);
    expect(directives.get("img-src")).toEqual(["'self'", "data:"]);
    expect(directives.get("connect-src")).toEqual(["'self'", cognito]);
    expect(directives.get("form-action")).toEqual(["'self'", cognito]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toMatch(/'unsafe-eval'/);
  });

  it("sends HSTS for two years with subdomains and preload", () => {
    expect(security("StrictTransportSecurity")).toEqual({ AccessControlMaxAgeSec: 63_072_000, IncludeSubdomains: true, Preload: true, Override: true });
  });

  it("sends nosniff, frame DENY and a strict referrer policy", () => {
    expect(security("ContentTypeOptions")).toEqual({ Override: true });
    expect(security("FrameOptions")).toEqual({ FrameOption: "DENY", Override: true });
    expect(security("ReferrerPolicy")).toEqual({ ReferrerPolicy: "strict-origin-when-cross-origin", Override: true });
  });

  it("sends a Permissions-Policy", () => {
    const headers = prop(policy, "Properties", "ResponseHeadersPolicyConfig", "CustomHeadersConfig", "Items") as Record<string, unknown>[];
    const permissions = headers.find((h) => h.Header === "Permissions-Policy");
    expect(permissions?.Value).toMatch(/camera=\(\)/);
    expect(permissions?.Value).toMatch(/geolocation=\(\)/);
  });
});

describe("site stack: site build", () => {
  const [projectId, project] = onlyResource(template, "AWS::CodeBuild::Project");
  const variables = prop(project, "Properties", "Environment", "EnvironmentVariables") as { Name: string; Value: unknown }[];
  const buildSpec = String(prop(project, "Properties", "Source", "BuildSpec"));

  it("builds against the deployed public export, through the distribution", () => {
    const exportUrl = variables.find((v) => v.Name === "UTP_EXPORT_URL")?.Value;
    expect(exportUrl).toEqual({ "Fn::Join": ["", ["https://", { "Fn::GetAtt": [expect.any(String), "DomainName"] }, "/api/public"]] });
    expect(referencedId(variables.find((v) => v.Name === "SITE_BUCKET")?.Value)).toBe(siteBucketId);
  });

  it("installs, builds, syncs to the site bucket with --delete and invalidates the distribution", () => {
    const spec = JSON.parse(buildSpec) as { phases: Record<string, { commands: string[] }> };
    const commands = Object.values(spec.phases).flatMap((phase) => phase.commands);
    const at = (pattern: RegExp) => commands.findIndex((c) => pattern.test(c));
    expect(at(/^npm ci\b/)).toBeGreaterThanOrEqual(0);
    expect(at(/npm run site:build$/)).toBeGreaterThan(at(/^npm ci\b/));
    expect(at(/aws s3 sync site\/dist "s3:\/\/\$SITE_BUCKET" --delete/)).toBeGreaterThan(at(/npm run site:build$/));
    expect(at(/aws cloudfront create-invalidation --distribution-id "\$DISTRIBUTION_ID"/)).toBeGreaterThan(at(/sync site\/dist "s3/));
  });

  it("publishes a change from the publisher's state first, and makes a whole build only when that did not publish, then keeps the state", () => {
    const spec = JSON.parse(buildSpec) as { phases: Record<string, { commands: string[] }> };
    const commands = Object.values(spec.phases).flatMap((phase) => phase.commands);
    const at = (pattern: RegExp) => commands.findIndex((c) => pattern.test(c));
    const fetched = at(/aws s3 cp "s3:\/\/\$STATE_BUCKET\/publisher\/" "\$STATE_DIR\/" --recursive/);
    const published = at(/bash scripts\/site-publish-job\.sh; then PUBLISHED=yes; fi$/);
    expect(fetched).toBeGreaterThanOrEqual(0);
    expect(published).toBeGreaterThan(fetched);
    expect(at(/npm run site:build$/)).toBeGreaterThan(published);
    // Every step of the whole build runs only when the publish step did not publish.
    for (const command of commands.slice(published + 1)) expect(command.startsWith('[ "$PUBLISHED" = yes ] ||'), command).toBe(true);
    expect(at(/site:publish -- --init --state .* && aws s3 cp "\$STATE_DIR\/state\.json" "s3:\/\/\$STATE_BUCKET\/publisher\/state\.json"/)).toBeGreaterThan(
      at(/aws s3 sync site\/dist "s3/),
    );
    expect(readFileSync(join(REPO_ROOT, "scripts", "site-publish-job.sh"), "utf8")).toMatch(/npm run -s site:publish -- --state "\$STATE_DIR\/state\.json"/);
    expect(referencedId(variables.find((v) => v.Name === "STATE_BUCKET")?.Value)).toBeDefined();
  });

  it("writes the gone page at every deployed address a redaction took away before it publishes, and then removes the old page's older versions", () => {
    const spec = JSON.parse(buildSpec) as { phases: Record<string, { commands: string[] }> };
    const commands = Object.values(spec.phases).flatMap((phase) => phase.commands);
    const at = (pattern: RegExp) => commands.findIndex((c) => pattern.test(c));
    const listed = at(/aws s3api list-objects-v2 --bucket "\$SITE_BUCKET" --prefix utproving\//);
    const written = at(/npx tsx scripts\/gone-pages\.ts --deployed /);
    expect(listed).toBeGreaterThan(at(/npm run site:build$/));
    expect(written).toBeGreaterThan(listed);
    expect(at(/aws s3 sync site\/dist "s3:\/\/\$SITE_BUCKET" --delete/)).toBeGreaterThan(written);
    expect(at(/list-object-versions .*delete-object .*--version-id/)).toBeGreaterThan(at(/aws s3 sync site\/dist "s3:\/\/\$SITE_BUCKET" --delete/));
    // The publish step does the same for the trials it removes.
    const job = readFileSync(join(REPO_ROOT, "scripts", "site-publish-job.sh"), "utf8");
    expect(job.indexOf("scripts/gone-pages.ts")).toBeGreaterThan(job.indexOf("site:publish"));
    expect(job.indexOf("list-object-versions")).toBeGreaterThan(job.indexOf('aws s3 cp "$out"'));
    expect(variables.find((v) => v.Name === "TABLE_NAME")?.Value).toBeDefined();
  });

  it("takes its source from the configured S3 location by default", () => {
    expect(prop(project, "Properties", "Source", "Type")).toBe("S3");
    expect(JSON.stringify(prop(project, "Properties", "Source", "Location"))).toContain(
      hub.config.siteSource.type === "s3" ? hub.config.siteSource.objectKey : "-",
    );
  });

  it("runs with a role that can only read its source, write the site bucket, invalidate and log", () => {
    const roleId = referencedId(prop(project, "Properties", "ServiceRole")) ?? "";
    const statements = statementsOfRole(template, roleId);
    const actions = [...new Set(statements.flatMap((s) => asList(s.Action).map(String)))].sort();
    expect(actions).toEqual(
      [
        "cloudfront:CreateInvalidation",
        "logs:CreateLogStream",
        "logs:PutLogEvents",
        "s3:DeleteObject",
        "s3:DeleteObjectVersion",
        "s3:GetBucketAcl",
        "s3:GetBucketLocation",
        "s3:GetObject",
        "s3:GetObjectVersion",
        "s3:ListBucket",
        "s3:ListBucketVersions",
        "s3:PutObject",
        "dynamodb:GetItem",
      ].sort(),
    );
    // Of the state bucket, only the publisher's prefix
    const stateWrite = statements.find((s) => s.Sid === "KeepPublisherState");
    expect(JSON.stringify(stateWrite?.Resource)).toContain("/publisher/*");
    // Of the table, only the hashes of the addresses redactions took away
    const read = statements.find((s) => asList(s.Action).includes("dynamodb:GetItem"));
    expect(read?.Condition).toEqual({ "ForAllValues:StringLike": { "dynamodb:LeadingKeys": ["GONE#*"] } });
    const role = resourcesOf(template, "AWS::IAM::Role")[roleId];
    expect(prop(role, "Properties", "ManagedPolicyArns")).toBeUndefined();
    expect(projectId).toBeDefined();
  });
});

describe("site stack: the build is started from the table's stream", () => {
  it("has no stream consumer of its own (the figures stack's function starts the build)", () => {
    expect(Object.keys(resourcesOf(template, "AWS::Lambda::EventSourceMapping"))).toEqual([]);
    expect(Object.keys(resourcesOf(template, "AWS::SQS::Queue"))).toEqual([]);
  });
});

describe("site stack: options from config", () => {
  // Prepare
  const custom = synthesizeHub({
    siteUrl: "",
    siteDomain: "utprovingsbanken.nav.example",
    siteCertificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/abcd-1234",
    webAclArn: "arn:aws:wafv2:us-east-1:123456789012:global/webacl/utp/abcd",
    siteSource: "github:navikt/utprovingsbanken#main",
  });
  const customTemplate = custom.template(custom.stacks.site);
  const [, customDistribution] = onlyResource(customTemplate, "AWS::CloudFront::Distribution");
  const customConfig = (...path: string[]) => prop(customDistribution, "Properties", "DistributionConfig", ...path);

  it("serves a custom domain with its certificate and TLS 1.2 (2021) as the minimum", () => {
    expect(customConfig("Aliases")).toEqual(["utprovingsbanken.nav.example"]);
    expect(customConfig("ViewerCertificate")).toMatchObject({
      AcmCertificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/abcd-1234",
      MinimumProtocolVersion: "TLSv1.2_2021",
      SslSupportMethod: "sni-only",
    });
  });

  it("attaches the configured web ACL", () => {
    expect(customConfig("WebACLId")).toBe("arn:aws:wafv2:us-east-1:123456789012:global/webacl/utp/abcd");
  });

  it("builds from GitHub when configured, without a source bucket", () => {
    const [, project] = onlyResource(customTemplate, "AWS::CodeBuild::Project");
    expect(prop(project, "Properties", "Source")).toMatchObject({ Type: "GITHUB", Location: "https://github.com/navikt/utprovingsbanken.git" });
    expect(prop(project, "Properties", "SourceVersion")).toBe("main");
    // The site, its logs and the publisher's state: no source bucket
    customTemplate.resourceCountIs("AWS::S3::Bucket", 3);
  });

  it("uses the custom domain for the app client's callback", () => {
    const [, client] = onlyResource(custom.template(custom.stacks.auth), "AWS::Cognito::UserPoolClient");
    expect(prop(client, "Properties", "CallbackURLs")).toEqual(["https://utprovingsbanken.nav.example/auth/callback"]);
  });
});
