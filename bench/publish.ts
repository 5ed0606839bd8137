/**
 * The publish part of the benchmark: publish to searchable through the hub (the publisher against a whole
 * build per change), and at 10,000 and 50,000 trials from generated snapshots.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { REPO_ROOT, startHub, type Hub } from "../infra/local/hub.ts";
import { startDynamoDbLocal } from "../infra/local/dynamodb-local.ts";
import type { SiteBuild } from "../infra/local/site-rebuilder.ts";
import type { ExportRecords } from "../site/publish/entry.ts";
import { startSitePublisher, type PublishReport } from "../site/publish/publisher.ts";
import { buildRenderer } from "../site/publish/renderer-bundle.ts";
import type { PublicPilot } from "../shared/domain/public-trial/public-pilot.ts";
import { curatorUsers, officeUser } from "../infra/local/oidc/users.ts";
import { completeContent, failedResults } from "../fixtures/pilots.ts";
import { fmt, goal, type Section } from "./report.ts";
import { CACHE, CHROMIUM, CHROMIUM_ARGS, run, snapshotFor, TSX } from "./site.ts";
import { serveSite } from "./static-server.ts";
import { seedSnapshotTable } from "./snapshot-table.ts";

/** Searches the site at `origin` for `word` in an open page, as a reader would; whether a hit's title has it. */
async function searchFinds(page: Page, origin: string, word: string, timeout: number): Promise<boolean> {
  await page.goto(`${origin}/?q=${encodeURIComponent(word)}`);
  await page
    .locator("[data-search-status]")
    .filter({ hasText: /funnet|Fant ingen/ })
    .waitFor({ timeout });
  const titles = await page.locator("[data-search-results] > li h2 a").allTextContents();
  return titles.some((t) => t.includes(word));
}

export interface PublishTiming {
  /** When the API answered the publish (the clock of the process that ran the hub, as the builds' times). */
  publishedAt: number;
  inDataMs: number | undefined;
  searchableMs: number | undefined;
  lastBuild: SiteBuild | undefined;
  builds: readonly SiteBuild[];
}

/**
 * One trial published through the API of a hub that keeps its site in step, and the served site polled. The
 * hub holds the sample data, or with `snapshotFile` the trials of a generated snapshot (`snapshot-table.ts`).
 */
export async function publishOnce(fastPublish: boolean, snapshotFile?: string): Promise<PublishTiming> {
  const siteDir = mkdtempSync(join(tmpdir(), "utp-bench-publish-"));
  const tableName = "utprovingsbanken-publish";
  const dynamo = snapshotFile ? await startDynamoDbLocal() : undefined;
  let hub: Hub | undefined;
  let browser: Browser | undefined;
  try {
    if (dynamo && snapshotFile) await seedSnapshotTable(dynamo.endpoint, tableName, snapshotFile);
    hub = await startHub({ port: 0, seed: !snapshotFile, tableName, rebuildSite: true, fastPublish, siteDir, ...(dynamo ? { dynamo } : {}) });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    // At scale the open data is tens of megabytes: downloading it again every 100 ms would take the hub's
    // processor from the publish it measures. The publish's end (every file written) is reported instead.
    return await publishThrough(hub, browser, { pollOpenData: !snapshotFile });
  } finally {
    await browser?.close();
    await hub?.stop();
    await dynamo?.stop();
    rmSync(siteDir, { recursive: true, force: true });
  }
}

