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
        Match.objectLike({ Name: "aws-AWSManagedRulesCommonRuleSet", Statement: { ManagedRuleGroupStatement: { VendorName: "AWS", Name: "AWSManagedRulesCommonRuleSet" } } }),
        Match.objectLike({ Name: "api-writes-per-ip", Action: { Block: Match.anyValue() }, Statement: { RateBasedStatement: Match.objectLike({ AggregateKeyType: "IP", Limit: 300 }) } }),
        Match.objectLike({ Name: "api-per-ip", Action: { Block: Match.anyValue() }, Statement: { RateBasedStatement: Match.objectLike({ AggregateKeyType: "IP", Limit: 2000 }) } }),
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
});
