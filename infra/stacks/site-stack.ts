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
import { BuildSpec, ComputeType, LinuxArmBuildImage, Project, Source, type ISource } from "aws-cdk-lib/aws-codebuild";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { FilterCriteria, FilterRule, StartingPosition } from "aws-cdk-lib/aws-lambda";
import { DynamoEventSource, SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, type CfnBucket, type IBucket } from "aws-cdk-lib/aws-s3";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";
import { keys } from "../../shared/data/keys.ts";
import { hostedDomainUrl, type HubConfig } from "../config.ts";
import { HubFunction, functionNameFor } from "../constructs/hub-function.ts";

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
 * No inline scripts or styles: the Astro build must not inline them (`build.inlineStylesheets: "never"`).
 */
export function contentSecurityPolicy(cognitoUrl: string): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
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

/** The handler of the rebuild-on-publish trigger. */
export const REBUILD_ENTRY = "stream/rebuild-site";

/** Names known before deployment, so that the operations stack can watch these without exports. */
export const siteBuildProjectName = (envName: string) => `utprovingsbanken-${envName}-site`;
export const rebuildDeadLetterQueueName = (envName: string) => `utprovingsbanken-${envName}-rebuild-dlq`;

/** The items whose changes show on the public site: published trials (and withdrawals), methods and offices. */
export const SITE_CHANGE_SORT_KEYS = [keys.publicPilot("-").sk, keys.method("-").sk, keys.office("-").sk];

/**
 * The build: Node from `.nvmrc` (installed from the npm registry with the image's own npm, as the CodeBuild images
 * lag behind and their runtime lists differ by image; no `runtime-versions` pinning), `npm ci`,
 * the Astro build against the deployed public export, then publish: hashed assets first (immutable), then the
 * pages with `--delete`, an invalidation, and finally removal of assets no page refers to any more.
 */
export function siteBuildSpec(): Record<string, unknown> {
  return {
    version: "0.2",
    env: { shell: "bash" },
    phases: {
      install: {
        "on-failure": "ABORT",
        commands: [
          'npm install --no-save --no-audit --no-fund --prefix "$HOME/.utp-node" "node@$(cat .nvmrc)"',
          'export PATH="$HOME/.utp-node/node_modules/node/bin:$PATH"',
          "node --version",
          "npm ci --no-audit --no-fund",
        ],
      },
      build: {
        "on-failure": "ABORT",
        commands: [
          "npm run site:build",
          'aws s3 sync site/dist/_astro "s3://$SITE_BUCKET/_astro" --only-show-errors --cache-control "public, max-age=31536000, immutable"',
          'aws s3 sync site/dist "s3://$SITE_BUCKET" --delete --only-show-errors --exclude "_astro/*" --cache-control "public, max-age=300, s-maxage=86400"',
          'aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths "/*"',
          'aws s3 sync site/dist/_astro "s3://$SITE_BUCKET/_astro" --delete --only-show-errors --cache-control "public, max-age=31536000, immutable"',
        ],
      },
    },
  };
}

/**
 * The public site: a private S3 bucket behind CloudFront (origin access control), `/api/*` routed to the HTTP
 * API on the same origin, strict security headers, and the CodeBuild project that builds the site from the
 * public export — started by a stream-triggered function whenever published content changes.
 */
export class SiteStack extends Stack {
  readonly siteBucket: Bucket;
  readonly logsBucket: Bucket;
  readonly distribution: Distribution;
  readonly responseHeadersPolicy: ResponseHeadersPolicy;
  readonly buildProject: Project;
  readonly rebuildFunction: HubFunction;
  readonly rebuildDeadLetterQueue: Queue;
  readonly rebuildEventSource: DynamoEventSource;

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

    this.buildProject = this.createBuildProject(config, props.logRetention);
    const rebuild = this.createRebuildTrigger(config, props.table, props.logRetention);
    this.rebuildFunction = rebuild.fn;
    this.rebuildDeadLetterQueue = rebuild.deadLetterQueue;
    this.rebuildEventSource = rebuild.eventSource;

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

