import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, type Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { loadConfig, type HubConfig } from "../../infra/config.ts";
import { addComplianceChecks, buildHub, type HubStacks } from "../../infra/hub.ts";
import { REPO_ROOT } from "../../infra/constructs/hub-function.ts";

/** Context every infra test starts from, on top of cdk.json's: a test environment with a known site URL. */
export const TEST_CONTEXT = {
  env: "test",
  siteUrl: "https://utprovingsbanken.example",
} as const;

export interface SynthOptions {
  /** Run esbuild for every function (slow); otherwise bundling is skipped and assets point at the sources. */
  readonly bundle?: boolean;
  /** Register the cdk-nag packs as validation plugins, as infra/app.ts does (synthesis fails on findings). */
  readonly compliance?: boolean;
}

export interface SynthesizedHub {
  readonly app: App;
  readonly config: HubConfig;
  readonly stacks: HubStacks;
  readonly outdir: string;
  template(stack: Stack): Template;
}

const cache = new Map<string, SynthesizedHub>();
const outdirs: string[] = [];
process.on("exit", () => {
  for (const dir of outdirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * Builds and synthesizes the whole hub once per test file and context (memoized): the same stacks `cdk synth`
 * builds from infra/app.ts, with cdk.json's context plus the given overrides.
 */
export function synthesizeHub(context: Record<string, unknown> = {}, options: SynthOptions = {}): SynthesizedHub {
  const key = JSON.stringify({ context, options });
  const cached = cache.get(key);
  if (cached) return cached;

  const cdkJson: unknown = JSON.parse(readFileSync(join(REPO_ROOT, "cdk.json"), "utf8"));
  const defaults = isRecord(cdkJson) && isRecord(cdkJson.context) ? cdkJson.context : {};
  const outdir = mkdtempSync(join(tmpdir(), "utp-infra-test-"));
  outdirs.push(outdir);
  const app = new App({
    outdir,
    context: {
      ...defaults,
      ...TEST_CONTEXT,
      ...context,
      ...(options.bundle ? {} : { "aws:cdk:bundling-stacks": [] }),
    },
  });
  const config = loadConfig(app.node);
  const stacks = buildHub(app, config);
  if (options.compliance) addComplianceChecks(app);
  app.synth();

  const templates = new Map<Stack, Template>();
  const hub: SynthesizedHub = {
    app,
    config,
    stacks,
    outdir,
    template(stack) {
      let template = templates.get(stack);
      if (!template) {
        template = Template.fromStack(stack);
        templates.set(stack, template);
      }
      return template;
    },
  };
  cache.set(key, hub);
  return hub;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A CloudFormation resource as it appears in a template. */
export interface CfnResource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
  readonly Metadata?: Record<string, unknown>;
}

/** The resources of one type, by logical id. */
export function resourcesOf(template: Template, type: string): Record<string, CfnResource> {
  return template.findResources(type) as Record<string, CfnResource>;
}

/** The single resource of a type; fails when there is not exactly one. */
export function onlyResource(template: Template, type: string): [string, CfnResource] {
  const entries = Object.entries(resourcesOf(template, type));
  if (entries.length !== 1) throw new Error(`Expected exactly one ${type}, found ${entries.length}`);
  return entries[0] as [string, CfnResource];
}

/** Reads a nested property path, e.g. `prop(resource, "Properties", "DistributionConfig", "Origins")`. */
export function prop(value: unknown, ...path: (string | number)[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** The logical id a `{ Ref }` or `{ "Fn::GetAtt": [id, attr] }` points at. */
export function referencedId(value: unknown): string | undefined {
  const ref = prop(value, "Ref");
  if (typeof ref === "string") return ref;
  const getAtt = prop(value, "Fn::GetAtt", 0);
  return typeof getAtt === "string" ? getAtt : undefined;
}

/** Every statement of every IAM policy attached to a role (by the role's logical id). */
export function statementsOfRole(template: Template, roleId: string): Record<string, unknown>[] {
  return Object.values(resourcesOf(template, "AWS::IAM::Policy"))
    .filter((policy) => {
      const roles = prop(policy, "Properties", "Roles");
      return Array.isArray(roles) && roles.some((role) => referencedId(role) === roleId);
    })
    .flatMap((policy) => {
      const statements = prop(policy, "Properties", "PolicyDocument", "Statement");
      return Array.isArray(statements) ? (statements as Record<string, unknown>[]) : [];
    });
}

/** A value as a list (IAM allows a single string or a list for Action and Resource). */
export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}
