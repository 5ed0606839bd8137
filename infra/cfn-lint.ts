/**
 * AWS's CloudFormation linter (cfn-lint) over the synthesized templates: it checks every resource against the
 * CloudFormation resource schemas of the region the stack deploys to (properties, types, allowed values, patterns,
 * references), which neither synthesis nor cdk-nag do. cfn-lint lives in its own Python virtual environment, which
 * scripts/toolchain.sh installs; its settings are in `.cfnlintrc.yaml`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { basename, join } from "node:path";
import type { CloudAssembly } from "aws-cdk-lib/cx-api";
import * as z from "zod/mini";
import { REPO_ROOT } from "./constructs/hub-function.ts";

/** The linter's settings: the rules left out, each with its reason. */
export const CFN_LINT_CONFIG = join(REPO_ROOT, ".cfnlintrc.yaml");

/**
 * The configurations whose templates are linted, so that what only some configurations build is linted too:
 * cdk.json's own (`dev`, with the edge stack's web ACL in us-east-1), the production shape of infra/README.md
 * (custom domains for the site and for the API origin, Entra ID, alarm e-mail; edge stack too), and a centrally
 * managed web ACL (no edge stack) with GitHub as the site build's source.
 */
export const LINTED_CONFIGURATIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  dev: { env: "dev", siteUrl: "" },
  prod: {
    env: "prod",
    siteUrl: "",
    siteDomain: "utprovingsbanken.nav.no",
    siteCertificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000001",
    apiOriginDomain: "api-origin.utprovingsbanken.nav.no",
    apiCertificateArn: "arn:aws:acm:eu-north-1:123456789012:certificate/00000000-0000-0000-0000-000000000002",
    alarmEmail: "utprovingsbanken-drift@nav.no",
    oidcIssuerUrl: "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0",
    oidcClientId: "11111111-2222-3333-4444-555555555555",
    oidcClientSecretName: "utprovingsbanken/entra-client-secret",
    oidcOfficeClaim: "navOffice",
  },
  test: {
    env: "test",
    siteUrl: "https://utprovingsbanken.example",
    webAclArn: "arn:aws:wafv2:us-east-1:123456789012:global/webacl/utprovingsbanken/00000000-0000-0000-0000-000000000003",
    siteSource: "github:navikt/utprovingsbanken",
  },
};

/** One synthesized stack: its template file and the region it deploys to. */
export interface StackTemplate {
  readonly stackName: string;
  readonly region: string;
  readonly file: string;
}

/** The stacks of a cloud assembly with their regions; every stack must name its region. */
export function stackTemplates(assembly: CloudAssembly): StackTemplate[] {
  return assembly.stacksRecursively.map((stack) => {
    const region = stack.environment.region;
    if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) throw new Error(`Stack ${stack.stackName} names no region (${region})`);
    return { stackName: stack.stackName, region, file: stack.templateFullPath };
  });
}

const findingSchema = z.object({
  Filename: z.string(),
  Level: z.string(),
  Message: z.string(),
  Location: z.object({ Path: z.nullish(z.array(z.union([z.string(), z.number()]))) }),
  Rule: z.object({ Id: z.string() }),
});

/** One finding of cfn-lint (its JSON output), with the region it was linted for. */
export interface CfnLintFinding {
  readonly file: string;
  readonly region: string;
  readonly level: string;
  readonly rule: string;
  readonly path: string;
  readonly message: string;
}

/** A finding on one line: `Error E3002 Utp-dev-Operations.template.json (eu-north-1) Resources/X/Properties/Tags: ...`. */
export function formatFinding(finding: CfnLintFinding): string {
  return `${finding.level} ${finding.rule} ${basename(finding.file)} (${finding.region}) ${finding.path}: ${finding.message}`;
}

/** The pinned version: UTP_CFN_LINT_VERSION, else the one scripts/toolchain.sh installs. */
export function cfnLintVersion(): string {
  const fromEnv = process.env.UTP_CFN_LINT_VERSION;
  if (fromEnv) return fromEnv;
  const toolchain = readFileSync(join(REPO_ROOT, "scripts", "toolchain.sh"), "utf8");
  const pinned = /^UTP_CFN_LINT_VERSION="\$\{UTP_CFN_LINT_VERSION:-([\w.]+)\}"$/m.exec(toolchain)?.[1];
  if (!pinned) throw new Error("scripts/toolchain.sh pins no cfn-lint version (UTP_CFN_LINT_VERSION)");
  return pinned;
}

/** The linter in its virtual environment; throws, saying how to install it, when it is not there. */
export function cfnLintExecutable(): string {
  const version = cfnLintVersion();
  const toolchainDir = process.env.UTP_TOOLCHAIN_DIR || join(homedir(), ".cache", "utprovingsbanken");
  const executable = join(toolchainDir, `cfn-lint-${version}`, "bin", "cfn-lint");
  if (!existsSync(executable)) {
    throw new Error(
      `cfn-lint ${version} er ikke installert (fant ikke ${executable}). ` +
        "Installer det i et eget virtuelt Python-miljø med «. scripts/toolchain.sh» fra rotmappen, og kjør testen på nytt.",
    );
  }
  return executable;
}

/** The linter's own `--version` answer, e.g. `cfn-lint 1.51.0`. */
export function installedCfnLintVersion(): string {
  const run = spawnSync(cfnLintExecutable(), ["--version"], { encoding: "utf8" });
  return `${run.stdout}${run.stderr}`.trim();
}

/**
 * Lints templates with cfn-lint, each for the region its stack deploys to (one run per region), with the
 * settings of `.cfnlintrc.yaml`. Returns every finding left after those settings; throws when cfn-lint itself fails.
 */
export function lintTemplates(templates: readonly StackTemplate[]): CfnLintFinding[] {
  const executable = cfnLintExecutable();
  const byRegion = new Map<string, string[]>();
  for (const template of templates) byRegion.set(template.region, [...(byRegion.get(template.region) ?? []), template.file]);

  const findings: CfnLintFinding[] = [];
  for (const [region, files] of byRegion) {
    const run = spawnSync(executable, ["--format", "json", "--config-file", CFN_LINT_CONFIG, "--regions", region, "--", ...files], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    // The exit code is a bit mask of the levels found (2 error, 4 warning, 8 informational); 1 means cfn-lint failed.
    const parsed = run.status === null || run.status & 1 ? undefined : parseOutput(run.stdout);
    if (!parsed) {
      throw new Error(`cfn-lint failed (exit ${run.status ?? run.signal}): ${run.error?.message ?? ""}${run.stderr}${run.stdout}`.slice(0, 4000));
    }
    findings.push(
      ...parsed.map((finding) => ({
        file: finding.Filename,
        region,
        level: finding.Level,
        rule: finding.Rule.Id,
        path: (finding.Location.Path ?? []).join("/"),
        message: finding.Message,
      })),
    );
  }
  return findings;
}

function parseOutput(stdout: string): z.infer<typeof findingSchema>[] | undefined {
  try {
    const result = z.array(findingSchema).safeParse(JSON.parse(stdout));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
