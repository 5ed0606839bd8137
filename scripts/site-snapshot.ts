/**
 * `npm run site:snapshot`: writes the site's fixture, fixtures/public-snapshot.json, from the sample
 * data. Each published sample trial becomes a `Pilot` record walked through publishing as the seed does,
 * and leaves through `toPublicPilot`, the same projection the export uses, so the fixture can never hold
 * what the export would not. A few extra trials prove stemming and safe output (see snapshot/extras.ts).
 *   npx tsx scripts/site-snapshot.ts [--out <file>]
 */
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { SAMPLE_METHODS, SAMPLE_OFFICES, SAMPLE_PILOTS, sampleReviewDays, type SamplePilot } from "../infra/local/sample-data/index.ts";
import {
  DEFAULT_RUBRIC,
  PublicSnapshotSchema,
  registryStatistics,
  type PublicMethod,
  type PublicSnapshot,
  type RegistryEntry,
  type RegistryStatistics,
} from "../shared/public/index.ts";
import type { PublicPilot } from "../shared/domain/public-trial/public-pilot.ts";
import { EXTRA_METHODS, EXTRA_PILOTS } from "./snapshot/extras.ts";
import { publicRecord, publishedPilotRecord, seededRandom } from "./snapshot/pilot-record.ts";
import { writeSnapshot } from "./snapshot/write.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { out: { type: "string", default: join(repoRoot, "fixtures", "public-snapshot.json") } } });

function buildFixtureSnapshot(): { snapshot: PublicSnapshot; registry: RegistryStatistics } {
  const random = seededRandom(32_2021);
  const counties = new Map(SAMPLE_OFFICES.map((o) => [o.id, o.county]));
  const countyOf = (officeId: string) => {
    const county = counties.get(officeId);
    if (!county) throw new Error(`Unknown sample office ${officeId}`);
    return county;
  };
  const depth = (sample: SamplePilot) => {
    let d = 0;
    for (let key = sample.replicatesKey; key && d < 20; d++) key = SAMPLE_PILOTS.find((p) => p.key === key)?.replicatesKey;
    return d;
  };
  // Ids for every sample trial (published or not), originals first, so copies point at their original.
  const ordered = [...SAMPLE_PILOTS].sort((a, b) => depth(a) - depth(b) || a.createdAt.localeCompare(b.createdAt) || a.key.localeCompare(b.key));
  const idsByKey = new Map<string, string>();
  const pilots: PublicPilot[] = [];
  // Every sample trial, published or not, for the counts over all registered trials (the statistics page).
  const entries: RegistryEntry[] = [];
  for (const sample of ordered) {
    const replicates = sample.replicatesKey ? idsByKey.get(sample.replicatesKey) : undefined;
    const record = publishedPilotRecord({
      officeId: sample.officeId,
      county: countyOf(sample.officeId),
      content: { ...sample.content, ...(replicates ? { replicatesPilotId: replicates } : {}) },
      // As the seed publishes: the curator's decision, or the lowest rating and an unknown method.
      methodId: sample.methodId ?? "ukjent",
      evidence: sample.evidence ?? { strength: 1, direction: "uavklart" },
      createdAt: new Date(sample.createdAt),
      reviewDays: sampleReviewDays(sample.key),
      random,
    });
    idsByKey.set(sample.key, record.id);
    const decided = sample.state === "published" || (sample.state === "withdrawn" && sample.evidence !== undefined);
    entries.push({
      state: sample.state,
      trialStatus: record.content.trialStatus,
      hasResults: record.content.results !== undefined,
      submittedAt: sample.state === "draft" ? undefined : record.submittedAt,
      publishedAt: decided ? record.publishedAt : undefined,
    });
    // Only published trials are in the export; a withdrawn one has left it.
    if (sample.state === "published") pilots.push(publicRecord(record));
  }
  for (const extra of EXTRA_PILOTS) {
    const record = publishedPilotRecord({
      officeId: extra.officeId,
      county: countyOf(extra.officeId),
      content: extra.content,
      methodId: extra.methodId,
      evidence: extra.evidence,
      createdAt: new Date(extra.createdAt),
      reviewDays: sampleReviewDays(extra.content.title),
      random,
    });
    pilots.push(publicRecord(record));
    entries.push({
      state: "published",
      trialStatus: record.content.trialStatus,
      hasResults: record.content.results !== undefined,
      submittedAt: record.submittedAt,
      publishedAt: record.publishedAt,
    });
  }
  const methods: PublicMethod[] = [...SAMPLE_METHODS.map((m) => ({ id: m.id, slug: m.id, ...m.input })), ...EXTRA_METHODS];
  const offices = SAMPLE_OFFICES.map((o) => ({ id: o.id, name: o.name, county: o.county, municipality: o.municipality }));
  const generatedAt = pilots.reduce((max, p) => (p.publishedAt > max ? p.publishedAt : max), "2019-01-01T00:00:00.000Z");
  // The file must read back through the schema the site's loader uses.
  return {
    snapshot: PublicSnapshotSchema.parse({ generatedAt, pilots, methods, offices, rubric: DEFAULT_RUBRIC }),
    registry: registryStatistics(entries, generatedAt),
  };
}

const { snapshot, registry } = buildFixtureSnapshot();
const out = resolve(values.out);
const bytes = writeSnapshot(out, snapshot, writeFileSync, registry);
console.log(
  `Wrote ${snapshot.pilots.length} published trials, ${snapshot.methods.length} methods and ${snapshot.offices.length} offices to ${out} (${(bytes / 1e3).toFixed(0)} kB)`,
);
