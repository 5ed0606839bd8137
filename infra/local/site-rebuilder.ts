import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { cp, rm } from "node:fs/promises";
import { dirname, join } from "node:path";

export interface SiteBuild {
  readonly startedAt: number;
  readonly finishedAt: number;
  readonly ok: boolean;
  /** When the oldest change this build includes happened (for publish-to-searchable time). */
  readonly firstChangeAt?: number | undefined;
}

export interface SiteRebuilder {
  /** Ask for a build; changes arriving while one runs are gathered into one more build after it. */
  request(changedAt?: number): void;
  /** Resolves when no build is running or waiting. */
  idle(): Promise<void>;
  readonly builds: readonly SiteBuild[];
  stop(): Promise<void>;
}

/**
 * Rebuilds the static site from the running API's public export, as the CodeBuild project does in AWS.
 * Builds go to a staging folder that replaces `outDir` only when complete, so the server never serves a
 * half-built site. Requests are debounced: a burst of publishes gives one or two builds.
 *
 * After each good build the staging folder is made again, while nothing waits, as a copy of what is now
 * served: the next incremental build then finds its unchanged pages in place and writes only what changed
 * (it prunes what it no longer makes). After a failed build, or at the first one, staging starts empty, so
 * it never holds pages older than the Astro cache thinks they are.
 */
export function createSiteRebuilder(options: {
  repoRoot: string;
  outDir: string;
  exportUrl: string;
  debounceMs?: number;
  log?: (message: string) => void;
  onBuilt?: (build: SiteBuild) => void;
}): SiteRebuilder {
  const log = options.log ?? (() => {});
  const builds: SiteBuild[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let pending = false;
  let pendingSince: number | undefined;
  let stopped = false;
  let idleWaiters: (() => void)[] = [];
  const staging = `${options.outDir}.next`;
  /** The copy of the served site the next build starts from, while it is being made. */
  let preparing: Promise<void> | undefined;
  let removals = 0;

  function prepareStaging(): void {
    preparing = (async () => {
      await rm(staging, { recursive: true, force: true });
      // Timestamps kept: the build tells the scripts and styles it wrote from older ones by them.
      await cp(options.outDir, staging, { recursive: true, preserveTimestamps: true });
    })().catch(async (error: unknown) => {
      log(`Kunne ikke forberede neste bygging: ${error instanceof Error ? error.message : String(error)}`);
      await rm(staging, { recursive: true, force: true }).catch(() => {});
    });
  }

  function settle() {
    if (!running && !pending && !timer) {
      for (const resolve of idleWaiters) resolve();
      idleWaiters = [];
    }
  }

  async function runBuild(firstChangeAt: number | undefined): Promise<void> {
    const startedAt = Date.now();
    if (preparing) await preparing;
    else rmSync(staging, { recursive: true, force: true });
    preparing = undefined;
    mkdirSync(dirname(options.outDir), { recursive: true });
    return new Promise<void>((resolve) => {
      const child = spawn(
        process.execPath,
        [join(options.repoRoot, "node_modules", "tsx", "dist", "cli.mjs"), join(options.repoRoot, "scripts", "build-site.ts")],
        {
          cwd: options.repoRoot,
          env: { ...process.env, UTP_EXPORT_URL: options.exportUrl, UTP_SITE_OUT: staging },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let output = "";
      const keep = (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-8000);
      };
      child.stdout.on("data", keep);
      child.stderr.on("data", keep);
      child.on("close", (code) => {
        const ok = code === 0 && existsSync(join(staging, "index.html"));
        if (ok) {
          // A page loaded just before the swap still asks for the scripts and styles of the build it came from:
          // keep the previous build's hashed assets beside the new ones, as a deploy to the bucket does.
          const previousAssets = join(options.outDir, "_astro");
          if (existsSync(previousAssets)) cpSync(previousAssets, join(staging, "_astro"), { recursive: true, force: false, preserveTimestamps: true });
          const old = `${options.outDir}.old-${Date.now()}-${++removals}`;
          if (existsSync(options.outDir)) renameSync(options.outDir, old);
          renameSync(staging, options.outDir);
          void rm(old, { recursive: true, force: true }).catch(() => {});
          if (!stopped) prepareStaging();
        } else {
          log(`Bygging av nettstedet feilet:\n${output}`);
          rmSync(staging, { recursive: true, force: true });
        }
        const build = { startedAt, finishedAt: Date.now(), ok, firstChangeAt };
        builds.push(build);
        options.onBuilt?.(build);
        resolve();
      });
    });
  }

  function start() {
    timer = undefined;
    if (running || stopped) return;
    pending = false;
    const since = pendingSince;
    pendingSince = undefined;
    running = runBuild(since).finally(() => {
      running = undefined;
      if (pending && !stopped) schedule();
      settle();
    });
  }

  function schedule() {
    if (timer) clearTimeout(timer);
    timer = setTimeout(start, options.debounceMs ?? 300);
  }

  return {
    builds,
    request(changedAt = Date.now()) {
      if (stopped) return;
      pending = true;
      pendingSince = Math.min(pendingSince ?? changedAt, changedAt);
      if (!running) schedule();
    },
    idle() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settle();
      });
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      pending = false;
      await running;
      await preparing;
      settle();
    },
  };
}
