/**
 * Synthesizes the hub offline and lints every template with cfn-lint, each for its stack's region (see
 * infra/cfn-lint.ts and `.cfnlintrc.yaml`). Exits with 1 on any finding.
 *
 *   npm run lint:templates                                   every configuration in LINTED_CONFIGURATIONS
 *   npm run lint:templates -- -c env=prod -c region=eu-west-1  cdk.json's context plus these, as `cdk synth -c`
 *
 * cfn-lint comes from scripts/toolchain.sh (`. scripts/toolchain.sh` installs it when missing).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "aws-cdk-lib";
import { LINTED_CONFIGURATIONS, formatFinding, lintTemplates, stackTemplates } from "../infra/cfn-lint.ts";
import { loadConfig } from "../infra/config.ts";
import { REPO_ROOT } from "../infra/constructs/hub-function.ts";
import { buildHub } from "../infra/hub.ts";

function contextArguments(args: readonly string[]): Record<string, string> | undefined {
  if (args.length === 0) return undefined;
  const context: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const match = (args[i] === "-c" || args[i] === "--context") && /^([^=]+)=(.*)$/.exec(args[i + 1] ?? "");
    if (!match) {
      console.error(`Bruk: npm run lint:templates [-- -c nøkkel=verdi ...], fikk «${args.join(" ")}»`);
      process.exit(2);
    }
    context[match[1] ?? ""] = match[2] ?? "";
  }
  return context;
}

/** The hub's stacks as `cdk synth` builds them from cdk.json's context plus the given values, without bundling. */
function synthesize(context: Readonly<Record<string, string>>, outdir: string) {
  const cdkJson = JSON.parse(readFileSync(join(REPO_ROOT, "cdk.json"), "utf8")) as { context?: Record<string, unknown> };
  const app = new App({ outdir, context: { ...cdkJson.context, ...context, "aws:cdk:bundling-stacks": [] } });
  buildHub(app, loadConfig(app.node));
  return app.synth();
}

const custom = contextArguments(process.argv.slice(2));
const configurations = custom ? { "cdk.json + -c": custom } : LINTED_CONFIGURATIONS;
const started = performance.now();
let failed = 0;
for (const [name, context] of Object.entries(configurations)) {
  const outdir = mkdtempSync(join(tmpdir(), "utp-lint-templates-"));
  try {
    const templates = stackTemplates(synthesize(context, outdir));
    const findings = lintTemplates(templates);
    const regions = [...new Set(templates.map((t) => t.region))].join(", ");
    console.log(`${name}: ${templates.length} maler (${regions}), ${findings.length} funn`);
    for (const finding of findings) console.log(`  ${formatFinding(finding)}`);
    failed += findings.length;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
console.log(`cfn-lint: ${failed} funn, ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = failed > 0 ? 1 : 0;
