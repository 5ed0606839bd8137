import { ulid } from "ulid";
import { PilotContentSchema, PilotSchema, type EvidenceRating, type Pilot, type PilotContentInput } from "../../shared/domain/pilot.ts";
import { pilotSlug } from "../../shared/domain/slug.ts";
import type { County } from "../../shared/domain/taxonomy.ts";
import { toPublicPilot } from "../../shared/domain/public-trial/projection.ts";
import type { PublicPilot } from "../../shared/domain/public-trial/public-pilot.ts";

export interface PublishedPilotInput {
  readonly officeId: string;
  readonly county: County;
  readonly content: PilotContentInput;
  readonly methodId: string;
  readonly evidence: EvidenceRating;
  /** When the trial was published (and its id's time); it was created and submitted `reviewDays` before. */
  readonly createdAt: Date;
  /** Days from submission to publication (0: a minute apart). */
  readonly reviewDays?: number;
  /** A seeded random source, so ids are the same on every run. */
  readonly random: () => number;
}

const OFFICE_USER = (officeId: string, name: string) => ({ sub: `kontor-${officeId}`, name });
const CURATOR = { sub: "kurator", name: "Kari Kurator" };

/**
 * A published trial as the database holds it: the content parsed by the domain schema, the workflow fields
 * set as publishing sets them, and the whole record checked by `PilotSchema`. Fixtures are made from these
 * records, never written as public JSON by hand.
 */
export function publishedPilotRecord(input: PublishedPilotInput): Pilot {
  const content = PilotContentSchema.parse(input.content);
  const waited = (input.reviewDays ?? 0) * 86_400_000;
  // Creation and submission move back by the review time, so the public dates stay at the sample's time.
  const at = (minutes: number, beforeReview = false) => new Date(input.createdAt.getTime() - (beforeReview ? waited : 0) + minutes * 60_000).toISOString();
  const id = ulid(input.createdAt.getTime(), input.random);
  const author = OFFICE_USER(input.officeId, content.contact?.name ?? "Kontoransatt");
  return PilotSchema.parse({
    id,
    slug: pilotSlug(content.title, id),
    officeId: input.officeId,
    county: input.county,
    state: "published",
    version: 3,
    createdAt: at(0, true),
    createdBy: author,
    updatedAt: at(2),
    updatedBy: CURATOR,
    stateChangedAt: at(2),
    submittedAt: at(1, true),
    publishedAt: at(2),
    firstPublishedAt: at(2),
    publishedVersion: 3,
    evidence: input.evidence,
    methodId: input.methodId,
    content,
  });
}

/** The public record, through the one projection the export uses. */
export function publicRecord(pilot: Pilot): PublicPilot {
  if (!pilot.firstPublishedAt) throw new Error(`Pilot ${pilot.id} was never published`);
  return toPublicPilot(pilot, pilot.firstPublishedAt);
}

/** A small, fast, seeded random source (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
