import { CfnOutput, Duration, RemovalPolicy, Validations, type Stack } from "aws-cdk-lib";
import type { Distribution } from "aws-cdk-lib/aws-cloudfront";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { BuildSpec, ComputeType, LinuxArmBuildImage, Project, Source, type ISource } from "aws-cdk-lib/aws-codebuild";
import { PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket, type IBucket } from "aws-cdk-lib/aws-s3";
import type { HubConfig } from "../config.ts";

/** The CodeBuild project that builds the site from the public export and publishes it (part of SiteStack). */

/** Names known before deployment, so that the operations stack can watch these without exports. */
export const siteBuildProjectName = (envName: string) => `utprovingsbanken-${envName}-site`;

export interface SiteBuildProps {
  readonly config: HubConfig;
  readonly logRetention: RetentionDays;
  readonly siteBucket: Bucket;
  readonly logsBucket: IBucket;
  readonly distribution: Distribution;
  /** The table, read only for the addresses redactions took away (`GONE#` items). */
  readonly table: ITableV2;
}

/**
 * The job: Node from `.nvmrc` (installed from the npm registry with the image's own npm, as the CodeBuild images
 * lag behind and their runtime lists differ by image; no `runtime-versions` pinning), `npm ci`, then one of two:
 *
 * - **Publish** (what a change in the public export starts): `scripts/site-publish-job.sh` goes on from the
 *   publisher's state in the state bucket, renders only the files the changes touch (`npm run site:publish`,
 *   `site/publish/`), writes the gone page where a redaction took a trial away, uploads the changed files,
 *   deletes the removed ones, invalidates their addresses and saves the state.
 * - **Whole build**, when the publisher asks for one (no state yet, the site's code changed since the last
 *   whole build, the search index's recent part has grown large) or anything in the publish step failed, or
 *   when the build is started with `UTP_SITE_MODE=whole`: the Astro build against the deployed public export,
 *   the "Siden er fjernet" page at every deployed trial address a redaction took away (`scripts/gone-pages.ts`),
 *   then publish: hashed assets first (immutable), then the pages with `--delete`, an invalidation, the removal
 *   of the bucket's older versions of the taken-away pages (they are copies of the page that held the personal
 *   data), removal of assets no page refers to any more, and a new publisher state from this build.
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
          'export STATE_DIR="$CODEBUILD_SRC_DIR/.publish-state" BUILD_STARTED="$(date -u -d "-2 minutes" +%Y-%m-%dT%H:%M:%SZ)" PUBLISHED=no',
          'mkdir -p "$STATE_DIR" && { aws s3 cp "s3://$STATE_BUCKET/publisher/" "$STATE_DIR/" --recursive --only-show-errors || echo "Ingen publiseringstilstand: helt bygg"; }',
          'if [ "${UTP_SITE_MODE:-publish}" = publish ] && bash scripts/site-publish-job.sh; then PUBLISHED=yes; fi',
          '[ "$PUBLISHED" = yes ] || UTP_BUILD_RECORDS="$STATE_DIR/records.json" npm run site:build',
          '[ "$PUBLISHED" = yes ] || aws s3api list-objects-v2 --bucket "$SITE_BUCKET" --prefix utproving/ --delimiter / --query "CommonPrefixes[].Prefix" --output text > "$CODEBUILD_SRC_DIR/deployed-trials.txt"',
          '[ "$PUBLISHED" = yes ] || npx tsx scripts/gone-pages.ts --deployed "$CODEBUILD_SRC_DIR/deployed-trials.txt" --out site/dist --list "$CODEBUILD_SRC_DIR/gone-trials.txt"',
          '[ "$PUBLISHED" = yes ] || aws s3 sync site/dist/_astro "s3://$SITE_BUCKET/_astro" --only-show-errors --cache-control "public, max-age=31536000, immutable"',
          '[ "$PUBLISHED" = yes ] || aws s3 sync site/dist "s3://$SITE_BUCKET" --delete --only-show-errors --exclude "_astro/*" --cache-control "public, max-age=300, s-maxage=86400"',
          '[ "$PUBLISHED" = yes ] || aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths "/*"',
          '[ "$PUBLISHED" = yes ] || while read -r slug; do aws s3api list-object-versions --bucket "$SITE_BUCKET" --prefix "utproving/$slug/" --query "Versions[?!IsLatest].[Key,VersionId]" --output text | while read -r key version; do [ "$key" = None ] || aws s3api delete-object --bucket "$SITE_BUCKET" --key "$key" --version-id "$version" > /dev/null; done; done < "$CODEBUILD_SRC_DIR/gone-trials.txt"',
          '[ "$PUBLISHED" = yes ] || aws s3 sync site/dist/_astro "s3://$SITE_BUCKET/_astro" --delete --only-show-errors --cache-control "public, max-age=31536000, immutable"',
          // The next change is published from this build (a failure here only means another whole build next time).
          '[ "$PUBLISHED" = yes ] || { npm run -s site:publish -- --init --state "$STATE_DIR/state.json" --site site/dist --records "$STATE_DIR/records.json" --since "$BUILD_STARTED" && aws s3 cp "$STATE_DIR/state.json" "s3://$STATE_BUCKET/publisher/state.json" --only-show-errors && aws s3 sync "$STATE_DIR/renderer" "s3://$STATE_BUCKET/publisher/renderer" --delete --only-show-errors; } || { aws s3 rm "s3://$STATE_BUCKET/publisher/state.json" --only-show-errors; echo "Ingen publiseringstilstand fra dette bygget: neste endring gir et helt bygg"; }',
        ],
      },
    },
  };
}

/** Creates the project in the site stack itself (same logical ids as when it was written inline there). */
export function createSiteBuildProject(stack: Stack, props: SiteBuildProps): Project {
  const { config, logRetention, siteBucket, distribution, table } = props;
  const buildLogs = new LogGroup(stack, "SiteBuildLogs", { retention: logRetention, removalPolicy: RemovalPolicy.DESTROY });

  // The role's policy is written out here in full: the project gets an immutable view of the role, so the
  // broader grants CodeBuild would add on its own (report groups, a second log group, s3:GetObject* on the
  // source) never reach it.
  const role = new Role(stack, "SiteBuildRole", {
    assumedBy: new ServicePrincipal("codebuild.amazonaws.com"),
    description: "Builds and publishes the Utprøvingsbanken site",
  });
  buildLogs.grantWrite(role);
  const source = siteSource(stack, config, role, props.logsBucket);
  // The publisher's state between jobs: the records the served site was made from (public data), the asset
  // links learnt from the last whole build, the search index's parts, and the renderer bundle.
  const stateBucket = new Bucket(stack, "SiteStateBucket", {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    serverAccessLogsBucket: props.logsBucket,
    serverAccessLogsPrefix: "s3/site-state/",
    versioned: true,
    lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(1) }],
    removalPolicy: RemovalPolicy.RETAIN,
  });
  role.addToPrincipalPolicy(new PolicyStatement({ sid: "ListPublisherState", actions: ["s3:ListBucket"], resources: [stateBucket.bucketArn] }));
  role.addToPrincipalPolicy(
    new PolicyStatement({
      sid: "KeepPublisherState",
      actions: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
      resources: [stateBucket.arnForObjects("publisher/*")],
    }),
  );
  role.addToPrincipalPolicy(new PolicyStatement({ sid: "ListSite", actions: ["s3:ListBucket", "s3:ListBucketVersions"], resources: [siteBucket.bucketArn] }));
  role.addToPrincipalPolicy(
    new PolicyStatement({
      sid: "PublishSite",
      actions: ["s3:PutObject", "s3:DeleteObject", "s3:DeleteObjectVersion"],
      resources: [siteBucket.arnForObjects("*")],
    }),
  );
  // The addresses redactions took away, and nothing else of the table.
  role.addToPrincipalPolicy(
    new PolicyStatement({
      sid: "ReadGoneAddresses",
      actions: ["dynamodb:GetItem"],
      resources: [table.tableArn],
      conditions: { "ForAllValues:StringLike": { "dynamodb:LeadingKeys": ["GONE#*"] } },
    }),
  );
  distribution.grantCreateInvalidation(role);
  const stateBucketId = stack.resolve((stateBucket.node.defaultChild as CfnBucket).logicalId) as string;
  Validations.of(role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${stateBucketId}.Arn>/publisher/*]`,
    reason:
      "The publisher's state is several objects under one prefix (the state file and the renderer bundle, named by a digest of the code), replaced by each job.",
  });
  const siteBucketId = stack.resolve((siteBucket.node.defaultChild as CfnBucket).logicalId) as string;
  Validations.of(role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${siteBucketId}.Arn>/*]`,
    reason:
      "Every build replaces the whole site (sync --delete), so it must write and delete any object in the site bucket, and older versions of pages a redaction took away.",
  });

  const project = new Project(stack, "SiteBuild", {
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
      UTP_EXPORT_URL: { value: `https://${distribution.distributionDomainName}/api/public` },
      SITE_BUCKET: { value: siteBucket.bucketName },
      DISTRIBUTION_ID: { value: distribution.distributionId },
      TABLE_NAME: { value: table.tableName },
      STATE_BUCKET: { value: stateBucket.bucketName },
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
function siteSource(stack: Stack, config: HubConfig, role: Role, logsBucket: IBucket): ISource {
  const sourceConfig = config.siteSource;
  if (sourceConfig.type === "github") {
    return Source.gitHub({ owner: sourceConfig.owner, repo: sourceConfig.repo, branchOrRef: sourceConfig.branch, webhook: false });
  }
  let bucket: IBucket;
  if (sourceConfig.bucketName) {
    bucket = Bucket.fromBucketName(stack, "SiteSourceBucket", sourceConfig.bucketName);
  } else {
    // A zip of the repository is uploaded here by the release pipeline (see infra/README.md).
    bucket = new Bucket(stack, "SiteSourceBucket", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: logsBucket,
      serverAccessLogsPrefix: "s3/source/",
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new CfnOutput(stack, "SiteSourceLocation", { value: `s3://${bucket.bucketName}/${sourceConfig.objectKey}` });
  }
  role.addToPrincipalPolicy(
    new PolicyStatement({
      sid: "ReadSource",
      actions: ["s3:GetObject", "s3:GetObjectVersion"],
      resources: [bucket.arnForObjects(sourceConfig.objectKey)],
    }),
  );
  role.addToPrincipalPolicy(new PolicyStatement({ sid: "LocateSource", actions: ["s3:GetBucketAcl", "s3:GetBucketLocation"], resources: [bucket.bucketArn] }));
  return Source.s3({ bucket, path: sourceConfig.objectKey });
}