  private createBuildProject(config: HubConfig, logRetention: RetentionDays): Project {
    const buildLogs = new LogGroup(this, "SiteBuildLogs", { retention: logRetention, removalPolicy: RemovalPolicy.DESTROY });

    // The role's policy is written out here in full: the project gets an immutable view of the role, so the
    // broader grants CodeBuild would add on its own (report groups, a second log group, s3:GetObject* on the
    // source) never reach it.
    const role = new Role(this, "SiteBuildRole", {
      assumedBy: new ServicePrincipal("codebuild.amazonaws.com"),
      description: "Builds and publishes the Utprøvingsbanken site",
    });
    buildLogs.grantWrite(role);
    const source = this.siteSource(config, role);
    role.addToPrincipalPolicy(new PolicyStatement({ sid: "ListSite", actions: ["s3:ListBucket"], resources: [this.siteBucket.bucketArn] }));
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: "PublishSite",
        actions: ["s3:PutObject", "s3:DeleteObject"],
        resources: [this.siteBucket.arnForObjects("*")],
      }),
    );
    this.distribution.grantCreateInvalidation(role);
    const siteBucketId = this.resolve((this.siteBucket.node.defaultChild as CfnBucket).logicalId) as string;
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${siteBucketId}.Arn>/*]`,
      reason: "Every build replaces the whole site (sync --delete), so it must write and delete any object in the site bucket.",
    });

    const project = new Project(this, "SiteBuild", {
      projectName: siteBuildProjectName(config.envName),
      description: "Builds the static site from the public export and publishes it to S3 + CloudFront",
      role: role.withoutPolicyUpdates(),
      source,
      environment: {
        buildImage: LinuxArmBuildImage.AMAZON_LINUX_2023_STANDARD_3_0,
        computeType: ComputeType.SMALL,
        privileged: false,
      },
      environmentVariables: {
        UTP_EXPORT_URL: { value: `https://${this.distribution.distributionDomainName}/api/public` },
        SITE_BUCKET: { value: this.siteBucket.bucketName },
        DISTRIBUTION_ID: { value: this.distribution.distributionId },
      },
      buildSpec: BuildSpec.fromObject(siteBuildSpec()),
      timeout: Duration.minutes(30),
      queuedTimeout: Duration.hours(1),
      logging: { cloudWatch: { logGroup: buildLogs } },
    });
    project.node.addDependency(role);
    Validations.of(project).acknowledge({
      id: "AwsSolutions-CB4",
      reason: "The project produces no artifacts (it publishes to the SSE-S3 site bucket itself); its logs are in CloudWatch Logs and it stores nothing else.",
    });
    return project;
  }

  /** The build's source, with read access for the build role to exactly that object. */
  private siteSource(config: HubConfig, role: Role): ISource {
    const sourceConfig = config.siteSource;
    if (sourceConfig.type === "github") {
      return Source.gitHub({ owner: sourceConfig.owner, repo: sourceConfig.repo, branchOrRef: sourceConfig.branch, webhook: false });
    }
    let bucket: IBucket;
    if (sourceConfig.bucketName) {
      bucket = Bucket.fromBucketName(this, "SiteSourceBucket", sourceConfig.bucketName);
    } else {
      // A zip of the repository is uploaded here by the release pipeline (see infra/README.md).
      bucket = new Bucket(this, "SiteSourceBucket", {
        blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
        encryption: BucketEncryption.S3_MANAGED,
        enforceSSL: true,
        versioned: true,
        serverAccessLogsBucket: this.logsBucket,
        serverAccessLogsPrefix: "s3/source/",
        lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90) }],
        removalPolicy: RemovalPolicy.RETAIN,
      });
      new CfnOutput(this, "SiteSourceLocation", { value: `s3://${bucket.bucketName}/${sourceConfig.objectKey}` });
    }
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: "ReadSource",
        actions: ["s3:GetObject", "s3:GetObjectVersion"],
        resources: [bucket.arnForObjects(sourceConfig.objectKey)],
      }),
    );
    role.addToPrincipalPolicy(
      new PolicyStatement({ sid: "LocateSource", actions: ["s3:GetBucketAcl", "s3:GetBucketLocation"], resources: [bucket.bucketArn] }),
    );
    return Source.s3({ bucket, path: sourceConfig.objectKey });
  }

  private createRebuildTrigger(config: HubConfig, table: ITableV2, logRetention: RetentionDays) {
    const deadLetterQueue = new Queue(this, "RebuildDeadLetterQueue", {
      queueName: rebuildDeadLetterQueueName(config.envName),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(deadLetterQueue).acknowledge(
      { id: "AwsSolutions-SQS3", reason: "This queue is itself the dead-letter queue of the site rebuild trigger." },
      { id: "Serverless-SQSRedrivePolicy", reason: "This queue is itself the dead-letter queue of the site rebuild trigger." },
    );

    const fn = new HubFunction(this, "RebuildSite", {
      entry: REBUILD_ENTRY,
      functionName: functionNameFor(config.envName, REBUILD_ENTRY),
      description: "Starts a site build when published trials, methods or offices change",
      logRetention,
      environment: { SITE_BUILD_PROJECT: this.buildProject.projectName },
      memorySize: 256,
      timeout: Duration.seconds(30),
    });
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: "StartSiteBuild",
        actions: ["codebuild:StartBuild", "codebuild:BatchGetBuilds", "codebuild:ListBuildsForProject"],
        resources: [this.buildProject.projectArn],
      }),
    );

    const eventSource = new DynamoEventSource(table, {
      startingPosition: StartingPosition.LATEST,
      // Debounce: wait up to a minute so that a burst of publishes arrives as one batch (see site-build.ts).
      maxBatchingWindow: Duration.seconds(60),
      batchSize: 1000,
      retryAttempts: 5,
      bisectBatchOnError: true,
      maxRecordAge: Duration.hours(6),
      onFailure: new SqsDlq(deadLetterQueue),
      filters: [FilterCriteria.filter({ dynamodb: { Keys: { sk: { S: FilterRule.or(...SITE_CHANGE_SORT_KEYS) } } } })],
    });
    fn.function.addEventSource(eventSource);

    Validations.of(fn).acknowledge({
      id: "Serverless-LambdaDLQ",
      reason: "Invoked by a stream event source mapping, not asynchronously; failed batches go to the mapping's on-failure SQS destination.",
    });
    return { fn, deadLetterQueue, eventSource };
  }
}