/** Publishes one trial through the hub's API as an office and a curator would, and times it to the served site. */
async function publishThrough(hub: Hub, browser: Browser, options: { pollOpenData: boolean }): Promise<PublishTiming> {
  await hub.rebuilder?.idle();
  const office = await hub.issuer.signToken(officeUser({ id: "nav-lier" }));
  const curatorUser = curatorUsers()[0];
  if (!curatorUser) throw new Error("no curator user");
  const curator = await hub.issuer.signToken(curatorUser);
  const send = async (token: string, method: string, path: string, body: unknown, version?: number) => {
    const res = await fetch(hub.url + path, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...(version ? { "if-match": `"${version}"` } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await res.json()) as { id: string; version: number };
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const word = "zebrafinkemåling";
  const created = await send(
    office,
    "POST",
    "/api/pilots",
    completeContent({
      title: `Publiseringstid ${word}`,
      trialStatus: "avsluttet",
      period: { start: "2024-01-10", end: "2024-12-20" },
      results: failedResults(),
      participants: { count: 24 },
      lessons: { whatDidNot: "Vi rekrutterte for sent.", doDifferently: "Start rekrutteringen før oppstart." },
    }),
  );
  const submitted = await send(office, "POST", `/api/pilots/${created.id}/submit`, undefined, created.version);
  const page = await browser.newPage();
  await page.goto(`${hub.url}/?q=${encodeURIComponent(word)}`);
  const publishedAt = Date.now();
  await send(curator, "POST", `/api/pilots/${created.id}/publish`, { evidence: { strength: 3, direction: "ingen" }, methodId: "ips" }, submitted.version);

  // Findable through Pagefind in a browser that is already open, and in the open data, each polled on its own.
  const deadline = Date.now() + 180_000;
  const inData = (async () => {
    while (options.pollOpenData && Date.now() < deadline) {
      const res = await fetch(`${hub.url}/data/utprovinger.json`);
      if (res.ok && (await res.text()).includes(created.id)) return Date.now();
      await new Promise((r) => setTimeout(r, 100));
    }
    return undefined;
  })();
  const searchable = (async () => {
    while (Date.now() < deadline) {
      if (await searchFinds(page, hub.url, word, 30_000)) return Date.now();
      await new Promise((r) => setTimeout(r, 100));
    }
    return undefined;
  })();
  const [inDataAt, searchableAt] = await Promise.all([inData, searchable]);
  await hub.rebuilder?.idle();
  const builds = hub.rebuilder?.builds ?? [];
  return {
    publishedAt,
    inDataMs: inDataAt === undefined ? undefined : inDataAt - publishedAt,
    searchableMs: searchableAt === undefined ? undefined : searchableAt - publishedAt,
    lastBuild: builds.at(-1),
    builds,
  };
}

/** `publishOnce` in a process of its own: the handlers keep their database client per process. */
function publishOnceApart(fastPublish: boolean, snapshotFile?: string): Promise<PublishTiming> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(REPO_ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
        join(REPO_ROOT, "bench", "publish-once.ts"),
        fastPublish ? "publisher" : "whole",
        ...(snapshotFile ? [snapshotFile] : []),
      ],
      {
        cwd: REPO_ROOT,
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = output.split("\n").find((l) => l.startsWith("PUBLISH_TIMING="));
      if (code === 0 && line) resolve(JSON.parse(line.slice("PUBLISH_TIMING=".length)) as PublishTiming);
      else reject(new Error(`bench/publish-once.ts ended with ${code}`));
    });
  });
}

