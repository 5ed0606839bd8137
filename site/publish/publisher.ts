/**
 * Publishes a change to a built site in the time it takes to render what changed, instead of a whole Astro
 * build: the renderer bundle (`renderer-bundle.ts`) renders every file of the site from the records in
 * memory, the pages' incremental-build keys say which files a change touched, and only those are rendered
 * and written; the search index gets the changed trials in its recent part (`search-parts.ts`).
 *
 * It starts from a site a whole build made from the same records. From that build it learns the script and
 * stylesheet links of each route (`asset-links.ts`), checking that its own render of a page equals the
 * build's. A publish that needs a route it could not check throws `NeedsFullBuild` (as any failure throws):
 * the caller then runs a whole build, which is always right, and starts a new publisher from it.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import type { PublicMethod, PublicOffice, PublicRubric } from "../../shared/public/index.ts";
import type { PublicPilot } from "../../shared/domain/public-trial/public-pilot.ts";
import type { RegistryStatistics } from "../../shared/domain/public-trial/statistics.ts";
import { emptyAssetLinks, learnAssetLinks, withAssetLinks, type AssetLinks } from "./asset-links.ts";
import type { ExportRecords, OutputPath, Renderer } from "./entry.ts";
import { writeWhole } from "./files.ts";
import { searchParts, type SearchPartsState } from "./search-parts.ts";

interface RendererModule {
  useExportRecords(records: ExportRecords): void;
  keptPageKeys(): number;
  createRenderer(options: { site: string }): Promise<Renderer>;
}

/** What changed in the public export since the records the publisher holds. */
export interface ExportChange {
  readonly upserted?: readonly PublicPilot[];
  readonly deleted?: readonly string[];
  /** The whole catalogues, when given (they are small and read whole). */
  readonly methods?: readonly PublicMethod[];
  readonly offices?: readonly PublicOffice[];
  readonly rubric?: PublicRubric;
  readonly registry?: RegistryStatistics;
}

export interface PublishReport {
  /** Files rendered again (their key changed or they have none) and files among them that changed. */
  readonly rendered: number;
  readonly written: number;
  readonly removed: number;
  /** The files written and removed, relative to the site (`/utproving/x/index.html`). */
  readonly files: { readonly written: readonly string[]; readonly removed: readonly string[] };
  /** The trial page keys the publisher keeps in memory after the change: one per trial it holds. */
  readonly keptPageKeys: number;
  /**
   * Milliseconds: the records and keys; the changed trials' own pages (what a search hit opens); the search
   * index; the other pages the change touched (lists, and trial pages that list the changed trials); the
   * other files.
   */
  readonly ms: {
    readonly keys: number;
    readonly pages: number;
    readonly searchIndex: number;
    readonly otherPages: number;
    readonly rest: number;
    readonly total: number;
  };
}

export class NeedsFullBuild extends Error {}

export interface SitePublisher {
  /** Applies a change to the records and publishes the files it touches. Throws `NeedsFullBuild`. */
  publish(change: ExportChange): Promise<PublishReport>;
  /** Routes whose render could not be checked against the build, with the file that was tried. */
  readonly unchecked: ReadonlyMap<string, string>;
  /** Builds the main search index again from the records, emptying the recent part (`search-parts.ts`). */
  compactSearchIndex(): Promise<void>;
  /** How many trials the search index's recent part holds. */
  readonly recentInSearchIndex: number;
  /** What a publisher in another process needs to go on from here (see `state` below). */
  state(): PublisherState;
}

/**
 * A publisher's state between processes (the CodeBuild job in AWS keeps it in a bucket): the records the
 * site was made from, the asset links learnt from the whole build, and the search index's parts.
 */
export interface PublisherState {
  readonly records: ExportRecords;
  readonly links: { readonly scripts: readonly (readonly [string, string])[]; readonly stylesheets: readonly (readonly [string, readonly string[]])[] };
  readonly search: SearchPartsState;
}

function sameBytes(path: string, body: string | Uint8Array): boolean {
  if (!existsSync(path)) return false;
  const current = readFileSync(path);
  return current.equals(typeof body === "string" ? Buffer.from(body) : body);
}

const isHtml = (path: OutputPath) => path.file.endsWith(".html");

