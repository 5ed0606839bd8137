/**
 * `npm run site:publish`: publishes the changes in the public export since the last build or publish to a
 * served site that this process does not hold, as the CodeBuild job does in AWS (see infra/README.md):
 *
 *   tsx scripts/publish-site.ts --state <file> --out <folder>
 *     reads the publisher's state (`site/publish/publisher.ts`), asks the export (UTP_EXPORT_URL) for what
 *     changed since, renders the files that change into <folder> (pages, the search index's recent part,
 *     the vocabulary, the open data), lists the files to delete from the served site in
 *     <folder>/.publish/removed.txt, and writes the new state. Exit code 3: a whole build is needed instead (no state, the site's code has
 *     changed since, or the recent part of the search index has grown past COMPACT_AFTER trials).
 *
 *   tsx scripts/publish-site.ts --init --state <file> --site <folder> --records <file> --since <time>
 *     after a whole build: learns from the built site in <folder> and the records its pages were made from
 *     (UTP_BUILD_RECORDS), and writes the first state.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { fetchExportChange } from "../site/publish/export-changes.ts";
import type { ExportRecords } from "../site/publish/entry.ts";
import { startSitePublisher, type PublisherState } from "../site/publish/publisher.ts";
import { buildRenderer, rendererDigest } from "../site/publish/renderer-bundle.ts";

/** Past this many trials in the search index's recent part, a whole build makes the main index again. */
export const COMPACT_AFTER = 500;
const NEEDS_WHOLE_BUILD = 3;

interface StateFile {
  readonly digest: string;
  readonly site: string;
  /** The time to ask the export for changes from. */
  readonly since: string;
  readonly publisher: PublisherState;
}

const { values } = parseArgs({
  options: {
    init: { type: "boolean", default: false },
    state: { type: "string" },
    out: { type: "string" },
    site: { type: "string" },
    records: { type: "string" },
    since: { type: "string" },
  },
});
const statePath = values.state ? resolve(values.state) : undefined;
if (!statePath) throw new Error("--state is required");
const site = process.env.UTP_SITE_URL ?? "http://localhost:4321";
const rendererCache = resolve(dirname(statePath), "renderer");

function writeState(state: StateFile): void {
  mkdirSync(dirname(statePath!), { recursive: true });
  writeFileSync(`${statePath}.tmp`, JSON.stringify(state));
  renameSync(`${statePath}.tmp`, statePath!);
}

function wholeBuild(reason: string): never {
  console.log(`Et helt bygg trengs: ${reason}`);
  process.exit(NEEDS_WHOLE_BUILD);
}

if (values.init) {
  if (!values.site || !values.records || !values.since) throw new Error("--init needs --site, --records and --since");
  const records = JSON.parse(readFileSync(values.records, "utf8")) as ExportRecords;
  const publisher = await startSitePublisher({ bundle: await buildRenderer(rendererCache), siteDir: resolve(values.site), records, site });
  if (publisher.unchecked.size > 0) wholeBuild(`sidetypene ${[...publisher.unchecked.keys()].join(", ")} kunne ikke kontrolleres mot byggingen`);
  writeState({ digest: rendererDigest(), site, since: values.since, publisher: publisher.state() });
  console.log(`Publiseringen kan gå videre fra dette bygget (${records.pilots.length} utprøvinger).`);
} else {
  const out = values.out ? resolve(values.out) : undefined;
  if (!out) throw new Error("--out is required");
  const exportUrl = process.env.UTP_EXPORT_URL?.trim();
  if (!exportUrl) throw new Error("UTP_EXPORT_URL is required");
  if (!existsSync(statePath)) wholeBuild("ingen tilstand fra et tidligere bygg");
  const state = JSON.parse(readFileSync(statePath, "utf8")) as StateFile;
  if (state.digest !== rendererDigest()) wholeBuild("nettstedets kode er endret siden forrige bygg");
  if (state.site !== site) wholeBuild(`adressen er endret (${state.site} → ${site})`);
  if (state.publisher.search.recent.length >= COMPACT_AFTER)
    wholeBuild(`${state.publisher.search.recent.length} utprøvinger er endret siden søkeindeksen ble bygget hel`);
  mkdirSync(out, { recursive: true });
  const publisher = await startSitePublisher({
    bundle: await buildRenderer(rendererCache),
    siteDir: out,
    records: state.publisher.records,
    state: state.publisher,
    site,
  });
  const { change, asOf } = await fetchExportChange(exportUrl, state.since);
  const report = await publisher.publish(change);
  mkdirSync(join(out, ".publish"), { recursive: true });
  writeFileSync(join(out, ".publish", "removed.txt"), report.files.removed.map((f) => f.slice(1)).join("\n"));
  writeState({ ...state, since: asOf, publisher: publisher.state() });
  console.log(
    `Publisert: ${change.upserted?.length ?? 0} endret, ${change.deleted?.length ?? 0} trukket tilbake; ${report.written} filer skrevet, ${report.removed} fjernet (${(report.ms.total / 1000).toFixed(1)} s).`,
  );
}