export async function publishSection(options: { log: (m: string) => void }): Promise<Section> {
  {
    options.log("Publish to searchable: hub with the publisher");
    const fast = await publishOnceApart(true);
    options.log("Publish to searchable: hub with a whole build per change");
    const full = await publishOnceApart(false);
    const s = (ms: number | undefined) => (ms === undefined ? "not within 180 s" : fmt.s(ms));
    const took = (build: SiteBuild | undefined) =>
      build ? `${fmt.s(build.finishedAt - build.startedAt)} (${build.kind === "publish" ? "publisher" : "whole build"})` : "–";
    return {
      title: "Publish to searchable (local)",
      note: "Two hubs with `rebuildSite: true`, one after the other: the first publishes each change with the publisher (`site/publish/`: the files the change touches and the search index), the second (`fastPublish: false`) rebuilds the whole site with Astro for each change, as before. The stream watcher polls DynamoDB Local's stream every 0.5 s. A trial is published through the API as a curator; a Chromium page already open searches for it until it is found, and the open data is polled beside it.",
      headers: ["step", "publisher", "whole build"],
      rows: [
        ["publish answered → found by Pagefind search in Chromium", s(fast.searchableMs), s(full.searchableMs)],
        ["publish answered → the trial in /data/utprovinger.json", s(fast.inDataMs), s(full.inDataMs)],
        ["the last site update", took(fast.lastBuild), took(full.lastBuild)],
      ],
      goals: [
        goal(
          "Publish to searchable, sample data",
          "≤ 5 s",
          `${s(fast.searchableMs)} (a whole build: ${s(full.searchableMs)})`,
          fast.searchableMs !== undefined && fast.searchableMs <= 5000,
        ),
      ],
      data: { fast, full },
    };
  }
}

/**
 * Publish to searchable at scale: one trial is added to the large snapshot (as a publish adds it to the
 * export), the site is rebuilt from it the way the hub's rebuilder does (`scripts/build-site.ts`, the
 * Astro cache of the previous build kept), and the served site is searched in Chromium until the trial
 * is found. The API and stream part of a publish is measured with the sample hub above.
 */
