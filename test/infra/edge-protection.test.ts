import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { synthesizeHub } from "./synth.ts";

describe("abuse protection in AWS", () => {
  const hub = synthesizeHub();

  it("puts a web ACL in us-east-1 with AWS's managed common rules and rate limits per client IP, stricter for writes", () => {
    // Act
    const edge = hub.stacks.edge;
    expect(edge).toBeDefined();
    if (!edge) return;
    const template = hub.template(edge);

    // Assess
    expect(edge.region).toBe("us-east-1");
    template.hasResourceProperties("AWS::WAFv2::WebACL", {
      Scope: "CLOUDFRONT",
      DefaultAction: { Allow: {} },
      Rules: Match.arrayWith([
        Match.objectLike({
          Name: "aws-AWSManagedRulesCommonRuleSet",
          Statement: { ManagedRuleGroupStatement: { VendorName: "AWS", Name: "AWSManagedRulesCommonRuleSet" } },
        }),
        Match.objectLike({
          Name: "api-writes-per-ip",
          Action: { Block: Match.anyValue() },
          Statement: { RateBasedStatement: Match.objectLike({ AggregateKeyType: "IP", Limit: 300 }) },
        }),
        Match.objectLike({
          Name: "api-per-ip",
          Action: { Block: Match.anyValue() },
          Statement: { RateBasedStatement: Match.objectLike({ AggregateKeyType: "IP", Limit: 2000 }) },
        }),
      ]),
    });
  });

  it("attaches the web ACL to the CloudFront distribution by default", () => {
    const site = hub.template(hub.stacks.site);
    const [distribution] = Object.values(site.findResources("AWS::CloudFront::Distribution"));
    expect(distribution?.Properties.DistributionConfig.WebACLId).toBeDefined();
  });

  it("throttles every write route of the API on its own, below the stage default", () => {
    const api = hub.template(hub.stacks.api);
    const [stage] = Object.values(api.findResources("AWS::ApiGatewayV2::Stage"));
    const settings = stage?.Properties.RouteSettings as Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }>;
    const keys = Object.keys(settings);
    expect(keys).toContain("POST /api/pilots");
    expect(keys).toContain("POST /api/pilots/{id}/redact");
    expect(keys.every((k) => !k.startsWith("GET "))).toBe(true);
    for (const value of Object.values(settings)) {
      expect(value.ThrottlingRateLimit).toBeLessThan(hub.config.api.rateLimit);
      expect(value.ThrottlingBurstLimit).toBeLessThan(hub.config.api.burstLimit);
    }
  });

  it("keeps the execute-api endpoint on without an origin domain, and switches it off with one, CloudFront then using that domain", () => {
    const plain = hub.template(hub.stacks.api);
    expect(Object.values(plain.findResources("AWS::ApiGatewayV2::Api"))[0]?.Properties.DisableExecuteApiEndpoint).toBe(false);

    const guarded = synthesizeHub({
      apiOriginDomain: "api-origin.utprovingsbanken.nav.example",
      apiCertificateArn: "arn:aws:acm:eu-north-1:123456789012:certificate/abcd-1234",
    });
    const api = guarded.template(guarded.stacks.api);
    api.hasResourceProperties("AWS::ApiGatewayV2::Api", { DisableExecuteApiEndpoint: true });
    api.hasResourceProperties("AWS::ApiGatewayV2::DomainName", { DomainName: "api-origin.utprovingsbanken.nav.example" });
    api.resourceCountIs("AWS::ApiGatewayV2::ApiMapping", 1);
    const site = guarded.template(guarded.stacks.site);
    const [distribution] = Object.values(site.findResources("AWS::CloudFront::Distribution"));
    const origins = distribution?.Properties.DistributionConfig.Origins as { DomainName: unknown }[];
    expect(origins.map((o) => o.DomainName)).toContain("api-origin.utprovingsbanken.nav.example");
  });
});
