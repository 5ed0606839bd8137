import { execFile, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { cp, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { fetchExportChange } from "../../site/publish/export-changes.ts";
import { startSitePublisher, type PublishReport, type SitePublisher } from "../../site/publish/publisher.ts";
import type { ExportRecords } from "../../site/publish/entry.ts";

export interface SiteBuild {
  readonly startedAt: number;
  readonly finishedAt: number;
  readonly ok: boolean;
  /** When the oldest change this build includes happened (for publish-to-searchable time). */
  readonly firstChangeAt?: number | undefined;
  /** A whole Astro build, or the publisher's render of what changed (`site/publish/`). */
  readonly kind: "full" | "publish";
  readonly report?: PublishReport;
}

export interface SiteRebuilder {
  /** Ask for a build; changes arriving while one runs are gathered into one more build after it. */
  request(changedAt?: number): void;
  /** Resolves when no build is running or waiting, and the publisher is ready for the next change. */
  idle(): Promise<void>;
  readonly builds: readonly SiteBuild[];
  stop(): Promise<void>;
}

/** Builds the publish renderer's bundle (reused while the site's code is unchanged) and resolves with its path. */
async function rendererBundle(repoRoot: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs"), join(repoRoot, "site", "publish", "renderer-bundle.ts"), join(repoRoot, ".cache", "renderer")],
    { cwd: repoRoot, maxBuffer: 1 << 20 },
  );
  const path = stdout.trim().split("\n").at(-1) ?? "";
  if (!existsSync(path)) throw new Error(`The renderer bundle was not made: ${stdout}`);
  return path;
}

/**
 * Keeps the static site in step with the running API's public export, as the CodeBuild projects do in AWS.
 * The first build, and any after the publisher could not go on, is a whole Astro build; after it, a change
 * is published by the publisher (`site/publish/`), which renders only the files the change touches and puts
 * the changed trials in the search index's recent part (`fastPublish: false` makes every change a whole build).
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
  /** Publish changes with the publisher after the first build (default: unless UTP_FAST_PUBLISH=off). */
  fastPublish?: boolean;
  /** How long after the last publish the search index is built whole again (default 20 s). */
  compactAfterMs?: number;
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
  /** Previous builds being deleted; a stop waits for them. */
  const deleting = new Set<Promise<void>>();
  const forget = (removal: Promise<void>) => {
    const settled = removal.catch(() => {}).finally(() => deleting.delete(settled));
    deleting.add(settled);
  };
  const fastPublish = options.fastPublish ?? process.env.UTP_FAST_PUBLISH !== "off";
  const bundle = fastPublish ? rendererBundle(options.repoRoot) : undefined;
  // Handled where it is awaited; a failure only means whole builds.
  bundle?.catch(() => {});
  const recordsFile = `${staging}.records.json`;
  /**
   * This rebuilder's own Astro cache, which describes the pages in staging: a cache shared with another hub's
   * builds (the site's default folder) would describe that hub's pages, and two builds at once would share it.
   * Empty at the start, as staging is.
   */
  const astroCache = `${staging}.astro-cache`;
  rmSync(astroCache, { recursive: true, force: true });
  /** The publisher, from the last whole build, and the time to ask the export for changes from. */
  let publisher: Promise<{ publisher: SitePublisher; since: string } | undefined> | undefined;

  function startPublisher(buildStartedAt: number): void {
    if (!bundle) return;
    let records: ExportRecords;
    try {
      records = JSON.parse(readFileSync(recordsFile, "utf8")) as ExportRecords;
    } catch (error) {
      log(`Publiseringen går videre med hele bygg: byggingen skrev ikke postene sine (${error instanceof Error ? error.message : String(error)})`);
      publisher = undefined;
      return;
    }
    // A little before the build read the export: what changed meanwhile is read again, never missed.
    const since = new Date(buildStartedAt - 2000).toISOString();
    // The next whole build starts from a copy of this build's output, taken before anything is published
    // into it: it must hold the pages its Astro cache describes.
    const copied = preparing ?? Promise.resolve();
    publisher = Promise.all([bundle, copied])
      .then(([path]) => startSitePublisher({ bundle: path, siteDir: options.outDir, records, site: process.env.UTP_SITE_URL ?? "http://localhost:4321", log }))
      .then((started) => ({ publisher: started, since }))
      .catch((error: unknown) => {
        log(`Publiseringen går videre med hele bygg: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      });
  }

  /**
   * After a quiet spell, the main search index is built again with everything published since the last
   * whole build, and the recent part emptied (`site/publish/search-parts.ts`). It waits for its turn like a
   * build, and a change arriving meanwhile waits for it.
   */
  let compactTimer: NodeJS.Timeout | undefined;
  function scheduleCompaction(): void {
    if (compactTimer) clearTimeout(compactTimer);
    compactTimer = setTimeout(() => {
      compactTimer = undefined;
      if (stopped) return;
      if (running || pending || timer) return scheduleCompaction();
      running = (async () => {
        const ready = await publisher;
        if (!ready || ready.publisher.recentInSearchIndex === 0) return;
        try {
          await ready.publisher.compactSearchIndex();
        } catch (error) {
          log(`Søkeindeksen kunne ikke bygges på nytt nå: ${error instanceof Error ? error.message : String(error)}`);
        }
      })().finally(() => {
        running = undefined;
        if (pending && !stopped) schedule();
        settle();
      });
    }, options.compactAfterMs ?? 20_000);
  }

  /** Publishes what changed since the last build or publish; false when a whole build is needed. */
  async function tryPublish(firstChangeAt: number | undefined): Promise<boolean> {
    const ready = await publisher;
    if (!ready) return false;
    const startedAt = Date.now();
    try {
      const { change, asOf } = await fetchExportChange(options.exportUrl, ready.since);
      const report = await ready.publisher.publish(change);
      ready.since = asOf;
      scheduleCompaction();
      const build: SiteBuild = { startedAt, finishedAt: Date.now(), ok: true, firstChangeAt, kind: "publish", report };
      builds.push(build);
      options.onBuilt?.(build);
      return true;
    } catch (error) {
      log(`Publiseringen trenger et helt bygg: ${error instanceof Error ? error.message : String(error)}`);
      publisher = undefined;
      return false;
    }
  }

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
    if (publisher && (await tryPublish(firstChangeAt))) return;
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
          env: { ...process.env, UTP_EXPORT_URL: options.exportUrl, UTP_SITE_OUT: staging, UTP_SITE_CACHE: astroCache, UTP_BUILD_RECORDS: recordsFile },
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
          forget(rm(old, { recursive: true, force: true }));
          if (!stopped) {
            prepareStaging();
            startPublisher(startedAt);
          }
        } else {
          log(`Bygging av nettstedet feilet:\n${output}`);
          rmSync(staging, { recursive: true, force: true });
        }
        const build: SiteBuild = { startedAt, finishedAt: Date.now(), ok, firstChangeAt, kind: "full" };
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
    async idle() {
      await new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settle();
      });
      // Ready to publish: the publisher a whole build starts has started too.
      await publisher;
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (compactTimer) clearTimeout(compactTimer);
      timer = undefined;
      pending = false;
      await running;
      await preparing;
      await publisher;
      await Promise.all(deleting);
      // The copy made for the next build is the served site's size (gigabytes at 50,000 trials): no build follows.
      rmSync(staging, { recursive: true, force: true });
      rmSync(recordsFile, { force: true });
      rmSync(astroCache, { recursive: true, force: true });
      settle();
    },
  };
}