export async function publishAtScaleSection(options: { size: number; log: (m: string) => void }): Promise<Section> {
  const snapshotFile = await snapshotFor(options.size, options.log);
  const snapshot = JSON.parse(readFileSync(snapshotFile, "utf8")) as {
    generatedAt: string;
    pilots: { id: string; slug: string; title: string; firstPublishedAt: string; publishedAt: string; updatedAt: string }[];
  };
  const out = join(CACHE, `bench-publish-${options.size}`);
  const cache = join(CACHE, `bench-publish-${options.size}-astro-cache`);
  const before = join(CACHE, `bench-publish-${options.size}-before.json`);
  const after = join(CACHE, `bench-publish-${options.size}-after.json`);
  const word = "zebrafinkemåling";
  const now = new Date().toISOString();
  const template = snapshot.pilots[0];
  if (!template) throw new Error("empty snapshot");
  const added = {
    ...template,
    id: "01JZZZZZZZZZZZZZZZZZZZZZZZ",
    slug: "publiseringstid-i-stor-skala-zzzzzz",
    title: `Publiseringstid ${word}`,
    firstPublishedAt: now,
    publishedAt: now,
    updatedAt: now,
  };
  writeFileSync(before, JSON.stringify(snapshot));
  writeFileSync(after, JSON.stringify({ ...snapshot, generatedAt: now, pilots: [added, ...snapshot.pilots] }));
  const records = join(CACHE, `bench-publish-${options.size}-records.json`);
  const outFast = `${out}-publisher`;
  /**
   * Serves a folder and opens its search page in Chromium; `search()` then searches for the added trial in
   * that open page and resolves with how long the search took, or undefined when it was not found.
   */
  const searchPage = async (dir: string) => {
    const site = await serveSite(dir);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    return {
      async search(): Promise<number | undefined> {
        const started = Date.now();
        return (await searchFinds(page, site.url, word, 60_000)) ? Date.now() - started : undefined;
      },
      async close() {
        await browser.close();
        await site.close();
      },
    };
  };
  try {
    options.log(`Publish at ${options.size}: the build before the publish (fills the Astro cache)`);
    rmSync(cache, { recursive: true, force: true });
    const first = await run(process.execPath, [TSX, "scripts/build-site.ts"], {
      UTP_SNAPSHOT: before,
      UTP_SITE_OUT: out,
      UTP_SITE_CACHE: cache,
      UTP_BUILD_RECORDS: records,
    });

    // The publisher, in a copy of that build: started while nothing waits, then given the one change.
    options.log(`Publish at ${options.size}: the publisher`);
    rmSync(outFast, { recursive: true, force: true });
    cpSync(out, outFast, { recursive: true, preserveTimestamps: true });
    const startedAt = Date.now();
    const publisher = await startSitePublisher({
      bundle: await buildRenderer(join(CACHE, "renderer")),
      siteDir: outFast,
      records: JSON.parse(readFileSync(records, "utf8")) as ExportRecords,
      site: process.env.UTP_SITE_URL ?? "http://localhost:4321",
    });
    const publisherStartMs = Date.now() - startedAt;
    // The reader's search page is open before the publish, as a reader's is; the search is made once the
    // publisher has put the search index in place (a reader's browser is not on this machine: searching
    // meanwhile here would take the publisher's processor).
    const fastPage = await searchPage(outFast);
    let fastMs: number | undefined;
    let report: PublishReport;
    try {
      report = await publisher.publish({ upserted: [added as unknown as PublicPilot] });
      const searchMs = await fastPage.search();
      fastMs = searchMs === undefined ? undefined : report.ms.keys + report.ms.pages + report.ms.searchIndex + searchMs;
    } finally {
      await fastPage.close();
    }
    const fastDoneMs = report.ms.total;

    options.log(`Publish at ${options.size}: the whole rebuild with one trial more`);
    const publishedAt = Date.now();
    const rebuilt = await run(process.execPath, [TSX, "scripts/build-site.ts"], { UTP_SNAPSHOT: after, UTP_SITE_OUT: out, UTP_SITE_CACHE: cache });
    const builtAt = Date.now();
    const wholePage = await searchPage(out);
    let searchableAt: number | undefined;
    try {
      const searchMs = await wholePage.search();
      searchableAt = searchMs === undefined ? undefined : builtAt + searchMs;
    } finally {
      await wholePage.close();
    }
    const total = searchableAt ? searchableAt - publishedAt : Number.NaN;

    // End to end: a hub whose table holds the snapshot's trials builds its site from its own export, starts its
    // publisher, and a trial is then created, submitted and published through its API.
    options.log(`Publish at ${options.size}: through a hub holding the trials (its first whole build, then one publish)`);
    const throughHub = await publishOnceApart(true, snapshotFile);
    const hubBuild = throughHub.builds[0];
    const hubPublish = throughHub.lastBuild?.kind === "publish" ? throughHub.lastBuild : undefined;
    const found = (ms: number | undefined) => (ms === undefined ? "not within 180 s" : fmt.s(ms));
    // The build script's own report: when Astro finished, and when the index (built alongside) was written.
    const reported = (pattern: RegExp) => {
      const match = pattern.exec(rebuilt.output);
      return match ? `${match[1]!.replace(",", ".")} s` : "–";
    };
    const target = options.size >= 50_000 ? 15_000 : 10_000;
    return {
      title: `Publish to searchable at ${fmt.int(options.size)} trials`,
      note: "One trial added to the generated snapshot, published two ways side by side from the same first build. The publisher (`site/publish/`, as the hub and the AWS job run it): started from the build while nothing waits, then given the change; it renders the changed trial's own page, writes the search index's recent part, then renders the other files whose cache key changed and the pages without one (trial pages whose similar trials the new one enters, lists), then the open data, feeds and sitemaps. The whole rebuild: `scripts/build-site.ts` as before, in the folder holding the previous build with its Astro cache (incremental: unchanged trial pages kept), the whole search index built alongside. Each then searched in Chromium. Last, the publish end to end: a hub whose table holds the snapshot's trials as public records (`bench/snapshot-table.ts`) builds its site from its own export and starts its publisher; a trial is then created, submitted and published through its API and searched for in Chromium. On this shared 2-core machine times vary with the other work on it.",
      headers: ["step", "seconds"],
      rows: [
        ["the build before the publish (cold cache)", fmt.s(first.ms)],
        ["publisher: start from that build (while nothing waits)", fmt.s(publisherStartMs)],
        ["publisher: change given → found by Pagefind in Chromium (index in place, then the search)", fastMs === undefined ? "not found" : fmt.s(fastMs)],
        [
          "  of which: keys, the trial's own page, search index, then the other pages and the rest",
          `${fmt.s(report.ms.keys)}, ${fmt.s(report.ms.pages)}, ${fmt.s(report.ms.searchIndex)}, then ${fmt.s(report.ms.otherPages)} and ${fmt.s(report.ms.rest)} (${report.rendered} files rendered, ${report.written} written)`,
        ],
        ["publisher: all files written (open data, feeds and sitemaps after the search index)", fmt.s(fastDoneMs)],
        ["whole rebuild with the published trial (warm cache)", fmt.s(rebuilt.ms)],
        ["  of which: astro build done after", reported(/astro build:\s+([\d.,]+) s/)],
        ["  of which: search index written after (built while astro renders)", reported(/skrevet ([\d.,]+) s/)],
        ["whole rebuild: rebuilt → found by Pagefind in Chromium", searchableAt ? fmt.s(searchableAt - builtAt) : "not found"],
        ["whole rebuild: change given → found", searchableAt ? fmt.s(total) : "not found"],
        [
          "through a hub holding the trials: its first whole build (the export read through the API, Astro)",
          hubBuild ? fmt.s(hubBuild.finishedAt - hubBuild.startedAt) : "–",
        ],
        ["through a hub: the API's answer → found by Pagefind in Chromium", found(throughHub.searchableMs)],
        [
          "  of which: the API's answer → the publish began (the stream, the rebuilder asked)",
          hubPublish ? fmt.s(hubPublish.startedAt - throughHub.publishedAt) : "–",
        ],
        [
          "  then: the export's changes read and keys, the trial's page, search index (then other pages and the rest)",
          hubPublish?.report
            ? `${fmt.s(hubPublish.finishedAt - hubPublish.startedAt - hubPublish.report.ms.total)} and ${fmt.s(hubPublish.report.ms.keys)}, ${fmt.s(hubPublish.report.ms.pages)}, ${fmt.s(hubPublish.report.ms.searchIndex)} (then ${fmt.s(hubPublish.report.ms.otherPages)} and ${fmt.s(hubPublish.report.ms.rest)})`
            : "–",
        ],
        [
          "through a hub: the API's answer → every file written (open data, feeds and sitemaps last)",
          hubPublish ? fmt.s(hubPublish.finishedAt - throughHub.publishedAt) : "–",
        ],
      ],
      goals: [
        goal(
          `Publish to searchable at ${fmt.int(options.size)} trials, locally (publisher)`,
          `≤ ${target / 1000} s`,
          fastMs === undefined ? "not found" : `${fmt.s(fastMs)} s (whole rebuild ${searchableAt ? fmt.s(total) : "not found"} s)`,
          fastMs !== undefined && fastMs <= target,
        ),
        goal(
          `Publish to searchable at ${fmt.int(options.size)} trials, the API's answer → a hit in Chromium, through a hub`,
          `≤ ${target / 1000} s`,
          found(throughHub.searchableMs),
          throughHub.searchableMs !== undefined && throughHub.searchableMs <= target,
        ),
      ],
      data: {
        throughHub: {
          searchableMs: throughHub.searchableMs,
          builds: throughHub.builds.map((b) => ({ ...b, report: undefined })),
        },
        size: options.size,
        coldMs: first.ms,
        publisherStartMs,
        publisherMs: fastMs,
        report: { ...report, files: undefined },
        rebuildMs: rebuilt.ms,
        searchableMs: total,
      },
    };
  } finally {
    rmSync(before, { force: true });
    rmSync(after, { force: true });
    rmSync(records, { force: true });
    rmSync(outFast, { recursive: true, force: true });
  }
}