export async function startSitePublisher(options: {
  /** The renderer bundle (`buildRenderer`). */
  bundle: string;
  /**
   * The served site, made by a whole build from `records`; or, with `state`, the folder to write the
   * changed files to (what is not there is taken to be served as the state says).
   */
  siteDir: string;
  /** The records that build was made from. */
  records: ExportRecords;
  site: string;
  /** Go on from a publisher in another process instead of learning from the site in `siteDir`. */
  state?: PublisherState;
  log?: (message: string) => void;
}): Promise<SitePublisher> {
  const mod = (await import(pathToFileURL(options.bundle).href)) as RendererModule;
  const { siteDir } = options;
  const start = options.state?.records ?? options.records;
  const pilots = new Map(start.pilots.map((p) => [p.id, p]));
  let methods = start.methods;
  let offices = start.offices;
  let rubric = start.rubric;
  let registry = start.registry;
  /** Whether `siteDir` holds the whole site (else only what this process wrote). */
  const whole = !options.state;
  const records = (): ExportRecords => ({ pilots: [...pilots.values()], methods, offices, rubric, registry });

  mod.useExportRecords(records());
  const renderer = await mod.createRenderer({ site: options.site });
  let served = new Map((await renderer.paths()).map((p) => [p.file, p]));

  // Learn each page route's links from the first of its pages the build wrote.
  const links: AssetLinks = options.state
    ? { scripts: new Map(options.state.links.scripts), stylesheets: new Map(options.state.links.stylesheets) }
    : emptyAssetLinks();
  const unchecked = new Map<string, string>();
  const byModule = new Map<string, OutputPath[]>();
  for (const path of served.values()) if (isHtml(path) && !options.state) byModule.set(path.module, [...(byModule.get(path.module) ?? []), path]);
  for (const [module, paths] of byModule) {
    let learnt = false;
    for (const path of paths.slice(0, 3)) {
      const file = join(siteDir, path.file);
      if (!existsSync(file)) continue;
      const rendered = await renderer.render(path);
      if (typeof rendered === "string" && learnAssetLinks(links, module, rendered, readFileSync(file, "utf8"))) {
        learnt = true;
        break;
      }
    }
    if (!learnt) unchecked.set(module, paths[0]?.file ?? "");
  }
  if (unchecked.size) options.log?.(`Kunne ikke kontrollere ${unchecked.size} sidetyper mot byggingen: ${[...unchecked.keys()].join(", ")}`);

  const search = searchParts({ siteDir, pilots, catalogues: { offices, methods }, ...(options.state ? { state: options.state.search } : {}) });

  return {
    unchecked,
    state: () => ({
      records: records(),
      links: { scripts: [...links.scripts], stylesheets: [...links.stylesheets] },
      search: search.state(),
    }),
    get recentInSearchIndex() {
      return search.recentCount;
    },
    async compactSearchIndex() {
      await search.compact(pilots, { offices, methods });
    },
    async publish(change) {
      const started = performance.now();
      const previous = new Map([...(change.deleted ?? []), ...(change.upserted ?? []).map((p) => p.id)].map((id) => [id, pilots.get(id)]));
      for (const id of change.deleted ?? []) pilots.delete(id);
      for (const pilot of change.upserted ?? []) pilots.set(pilot.id, pilot);
      if (change.methods) methods = change.methods;
      if (change.offices) offices = change.offices;
      if (change.rubric) rubric = change.rubric;
      if (change.registry) registry = change.registry;
      mod.useExportRecords(records());
      const next = new Map((await renderer.paths()).map((p) => [p.file, p]));
      const changed = [...next.values()].filter(
        (p) => p.cacheKey === undefined || served.get(p.file)?.cacheKey !== p.cacheKey || (whole && !existsSync(join(siteDir, p.file))),
      );
      const removed = [...served.keys()].filter((file) => !next.has(file));
      const keysDone = performance.now();

      const writtenFiles: string[] = [];
      const publishOne = async (path: OutputPath) => {
        let body = await renderer.render(path);
        if (isHtml(path)) {
          const linked = typeof body === "string" ? withAssetLinks(links, path.module, body) : undefined;
          if (linked === undefined) throw new NeedsFullBuild(`${path.file}: the links of ${path.module} are not known`);
          body = linked;
        }
        const file = join(siteDir, path.file);
        if (!sameBytes(file, body)) {
          writeWhole(file, body);
          writtenFiles.push(path.file);
        }
        // Rendering a file resolves without waiting on anything outside the process: a turn of the event loop
        // after each one lets the process that publishes (the local hub) answer its readers meanwhile, the
        // search for the trial whose index is already in place among them.
        await nextTurn();
      };
      // The changed trials' own pages first (what a search hit opens) and the removed files, then the search
      // index; then the other pages the change touched (in a large bank a new trial enters the similar trials
      // of a thousand pages or more), then the data files, feeds and sitemaps.
      const changedIds = new Set(previous.keys());
      const ownPage = (path: OutputPath) => {
        const pilot = path.props.pilot as PublicPilot | undefined;
        return pilot !== undefined && changedIds.has(pilot.id);
      };
      const pages = changed.filter(isHtml);
      for (const path of pages.filter(ownPage)) await publishOne(path);
      for (const file of removed) {
        rmSync(join(siteDir, file), { force: true });
        if (file.endsWith("/index.html")) rmSync(dirname(join(siteDir, file)), { recursive: true, force: true });
      }
      const pagesDone = performance.now();
      await search.update(pilots, previous, { offices, methods });
      const indexDone = performance.now();
      for (const path of pages.filter((p) => !ownPage(p))) await publishOne(path);
      const otherPagesDone = performance.now();
      for (const path of changed.filter((p) => !isHtml(p))) await publishOne(path);
      served = next;
      const finished = performance.now();
      return {
        rendered: changed.length,
        written: writtenFiles.length,
        removed: removed.length,
        files: { written: writtenFiles, removed },
        keptPageKeys: mod.keptPageKeys(),
        ms: {
          keys: keysDone - started,
          pages: pagesDone - keysDone,
          searchIndex: indexDone - pagesDone,
          otherPages: otherPagesDone - indexDone,
          rest: finished - otherPagesDone,
          total: finished - started,
        },
      };
    },
  };
}
