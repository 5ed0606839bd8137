import { CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from "aws-cdk-lib";
import { Certificate } from "aws-cdk-lib/aws-certificatemanager";
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin, S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import type { Project } from "aws-cdk-lib/aws-codebuild";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import type { RetentionDays } from "aws-cdk-lib/aws-logs";
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from "aws-cdk-lib/aws-s3";
import type { Construct } from "constructs";
import { INLINE_SCRIPT_SOURCES } from "../constructs/inline-scripts.ts";
import { hostedDomainUrl, type HubConfig } from "../config.ts";
import { createSiteBuildProject } from "./site-build.ts";

export { siteBuildProjectName, siteBuildSpec } from "./site-build.ts";

export interface SiteStackProps extends StackProps {
  readonly config: HubConfig;
  readonly table: ITableV2;
  /** The HTTP API's hostname (`<id>.execute-api.<region>.amazonaws.com`), CloudFront's origin for `/api/*`. */
  readonly apiDomainName: string;
  readonly logRetention: RetentionDays;
  /** The web ACL made by the edge stack, when no centrally managed one is configured. */
  readonly webAclArn?: string;
}

/**
 * Maps directory URLs to their `index.html` (S3 behind origin access control has no index documents):
 * `/metoder/` → `/metoder/index.html`, `/metoder` → `/metoder/index.html`; files (a dot in the last segment)
 * pass unchanged. Runs on viewer requests of the site behavior only, never on `/api/*`.
 */
export const INDEX_REWRITE_CODE = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.charAt(uri.length - 1) === "/") {
    request.uri = uri + "index.html";
  } else if (uri.substring(uri.lastIndexOf("/") + 1).indexOf(".") === -1) {
    request.uri = uri + "/index.html";
  }
  return request;
}`;

/**
 * The site's Content-Security-Policy: everything from the site's own origin; Pagefind needs WebAssembly
 * compilation ('wasm-unsafe-eval', not 'unsafe-eval'); the login code exchange talks to the Cognito domain.
 * No inline styles (`build.inlineStylesheets: "never"`), and no inline scripts but the site's own, each
 * allowed by its hash (the header's fitting to the signed-in user, `INLINE_SCRIPT_SOURCES`).
 */
export function contentSecurityPolicy(cognitoUrl: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${INLINE_SCRIPT_SOURCES.join(" ")}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${cognitoUrl}`,
    `form-action 'self' ${cognitoUrl}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    "upgrade-insecure-requests",
  ].join("; ");
}

/** Turns off browser features the site never uses. */
export const PERMISSIONS_POLICY =
  "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

/**
 * The public site: a private S3 bucket behind CloudFront (origin access control), `/api/*` routed to the HTTP
 * API on the same origin, strict security headers, and the CodeBuild project that builds the site from the
 * public export — started from the table's stream whenever published content changes (see FiguresStack).
 */
export class SiteStack extends Stack {
  readonly siteBucket: Bucket;
  readonly logsBucket: Bucket;
  readonly distribution: Distribution;
  readonly responseHeadersPolicy: ResponseHeadersPolicy;
  readonly buildProject: Project;

  constructor(scope: Construct, id: string, props: SiteStackProps) {
    super(scope, id, props);
    const { config } = props;
    const logRetentionDays = Duration.days(config.logRetentionDays);

    // Server access logs of the buckets and CloudFront's standard logs (which still need ACLs on the bucket).
    this.logsBucket = new Bucket(this, "LogsBucket", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: logRetentionDays, noncurrentVersionExpiration: Duration.days(7) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.logsBucket).acknowledge({
      id: "AwsSolutions-S1",
      reason: "This is the access-log bucket itself; logging it into itself would loop and logging it elsewhere adds a bucket with the same problem.",
    });

    this.siteBucket = new Bucket(this, "SiteBucket", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: this.logsBucket,
      serverAccessLogsPrefix: "s3/site/",
      // Every build replaces the site; older versions are kept a month for rollback.
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const cognitoUrl = hostedDomainUrl(config);
    this.responseHeadersPolicy = new ResponseHeadersPolicy(this, "SecurityHeaders", {
      responseHeadersPolicyName: `utprovingsbanken-${config.envName}-security-headers`,
      comment: "CSP, HSTS and the other security headers for the site and the API",
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(cognitoUrl), override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          preload: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: "Permissions-Policy", value: PERMISSIONS_POLICY, override: true },
          { header: "Cross-Origin-Opener-Policy", value: "same-origin", override: true },
        ],
      },
      removeHeaders: ["Server"],
    });

    const indexRewrite = new CloudFrontFunction(this, "IndexRewrite", {
      functionName: `utprovingsbanken-${config.envName}-index-rewrite`,
      comment: "Maps /path/ to /path/index.html",
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(INDEX_REWRITE_CODE),
    });

    const apiOrigin = new HttpOrigin(props.apiDomainName, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
    });

    this.distribution = new Distribution(this, "Distribution", {
      comment: `Utprøvingsbanken (${config.envName})`,
      defaultRootObject: "index.html",
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.siteBucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.responseHeadersPolicy,
        functionAssociations: [{ function: indexRewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
        compress: true,
      },
      additionalBehaviors: {
        // One origin for the browser: no CORS. Nothing cached; every header but Host (API Gateway needs its own)
        // is forwarded, which with caching disabled includes Authorization.
        "/api/*": {
          origin: apiOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: this.responseHeadersPolicy,
          compress: true,
        },
      },
      // No custom error pages: they apply to every behavior and would replace the API's 403/404 problem details.
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableIpv6: true,
      enableLogging: true,
      logBucket: this.logsBucket,
      logFilePrefix: "cloudfront/",
      ...(config.site.domainName && config.site.certificateArn
        ? {
            domainNames: [config.site.domainName],
            certificate: Certificate.fromCertificateArn(this, "SiteCertificate", config.site.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      webAclId: config.site.webAclArn ?? props.webAclArn,
    });
    this.acknowledgeDistributionFindings(config, props.webAclArn !== undefined);

    this.buildProject = createSiteBuildProject(this, {
      config,
      logRetention: props.logRetention,
      siteBucket: this.siteBucket,
      logsBucket: this.logsBucket,
      distribution: this.distribution,
      table: props.table,
    });

    new CfnOutput(this, "SiteUrl", { value: `https://${this.distribution.distributionDomainName}` });
    new CfnOutput(this, "DistributionId", { value: this.distribution.distributionId });
    new CfnOutput(this, "SiteBucketName", { value: this.siteBucket.bucketName });
    new CfnOutput(this, "SiteBuildProject", { value: this.buildProject.projectName });
  }

  private acknowledgeDistributionFindings(config: HubConfig, ownWebAcl: boolean): void {
    Validations.of(this.distribution).acknowledge({
      id: "AwsSolutions-CFR1",
      reason: "The site publishes open information for anyone; a country allow-list would shut out legitimate readers abroad.",
    });
    if (!config.site.webAclArn && !ownWebAcl) {
      Validations.of(this.distribution).acknowledge({
        id: "AwsSolutions-CFR2",
        reason:
          "A CloudFront web ACL lives in us-east-1 and is managed centrally; attach it with -c webAclArn=... The origin is static files plus an API with a JWT authorizer and stage throttling.",
      });
    }
    if (!config.site.domainName) {
      Validations.of(this.distribution).acknowledge({
        id: "AwsSolutions-CFR4",
        reason:
          "Without a custom domain CloudFront serves its default *.cloudfront.net certificate, whose policy cannot be pinned; with -c siteDomain=... the distribution enforces TLSv1.2_2021.",
      });
    }
  }
}
