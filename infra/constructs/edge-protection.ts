import type { CfnStage } from "aws-cdk-lib/aws-apigatewayv2";
import { type HttpStage } from "aws-cdk-lib/aws-apigatewayv2";
import { CfnWebACL } from "aws-cdk-lib/aws-wafv2";
import { Construct } from "constructs";

/** Requests per client IP in five minutes before the web ACL blocks it. */
export interface RateLimits {
  /** Any request to `/api/*`. */
  readonly api: number;
  /** Writes (POST, PUT, PATCH, DELETE) to `/api/*`: stricter. */
  readonly apiWrites: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { api: 2_000, apiWrites: 300 };

const visibility = (metricName: string) => ({ cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName });

const apiPath = {
  byteMatchStatement: {
    fieldToMatch: { uriPath: {} },
    positionalConstraint: "STARTS_WITH",
    searchString: "/api/",
    textTransformations: [{ priority: 0, type: "NONE" }],
  },
};

const writeMethod = {
  orStatement: {
    statements: ["POST", "PUT", "PATCH", "DELETE"].map((method) => ({
      byteMatchStatement: {
        fieldToMatch: { method: {} },
        positionalConstraint: "EXACTLY",
        searchString: method,
        textTransformations: [{ priority: 0, type: "NONE" }],
      },
    })),
  },
};

/**
 * The CloudFront distribution's web ACL (scope CLOUDFRONT, so it lives in us-east-1): AWS's managed common
 * rules and known bad inputs, a rate-based rule per client IP for `/api/*`, and a stricter one for writes.
 */
export class SiteWebAcl extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: { readonly name: string; readonly limits?: RateLimits }) {
    super(scope, id);
    const limits = props.limits ?? DEFAULT_RATE_LIMITS;
    const managed = (name: string, priority: number) => ({
      name: `aws-${name}`,
      priority,
      overrideAction: { none: {} },
      statement: { managedRuleGroupStatement: { vendorName: "AWS", name } },
      visibilityConfig: visibility(name),
    });
    this.webAcl = new CfnWebACL(this, "WebAcl", {
      name: props.name,
      // WAF descriptions take ASCII only.
      description: "Utprovingsbanken - managed common rules and rate limits per client IP for the API",
      scope: "CLOUDFRONT",
      defaultAction: { allow: {} },
      visibilityConfig: visibility(props.name),
      rules: [
        managed("AWSManagedRulesCommonRuleSet", 0),
        managed("AWSManagedRulesKnownBadInputsRuleSet", 1),
        {
          name: "api-writes-per-ip",
          priority: 2,
          action: { block: { customResponse: { responseCode: 429 } } },
          statement: {
            rateBasedStatement: {
              aggregateKeyType: "IP",
              limit: limits.apiWrites,
              evaluationWindowSec: 300,
              scopeDownStatement: { andStatement: { statements: [apiPath, writeMethod] } },
            },
          },
          visibilityConfig: visibility("api-writes-per-ip"),
        },
        {
          name: "api-per-ip",
          priority: 3,
          action: { block: { customResponse: { responseCode: 429 } } },
          statement: { rateBasedStatement: { aggregateKeyType: "IP", limit: limits.api, evaluationWindowSec: 300, scopeDownStatement: apiPath } },
          visibilityConfig: visibility("api-per-ip"),
        },
      ],
    });
  }
}

/** Per-route throttling of the API's writes, below the stage's default (route keys as API Gateway writes them). */
export function throttleWrites(stage: HttpStage, routeKeys: readonly string[], limits: { readonly rateLimit: number; readonly burstLimit: number }): void {
  const cfn = stage.node.defaultChild as CfnStage;
  // RouteSettings is untyped JSON in the L1, so it takes CloudFormation's own (PascalCase) names.
  cfn.routeSettings = Object.fromEntries(routeKeys.map((key) => [key, { ThrottlingRateLimit: limits.rateLimit, ThrottlingBurstLimit: limits.burstLimit }]));
}
